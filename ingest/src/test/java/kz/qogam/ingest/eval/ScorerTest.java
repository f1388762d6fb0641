package kz.qogam.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small gold/extraction pairs whose scores are worked out by hand in the comments. */
class ScorerTest {
    private static final double EPS = 1e-9;

    private static Gold.Entity gold(String id, String type, String name, String... aliases) {
        return new Gold.Entity(id, type, name, List.of(aliases), false);
    }

    private static Extracted.Entity found(String id, String type, String name, String... others) {
        Set<String> names = new java.util.LinkedHashSet<>();
        names.add(name);
        names.addAll(List.of(others));
        return new Extracted.Entity(id, type, name, names);
    }

    private static EvaluationResult score(Gold.Document g, Extracted.Document e) {
        return new Scorer().add(g, e).result();
    }

    @Test
    void a_perfect_extraction_scores_one_everywhere() {
        Gold.Document g = new Gold.Document("d", "ru", List.of(gold("u", "Organization", "Ұрпақ Next"),
                gold("m", "Person", "Гульжанат Муратова")), List.of(new Gold.Fact("m", "holdsPost", "u", "директор")));
        Extracted.Document e = new Extracted.Document("d", List.of(found("e1", "Organization", "Ұрпақ Next"),
                found("e2", "Person", "Гульжанат Муратова")), List.of(new Extracted.Fact("holdsPost", "e2", "e1", false, "директор")));
        EvaluationResult r = score(g, e);
        assertEquals(1.0, r.entities().f1(), EPS);
        assertEquals(1.0, r.facts().f1(), EPS);
        assertEquals(1.0, r.canonicalNameAccuracy(), EPS);
        assertEquals(1.0, r.roleAccuracy(), EPS);
    }

    @Test
    void one_missing_and_one_extra_count_on_both_sides() {
        // Gold: fund, person, Almaty; extracted: fund, person, Shymkent. Entities: tp 2, fp 1, fn 1 → P = R = F1 = 2/3.
        // Facts: gold holdsPost + basedIn(Almaty); extracted holdsPost + basedIn(Shymkent): tp 1, fp 1, fn 1 → 1/2.
        Gold.Document g = new Gold.Document("d", "ru", List.of(gold("f", "Organization", "Фонд"), gold("p", "Person", "Сергей Худяков"),
                gold("a", "Place", "Алматы")), List.of(new Gold.Fact("p", "holdsPost", "f", "председатель"), new Gold.Fact("f", "basedIn", "a", null)));
        Extracted.Document e = new Extracted.Document("d", List.of(found("1", "Organization", "Фонд"), found("2", "Person", "Сергей Худяков"),
                found("3", "Place", "Шымкент")), List.of(new Extracted.Fact("holdsPost", "2", "1", false, "председатель"),
                new Extracted.Fact("basedIn", "1", "3", false, null)));
        EvaluationResult r = score(g, e);
        assertEquals(2.0 / 3, r.entities().precision(), EPS);
        assertEquals(2.0 / 3, r.entities().recall(), EPS);
        assertEquals(2.0 / 3, r.entities().f1(), EPS);
        assertEquals(0.5, r.facts().f1(), EPS);
        assertEquals(Score.of(0, 1, 1), r.entities().byType().get("Place"));
        assertEquals(1, r.facts().byPredicate().get("basedIn").falsePositives());
        assertEquals(1, r.facts().byPredicate().get("basedIn").falseNegatives());
        assertEquals(1.0, r.facts().byPredicate().get("holdsPost").f1(), EPS);
    }

    @Test
    void optional_entities_and_their_facts_count_on_neither_side() {
        // The optional site is found and so is a fact about it: both are left out. Found or not, nothing changes.
        Gold.Document g = new Gold.Document("d", "ru", List.of(gold("k", "Organization", "Коалиция"),
                new Gold.Entity("fb", "Organization", "Facebook", List.of(), true)), List.of(new Gold.Fact("k", "memberOf", "fb", null)));
        Extracted.Document withIt = new Extracted.Document("d", List.of(found("1", "Organization", "Коалиция"), found("2", "Organization", "Facebook")),
                List.of(new Extracted.Fact("memberOf", "1", "2", false, null)));
        Extracted.Document without = new Extracted.Document("d", List.of(found("1", "Organization", "Коалиция")), List.of());
        for (Extracted.Document e : List.of(withIt, without)) {
            EvaluationResult r = score(g, e);
            assertEquals(1, r.entities().truePositives());
            assertEquals(0, r.entities().falsePositives());
            assertEquals(0, r.entities().falseNegatives());
            assertEquals(0, r.facts().truePositives() + r.facts().falsePositives() + r.facts().falseNegatives());
        }
    }

