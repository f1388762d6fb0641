package kz.qogam.ingest.text;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.doc.Token;

/**
 * A document as the finders read it: sentences of tokens, in Cyrillic whatever the script. A
 * Kazakh text in the Latin alphabet is read through its Cyrillic reading ({@link KazakhLatin}), so
 * one set of word lists and suffix rules serves both scripts; names found are written back in the
 * text's own alphabet with {@link #toDocumentScript}. Offsets always refer to the document text.
 */
public final class TextView {
    private final Document doc;
    private final Morphology morphology;
    private final KazakhLatin.Variant variant;
    private final List<SentenceView> sentences = new ArrayList<>();

    private TextView(Document doc, Morphology morphology) {
        this.doc = doc;
        this.morphology = morphology;
        this.variant = doc.language() == Language.KAZAKH_LATIN ? KazakhLatin.detect(doc.text()) : null;
        List<Token> tokens = doc.tokens();
        this.tokenCount = tokens.size();
        this.sentenceCount = doc.sentences().size();
        int t = 0;
        List<Span> spans = doc.sentences().isEmpty() ? List.of(new Span(0, doc.text().length())) : doc.sentences();
        for (Span s : spans) {
            while (t < tokens.size() && tokens.get(t).end() <= s.start()) t++;
            int from = t;
            while (t < tokens.size() && tokens.get(t).start() < s.end()) t++;
            List<Token> in = tokens.subList(from, t);
            String[] forms = new String[in.size()];
            for (int i = 0; i < forms.length; i++) forms[i] = readingOf(in.get(i).text());
            sentences.add(new SentenceView(this, s, in, forms));
        }
    }

    /**
     * The last view made on this thread. The stages of a pipeline each ask for a view of the same
     * document, whose tokens and sentences no longer change once split; sharing the view shares the
     * tokens' lookup keys, which each view would otherwise work out again (a tenth of extraction).
     */
    private static final ThreadLocal<TextView> LAST = new ThreadLocal<>();

    private final int tokenCount;
    private final int sentenceCount;

    /** The view of a document that has sentences and tokens. */
    public static TextView of(Document doc, Morphology morphology) {
        TextView last = LAST.get();
        if (last != null && last.doc == doc && last.morphology == morphology && last.tokenCount == doc.tokens().size()
                && last.sentenceCount == doc.sentences().size()) return last;
        TextView view = new TextView(doc, morphology);
        LAST.set(view);
        return view;
    }

    /** A view of its own for a document made only to be looked at once (a sentence the name finder reads). */
    public static TextView once(Document doc, Morphology morphology) {
        return new TextView(doc, morphology);
    }

    public Document document() {
        return doc;
    }

    public Morphology morphology() {
        return morphology;
    }

    public List<SentenceView> sentences() {
        return sentences;
    }

    /** The language the readings are in: Kazakh for both Kazakh scripts. */
    public Language readingLanguage() {
        return doc.language() == Language.RUSSIAN ? Language.RUSSIAN : Language.KAZAKH;
    }

    /** The tag names get in this document: {@code ru}, {@code kk} or {@code kk-Latn}. */
    public String nameLanguage() {
        return doc.language().tag();
    }

    /** The reading of a stretch of the document text. */
    public String reading(Span span) {
        return readingOf(doc.text(span));
    }

    /** The reading of any text in the document's alphabet (a name found earlier, say). */
    public String readingOf(String s) {
        return variant == null ? s : KazakhLatin.toCyrillic(s, variant).text();
    }

    /** A name found in the reading, in the document's own alphabet. */
    public String toDocumentScript(String reading) {
        return variant == null ? reading : KazakhLatin.toLatin(reading, variant);
    }

    /** The nominative of a phrase given in the reading, in the document's alphabet. */
    public String nominative(String reading, Morphology.PhraseKind kind) {
        return toDocumentScript(morphology.nominative(reading, readingLanguage(), kind));
    }

    /**
     * The nominative of a stretch of the text, in the document's alphabet. In a Latin-script text a
     * nominative that only drops an ending is cut from the original («Toqaevtyń» → «Toqaev»), so
     * that letters the Cyrillic reading cannot give back («Dosco») stay as written.
     */
    public String nominative(Span span, Morphology.PhraseKind kind) {
        String original = doc.text(span);
        if (variant == null) return morphology.nominative(original, readingLanguage(), kind);
        KazakhLatin.Aligned aligned = KazakhLatin.toCyrillic(original, variant);
        String result = morphology.nominative(aligned.text(), readingLanguage(), kind);
        if (aligned.text().startsWith(result)) {
            return original.substring(0, aligned.sourceOffset(result.length(), original.length())).stripTrailing();
        }
        return toDocumentScript(result);
    }

    /** The sentence that holds the offset, or null. */
    public SentenceView sentenceAt(int offset) {
        for (SentenceView s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) return s;
        }
        return null;
    }
}
