package kz.qogam.ingest.eval.corpora;

import static kz.qogam.ingest.eval.corpora.FakeExtractor.at;
import static kz.qogam.ingest.eval.corpora.FakeExtractor.entity;
import static kz.qogam.ingest.eval.corpora.FakeExtractor.mention;
import static kz.qogam.ingest.eval.corpora.FakeExtractor.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.doc.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The factRuEval scorer on the hand-made folder {@code factrueval-mini}, with a fake extractor.
 *
 * <pre>
 * book_1: Мэр Москвы Юрий Лужков встретился с Борисом Громовым, координатором движения «Солидарность», в Химках.
 *   PER Юрий Лужков, PER Борисом Громовым, LOC Москвы (LocOrg), ORG движения «Солидарность (name: Солидарность),
 *   LOC Химках. Occupations: Лужков–Москва (Мэр), Громов–Солидарность (координатором), Громов–? (no Where).
 * book_2: Мэрия Москвы и подмосковные власти обсудили с фондом «Фонд» планы.
 *   ORG Мэрия Москвы; LOC Москвы embedded in it; LOC подмосковные (geo_adj only: unnamed);
 *   ORG Фонд, ORG Фонд again (duplicate), LOC Фонд (sibling of the ORG).
 * </pre>
 */
class FactRuEvalEvaluationTest {
    private static final double EPS = 1e-9;
    private static List<FactRuEvalDocument> docs;
    private static FactRuEvalDocument book1;
    private static FactRuEvalDocument book2;

    @BeforeAll
    static void read() throws Exception {
        docs = FactRuEvalReader.readDirectory(FakeExtractor.resource("factrueval-mini"));
        book1 = docs.get(0);
        book2 = docs.get(1);
    }

    private static void perfectBook1(Document d) {
        mention(d, "Юрий Лужков", MentionType.PERSON);
        mention(d, "Борисом Громовым", MentionType.PERSON);
        mention(d, "Москвы", MentionType.PLACE);
        mention(d, "движения «Солидарность»", MentionType.ORGANIZATION); // closing quote: trimmed
        mention(d, "Химках", MentionType.PLACE);
        mention(d, "координатором", MentionType.ROLE); // not scored
    }

    private static void assertScores(Scores s, double p, double r, double f) {
        assertEquals(p, s.precision(), EPS, "precision of " + s);
        assertEquals(r, s.recall(), EPS, "recall of " + s);
        assertEquals(f, s.f1(), EPS, "f1 of " + s);
    }

    @Test
    void perfect_prediction_scores_one() {
        FakeExtractor x = new FakeExtractor()
                .on("book_1", FactRuEvalEvaluationTest::perfectBook1)
                .on("book_2", d -> {
                    mention(d, "Мэрия Москвы", MentionType.ORGANIZATION);
                    mention(d, "Фонд", MentionType.ORGANIZATION);
                });
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(docs, x, Progress.NONE);
        for (String crit : List.of("exact", "overlap")) {
            Map<String, Scores> m = crit.equals("exact") ? r.mentions().exact() : r.mentions().overlap();
            assertEquals(List.of("PER", "ORG", "LOC", "all"), new ArrayList<>(m.keySet()));
            for (Scores s : m.values()) assertScores(s, 1, 1, 1);
        }
        Scores all = r.mentions().exact().get("all");
        assertEquals(7, all.tp()); // PER 2, ORG 3 (Солидарность, Мэрия Москвы, Фонд), LOC 2
        assertEquals(2, x.given.size());
        for (Document d : x.given) assertEquals(Language.RUSSIAN, d.language());
        assertEquals(book1.text(), x.given.get(0).text());
    }

    @Test
    void one_missed_one_spurious_one_wrong_type() {
        FakeExtractor x = new FakeExtractor().on("book_1", d -> {
            mention(d, "Юрий Лужков", MentionType.PERSON);        // right
            // Борисом Громовым: missed
            mention(d, "встретился", MentionType.PERSON);         // spurious
            mention(d, "Москвы", MentionType.ORGANIZATION);       // wrong type: key is LOC
            mention(d, "Солидарность", MentionType.ORGANIZATION); // the name span alone: exact
            mention(d, "Химках", MentionType.PLACE);              // right
        });
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(List.of(book1), x, Progress.NONE);
        Map<String, Scores> e = r.mentions().exact();
        assertScores(e.get("PER"), 0.5, 0.5, 0.5);            // tp 1, fp 1, fn 1
        assertScores(e.get("ORG"), 0.5, 1, 2.0 / 3);          // tp 1, fp 1 (Москвы), fn 0
        assertScores(e.get("LOC"), 1, 0.5, 2.0 / 3);          // tp 1, fn 1 (Москвы)
        assertScores(e.get("all"), 0.6, 0.6, 0.6);            // tp 3, fp 2, fn 2
        assertEquals(List.of(3, 2, 2), List.of(e.get("all").tp(), e.get("all").fp(), e.get("all").fn()));
        // Overlap is no kinder here: every prediction is exact or disjoint.
        assertEquals(e, r.mentions().overlap());
    }