    @Test
    void a_persons_name_parts_may_come_in_any_order_but_must_be_the_canonical_ones() {
        Gold.Document g = new Gold.Document("d", "ru", List.of(gold("m", "Person", "Гульжанат Муратова", "Г. Муратова")), List.of());
        assertEquals(1.0, score(g, new Extracted.Document("d", List.of(found("1", "Person", "Муратова Гульжанат")), List.of()))
                .canonicalNameAccuracy(), EPS);
        EvaluationResult initials = score(g, new Extracted.Document("d", List.of(found("1", "Person", "Г. Муратова")), List.of()));
        assertEquals(1, initials.entities().truePositives()); // matched through the alias
        assertEquals(0.0, initials.canonicalNameAccuracy(), EPS);
    }

    @Test
    void a_post_with_the_wrong_role_is_a_matched_fact_with_a_wrong_role() {
        Gold.Document g = new Gold.Document("d", "ru", List.of(gold("u", "Organization", "Фонд"), gold("m", "Person", "Айзада Курманова")),
                List.of(new Gold.Fact("m", "holdsPost", "u", "директор")));
        Extracted.Document e = new Extracted.Document("d", List.of(found("1", "Organization", "Фонд"), found("2", "Person", "Айзада Курманова")),
                List.of(new Extracted.Fact("holdsPost", "2", "1", false, "председатель")));
        EvaluationResult r = score(g, e);
        assertEquals(1.0, r.facts().f1(), EPS);
        assertEquals(0.0, r.roleAccuracy(), EPS);
    }

    @Test
    void literals_compare_after_normalisation_and_dates_at_their_precision() {
        Gold.Document g = new Gold.Document("d", "ru", List.of(gold("o", "Organization", "ОМП"), gold("f", "Event", "Форум")),
                List.of(new Gold.Fact("o", "phone", "727 3172031", null), new Gold.Fact("f", "date", "2003-10", null)));
        Extracted.Document e = new Extracted.Document("d", List.of(found("1", "Organization", "ОМП"), found("2", "Event", "Форум")),
                List.of(new Extracted.Fact("phone", "1", "727  3172031", true, null), new Extracted.Fact("date", "2", "2003", true, null)));
        EvaluationResult r = score(g, e);
        assertEquals(1, r.facts().byPredicate().get("phone").truePositives());
        assertEquals(0, r.facts().byPredicate().get("date").truePositives());
    }

    @Test
    void each_gold_entity_matches_one_extracted_entity_of_its_type() {
        // Two extracted «Алматы» places for one gold place: tp 1, fp 1. An organisation named «Алматы» matches no place.
        Gold.Document g = new Gold.Document("d", "ru", List.of(gold("a", "Place", "Алматы")), List.of());
        Extracted.Document e = new Extracted.Document("d", List.of(found("1", "Place", "Алматы"), found("2", "Place", "г. Алматы", "Алматы"),
                found("3", "Organization", "Алматы")), List.of());
        EvaluationResult r = score(g, e);
        assertEquals(1, r.entities().truePositives());
        assertEquals(2, r.entities().falsePositives());
        assertEquals(0.5, r.entities().byType().get("Place").precision(), EPS);
    }

    @Test
    void scores_add_up_over_documents() {
        Gold.Document g1 = new Gold.Document("a", "ru", List.of(gold("x", "Place", "Алматы")), List.of());
        Gold.Document g2 = new Gold.Document("b", "ru", List.of(gold("y", "Place", "Астана")), List.of());
        EvaluationResult r = new Scorer().add(g1, new Extracted.Document("a", List.of(found("1", "Place", "Алматы")), List.of()))
                .add(g2, new Extracted.Document("b", List.of(), List.of())).result();
        assertEquals(0.5, r.entities().recall(), EPS);
        assertEquals(1.0, r.entities().precision(), EPS);
        assertEquals(2, r.documents());
    }
}
