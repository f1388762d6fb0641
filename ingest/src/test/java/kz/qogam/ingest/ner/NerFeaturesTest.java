package kz.qogam.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {

    @Test
    void shapesReadCyrillicAndLatin() {
        assertEquals("ic", NerFeatures.shape("Джаред"));
        assertEquals("lc", NerFeatures.shape("әкім"));
        assertEquals("ac", NerFeatures.shape("ҚР"));
        assertEquals("ic-lat", NerFeatures.shape("Vestas"));
        assertEquals("ac-lat", NerFeatures.shape("FIA"));
        assertEquals("mc-h", NerFeatures.shape("Касым-Жомарт")); // two capitals: mixed
        assertEquals("d4", NerFeatures.shape("2010"));
        assertEquals("dl-h", NerFeatures.shape("2010-го"));
        assertEquals("p", NerFeatures.shape("«"));
    }

    @Test
    void worldPlacesMatchInflectedForms() {
        assertEquals(List.of("wp=country:B"), worldPlaces(NerLanguage.RUSSIAN, "представить", "Латвию").get(1));
        assertEquals("city", WorldPlaces.of(NerLanguage.RUSSIAN)
                .kindAt(new String[] {"Минска"}, 0, 1, new NerFeatures.Stemmer(NerLanguage.RUSSIAN)));
        assertEquals(List.of("wp=country:B"), worldPlaces(NerLanguage.KAZAKH, "Ресейдің", "президенті").get(0));
        assertEquals(List.of("wp=country:B"), worldPlaces(NerLanguage.KAZAKH, "Иранның").get(0));
        // Lower case is not a name: «чили» the pepper.
        assertTrue(worldPlaces(NerLanguage.RUSSIAN, "острый", "чили").get(1).isEmpty());
    }

    private static List<List<String>> worldPlaces(NerLanguage language, String... tokens) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) out.add(new ArrayList<>());
        WorldPlaces.of(language).mark(tokens, out, new NerFeatures.Stemmer(language));
        return out;
    }

    @Test
    void lexiconFeaturesComeFromTheProjectsWordLists() {
        var f = NerFeatures.lexiconFeatures(NerLanguage.KAZAKH, "Алматы", "облысының", "әкімі", "Ерболат", "Досаев");
        assertTrue(f.get(0).contains("lx=place:B"), f.toString());
        assertTrue(f.get(2).stream().anyMatch(s -> s.startsWith("lx=role")), f.toString());
        assertTrue(f.get(3).contains("gn"), f.toString());
        // A noun the list marks for the rules only is no feature: the shipped models were trained without it.
        var ru = NerFeatures.lexiconFeatures(NerLanguage.RUSSIAN, "фонд", "и", "концерн");
        assertTrue(ru.get(0).contains("lx=orgn:B"), ru.toString());
        assertTrue(ru.get(2).stream().noneMatch(s -> s.startsWith("lx=orgn")), ru.toString());
        // So is a national body marked for the rules only.
        var kk = NerFeatures.lexiconFeatures(NerLanguage.KAZAKH, "Мәжіліс", "және", "Ұлттық", "банк");
        assertTrue(kk.get(0).contains("lx=body:B"), kk.toString());
        assertTrue(kk.get(2).stream().noneMatch(s -> s.startsWith("lx=body")), kk.toString());
        // Nor does a longer name for the rules only hide a shorter one that is a feature (БҰҰ in «БҰҰ Қауіпсіздік Кеңесі»).
        var un = NerFeatures.lexiconFeatures(NerLanguage.KAZAKH, "БҰҰ", "Қауіпсіздік", "Кеңесі");
        assertEquals(List.of(List.of("lx=body:B"), List.of(), List.of()),
                un.stream().map(t -> t.stream().filter(x -> x.startsWith("lx=body")).toList()).toList(), un.toString());
        // And a role's label listed for the rules only, though the role finder reads it.
        var staff = NerFeatures.lexiconFeatures(NerLanguage.KAZAKH, "академиясының", "оқытушысы", "мен", "директоры");
        assertTrue(staff.get(1).stream().noneMatch(s -> s.startsWith("lx=role")), staff.toString());
        assertTrue(staff.get(3).stream().anyMatch(s -> s.startsWith("lx=role")), staff.toString());
    }

    @Test
    void quotesMarkTheWordsInside() {
        var g = new NerFeatures.QuotesGenerator();
        String[] t = {"компания", "«", "Казмунайгаз", "»", "и", "(", "ТОО", ")"};
        List<String> inside = new ArrayList<>();
        g.createFeatures(inside, t, 2, null);
        assertEquals(List.of("q=in", "q=first", "q=last"), inside);
        List<String> after = new ArrayList<>();
        g.createFeatures(after, t, 4, null);
        assertTrue(after.isEmpty());
        List<String> bracket = new ArrayList<>();
        g.createFeatures(bracket, t, 6, null);
        assertEquals(List.of("br=in"), bracket);
    }

    @Test
    void stemMapCarriesALabelAcrossCaseEndings() {
        var g = new NerFeatures.StemMapGenerator(NerLanguage.RUSSIAN);
        g.updateAdaptiveData(new String[] {"Виктор", "Бут", "арестован"}, new String[] {"PER-start", "PER-cont", "other"});
        List<String> f = new ArrayList<>();
        g.createFeatures(f, new String[] {"Бута", "экстрадировали"}, 0, null);
        assertEquals(List.of("sm=PER"), f);
        g.clearAdaptiveData();
        f.clear();
        g.createFeatures(f, new String[] {"Бута"}, 0, null);
        assertTrue(f.isEmpty());
    }

    @Test
    void theDescriptorBuildsAndNamesEveryGenerator() {
        for (NerLanguage l : NerLanguage.values()) {
            NameContextGenerator g = new TokenNameFinderFactory(NerFeatures.descriptor(l), Map.of(), new BioCodec()).createContextGenerator();
            String[] tokens = {"Президент", "Қасым-Жомарт", "Тоқаев", "«", "Нұр", "Отан", "»"};
            String[] context = g.getContext(2, tokens, new String[] {"other", "other"}, null);
            List<String> c = Arrays.asList(context);
            assertTrue(c.contains("sh=ic"), c.toString());
            assertTrue(c.contains("w=тоқаев"), c.toString());
            assertTrue(c.stream().anyMatch(s -> s.startsWith("suf=")), c.toString());
            assertFalse(c.contains("q=in"), c.toString());
        }
    }
}