    @Test
    void overlap_counts_each_key_mention_once() {
        FakeExtractor x = new FakeExtractor().on("book_1", d -> {
            mention(d, "Юрий", MentionType.PERSON);   // two predictions overlap the key Юрий Лужков:
            mention(d, "Лужков", MentionType.PERSON); // one true positive, one false positive
            int from = d.text().indexOf("Москвы"), to = d.text().indexOf("Химках") + "Химках".length();
            at(d, from, to, MentionType.PLACE, null); // one prediction over both LOC keys: one true positive, one missed
        });
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(List.of(book1), x, Progress.NONE);
        Map<String, Scores> o = r.mentions().overlap();
        assertScores(o.get("PER"), 0.5, 0.5, 0.5);        // tp 1, fp 1, fn 1 (Громовым)
        assertScores(o.get("ORG"), 0, 0, 0);              // fn 1
        assertScores(o.get("LOC"), 1, 0.5, 2.0 / 3);      // tp 1, fn 1
        assertScores(o.get("all"), 2.0 / 3, 0.4, 0.5);    // tp 2, fp 1, fn 3
        Map<String, Scores> e = r.mentions().exact();
        assertScores(e.get("all"), 0, 0, 0);
        assertEquals(List.of(0, 3, 5), List.of(e.get("all").tp(), e.get("all").fp(), e.get("all").fn()));
    }

    @Test
    void overlap_pairs_as_many_as_possible() {
        // "Лужков встретился с Борисом" overlaps both PER keys, "Юрий" only the first: a greedy
        // pairing in text order could waste the long one on Лужков; the maximum pairing finds both.
        FakeExtractor x = new FakeExtractor().on("book_1", d -> {
            mention(d, "Лужков встретился с Борисом", MentionType.PERSON);
            mention(d, "Юрий", MentionType.PERSON);
        });
        Scores per = FactRuEvalEvaluation.evaluate(List.of(book1), x, Progress.NONE).mentions().overlap().get("PER");
        assertEquals(List.of(2, 0, 0), List.of(per.tp(), per.fp(), per.fn()));
    }

    @Test
    void optional_key_mentions_are_neither_required_nor_wrong() {
        List<FactRuEvalEvaluation.Key> keys = FactRuEvalEvaluation.keys(book2);
        List<String> why = keys.stream().map(k -> k.mention().id() + ":" + k.type() + ":" + k.optional()).toList();
        assertEquals(List.of("401:ORG:null", "402:LOC:embedded", "403:LOC:unnamed", "404:ORG:null",
                "405:ORG:duplicate", "406:LOC:sibling"), why);

        FakeExtractor x = new FakeExtractor().on("book_2", d -> {
            mention(d, "Мэрия Москвы", MentionType.ORGANIZATION); // right
            mention(d, "Москвы", MentionType.PLACE);              // optional (embedded): no count
            mention(d, "подмосковные", MentionType.PLACE);        // optional (unnamed): no count
            mention(d, "Фонд", MentionType.ORGANIZATION);         // right, once though annotated twice
            mention(d, "Фонд", MentionType.PLACE);                // optional (sibling): no count
            mention(d, "планы", MentionType.PLACE);               // wrong
        });
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(List.of(book2), x, Progress.NONE);
        Map<String, Scores> e = r.mentions().exact();
        assertEquals(List.of(2, 0, 0), List.of(e.get("ORG").tp(), e.get("ORG").fp(), e.get("ORG").fn()));
        assertEquals(List.of(0, 1, 0), List.of(e.get("LOC").tp(), e.get("LOC").fp(), e.get("LOC").fn()));
        assertScores(e.get("all"), 2.0 / 3, 1, 0.8);
        assertEquals(3, r.details().ignoredPredictionsExact());
        assertEquals(Map.of("embedded", 1, "unnamed", 1, "duplicate", 1, "sibling", 1), r.details().optionalMentions());

        // Finding none of the optional ones costs nothing.
        FakeExtractor y = new FakeExtractor().on("book_2", d -> {
            mention(d, "Мэрия Москвы", MentionType.ORGANIZATION);
            mention(d, "Фонд", MentionType.ORGANIZATION);
        });
        assertScores(FactRuEvalEvaluation.evaluate(List.of(book2), y, Progress.NONE).mentions().exact().get("all"), 1, 1, 1);
    }

