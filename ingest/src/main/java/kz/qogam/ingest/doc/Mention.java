package kz.qogam.ingest.doc;

/**
 * A stretch of text that names something.
 *
 * @param span       where it stands in the document text
 * @param text       the text as written (inflected)
 * @param type       what it names
 * @param normalized the canonical (nominative) form, or for dates the ISO value, for roles the
 *                   nominative lower-case role word
 * @param concept    the IRI of a scheme concept or gazetteer place it denotes (legal form of an
 *                   organisation, role, event kind, gazetteer place), or null
 * @param confidence how sure the finder is, 0..1
 */
public record Mention(Span span, String text, MentionType type, String normalized, String concept, double confidence) {
    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public Mention withNormalized(String value) {
        return new Mention(span, text, type, value, concept, confidence);
    }
}
