package kz.qogam.search;

/** The fields of the index's documents (see {@link SearchIndex} for the layout). */
final class Fields {
    private Fields() {}

    /** What a document is: {@link #ENTITY} or {@link #SOURCE}. */
    static final String TYPE = "type";
    static final String ENTITY = "entity";
    static final String SOURCE = "source";

    // ---- entity documents, one per entity IRI
    /** The entity IRI (stored, and as sorted doc values for ties and id collection). */
    static final String ID = "id";
    /** person | organization | event | place. */
    static final String KIND = "kind";
    /** Each named graph that describes the entity. */
    static final String SRC = "src";
    /** Places the entity is based in, located in or contained in (IRIs), for the region filter. */
    static final String LOC = "loc";
    /** Legal form codes (public-foundation), for the form filter. */
    static final String FORM = "form";
    /** Place kind codes (region, city, …). */
    static final String PLACE_KIND = "pkind";
    /** Every source's contribution, as JSON (stored only). */
    static final String DATA = "data";
    /** Features of the entity (Lucene FeatureField): {@link #POPULARITY}. */
    static final String FEATURES = "feat";
    /** How many graphs describe the entity: among equal matches, the more often named first. */
    static final String POPULARITY = "graphs";

    // ---- name fields (see SearchAnalyzers)
    static final String WORDS = "w";
    static final String WORD_GRAMS = "wg";
    static final String WORD_FOLDED = "wf";
    static final String WORD_TRANSLIT = "wt";
    static final String WORD_TRANSLIT_GRAMS = "wtg";
    static final String WORD_STEMS = "ws";
    static final String WORD_FOLDED_STEMS = "wsf";
    /** Whole-name exact key ({@link NameAnalysis#key}). */
    static final String NAME = "n";
    /** Edge n-grams of {@link #NAME}. */
    static final String NAME_GRAMS = "ng";
    /** Whole-name exact key of the preferred names (skos:prefLabel) only. */
    static final String PREF_NAME = "pn";
    /** Edge n-grams of {@link #PREF_NAME}. */
    static final String PREF_NAME_GRAMS = "png";
    /** Whole-name folded keys. */
    static final String NAME_FOLDED = "nf";
    /** Whole-name transliteration key. */
    static final String NAME_TRANSLIT = "nt";
    /** Abbreviations the data gives (skos:notation, skos:hiddenLabel, a label in capitals): exact key. */
    static final String ABBREVIATION = "ab";
    /** The same, transliteration key. */
    static final String ABBREVIATION_TRANSLIT = "abt";
    /** Initials of multi-word names. */
    static final String INITIALS = "ai";
    /** Initials, transliteration key. */
    static final String INITIALS_TRANSLIT = "ait";

    // ---- source documents, one per named graph indexed
    /** The named graph IRI. */
    static final String SOURCE_ID = "sid";
    /** What the graph was when indexed: {@code sha:{contentHash}/{extractorVersion}} or {@code triples:{n}}. */
    static final String FINGERPRINT = "fp";
}