    @Test
    void occupation_facts_match_by_span_or_by_name() {
        FakeExtractor x = new FakeExtractor().on("book_1", d -> {
            Entity luzhkov = entity(d, EntityKind.PERSON, "Юрий Лужков", mention(d, "Юрий Лужков", MentionType.PERSON));
            Entity moscow = entity(d, EntityKind.PLACE, "Москва", mention(d, "Москвы", MentionType.PLACE));
            Entity gromov = entity(d, EntityKind.PERSON, "Громов Борис"); // no mention: matched by name, any word order
            Entity solidarity = entity(d, EntityKind.ORGANIZATION, "Солидарность", mention(d, "Солидарность", MentionType.ORGANIZATION));
            post(d, luzhkov, moscow, "мэр");             // Who and Where by span; role agrees with "Мэр"
            post(d, luzhkov, moscow, "мэр");             // the same fact again: counted once
            post(d, gromov, solidarity, "председатель"); // Who by name, Where by span; role differs from "координатором"
            post(d, luzhkov, solidarity, "член");        // no such occupation: false positive
        });
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(List.of(book1), x, Progress.NONE);
        // Key: 2 occupations (the third has no Where). Predicted 3, matched 2.
        assertScores(r.occupation(), 2.0 / 3, 1, 0.8);
        assertEquals(2, r.details().occupationsKey());
        assertEquals(1, r.details().occupationsSkipped());
        assertEquals(2, r.details().roleComparable());
        assertEquals(1, r.details().roleAgreed());
        assertEquals(0.5, r.details().roleAgreement(), EPS);
    }

    @Test
    void a_predicted_entity_must_fit_the_kind_of_the_cluster() {
        FactRuEvalGold gold = FactRuEvalGold.of(book1);
        FactRuEvalGold.Entity solidarity = gold.entity("4").orElseThrow(); // an Org cluster
        FactRuEvalGold.Entity moscow = gold.entity("3").orElseThrow();     // a LocOrg cluster
        assertEquals("Organization", solidarity.type());
        assertEquals("Organization", moscow.type(), "a LocOrg that employs someone is an organisation");
        assertEquals("Place", gold.entity("5").orElseThrow().type());
        assertTrue(FactRuEvalEvaluation.matches(new EntityWith(EntityKind.ORGANIZATION, "Москва").e, moscow, book1.text()));

        Document d = Document.ofText("book_1", book1.text(), Language.RUSSIAN);
        Mention sol = mention(d, "Солидарность", MentionType.ORGANIZATION);
        assertTrue(FactRuEvalEvaluation.matches(new EntityWith(EntityKind.ORGANIZATION, "x", sol).e, solidarity, d.text()));
        assertFalse(FactRuEvalEvaluation.matches(new EntityWith(EntityKind.PLACE, "x", sol).e, solidarity, d.text()));
        assertTrue(FactRuEvalEvaluation.matches(new EntityWith(EntityKind.PLACE, "Москва").e, moscow, d.text()), "by name");
        assertTrue(FactRuEvalEvaluation.matches(new EntityWith(EntityKind.ORGANIZATION, "МОСКВА").e, moscow, d.text()), "normalised");
        assertFalse(FactRuEvalEvaluation.matches(new EntityWith(EntityKind.PLACE, "Химки").e, moscow, d.text()));
        FactRuEvalGold.Entity luzhkov = gold.entity("1").orElseThrow();
        assertTrue(FactRuEvalEvaluation.matches(new EntityWith(EntityKind.PERSON, "Лужков Юрий").e, luzhkov, d.text()));
        assertFalse(FactRuEvalEvaluation.matches(new EntityWith(EntityKind.ORGANIZATION, "Юрий Лужков").e, luzhkov, d.text()));
        FactRuEvalGold.Entity gromov = gold.entity("2").orElseThrow();
        Entity alt = new Entity(EntityKind.PERSON, new Label("Б. Громов", "ru"));
        assertFalse(FactRuEvalEvaluation.matches(alt, gromov, d.text()));
        alt.addAltLabel(new Label("Борисом Громовым", "ru")); // an alias: the mention's text as written
        assertTrue(FactRuEvalEvaluation.matches(alt, gromov, d.text()));
    }

