package kz.qogam.ingest.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Cluster;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.GoldMention;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.SpanAnnotation;
import kz.qogam.ingest.eval.corpora.FactRuEvalReader;
import kz.qogam.ingest.text.Morphology.PhraseKind;

/**
 * Not a test: compares {@link RuleMorphology} and {@link DictionaryRussianMorphology} on the
 * factRuEval devset. Nominative accuracy against the normalised names of {@code .coref}
 * (people word by word, places and organisations whose normalised name has as many words as
 * the mention), and speed of the morphology alone on the devset's words.
 *
 * <pre>
 * mvn -q -pl ingest test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * CP=ingest/target/classes:ingest/target/test-classes:$(cat /tmp/cp.txt)
 * java -cp $CP kz.qogam.ingest.text.MorphologyBench data/datasets/factRuEval-2016/devset [-v]   # accuracy and speed
 * java -cp $CP kz.qogam.ingest.text.MorphologyBench speed data/datasets/factRuEval-2016/devset 5  # whole pipeline, CPU time
 * java -cp $CP kz.qogam.ingest.text.MorphologyBench pipeline DEVSET [IOB2_FILE]                # the corpus scores
 * </pre>
 */
public final class MorphologyBench {
    private MorphologyBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("speed")) {
            pipelineSpeed(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        if (args.length > 0 && args[0].equals("pipeline")) {
            var pipeline = kz.qogam.ingest.Extraction.standardPipeline();
            long t0 = System.nanoTime();
            var fre = kz.qogam.ingest.eval.corpora.FactRuEvalEvaluation.run(Path.of(args[1]), pipeline::process);
            System.out.println(kz.qogam.ingest.eval.corpora.FactRuEvalEvaluation.table(fre));
            System.out.printf("(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
            if (args.length > 2) {
                t0 = System.nanoTime();
                var conll = kz.qogam.ingest.eval.corpora.ConllEvaluation.run(Path.of(args[2]), pipeline::process);
                System.out.println(kz.qogam.ingest.eval.corpora.ConllEvaluation.table(conll));
                System.out.printf("(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
            }
            return;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "data/datasets/factRuEval-2016/devset");
        boolean verbose = List.of(args).contains("-v");
        List<FactRuEvalDocument> docs = FactRuEvalReader.readDirectory(dir);
        Map<String, Supplier<Morphology>> impls = new LinkedHashMap<>();
        impls.put("rules", () -> RuleMorphology.standard(GivenNames.standard(), List.of()));
        impls.put("dictionary", () -> DictionaryRussianMorphology.standard(GivenNames.standard(), List.of()));
        for (var e : impls.entrySet()) {
            long t0 = System.nanoTime();
            Morphology m = e.getValue().get();
            long built = System.nanoTime() - t0;
            System.out.printf("== %s (built in %d ms)%n", e.getKey(), built / 1_000_000);
            accuracy(m, docs, verbose);
            speed(m, docs);
        }
    }

    /** The whole pipeline on the devset's texts (Russian news), one thread, in CPU time: a shared machine's wall time says little. */
    private static void pipelineSpeed(Path dir, int rounds) throws Exception {
        List<kz.qogam.ingest.doc.Document> texts = new ArrayList<>();
        for (FactRuEvalDocument d : FactRuEvalReader.readDirectory(dir)) texts.add(kz.qogam.ingest.doc.Document.ofText(d.id(), d.text(), Language.RUSSIAN));
        var pipeline = kz.qogam.ingest.Extraction.standardPipeline();
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) {
            long tokens = 0;
            long cpu0 = bean.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (var t : texts) {
                var d = pipeline.process(kz.qogam.ingest.doc.Document.ofText(t.id(), t.text(), Language.RUSSIAN));
                tokens += d.tokens().size();
            }
            double cpu = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            System.out.printf("%s %d documents, %d tokens: %.0f tokens/s of CPU (%.2f s), %.0f tokens/s wall%n",
                    round == 0 ? "warm-up" : "round " + round, texts.size(), tokens, tokens / cpu, cpu, tokens / wall);
        }
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{Nd} -]", "").strip().replaceAll("\\s+", " ");
    }

    private static void accuracy(Morphology m, List<FactRuEvalDocument> docs, boolean verbose) {
        int personWords = 0, personRight = 0, phrases = 0, phraseRight = 0, changedPhrases = 0, changedRight = 0;
        for (FactRuEvalDocument d : docs) {
            for (Cluster c : d.clusters()) {
                for (String mid : c.mentionIds()) {
                    GoldMention g = d.mention(mid).orElse(null);
                    if (g == null) continue;
                    if (g.type().equals("Person")) {
                        List<SpanAnnotation> parts = g.parts();
                        String text = d.text(g.span());
                        String nom = m.nominative(text, Language.RUSSIAN, PhraseKind.PERSON_NAME);
                        String[] in = text.split("\\s+");
                        String[] out = nom.split("\\s+");
                        if (in.length != out.length) continue;
                        for (SpanAnnotation p : parts) {
                            String key = switch (p.type()) {
                                case "name" -> "firstname";
                                case "surname" -> "lastname";
                                case "patronymic" -> "patronymic";
                                default -> null;
                            };
                            String word = d.text(p.span());
                            if (key == null || word.length() <= 2 || c.valuesLike(key).isEmpty()) continue;
                            int at = -1;
                            for (int k = 0; k < in.length; k++) {
                                if (in[k].equals(word)) at = k;
                            }
                            if (at < 0) continue;
                            personWords++;
                            String got = norm(out[at]);
                            boolean ok = c.valuesLike(key).stream().anyMatch(v -> norm(v).equals(got));
                            if (ok) personRight++;
                            else if (verbose) System.out.println("  PER " + word + " → " + out[at] + "   gold " + c.valuesLike(key));
                        }
                    } else if (!c.values("name").isEmpty()) {
                        String text = d.text(g.span());
                        if (text.contains("\n")) continue;
                        String[] in = text.split("\\s+");
                        List<String> golds = new ArrayList<>();
                        for (String v : c.values("name")) {
                            if (v.split("\\s+").length == in.length) golds.add(norm(v));
                        }
                        if (golds.isEmpty() || !Character.isLetter(text.charAt(0))) continue;
                        String nom = m.nominative(text, Language.RUSSIAN, PhraseKind.NOUN_PHRASE);
                        phrases++;
                        boolean ok = golds.contains(norm(nom));
                        if (ok) phraseRight++;
                        if (!nom.equals(text)) {
                            changedPhrases++;
                            if (ok) changedRight++;
                        }
                        if (!ok && verbose) System.out.println("  " + g.type() + " " + text + " → " + nom + "   gold " + golds);
                    }
                }
            }
        }
        System.out.printf("person name words: %d/%d right (%.1f%%)%n", personRight, personWords, 100.0 * personRight / personWords);
        System.out.printf("place/org phrases: %d/%d right (%.1f%%); changed %d, of which right %d%n",
                phraseRight, phrases, 100.0 * phraseRight / phrases, changedPhrases, changedRight);
    }

    private static void speed(Morphology m, List<FactRuEvalDocument> docs) {
        List<String> words = new ArrayList<>();
        for (FactRuEvalDocument d : docs) {
            for (FactRuEvalDocument.Token t : d.tokens()) {
                if (Character.isLetter(t.text().charAt(0))) words.add(t.text());
            }
        }
        for (int round = 1; round <= 3; round++) {
            long sink = 0;
            long t0 = System.nanoTime();
            for (String w : words) sink += m.lookupKeys(w, Language.RUSSIAN).size();
            long t1 = System.nanoTime();
            for (String w : words) sink += m.isAdjective(w, Language.RUSSIAN) ? 1 : 0;
            long t2 = System.nanoTime();
            for (String w : words) sink += m.nominative(w, Language.RUSSIAN, PhraseKind.NOUN_PHRASE).length();
            long t3 = System.nanoTime();
            for (String w : words) sink += m.nominative(w, Language.RUSSIAN, PhraseKind.PERSON_NAME).length();
            long t4 = System.nanoTime();
            System.out.printf("round %d, %d words: lookupKeys %.0f/s, isAdjective %.0f/s, nominative (noun phrase) %.0f/s, nominative (person) %.0f/s  [%d]%n",
                    round, words.size(), rate(words, t1 - t0), rate(words, t2 - t1), rate(words, t3 - t2), rate(words, t4 - t3), sink % 10);
        }
    }

    private static double rate(List<String> words, long nanos) {
        return words.size() / (nanos / 1e9);
    }
}
