package kz.qogam.ingest.ner;

import java.util.List;
import java.util.Map;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;

/**
 * The two name-finder models: which corpus each is trained on, the labels it predicts and the
 * mention type each label becomes. Latin-script Kazakh is tagged by the Kazakh model through its
 * Cyrillic reading.
 */
public enum NerLanguage {
    /**
     * Russian, trained on the factRuEval-2016 devset: Person, Org, Location and LocOrg, and the
     * positions of its Occupation facts.
     */
    RUSSIAN("ru", Language.RUSSIAN, Map.of(
            "PER", MentionType.PERSON,
            "ORG", MentionType.ORGANIZATION,
            "LOC", MentionType.PLACE,
            NerLanguage.POSITION, MentionType.ROLE)),
    /**
     * Kazakh, trained on KazNERD: the eight labels its evaluation scores. Other KazNERD labels
     * (CARDINAL, NORP, ART, PROJECT, ...) are learnt too, so the model has somewhere to put them
     * other than the eight, but they give no mention.
     */
    KAZAKH("kk", Language.KAZAKH, Map.of(
            "PERSON", MentionType.PERSON,
            "ORGANISATION", MentionType.ORGANIZATION,
            "GPE", MentionType.PLACE,
            "LOCATION", MentionType.PLACE,
            "FACILITY", MentionType.PLACE,
            "EVENT", MentionType.EVENT,
            NerLanguage.POSITION, MentionType.ROLE,
            "DATE", MentionType.DATE));

    /** The label of posts in both models (KazNERD's name for them). */
    static final String POSITION = "POSITION";

    /** The KazNERD labels the Kazakh model is trained on besides the scored ones. */
    static final List<String> KAZAKH_OTHER_LABELS = List.of(
            "CARDINAL", "PERCENTAGE", "MONEY", "QUANTITY", "ORDINAL", "NORP", "ART", "TIME", "PROJECT",
            "DISEASE", "PRODUCT", "LAW", "LANGUAGE");

    private final String code;
    private final Language reading;
    private final Map<String, MentionType> mentionTypes;

    NerLanguage(String code, Language reading, Map<String, MentionType> mentionTypes) {
        this.code = code;
        this.reading = reading;
        this.mentionTypes = mentionTypes;
    }

    /** {@code ru} or {@code kk}: the model's resource is {@code <code>.bin}. */
    public String code() {
        return code;
    }

    /** The language the model reads (Kazakh in Cyrillic for both Kazakh scripts). */
    public Language reading() {
        return reading;
    }

    /** The model file's name beside this class on the class path. */
    public String resourceName() {
        return code + ".bin";
    }

    /** The mention type a predicted label becomes, or null for a label that gives no mention. */
    public MentionType mentionType(String label) {
        return mentionTypes.get(label);
    }

    /** Whether the model gives mentions of the type. */
    public boolean gives(MentionType type) {
        return mentionTypes.containsValue(type);
    }

    /** The model that tags a document of this language. */
    public static NerLanguage of(Language language) {
        return language == Language.RUSSIAN ? RUSSIAN : KAZAKH;
    }

    public static NerLanguage forCode(String code) {
        for (NerLanguage l : values()) {
            if (l.code.equals(code)) return l;
        }
        throw new IllegalArgumentException("Unknown name-finder language '" + code + "'; known: ru, kk");
    }
}
