package kz.qogam.ingest.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
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
 * writes {@code ru.bin}, {@code kk.bin} and the small {@code kk-reference.bin}
 * ({@link #trainReference}) to {@code OUT_DIR} (by default the resource folder
 * {@code ingest/src/main/resources/kz/qogam/ingest/ner} of the repository).
 */
public final class NerTrainer {
    private NerTrainer() {}

    /**
     * How a model is trained.
     *
     * @param algorithm  {@code PERCEPTRON}, {@code MAXENT_QN} (L-BFGS with L1 and L2
     *                   penalties) or {@code MAXENT} (GIS)
     * @param iterations training iterations
     * @param cutoff     features seen fewer times than this are dropped
     * @param codec      {@code BIO} or {@code BILOU}
     * @param l1         the L1 penalty of {@code MAXENT_QN}
     * @param l2         the L2 penalty of {@code MAXENT_QN}
     */
    public record Settings(String algorithm, int iterations, int cutoff, String codec, double l1, double l2) {
        public Settings(String algorithm, int iterations, int cutoff, String codec) {
            this(algorithm, iterations, cutoff, codec, 0.1, 0.1);
        }

        public TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.TRAINER_TYPE_PARAM, "Event");
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
            if (algorithm.equals("MAXENT_QN")) {
                p.put("L1Cost", l1);
                p.put("L2Cost", l2);
            }
            return p;
        }

        SequenceCodec<String> sequenceCodec() {
            return switch (codec) {
                case "BIO" -> new BioCodec();
                case "BILOU" -> new BilouCodec();
                default -> throw new IllegalArgumentException("Unknown codec '" + codec + "'; known: BIO, BILOU");
            };
        }

        /** {@code PERCEPTRON 300 1 BILOU} or {@code MAXENT_QN 300 1 BILOU 0.1 0.1}, as the command line takes it. */
        public static Settings parse(List<String> args) {
            Settings s = new Settings(args.get(0).toUpperCase(Locale.ROOT), Integer.parseInt(args.get(1)),
                    Integer.parseInt(args.get(2)), args.get(3).toUpperCase(Locale.ROOT));
            return args.size() < 6 ? s : new Settings(s.algorithm, s.iterations, s.cutoff, s.codec,
                    Double.parseDouble(args.get(4)), Double.parseDouble(args.get(5)));
        }

        @Override
        public String toString() {
            return algorithm + " " + iterations + " " + cutoff + " " + codec
                    + (algorithm.equals("MAXENT_QN") ? " " + l1 + " " + l2 : "");
        }
    }

    /**
     * The decoder's beam, stored in the model: 1, greedy. OpenNLP's default of 3 takes half as long
     * again, the tagger being most of extraction's time, for a little more held out (factRuEval
     * 0.003 overlap F1, KazNERD organisations 0.01; {@code package-info}).
     */
    static final int BEAM_SIZE = 1;

    /** The settings the shipped models are trained with, chosen by cross-validation ({@code package-info}). */
    public static Settings settings(NerLanguage language) {
        return switch (language) {
            case RUSSIAN -> new Settings("PERCEPTRON", 300, 0, "BILOU");
            case KAZAKH -> new Settings("PERCEPTRON", 300, 0, "BILOU");
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

    /**
     * How many sentences of its corpus the reference model of a language is trained on: a model
     * small and quick enough to train again in a unit test ({@code NerModelReproducesTest}),
     * which checks that training still gives what was shipped. Russian trains fast enough to be
     * checked whole, so it has none.
     */
    public static final int REFERENCE_SENTENCES = 2000;

    /** The reference model's file name ({@code kk-reference.bin}). */
    public static String referenceName(NerLanguage language) {
        return language.code() + "-reference.bin";
    }

    /** Trains a language's reference model: its first {@link #REFERENCE_SENTENCES} sentences, the shipped settings. */
    public static TokenNameFinderModel trainReference(NerLanguage language, Path root) throws IOException {
        List<NameSample> all = samples(units(language, root));
        return train(language, all.subList(0, Math.min(REFERENCE_SENTENCES, all.size())), settings(language));
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
        NerLanguage l = NerLanguage.KAZAKH;
        long t0 = System.nanoTime();
        Path file = out.resolve(referenceName(l));
        write(trainReference(l, root), file);
        System.out.printf(Locale.ROOT, "%s reference (%d sentences): trained in %.1f s, %d bytes -> %s%n", l.code(),
                REFERENCE_SENTENCES, (System.nanoTime() - t0) / 1e9, Files.size(file), file);
    }
}
