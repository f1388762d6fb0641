package kz.qogam.ingest.doc;

import java.util.Objects;

/**
 * A relation the text states, with the sentence it comes from.
 *
 * @param predicate   what is stated
 * @param subject     who or what it is about
 * @param object      the entity it links to, or null when {@code literal} is set
 * @param literal     the literal value (an ISO date at the text's precision, a phone, a URL), or null
 * @param role        for posts and participation: the role word, nominative lower case, or null
 * @param roleConcept the role's concept IRI in the roles scheme, or null
 * @param title       for posts: the post's whole title as the text writes it, in the nominative
 *                    («Білім және ғылым министрі»), or null when the text gives only the role word
 * @param evidence    the sentence (or clause) that states it
 * @param confidence  0..1
 */
public record Fact(Predicate predicate, Entity subject, Entity object, String literal, String role,
                   String roleConcept, String title, Span evidence, double confidence) {
    public Fact {
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(evidence, "evidence");
        if ((object == null) == (literal == null)) {
            throw new IllegalArgumentException("A fact has either an entity or a literal object: " + predicate);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("Confidence must be within 0..1, got " + confidence);
        }
    }

    public static Fact link(Predicate p, Entity s, Entity o, Span evidence, double confidence) {
        return new Fact(p, s, o, null, null, null, null, evidence, confidence);
    }

    public static Fact value(Predicate p, Entity s, String literal, Span evidence, double confidence) {
        return new Fact(p, s, null, literal, null, null, null, evidence, confidence);
    }

    public static Fact post(Entity person, Entity org, String role, String roleConcept, String title, Span evidence,
                            double confidence) {
        return new Fact(Predicate.HOLDS_POST, person, org, null, role, roleConcept, title, evidence, confidence);
    }
}
