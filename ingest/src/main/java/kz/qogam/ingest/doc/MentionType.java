package kz.qogam.ingest.doc;

/** What a stretch of text names. Entity-denoting types map to an {@link EntityKind}. */
public enum MentionType {
    PERSON(EntityKind.PERSON),
    ORGANIZATION(EntityKind.ORGANIZATION),
    EVENT(EntityKind.EVENT),
    PLACE(EntityKind.PLACE),
    /** A post or role word (директор, төраға). */
    ROLE(null),
    /**
     * A post's whole title as written: its role word with the body, office or rank the title
     * names («Білім және ғылым министрі», «Ақтау қалалық мәслихатының депутаты», «Тұңғыш
     * Президент»). The role word in it is a {@link #ROLE} mention, which the post finders read.
     */
    TITLE(null),
    /** A date or partial date. */
    DATE(null),
    /** A phone number, e-mail or web address. */
    CONTACT(null);

    private final EntityKind entityKind;

    MentionType(EntityKind entityKind) {
        this.entityKind = entityKind;
    }

    /** The entity kind this mention denotes, or null for roles, titles, dates and contacts. */
    public EntityKind entityKind() {
        return entityKind;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
