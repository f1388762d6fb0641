package kz.qogam.ingest.doc;

/** What a pipeline stage can require of a document or add to it. */
public enum Layer {
    /** The cleaned text, its language and title. */
    TEXT,
    SENTENCES,
    TOKENS,
    MENTIONS,
    /** Mentions grouped into entities with canonical names. */
    ENTITIES,
    FACTS
}
