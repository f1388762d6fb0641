package kz.qogam.ingest.doc;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The relations Qogam extracts, named as in the gold files ({@code data/gold/README.md}). */
public enum Predicate {
    HOLDS_POST("holdsPost", EntityKind.PERSON, true),
    MEMBER_OF("memberOf", null, true),
    PART_OF("partOf", null, true),
    ORGANIZES("organizes", null, true),
    PARTICIPATES_IN("participatesIn", null, true),
    FUNDED_BY("fundedBy", null, true),
    TAKES_PLACE_IN("takesPlaceIn", EntityKind.EVENT, true),
    BASED_IN("basedIn", EntityKind.ORGANIZATION, true),
    LOCATED_IN("locatedIn", EntityKind.PLACE, true),
    FOUNDED_ON("foundedOn", EntityKind.ORGANIZATION, false),
    DATE("date", EntityKind.EVENT, false),
    PHONE("phone", EntityKind.ORGANIZATION, false),
    HOMEPAGE("homepage", EntityKind.ORGANIZATION, false);

    private final String goldName;
    private final EntityKind subjectKind;
    private final boolean entityObject;

    Predicate(String goldName, EntityKind subjectKind, boolean entityObject) {
        this.goldName = goldName;
        this.subjectKind = subjectKind;
        this.entityObject = entityObject;
    }

    public String goldName() {
        return goldName;
    }

    /** The subject's kind when the predicate fixes it, else null. */
    public EntityKind subjectKind() {
        return subjectKind;
    }

    /** True when the object is an entity, false when it is a literal (date, phone, address). */
    public boolean hasEntityObject() {
        return entityObject;
    }

    public static Predicate forGoldName(String name) {
        for (Predicate p : values()) {
            if (p.goldName.equals(name)) return p;
        }
        throw new IllegalArgumentException("Unknown predicate '" + name + "'; known: "
                + Arrays.stream(values()).map(Predicate::goldName).collect(Collectors.joining(", ")));
    }
}