    private record EntityWith(Entity e) {
        EntityWith(EntityKind kind, String name, Mention... ms) {
            this(new Entity(kind, new Label(name, "ru")));
            for (Mention m : ms) e.addMention(m);
        }
    }

    @Test
    void pairs_prefer_agreeing_roles() {
        // Two occupations of the same person at the same employer, with different positions.
        FactRuEvalDocument d = FactRuEvalReader.parse("two", "Иванов, директор и учредитель фонда «Ак».",
                "1 0 6 Иванов\n2 8 8 директор\n3 19 10 учредитель\n4 30 5 фонда\n5 37 2 Ак\n",
                "10 surname 0 6 1 1\n11 job 8 8 2 1\n12 job 19 10 3 1\n13 org_descr 30 5 4 1\n14 org_name 37 2 5 1\n",
                "20 Person 10\n21 Org 13 14\n",
                "1 20\nlastname Иванов\n\n2 21\nname Ак\n",
                "f1 Occupation\nWho obj1 Иванов\nPosition span11 директор\nWhere obj2 Ак\n\n"
                        + "f2 Occupation\nWho obj1 Иванов\nPosition span12 учредитель\nWhere obj2 Ак\n");
        assertEquals(List.of(), d.problems());
        FakeExtractor x = new FakeExtractor().on("two", doc -> {
            Entity p = entity(doc, EntityKind.PERSON, "Иванов", mention(doc, "Иванов", MentionType.PERSON));
            Entity o = entity(doc, EntityKind.ORGANIZATION, "Ак", mention(doc, "фонда «Ак»", MentionType.ORGANIZATION));
            post(doc, p, o, "учредитель");
        });
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(List.of(d), x, Progress.NONE);
        assertScores(r.occupation(), 1, 0.5, 2.0 / 3);
        assertEquals(1, r.details().roleAgreed(), "paired with учредитель, not with директор");
    }

    @Test
    void a_persons_membership_is_an_occupation_as_a_member() {
        FactRuEvalDocument d = FactRuEvalReader.parse("member", "Иванов, член фонда «Ак».",
                "1 0 6 Иванов\n2 8 4 член\n3 13 5 фонда\n4 20 2 Ак\n",
                "10 surname 0 6 1 1\n11 job 8 4 2 1\n13 org_descr 13 5 3 1\n14 org_name 20 2 4 1\n",
                "20 Person 10\n21 Org 13 14\n",
                "1 20\nlastname Иванов\n\n2 21\nname Ак\n",
                "f1 Occupation\nWho obj1 Иванов\nPosition span11 член\nWhere obj2 Ак\n");
        assertEquals(List.of(), d.problems());
        FakeExtractor x = new FakeExtractor().on("member", doc -> {
            Entity p = entity(doc, EntityKind.PERSON, "Иванов", mention(doc, "Иванов", MentionType.PERSON));
            Entity o = entity(doc, EntityKind.ORGANIZATION, "Ак", mention(doc, "фонда «Ак»", MentionType.ORGANIZATION));
            Entity q = entity(doc, EntityKind.ORGANIZATION, "Бк");
            doc.facts().add(Fact.link(Predicate.MEMBER_OF, p, o, new Span(0, doc.text().length()), 0.75));
            doc.facts().add(Fact.link(Predicate.MEMBER_OF, o, q, new Span(0, doc.text().length()), 0.7)); // an organisation's: not scored
        });
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(List.of(d), x, Progress.NONE);
        assertScores(r.occupation(), 1, 1, 1);
        assertEquals(1, r.details().roleAgreed(), "a member's role is «член»");
    }

