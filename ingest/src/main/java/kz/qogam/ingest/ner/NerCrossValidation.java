package kz.qogam.ingest.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.qogam.ingest.Extraction;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.eval.corpora.ConllEvaluation;
import kz.qogam.ingest.eval.corpora.ConllReader;
import kz.qogam.ingest.eval.corpora.ConllResult;
import kz.qogam.ingest.eval.corpora.ConllSentence;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument;
import kz.qogam.ingest.eval.corpora.FactRuEvalEvaluation;
import kz.qogam.ingest.eval.corpora.FactRuEvalReader;
import kz.qogam.ingest.eval.corpora.FactRuEvalResult;
import kz.qogam.ingest.eval.corpora.Progress;
import kz.qogam.ingest.eval.corpora.Scores;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.pipeline.Pipeline;
import kz.qogam.ingest.text.SentenceSplitter;
import kz.qogam.ingest.text.Tokenizer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Held-out scores of the name finder by k-fold cross-validation, with the project's evaluators
 * ({@link FactRuEvalEvaluation}, {@link ConllEvaluation}): factRuEval texts are dealt to folds in
 * turn (text {@code i} to fold {@code i mod k}), KazNERD sentences in {@code k} consecutive
 * blocks (neighbouring sentences come from one story). Each fold is scored by a model trained on
 * the other folds; the counts of all folds are added up. The rules need no training and are
 * scored on everything.
 *
 * <pre>
 * java -cp ... kz.qogam.ingest.ner.NerCrossValidation REPO_ROOT ru|kk rules|standard|stat|gaps|prefer|only|all [FOLDS[/RUN] [ALGORITHM ITERATIONS CUTOFF CODEC [L1 L2]]]
 * </pre>
 */
public final class NerCrossValidation {
    private NerCrossValidation() {}

    /** What is scored. */
    public enum Mode {
        /** The rule-based pipeline: the standard stages without the name finder. */
        RULES,
        /** The standard pipeline ({@link Extraction#stages(Lexicons)}) with the fold's models: rules and name finder, {@link StatisticalMentionFinder.Policy#KEEP_SURE}. */
        STANDARD,
        /** Sentences, tokens and the name finder alone, every type (dates too). */
        STATISTICAL,
        /** The rule-based pipeline with the name finder before entity resolution, filling the rules' gaps. */
        MERGED_FILL_GAPS,
        /** The same, the name finder replacing the rule mentions it overlaps. */
        MERGED_PREFER_MODEL,
        /** The same, the name finder's names replacing all the rules' names ({@link StatisticalMentionFinder.Policy#MODEL_ONLY}). */
        MERGED_MODEL_ONLY
    }

    static final String BASE = Extraction.DEFAULT_BASE;

    /** The extractor a mode uses with a fold's models. */
    static Function<Document, Document> extractor(Mode mode, NerModels models) {
        Lexicons lexicons = Lexicons.forBase(BASE);
        Pipeline p = switch (mode) {
            case RULES -> merged(lexicons, null);
            case STANDARD -> merged(lexicons, StatisticalMentionFinder.standard(models, lexicons));
            case STATISTICAL -> Pipeline.builder()
                    .add(new SentenceSplitter())
                    .add(new Tokenizer())
                    .add(new StatisticalMentionFinder(models, lexicons, StatisticalMentionFinder.Policy.ALL,
                            EnumSet.allOf(MentionType.class)))
                    .build();
            case MERGED_FILL_GAPS -> merged(lexicons, new StatisticalMentionFinder(models, lexicons,
                    StatisticalMentionFinder.Policy.FILL_GAPS, StatisticalMentionFinder.STANDARD_TYPES));
            case MERGED_MODEL_ONLY -> merged(lexicons, new StatisticalMentionFinder(models, lexicons,
                    StatisticalMentionFinder.Policy.MODEL_ONLY, StatisticalMentionFinder.STANDARD_TYPES));
            case MERGED_PREFER_MODEL -> merged(lexicons, new StatisticalMentionFinder(models, lexicons,
                    StatisticalMentionFinder.Policy.PREFER_MODEL, StatisticalMentionFinder.STANDARD_TYPES));
        };
        return p::process;
    }

    /** The standard stages with the name finder (or none) just before entity resolution. */
    private static Pipeline merged(Lexicons lexicons, StatisticalMentionFinder finder) {
        Pipeline.Builder b = Pipeline.builder();
        Extraction.stages(lexicons, finder).forEach(b::add);
        return b.build();
    }

    /** Scores per type, exact and (factRuEval) overlap, and (factRuEval) of the {@code Occupation} facts. */
    public record Result(Map<String, Scores> exact, Map<String, Scores> overlap, Map<String, Scores> facts) {
        static Result empty() {
            return new Result(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        }

        void add(Map<String, Scores> e, Map<String, Scores> o) {
            e.forEach((k, v) -> exact.merge(k, v, Scores::plus));
            if (o != null) o.forEach((k, v) -> overlap.merge(k, v, Scores::plus));
        }

        void add(FactRuEvalResult r) {
            add(r.mentions().exact(), r.mentions().overlap());
            facts.merge("Occupation", r.occupation(), Scores::plus);
        }
    }

