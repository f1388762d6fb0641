package kz.qogam.ingest.doc;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The languages and scripts Qogam reads, keyed by the BCP 47 tag written into the graph. */
public enum Language {
    RUSSIAN("ru", "Russian"),
    KAZAKH("kk", "Kazakh (Cyrillic)"),
    KAZAKH_LATIN("kk-Latn", "Kazakh (Latin, 2021 alphabet)");

    private final String tag;
    private final String label;

    Language(String tag, String label) {
        this.tag = tag;
        this.label = label;
    }

    /** The language tag used on literals and in {@code dcterms:language}. */
    public String tag() {
        return tag;
    }

    public String label() {
        return label;
    }

    public boolean isKazakh() {
        return this != RUSSIAN;
    }

    /** Looks a tag up; an unknown tag fails with the list of known ones. */
    public static Language forTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag)) return l;
        }
        throw new IllegalArgumentException("Unknown language tag '" + tag + "'; known: "
                + Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", ")));
    }
}
