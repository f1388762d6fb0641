package kz.qogam.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.qogam.ingest.TestData;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The shipped models are what {@link NerTrainer} makes of the repository's code and data.
 *
 * <ul>
 *   <li>Russian ({@code ru.bin}) trains in seconds: it is trained again in full.</li>
 *   <li>Kazakh ({@code kk.bin}) takes minutes, so the test trains the small reference model
 *       ({@code kk-reference.bin}, the first {@link NerTrainer#REFERENCE_SENTENCES} KazNERD
 *       sentences, same code and settings) and compares that. The full Kazakh check runs with
 *       {@code -Dqogam.ner.full=true}.</li>
 * </ul>
 * Two models are the same when every part of the model file but the manifest's timestamps has
 * the same bytes; on a difference the test also counts the sample sentences the two tag
 * differently. The features read the project's word lists and morphology, so a change there
 * (or in the corpora, the features or the settings) fails this test until the models are
 * trained again: {@code java -cp ... kz.qogam.ingest.ner.NerTrainer REPO_ROOT}.
 */
class NerModelReproducesTest {
    /** Manifest entries that differ between two runs of one training. */
    private static final List<String> VOLATILE = List.of("Timestamp", "Training-Start", "Training-End", "Training-Time");

    @Test
    void russianModelIsReproduced() throws IOException {
        TokenNameFinderModel fresh = NerTrainer.train(NerLanguage.RUSSIAN, TestData.root());
        assertSame(NerLanguage.RUSSIAN, NerLanguage.RUSSIAN.resourceName(), fresh);
    }

    @Test
    void kazakhReferenceModelIsReproduced() throws IOException {
        TokenNameFinderModel fresh = NerTrainer.trainReference(NerLanguage.KAZAKH, TestData.root());
        assertSame(NerLanguage.KAZAKH, NerTrainer.referenceName(NerLanguage.KAZAKH), fresh);
    }

    @Test
    @EnabledIfSystemProperty(named = "qogam.ner.full", matches = "true")
    void kazakhModelIsReproduced() throws IOException {
        TokenNameFinderModel fresh = NerTrainer.train(NerLanguage.KAZAKH, TestData.root());
        assertSame(NerLanguage.KAZAKH, NerLanguage.KAZAKH.resourceName(), fresh);
    }

    private static void assertSame(NerLanguage language, String resource, TokenNameFinderModel fresh) throws IOException {
        TokenNameFinderModel shipped;
        try (InputStream in = NerModels.class.getResourceAsStream(resource)) {
            assertNotNull(in, "No " + resource + " beside " + NerModels.class.getName() + "; train it with NerTrainer");
            shipped = new TokenNameFinderModel(in);
        }
        Map<String, byte[]> a = parts(shipped), b = parts(fresh);
        List<String> differ = new ArrayList<>();
        for (String k : a.keySet()) if (!Arrays.equals(a.get(k), b.get(k))) differ.add(k);
        for (String k : b.keySet()) if (!a.containsKey(k)) differ.add(k);
        if (!differ.isEmpty()) {
            fail(resource + " is not what training gives now: its parts " + differ + " differ, and it tags "
                    + differentlyTagged(language, shipped, fresh) + " of the sample sentences differently. If the word "
                    + "lists, morphology, corpora, features or settings changed on purpose, train the models again with "
                    + "kz.qogam.ingest.ner.NerTrainer and ship them.");
        }
        assertEquals(0, differentlyTagged(language, shipped, fresh));
    }

    /** The model file's parts by name; the manifest without the entries that record when it was trained. */
    private static Map<String, byte[]> parts(TokenNameFinderModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] content = zip.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    Properties p = new Properties();
                    p.load(new ByteArrayInputStream(content));
                    VOLATILE.forEach(p::remove);
                    content = new TreeMap<>(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.put(e.getName(), content);
            }
        }
        return out;
    }

    /** Of every tenth training sentence (first 300 at most), how many the two models tag differently. */
    private static int differentlyTagged(NerLanguage language, TokenNameFinderModel a, TokenNameFinderModel b) throws IOException {
        List<NameSample> samples = NerTrainer.samples(NerTrainer.units(language, TestData.root()));
        NameFinderME fa = new NameFinderME(a), fb = new NameFinderME(b);
        int n = 0, differ = 0;
        for (int i = 0; i < samples.size() && n < 300; i += 10, n++) {
            String[] tokens = samples.get(i).getSentence();
            fa.clearAdaptiveData();
            fb.clearAdaptiveData();
            if (!Arrays.equals(fa.find(tokens), fb.find(tokens))) differ++;
        }
        return differ;
    }
}
