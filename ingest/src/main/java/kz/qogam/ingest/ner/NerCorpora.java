package kz.qogam.ingest.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.doc.Token;
import kz.qogam.ingest.eval.corpora.ConllReader;
import kz.qogam.ingest.eval.corpora.ConllSentence;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument;
import kz.qogam.ingest.eval.corpora.FactRuEvalEvaluation;
import kz.qogam.ingest.eval.corpora.FactRuEvalReader;
import kz.qogam.ingest.text.Tokenizer;
import opennlp.tools.namefind.NameSample;

/**
 * The training sentences of the two models, read with the project's corpus readers and cut into
 * tokens by the project's {@link Tokenizer} (the tokens the model sees when it runs in the
 * pipeline, not the corpus's own).
 *
 * <ul>
 *   <li><b>factRuEval-2016</b>: the sentences of each text as its {@code .tokens} file breaks
 *       them; the names are the {@code .objects} mentions (Person as {@code PER}, Org as
 *       {@code ORG}, Location and LocOrg as {@code LOC}), each from its first to its last span,
 *       descriptors included. The model tags flat names, so a mention inside another (Грузии in
 *       МИД Грузии) is left out: of overlapping mentions the longest stays (the earlier of equal
 *       ones). Project mentions are not names here. The positions of the {@code Occupation}
 *       facts are {@code POSITION} names where they overlap none of those (posts outside a fact
 *       are not annotated, so the model learns the posts said of someone).</li>
 *   <li><b>KazNERD</b>: each sentence's tokens joined by spaces (as the evaluation gives them to
 *       the extractor); every label is kept (see {@link NerLanguage#KAZAKH}).</li>
 * </ul>
 * A name is the tokens that its characters touch. Adaptive data (OpenNLP's previous map) is
 * cleared at the start of each factRuEval text and before every KazNERD sentence, which comes
 * without its text.
 */
public final class NerCorpora {
    private NerCorpora() {}

    /** The factRuEval devset under the repository root. */
    public static Path factRuEvalDir(Path root) {
        return root.resolve("data/datasets/factRuEval-2016/devset");
    }

    /** KazNERD's validation split under the repository root. */
    public static Path kazNerdFile(Path root) {
        return root.resolve("data/datasets/KazNERD/IOB2_valid.txt");
    }

    /** A name in character offsets of a text. */
    record Name(Span span, String type) {}

    /** One training unit: a factRuEval text or a KazNERD sentence, with its samples. */
    public record Unit(String id, List<NameSample> samples) {}

    // ------------------------------------------------------------------ factRuEval

    /** The texts of a factRuEval folder, in the reader's order, each with its sentences. */
    public static List<Unit> factRuEval(Path dir) throws IOException {
        List<Unit> out = new ArrayList<>();
        for (FactRuEvalDocument d : FactRuEvalReader.readDirectory(dir)) {
            out.add(new Unit(d.id(), factRuEval(d, FactRuEvalReader.sentenceStartIds(dir, d.id()))));
        }
        return out;
    }

    /** The sentences of one text, given the ids of its sentence-initial tokens ({@link FactRuEvalReader#sentenceStartIds}). */
    public static List<NameSample> factRuEval(FactRuEvalDocument d, List<String> sentenceStarts) {
        List<Name> names = new ArrayList<>();
        for (FactRuEvalDocument.GoldMention m : d.mentions()) {
            String type = FactRuEvalEvaluation.typeOf(m.type());
            if (type != null) names.add(new Name(m.span(), type));
        }
        names = outermost(names);
        names.addAll(positions(d, names));
        names.sort(Comparator.comparing(Name::span));
        Set<String> starts = new HashSet<>(sentenceStarts);
        List<Span> sentences = new ArrayList<>();
        int from = -1, to = -1;
        for (FactRuEvalDocument.Token t : d.tokens()) {
            if (starts.contains(t.id()) && from >= 0) {
                sentences.add(new Span(from, to));
                from = -1;
            }
            if (from < 0) from = t.span().start();
            to = Math.max(to, t.span().end());
        }
        if (from >= 0) sentences.add(new Span(from, to));
        List<NameSample> out = new ArrayList<>();
        for (Span s : sentences) {
            NameSample sample = sample(d.text(), s, names, out.isEmpty());
            if (sample != null) out.add(sample);
        }
        return out;
    }

