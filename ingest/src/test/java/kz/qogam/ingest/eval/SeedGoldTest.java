package kz.qogam.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import kz.qogam.ingest.Extraction;
import kz.qogam.ingest.TestData;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.pipeline.Pipeline;
import kz.qogam.ingest.read.SourceReader;
import kz.qogam.ingest.read.UnreadableSourceException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction of the five seed texts against their gold. The floors are the scores reached
 * (rounded down): they only move up. A change that lowers one is a regression to explain.
 */
class SeedGoldTest {
    private static final Pipeline PIPELINE = Extraction.standardPipeline();
    private static EvaluationResult result;

    private static Document read(Path file) {
        try {
            return new SourceReader().read(file);
        } catch (UnreadableSourceException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document extract(String id) {
        return PIPELINE.process(read(TestData.corpus().resolve(id + ".txt")));
    }

    @BeforeAll
    static void score() {
        result = GoldEvaluation.run(TestData.gold(), TestData.corpus(), SeedGoldTest::read, PIPELINE);
        System.out.println(ScoreTable.format(result));
        for (EvaluationResult.DocumentResult d : result.perDocument()) {
            d.missed().forEach(m -> System.out.println(d.document() + " missed: " + m));
            d.extra().forEach(m -> System.out.println(d.document() + " extra:  " + m));
        }
    }

    @Test
    void scores_on_the_seeds_stay_at_or_above_their_floors() {
        assertTrue(result.entities().f1() >= FLOOR_ENTITY_F1, "entity F1 " + result.entities().f1());
        assertTrue(result.facts().f1() >= FLOOR_FACT_F1, "fact F1 " + result.facts().f1());
        assertTrue(result.canonicalNameAccuracy() >= FLOOR_CANONICAL, "canonical names " + result.canonicalNameAccuracy());
        assertTrue(result.roleAccuracy() >= FLOOR_ROLES, "roles " + result.roleAccuracy());
        assertEquals(5, result.documents());
    }

    /** 0.99 with the rules alone; the name finder adds one wrong place («Декларации») on the seeds and much recall on the corpora. */
    private static final double FLOOR_ENTITY_F1 = 0.98;
    private static final double FLOOR_FACT_F1 = 0.95;
    private static final double FLOOR_CANONICAL = 1.00;
    private static final double FLOOR_ROLES = 1.00;

    @Test
    void the_result_serialises_to_the_agreed_json_shape() throws Exception {
        var json = new ObjectMapper().valueToTree(result);
        for (String key : new String[] {"entities", "facts", "canonicalNameAccuracy", "roleAccuracy", "documents"}) {
            assertTrue(json.has(key), key);
        }
        assertTrue(json.get("entities").has("byType"));
        assertTrue(json.get("facts").has("byPredicate"));
        assertTrue(json.get("facts").has("f1"));
    }

    @Test
    void muratova_is_director_of_urpaq_next_in_the_sentence_that_says_so() {
        Document d = extract("001_81bcce55b78802ba");
        Fact post = d.facts().stream().filter(f -> f.predicate() == Predicate.HOLDS_POST
                && f.subject().name().text().equals("Гульжанат Муратова")).findFirst().orElseThrow();
        assertEquals("Ұрпақ Next", post.object().name().text());
        assertEquals("директор", post.role());
        assertTrue(d.text(post.evidence()).contains("директор молодежного общественного фонда «Ұрпақ Next» Гульжанат Муратова"),
                d.text(post.evidence()));
    }

    @Test
    void g_muratova_is_the_same_person() {
        Document d = extract("001_81bcce55b78802ba");
        Entity muratova = d.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).findFirst().orElseThrow();
        assertEquals(1, d.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).count());
        assertTrue(muratova.mentions().stream().anyMatch(m -> m.text().equals("Г. Муратова")));
    }

    @Test
    void the_fair_takes_place_in_the_mangystau_region_of_the_gazetteer() {
        Document d = extract("001_81bcce55b78802ba");
        Fact where = d.facts().stream().filter(f -> f.predicate() == Predicate.TAKES_PLACE_IN && f.object().iri() != null)
                .findFirst().orElseThrow();
        assertEquals("Ярмарка социальных идей и проектов", where.subject().name().text());
        assertEquals(Extraction.DEFAULT_BASE + "/id/place/mangystau-region", where.object().iri());
    }

    @Test
    void shymkent_qalasynda_is_the_gazetteers_shymkent() {
        Document d = extract("002_46335ba148919712");
        Entity shymkent = d.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Шымкент қаласында")))
                .findFirst().orElse(null);
        assertNotNull(shymkent);
        assertEquals(Extraction.DEFAULT_BASE + "/id/place/shymkent", shymkent.iri());
        assertEquals("Шымкент", shymkent.name().text());
    }
}
