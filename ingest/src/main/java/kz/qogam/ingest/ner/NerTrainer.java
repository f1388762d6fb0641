package kz.qogam.ingest.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name-finder models from the corpora in the repository: Russian from the
 * factRuEval-2016 devset, Kazakh from KazNERD ({@link NerCorpora}), with the features of
 * {@link NerFeatures}. Training is deterministic: the corpora are read in a fixed order, the
 * trainer runs on one thread for a fixed number of iterations, so the same code and data give
 * the same model ({@code NerModelReproducesTest}).
 *
 * <pre>
 * java -cp ... kz.qogam.ingest.ner.NerTrainer [REPO_ROOT [OUT_DIR]]
 * </pre>
 * writes {@code ru.bin} and {@code kk.bin} to {@code OUT_DIR} (by default the resource folder
 * {@code ingest/src/main/resources/kz/qogam/ingest/ner} of the repository).
 */
public final class NerTrainer {
    private NerTrainer() {}

    /**
     * How a model is trained.
     *
     * @param algorithm  {@code MAXENT} (GIS) or {@code PERCEPTRON}
     * @param iterations training iterations
     * @param cutoff     features seen fewer times than this are dropped
     * @param codec      {@code BIO} or {@code BILOU}
     */
    public record Settings(String algorithm, int iterations, int cutoff, String codec) {
        public TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            return p;
        }

        SequenceCodec<String> sequenceCodec() {
            return switch (codec) {
                case "BIO" -> new BioCodec();
                case "BILOU" -> new BilouCodec();
                default -> throw new IllegalArgumentException("Unknown codec '" + codec + "'; known: BIO, BILOU");
            };
        }

        /** {@code MAXENT 300 2 BILOU}, as the command line takes it. */
        public static Settings parse(List<String> args) {
            return new Settings(args.get(0).toUpperCase(Locale.ROOT), Integer.parseInt(args.get(1)),
                    Integer.parseInt(args.get(2)), args.get(3).toUpperCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return algorithm + " " + iterations + " " + cutoff + " " + codec;
        }
    }

    /** The settings the shipped models are trained with, chosen by cross-validation (see the package's README). */
    public static Settings settings(NerLanguage language) {
        return switch (language) {
            case RUSSIAN -> new Settings("MAXENT", 300, 2, "BILOU");
            case KAZAKH -> new Settings("MAXENT", 300, 2, "BILOU");
        };
    }

    /** The training units (texts or sentences) of a language, in a fixed order. */
    public static List<NerCorpora.Unit> units(NerLanguage language, Path root) throws IOException {
        return switch (language) {
            case RUSSIAN -> NerCorpora.factRuEval(NerCorpora.factRuEvalDir(root));
            case KAZAKH -> NerCorpora.kazNerd(NerCorpora.kazNerdFile(root));
        };
    }

    public static List<NameSample> samples(List<NerCorpora.Unit> units) {
        List<NameSample> out = new ArrayList<>();
        for (NerCorpora.Unit u : units) out.addAll(u.samples());
        return out;
    }

    /** Trains a model on the samples. */
    public static TokenNameFinderModel train(NerLanguage language, List<NameSample> samples, Settings settings) throws IOException {
        TokenNameFinderFactory factory = new TokenNameFinderFactory(NerFeatures.descriptor(language), Map.of(), settings.sequenceCodec());
        return NameFinderME.train(language.code(), null, ObjectStreamUtils.createObjectStream(samples), settings.parameters(), factory);
    }

    /** Trains a language's model on all its data with its {@link #settings}. */
    public static TokenNameFinderModel train(NerLanguage language, Path root) throws IOException {
        return train(language, samples(units(language, root)), settings(language));
    }

    /** The folder the shipped models live in, under the repository root. */
    public static Path resourceDir(Path root) {
        return root.resolve("ingest/src/main/resources/kz/qogam/ingest/ner");
    }

    public static void write(TokenNameFinderModel model, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : System.getProperty("qogam.root", ".")).toAbsolutePath().normalize();
        Path out = args.length > 1 ? Path.of(args[1]) : resourceDir(root);
        for (NerLanguage l : NerLanguage.values()) {
            long t0 = System.nanoTime();
            TokenNameFinderModel model = train(l, root);
            Path file = out.resolve(l.resourceName());
            write(model, file);
            System.out.printf(Locale.ROOT, "%s: %s, trained in %.1f s, %d bytes -> %s%n", l.code(), settings(l),
                    (System.nanoTime() - t0) / 1e9, Files.size(file), file);
        }
    }
}