    /**
     * The posts of the text's {@code Occupation} facts as {@code POSITION} names: of each
     * position's alternatives («Посол Японии в России», «Посол») the first that overlaps no name,
     * each stretch once.
     */
    private static List<Name> positions(FactRuEvalDocument d, List<Name> names) {
        List<Name> out = new ArrayList<>();
        for (FactRuEvalDocument.Occupation o : d.occupations()) {
            for (FactRuEvalDocument.SpanAnnotation p : o.positions()) {
                Span span = p.span();
                if (names.stream().anyMatch(n -> n.span().overlaps(span))) continue;
                if (out.stream().noneMatch(n -> n.span().overlaps(span))) out.add(new Name(span, NerLanguage.POSITION));
                break;
            }
        }
        return out;
    }

    /** Of overlapping names, the longest (the earlier of equal ones). */
    static List<Name> outermost(List<Name> names) {
        List<Name> byLength = new ArrayList<>(names);
        byLength.sort(Comparator.comparingInt((Name n) -> -n.span().length()).thenComparing(Name::span));
        List<Name> kept = new ArrayList<>();
        for (Name n : byLength) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(n.span()))) kept.add(n);
        }
        kept.sort(Comparator.comparing(Name::span));
        return kept;
    }

    // ------------------------------------------------------------------ KazNERD

    /** The sentences of an IOB2 file, in file order, one unit each. */
    public static List<Unit> kazNerd(Path file) throws IOException {
        List<Unit> out = new ArrayList<>();
        for (ConllSentence s : ConllReader.read(file)) {
            NameSample sample = kazNerd(s);
            if (sample != null) out.add(new Unit("sentence-" + (s.index() + 1), List.of(sample)));
        }
        return out;
    }

    /** The sentence as a sample, or null when it has no token. */
    public static NameSample kazNerd(ConllSentence s) {
        String text = s.text();
        int[] starts = s.starts();
        List<Name> names = new ArrayList<>();
        for (ConllSentence.Chunk c : s.chunks()) {
            int end = starts[c.end() - 1] + s.tokens().get(c.end() - 1).length();
            names.add(new Name(new Span(starts[c.start()], end), c.label()));
        }
        return sample(text, new Span(0, text.length()), outermost(names), true);
    }

    // ------------------------------------------------------------------ samples

    /** The sentence's tokens and the names inside it, or null when it has no token. */
    static NameSample sample(String text, Span sentence, List<Name> names, boolean clearAdaptiveData) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text.substring(sentence.start(), sentence.end()))) {
            tokens.add(new Token(new Span(t.start() + sentence.start(), t.end() + sentence.start()), t.text()));
        }
        if (tokens.isEmpty()) return null;
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        List<opennlp.tools.util.Span> spans = new ArrayList<>();
        for (Name n : names) {
            if (!sentence.overlaps(n.span())) continue;
            int first = -1, last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).span().overlaps(n.span())) {
                    if (first < 0) first = i;
                    last = i;
                }
            }
            if (first < 0) continue;
            opennlp.tools.util.Span span = new opennlp.tools.util.Span(first, last + 1, n.type());
            // Two names in one token (a hyphenated pair) become one: the first.
            if (!spans.isEmpty() && spans.get(spans.size() - 1).getEnd() > first) continue;
            spans.add(span);
        }
        return new NameSample(words, spans.toArray(new opennlp.tools.util.Span[0]), clearAdaptiveData);
    }
}
