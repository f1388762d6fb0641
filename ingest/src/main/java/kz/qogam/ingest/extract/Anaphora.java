package kz.qogam.ingest.extract;

/**
 * Mentions that only refer back to something named before: a bare kind word («форума»,
 * «Коалиции», «іс-шараға», «министерстве»). Finders give them this confidence; the resolver
 * attaches each to an entity the text has named, or drops it.
 */
public final class Anaphora {
    /** The confidence of a mention that names nothing by itself. */
    public static final double CONFIDENCE = 0.3;

    private Anaphora() {}

    public static boolean isAnaphor(kz.qogam.ingest.doc.Mention m) {
        return m.confidence() <= CONFIDENCE;
    }
}
