package kz.qogam.ingest.doc;

/** The kinds of entity Qogam extracts; {@link #slug()} is the kind's segment in entity IRIs. */
public enum EntityKind {
    PERSON("person", "Person"),
    ORGANIZATION("organization", "Organization"),
    EVENT("event", "Event"),
    PLACE("place", "Place");

    private final String slug;
    private final String goldType;

    EntityKind(String slug, String goldType) {
        this.slug = slug;
        this.goldType = goldType;
    }

    /** The segment in {@code {base}/id/{kind}/{slug}}. */
    public String slug() {
        return slug;
    }

    /** The type name used in gold files ({@code data/gold/README.md}). */
    public String goldType() {
        return goldType;
    }

    public static EntityKind forSlug(String slug) {
        for (EntityKind k : values()) {
            if (k.slug.equals(slug)) return k;
        }
        throw new IllegalArgumentException("Unknown entity kind '" + slug + "'; known: person, organization, event, place");
    }
}