    @Test
    void position_alternatives_and_location_employers() {
        // "Position span11 посол Японии | span12 посол": the role agrees with either alternative.
        // The employer Италия is a Location: an organisation entity fits it.
        FactRuEvalDocument d = FactRuEvalReader.parse("alt", "Иванов, посол Японии, премьер Италии.",
                "1 0 6 Иванов\n2 8 5 посол\n3 14 6 Японии\n4 22 7 премьер\n5 30 6 Италии\n",
                "10 surname 0 6 1 1\n11 job 8 12 2 2\n12 job 8 5 2 1\n13 loc_name 14 6 3 1\n14 job 22 7 4 1\n15 loc_name 30 6 5 1\n",
                "20 Person 10\n21 LocOrg 13\n22 Location 15\n",
                "1 20\nlastname Иванов\n\n2 21\nname Япония\n\n3 22\nname Италия\n",
                "f1 Occupation\nWho obj1 Иванов\nPosition span11 посол Японии | span12 посол\nWhere obj2 Страна восходящего солнца | Япония\n\n"
                        + "f2 Occupation\nWho obj1 Иванов\nPosition span14 премьер\nWhere obj3 Италия\n");
        assertEquals(List.of(), d.problems());
        FactRuEvalDocument.Argument where = d.facts().get(0).argument("Where").orElseThrow();
        assertEquals(List.of("obj2"), where.references());
        assertEquals(List.of(new FactRuEvalDocument.Value("obj2", "Страна восходящего солнца"), new FactRuEvalDocument.Value(null, "Япония")),
                where.values());
        FactRuEvalGold gold = FactRuEvalGold.of(d);
        assertEquals(List.of("посол японии", "посол"), gold.facts().get(0).roles());
        assertEquals("посол японии", gold.facts().get(0).role());
        assertEquals("Organization", gold.entity("3").orElseThrow().type(), "Италия employs");

        FakeExtractor x = new FakeExtractor().on("alt", doc -> {
            Entity p = entity(doc, EntityKind.PERSON, "Иванов", mention(doc, "Иванов", MentionType.PERSON));
            Entity japan = entity(doc, EntityKind.PLACE, "Япония", mention(doc, "Японии", MentionType.PLACE));
            Entity italy = entity(doc, EntityKind.ORGANIZATION, "Италия", mention(doc, "Италии", MentionType.ORGANIZATION));
            post(doc, p, japan, "посол");
            post(doc, p, italy, "министр");
        });
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(List.of(d), x, Progress.NONE);
        assertScores(r.occupation(), 1, 1, 1);
        assertEquals(2, r.details().roleComparable());
        assertEquals(1, r.details().roleAgreed(), "посол agrees; министр does not agree with премьер");
    }

    @Test
    void roles_agree_word_by_word_up_to_endings() {
        assertTrue(FactRuEvalEvaluation.rolesAgree("мэр", "Мэра"));
        assertTrue(FactRuEvalEvaluation.rolesAgree("губернатор", "подмосковного губернатора"));
        assertTrue(FactRuEvalEvaluation.rolesAgree("генеральный директор", "генерального директора"));
        assertTrue(FactRuEvalEvaluation.rolesAgree("премьер-министр", "Премьер"));
        assertTrue(FactRuEvalEvaluation.rolesAgree("посол", List.of("посол японии в россии", "посол")));
        assertFalse(FactRuEvalEvaluation.rolesAgree("министр", "министерства"));
        assertFalse(FactRuEvalEvaluation.rolesAgree("председатель", "координатором"));
        assertFalse(FactRuEvalEvaluation.rolesAgree(null, "мэр"));
    }

    @Test
    void result_serialises_to_the_agreed_json_shape() throws Exception {
        FakeExtractor x = new FakeExtractor().on("book_1", FactRuEvalEvaluationTest::perfectBook1);
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(List.of(book1), x, Progress.NONE);
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
        assertEquals(List.of("mentions", "occupation"), names(json));
        assertEquals(List.of("exact", "overlap"), names(json.get("mentions")));
        for (String crit : List.of("exact", "overlap")) {
            assertEquals(List.of("PER", "ORG", "LOC", "all"), names(json.get("mentions").get(crit)));
            for (JsonNode s : json.get("mentions").get(crit)) assertEquals(List.of("precision", "recall", "f1"), names(s));
        }
        assertEquals(List.of("precision", "recall", "f1"), names(json.get("occupation")));
        assertEquals(1.0, json.get("mentions").get("exact").get("PER").get("f1").asDouble(), EPS);
        assertEquals(0.0, json.get("occupation").get("recall").asDouble(), EPS);
    }

