package kz.qogam.ingest.doc;

/** A word, number or punctuation mark, with its position in the text. */
public record Token(Span span, String text) {
    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