    // ------------------------------------------------------------------ factRuEval

    public static Result factRuEval(Path root, Mode mode, int folds, NerTrainer.Settings settings) throws IOException {
        return factRuEval(root, mode, folds, folds, settings);
    }

    /** Scores the first {@code run} of {@code folds} folds (all of them for held-out figures; fewer to try settings quickly). */
    public static Result factRuEval(Path root, Mode mode, int folds, int run, NerTrainer.Settings settings) throws IOException {
        Path dir = NerCorpora.factRuEvalDir(root);
        List<FactRuEvalDocument> docs = FactRuEvalReader.readDirectory(dir);
        Result total = Result.empty();
        if (mode == Mode.RULES) {
            total.add(FactRuEvalEvaluation.evaluate(docs, extractor(mode, null), Progress.NONE));
            return total;
        }
        List<List<NameSample>> samples = new ArrayList<>();
        for (FactRuEvalDocument d : docs) samples.add(NerCorpora.factRuEval(d, FactRuEvalReader.sentenceStartIds(dir, d.id())));
        for (int f = 0; f < run; f++) {
            List<NameSample> train = new ArrayList<>();
            List<FactRuEvalDocument> test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % folds == f) test.add(docs.get(i));
                else train.addAll(samples.get(i));
            }
            NerModels models = fold(NerLanguage.RUSSIAN, train, settings, f);
            total.add(FactRuEvalEvaluation.evaluate(test, extractor(mode, models), Progress.NONE));
        }
        remove(total.exact, FactRuEvalEvaluation.ALL);
        remove(total.overlap, FactRuEvalEvaluation.ALL);
        return total;
    }

    // ------------------------------------------------------------------ KazNERD

    public static Result kazNerd(Path root, Mode mode, int folds, NerTrainer.Settings settings) throws IOException {
        return kazNerd(root, mode, folds, folds, settings);
    }

    /**
     * Scores the first {@code run} of {@code folds} folds. With {@link Mode#STATISTICAL} the
     * result's {@code overlap} map holds, instead, the model's own labels scored by exact span on
     * the fold's samples (what the model can do before {@link ConllEvaluation#kazNerdLabel} maps
     * mentions back to KazNERD labels: a place is a GPE there only when a word list knows it).
     */
    public static Result kazNerd(Path root, Mode mode, int folds, int run, NerTrainer.Settings settings) throws IOException {
        List<ConllSentence> sentences = ConllReader.read(NerCorpora.kazNerdFile(root));
        Result total = Result.empty();
        if (mode == Mode.RULES) {
            ConllResult r = ConllEvaluation.evaluate(sentences, extractor(mode, null), ConllEvaluation::detectLanguage, Progress.NONE);
            total.add(r.exact(), null);
            return total;
        }
        int n = sentences.size();
        Map<String, int[]> own = new LinkedHashMap<>();
        for (String l : ConllEvaluation.LABELS) own.put(l, new int[3]);
        for (int f = 0; f < run; f++) {
            int from = (int) ((long) n * f / folds), to = (int) ((long) n * (f + 1) / folds);
            List<NameSample> train = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i >= from && i < to) continue;
                NameSample s = NerCorpora.kazNerd(sentences.get(i));
                if (s != null) train.add(s);
            }
            NerModels models = fold(NerLanguage.KAZAKH, train, settings, f);
            ConllResult r = ConllEvaluation.evaluate(sentences.subList(from, to), extractor(mode, models),
                    ConllEvaluation::detectLanguage, Progress.NONE);
            total.add(r.exact(), null);
            if (mode == Mode.STATISTICAL) {
                NameFinderME finder = new NameFinderME(models.model(NerLanguage.KAZAKH));
                for (int i = from; i < to; i++) {
                    NameSample s = NerCorpora.kazNerd(sentences.get(i));
                    if (s == null) continue;
                    finder.clearAdaptiveData();
                    count(s.getNames(), finder.find(s.getSentence()), own);
                }
            }
        }
        remove(total.exact, ConllEvaluation.ALL);
        if (mode == Mode.STATISTICAL) {
            own.forEach((k, c) -> total.overlap.put(k, Scores.of(c[0], c[1], c[2])));
            remove(total.overlap, ConllEvaluation.ALL);
        }
        return total;
    }

    /**
     * A fold's models: the language's model trained on the fold's training part, and the
     * other language's shipped model (KazNERD's evaluation gives a sentence it detects as Russian
     * to the Russian model).
     */
    private static NerModels fold(NerLanguage language, List<NameSample> train, NerTrainer.Settings settings, int f) throws IOException {
        long t0 = System.nanoTime();
        TokenNameFinderModel model = NerTrainer.train(language, train, settings);
        System.err.printf(Locale.ROOT, "  fold %d: %d sentences, trained in %.1f s%n", f, train.size(), (System.nanoTime() - t0) / 1e9);
        Map<NerLanguage, TokenNameFinderModel> m = new LinkedHashMap<>();
        m.put(language, model);
        for (NerLanguage other : NerLanguage.values()) {
            if (other == language) continue;
            TokenNameFinderModel shipped = NerModels.shippedModel(other);
            if (shipped != null) m.put(other, shipped);
        }
        return NerModels.of(m);
    }

    /** Adds true positives, false positives and misses per label, for the labels in the map. */
    private static void count(opennlp.tools.util.Span[] key, opennlp.tools.util.Span[] found, Map<String, int[]> counts) {
        java.util.Set<opennlp.tools.util.Span> k = new java.util.HashSet<>(List.of(key));
        java.util.Set<opennlp.tools.util.Span> p = new java.util.HashSet<>(List.of(found));
        for (opennlp.tools.util.Span s : p) {
            int[] c = counts.get(s.getType());
            if (c != null) c[k.contains(s) ? 0 : 1]++;
        }
        for (opennlp.tools.util.Span s : k) {
            int[] c = counts.get(s.getType());
            if (c != null && !p.contains(s)) c[2]++;
        }
    }

    private static void remove(Map<String, Scores> m, String all) {
        // "all" summed over folds is the sum of the per-type counts: recompute it so it stays last.
        m.remove(all);
        Scores sum = Scores.of(0, 0, 0);
        for (Scores s : m.values()) sum = sum.plus(s);
        m.put(all, sum);
    }

    /** A table of the scores, one line per type. */
    public static String table(String title, Map<String, Scores> scores, Set<String> only) {
        StringBuilder sb = new StringBuilder(title).append(System.lineSeparator());
        sb.append(String.format(Locale.ROOT, "%-13s %6s %6s %6s %6s %6s %6s%n", "type", "key", "found", "right", "P", "R", "F1"));
        scores.forEach((k, s) -> {
            if (only != null && !only.contains(k)) return;
            sb.append(String.format(Locale.ROOT, "%-13s %6d %6d %6d %6.3f %6.3f %6.3f%n",
                    k, s.expected(), s.predicted(), s.tp(), s.precision(), s.recall(), s.f1()));
        });
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: NerCrossValidation REPO_ROOT ru|kk rules|standard|stat|gaps|prefer|only|all [FOLDS[/RUN] [ALGORITHM ITERATIONS CUTOFF CODEC [L1 L2]]]");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        NerLanguage language = NerLanguage.forCode(args[1]);
        // FOLDS is k, or k/r to run only the first r of k folds (quick trials; not held-out figures for all data).
        String[] fr = (args.length > 3 ? args[3] : "5").split("/");
        int folds = Integer.parseInt(fr[0]);
        int run = fr.length > 1 ? Integer.parseInt(fr[1]) : folds;
        NerTrainer.Settings settings = args.length > 7 ? NerTrainer.Settings.parse(List.of(args).subList(4, args.length)) : NerTrainer.settings(language);
        List<Mode> modes = switch (args[2]) {
            case "rules" -> List.of(Mode.RULES);
            case "standard" -> List.of(Mode.STANDARD);
            case "stat" -> List.of(Mode.STATISTICAL);
            case "gaps" -> List.of(Mode.MERGED_FILL_GAPS);
            case "prefer" -> List.of(Mode.MERGED_PREFER_MODEL);
            case "only" -> List.of(Mode.MERGED_MODEL_ONLY);
            case "all" -> List.of(Mode.values());
            default -> throw new IllegalArgumentException("Unknown mode " + args[2]);
        };
        for (Mode mode : modes) {
            long t0 = System.nanoTime();
            String what = String.format(Locale.ROOT, "%s %s, %s", language.code(), mode,
                    mode == Mode.RULES ? "all data" : folds + "-fold cross-validation" + (run < folds ? " (" + run + " folds run)" : "")
                            + ", " + settings);
            Result r = language == NerLanguage.RUSSIAN ? factRuEval(root, mode, folds, run, settings) : kazNerd(root, mode, folds, run, settings);
            if (language == NerLanguage.RUSSIAN) {
                System.out.print(table("factRuEval devset, overlap: " + what, r.overlap(), null));
                System.out.print(table("factRuEval devset, exact: " + what, r.exact(), null));
                System.out.print(table("factRuEval devset, facts (holdsPost): " + what, r.facts(), null));
            } else {
                System.out.print(table("KazNERD valid, exact: " + what, r.exact(), null));
                if (!r.overlap().isEmpty()) System.out.print(table("KazNERD valid, the model's own labels, exact: " + what, r.overlap(), null));
            }
            System.out.printf(Locale.ROOT, "(%.0f s)%n%n", (System.nanoTime() - t0) / 1e9);
        }
    }
}