    static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    @Test
    void gold_conversion_writes_the_project_gold_format() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(FactRuEvalGold.of(book1)));
        assertEquals(List.of("document", "lang", "entities", "facts"), names(json));
        assertEquals("book_1.txt", json.get("document").asText());
        JsonNode luzhkov = json.get("entities").get(0);
        assertEquals(List.of("id", "type", "name", "aliases"), names(luzhkov));
        assertEquals("Юрий Лужков", luzhkov.get("name").asText());
        JsonNode gromov = json.get("entities").get(1);
        assertEquals("Борис Громов", gromov.get("name").asText());
        assertEquals("Борисом Громовым", gromov.get("aliases").get(0).asText());
        assertEquals("Солидарность", json.get("entities").get(3).get("name").asText());
        JsonNode f = json.get("facts");
        assertEquals(2, f.size());
        assertEquals(List.of("subject", "predicate", "object", "role"), names(f.get(0)));
        assertEquals("1 holdsPost 3 мэр", f.get(0).get("subject").asText() + " " + f.get(0).get("predicate").asText()
                + " " + f.get(0).get("object").asText() + " " + f.get(0).get("role").asText());
    }

    /**
     * An extractor that returns the devset's own key: its required mentions, and for each
     * occupation a person and an employer entity with the cluster's mentions. It must score 1
     * everywhere; a scorer that loses or double-counts anything on real data would show here.
     */
    @Test
    void the_key_itself_scores_one_on_the_devset() throws Exception {
        List<FactRuEvalDocument> devset = FactRuEvalReader.readDirectory(
                FakeExtractor.root().resolve("data/datasets/factRuEval-2016/devset"));
        Map<String, FactRuEvalDocument> byId = new java.util.HashMap<>();
        for (FactRuEvalDocument d : devset) byId.put(d.id(), d);
        java.util.function.Function<Document, Document> oracle = doc -> {
            FactRuEvalDocument key = byId.get(doc.id());
            for (FactRuEvalEvaluation.Key k : FactRuEvalEvaluation.keys(key)) {
                if (!k.required()) continue;
                MentionType t = switch (k.type()) {
                    case "PER" -> MentionType.PERSON;
                    case "ORG" -> MentionType.ORGANIZATION;
                    default -> MentionType.PLACE;
                };
                at(doc, k.span().start(), k.span().end(), t, null);
            }
            FactRuEvalGold gold = FactRuEvalGold.of(key);
            Map<String, Entity> entities = new java.util.HashMap<>();
            for (FactRuEvalGold.Post p : gold.facts()) {
                Entity who = entities.computeIfAbsent(p.subject(), id -> cluster(doc, gold.entity(id).orElseThrow(), EntityKind.PERSON));
                Entity where = entities.computeIfAbsent(p.object(), id -> cluster(doc, gold.entity(id).orElseThrow(), EntityKind.ORGANIZATION));
                FakeExtractor.post(doc, who, where, p.role());
            }
            return doc;
        };
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(devset, oracle, Progress.NONE);
        for (Scores s : r.mentions().exact().values()) assertScores(s, 1, 1, 1);
        for (Scores s : r.mentions().overlap().values()) assertScores(s, 1, 1, 1);
        assertEquals(2340, r.mentions().exact().get("all").tp());
        assertScores(r.occupation(), 1, 1, 1);
        assertEquals(206, r.occupation().tp());
        assertEquals(r.details().roleComparable(), r.details().roleAgreed());
        System.out.println(FactRuEvalEvaluation.table(r));
    }

    /** An entity with the cluster's name and its mentions' spans (not added to the document's mentions). */
    private static Entity cluster(Document doc, FactRuEvalGold.Entity key, EntityKind kind) {
        Entity e = new Entity(kind, new Label(key.name(), "ru"));
        for (kz.qogam.ingest.doc.Span s : key.spans()) {
            e.addMention(new Mention(s, doc.text().substring(s.start(), s.end()), MentionType.valueOf(kind.name()), null, null, 1));
        }
        doc.entities().add(e);
        return e;
    }

    @Test
    void reports_progress_and_survives_a_failing_extractor() {
        List<String> calls = new ArrayList<>();
        FakeExtractor x = new FakeExtractor()
                .on("book_1", FactRuEvalEvaluationTest::perfectBook1)
                .on("book_2", d -> {
                    throw new IllegalStateException("boom");
                });
        FactRuEvalResult r = FactRuEvalEvaluation.evaluate(docs, x, (done, total) -> calls.add(done + "/" + total));
        assertEquals(List.of("0/2", "1/2", "2/2"), calls);
        assertEquals(1, r.details().failures().size());
        assertTrue(r.details().failures().get(0).startsWith("book_2: java.lang.IllegalStateException: boom"));
        // book_2's two required ORG keys are missed; book_1 is perfect.
        assertEquals(List.of(1, 0, 2), List.of(r.mentions().exact().get("ORG").tp(), r.mentions().exact().get("ORG").fp(),
                r.mentions().exact().get("ORG").fn()));
        String table = FactRuEvalEvaluation.table(r);
        assertTrue(table.contains("extractor failed on 1 text(s)"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("PER ")), table);
    }
}
