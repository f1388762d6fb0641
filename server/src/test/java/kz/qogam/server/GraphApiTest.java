package kz.qogam.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@code /api/graph} and {@code /api/paths} against a real server on a free port over a TDB2 store with the seeds. */
class GraphApiTest extends SeededServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static final String MURATOVA = SeedStore.BASE + "/id/person/gulzhanat-muratova";
    static final String ALLIANCE = SeedStore.BASE + "/id/organization/grazhdanskii-alyans-mangistauskoi-oblasti";
    static final String FAIR = SeedStore.BASE + "/id/event/yarmarka-sotsialnykh-idei-i-proektov";
    static final String URPAQ = SeedStore.BASE + "/id/organization/urpaq-next";

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + pathAndQuery)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode ok(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + " → " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void assertProblem(String pathAndQuery, int status, String detailContains) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(status, r.statusCode(), pathAndQuery + " → " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.get("detail").asText().contains(detailContains), pathAndQuery + " → " + p);
    }

    static List<String> nodesOf(JsonNode path) {
        List<String> out = new ArrayList<>();
        out.add(path.at("/hops/0/from/iri").asText());
        for (JsonNode h : path.get("hops")) {
            out.add(h.at("/to/iri").asText());
        }
        return out;
    }

    static void assertEvidence(JsonNode evidence, String where) {
        assertNotNull(evidence, where);
        assertFalse(evidence.isNull(), where);
        assertFalse(evidence.get("quote").asText().isBlank(), where + ": " + evidence);
        assertFalse(evidence.at("/source/id").asText().isBlank(), where + ": " + evidence);
        assertFalse(evidence.at("/source/title").asText().isBlank(), where + ": " + evidence);
        assertTrue(evidence.get("end").asInt() > evidence.get("start").asInt(), where + ": " + evidence);
    }

    // --- /api/paths -----------------------------------------------------------------------------

    @Test
    void paths_from_muratova_to_the_alliance_include_one_through_the_fair_and_every_hop_quotes_its_sentence() throws Exception {
        JsonNode r = ok("/api/paths?from=" + enc(MURATOVA) + "&to=" + enc(ALLIANCE) + "&maxHops=4&k=3");
        assertEquals("Гульжанат Муратова", r.at("/from/label").asText());
        assertEquals("person", r.at("/from/kind").asText());
        assertEquals("Гражданский альянс Мангистауской области", r.at("/to/label").asText());
        JsonNode paths = r.get("paths");
        assertTrue(paths.size() >= 1 && paths.size() <= 3, r.toString());
        assertTrue(r.get("explored").asInt() >= 2, r.toString());

        boolean throughTheFair = false;
        int previous = 0;
        for (JsonNode p : paths) {
            List<String> nodes = nodesOf(p);
            assertEquals(MURATOVA, nodes.get(0));
            assertEquals(ALLIANCE, nodes.get(nodes.size() - 1));
            assertEquals(p.get("hops").size(), p.get("length").asInt());
            assertTrue(p.get("length").asInt() <= 4);
            assertTrue(p.get("length").asInt() >= previous, "shortest first: " + r);
            previous = p.get("length").asInt();
            assertEquals(nodes.size(), new HashSet<>(nodes).size(), "a simple path: " + nodes);
            for (JsonNode hop : p.get("hops")) {
                assertFalse(hop.get("predicate").asText().isBlank(), hop.toString());
                assertTrue(Set.of("out", "in").contains(hop.get("direction").asText()), hop.toString());
                assertFalse(hop.at("/from/label").asText().isBlank(), hop.toString());
                assertFalse(hop.at("/to/kind").asText().isBlank(), hop.toString());
                assertEvidence(hop.get("evidence"), hop.toString());
            }
            for (JsonNode hop : p.get("hops")) {
                if (hop.at("/to/iri").asText().equals(FAIR)) {
                    throughTheFair = true;
                    assertEquals("Ярмарка социальных идей и проектов", hop.at("/to/label").asText());
                }
            }
        }
        assertTrue(throughTheFair, "a path through the fair: " + r);

        // The shortest: both took part in the fair, each hop quoting its own sentence.
        JsonNode first = paths.get(0);
        assertEquals(List.of(MURATOVA, FAIR, ALLIANCE), nodesOf(first), r.toString());
        assertEquals("participatesIn", first.at("/hops/0/predicate").asText());
        assertEquals("out", first.at("/hops/0/direction").asText());
        assertTrue(first.at("/hops/0/evidence/quote").asText().contains("Муратова"), first.toString());
        assertEquals("participatesIn", first.at("/hops/1/predicate").asText());
        assertEquals("in", first.at("/hops/1/direction").asText());
    }

    @Test
    void paths_take_kind_and_slug_as_well_as_iris_and_respect_max_hops_and_k() throws Exception {
        JsonNode bySlug = ok("/api/paths?from=person/gulzhanat-muratova&to=organization/grazhdanskii-alyans-mangistauskoi-oblasti&maxHops=4&k=3");
        JsonNode byIri = ok("/api/paths?from=" + enc(MURATOVA) + "&to=" + enc(ALLIANCE) + "&maxHops=4&k=3");
        assertEquals(byIri.get("paths"), bySlug.get("paths"));

        JsonNode one = ok("/api/paths?from=person/gulzhanat-muratova&to=organization/grazhdanskii-alyans-mangistauskoi-oblasti&k=1");
        assertEquals(1, one.get("paths").size());
        JsonNode twoHops = ok("/api/paths?from=person/gulzhanat-muratova&to=organization/grazhdanskii-alyans-mangistauskoi-oblasti&maxHops=2&k=10");
        for (JsonNode p : twoHops.get("paths")) {
            assertTrue(p.get("length").asInt() <= 2, twoHops.toString());
        }
        JsonNode oneHop = ok("/api/paths?from=person/gulzhanat-muratova&to=organization/grazhdanskii-alyans-mangistauskoi-oblasti&maxHops=1");
        assertEquals(0, oneHop.get("paths").size(), "no direct link: an empty list, not an error");
    }

    @Test
    void at_keeps_the_fair_on_its_day_and_drops_it_on_another() throws Exception {
        // The seed text dates the fair "14 ноября" (xsd:gMonthDay --11-14).
        String q = "/api/paths?from=person/gulzhanat-muratova&to=organization/grazhdanskii-alyans-mangistauskoi-oblasti&k=5";
        JsonNode onTheDay = ok(q + "&at=2023-11-14");
        assertEquals("2023-11-14", onTheDay.get("at").asText());
        boolean fair = false;
        for (JsonNode p : onTheDay.get("paths")) {
            fair |= nodesOf(p).contains(FAIR);
            for (JsonNode hop : p.get("hops")) {
                assertTrue(hop.has("dated"), hop.toString());
            }
        }
        assertTrue(fair, onTheDay.toString());

        JsonNode otherDay = ok(q + "&at=2023-06-01");
        for (JsonNode p : otherDay.get("paths")) {
            assertFalse(nodesOf(p).contains(FAIR), "the fair was not on 1 June: " + otherDay);
        }
    }

    // --- /api/graph -----------------------------------------------------------------------------

    @Test
    void the_graph_around_urpaq_next_has_the_fair_and_muratova_with_evidence_on_every_edge() throws Exception {
        JsonNode g = ok("/api/graph?ids=organization/urpaq-next");
        Set<String> ids = new HashSet<>();
        JsonNode urpaq = null;
        for (JsonNode n : g.get("nodes")) {
            ids.add(n.get("id").asText());
            assertFalse(n.get("kind").asText().isBlank(), n.toString());
            assertTrue(n.at("/truncated/shown").asInt() <= n.at("/truncated/total").asInt(), n.toString());
            if (n.get("id").asText().equals(URPAQ)) urpaq = n;
        }
        assertTrue(ids.containsAll(Set.of(URPAQ, FAIR, MURATOVA)), g.toString());
        assertNotNull(urpaq);
        assertEquals("Ұрпақ Next", urpaq.get("label").asText());
        assertEquals("organization", urpaq.get("kind").asText());
        assertEquals(urpaq.at("/truncated/total").asInt(), urpaq.at("/truncated/shown").asInt(), "nothing left out at the default limit");

        boolean post = false;
        boolean organizes = false;
        for (JsonNode e : g.get("edges")) {
            assertTrue(ids.contains(e.get("source").asText()) && ids.contains(e.get("target").asText()), e.toString());
            assertTrue(e.get("confidence").asDouble() > 0, e.toString());
            assertEvidence(e.get("evidence"), e.toString());
            if (e.get("source").asText().equals(MURATOVA) && e.get("target").asText().equals(URPAQ)) {
                post = true;
                assertEquals("holdsPost", e.get("predicate").asText());
                assertEquals("директор", e.get("role").asText());
                assertTrue(e.at("/evidence/quote").asText().contains("Гульжанат Муратова"), e.toString());
            }
            if (e.get("source").asText().equals(URPAQ) && e.get("target").asText().equals(FAIR)) {
                organizes = true;
                assertEquals("organizes", e.get("predicate").asText());
            }
        }
        assertTrue(post && organizes, g.toString());
    }

    @Test
    void graph_expansion_is_capped_per_node_with_the_count_of_the_rest() throws Exception {
        int total = relationFacts(FAIR);
        assertTrue(total > 3, "the fair has links to several entities in the seeds: " + total);

        JsonNode g = ok("/api/graph?ids=" + enc(FAIR) + "&limit=2");
        assertEquals(2, g.get("edges").size(), g.toString());
        Set<String> ends = new HashSet<>(Set.of(FAIR));
        g.get("edges").forEach(e -> ends.addAll(Set.of(e.get("source").asText(), e.get("target").asText())));
        assertEquals(ends.size(), g.get("nodes").size(), "the fair and the other ends of its two edges: " + g);
        JsonNode fair = g.get("nodes").get(0);
        assertEquals(FAIR, fair.get("id").asText());
        assertEquals(2, fair.at("/truncated/shown").asInt());
        assertEquals(total, fair.at("/truncated/total").asInt());

        JsonNode all = ok("/api/graph?ids=" + enc(FAIR) + "&limit=500");
        assertEquals(total, all.get("edges").size(), all.toString());
        assertEquals(total, all.at("/nodes/0/truncated/shown").asInt());

        // Two levels from Муратова reach the alliance through the fair; the last level is counted, not expanded.
        JsonNode two = ok("/api/graph?ids=person/gulzhanat-muratova&depth=2");
        Set<String> ids = new HashSet<>();
        for (JsonNode n : two.get("nodes")) {
            ids.add(n.get("id").asText());
            if (n.get("depth").asInt() == 2) assertTrue(n.at("/truncated/total").asInt() >= n.at("/truncated/shown").asInt(), n.toString());
        }
        assertTrue(ids.contains(ALLIANCE), two.toString());
        assertFalse(ok("/api/graph?ids=person/gulzhanat-muratova&depth=1").toString().contains(ALLIANCE));

        // Several ids at once.
        JsonNode both = ok("/api/graph?ids=person/gulzhanat-muratova," + enc(ALLIANCE));
        assertEquals(MURATOVA, both.at("/nodes/0/id").asText());
        assertEquals(ALLIANCE, both.at("/nodes/1/id").asText());
    }

    /** The fair's facts with an entity at the other end, counted straight from the store. */
    static int relationFacts(String iri) {
        String q = """
                PREFIX qg: <https://qogam.kz/ns#>
                SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {
                  { ?f qg:subject <%1$s> ; qg:object ?o } UNION { ?f qg:object <%1$s> ; qg:subject ?o }
                  FILTER(!isLiteral(?o))
                }""".formatted(iri);
        return store.read(conn -> {
            try (var qe = conn.query(q)) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
    }

    @Test
    void labels_follow_the_requested_language() throws Exception {
        JsonNode ru = ok("/api/paths?from=person/gulzhanat-muratova&to=organization/urpaq-next&lang=ru");
        assertEquals("Ұрпақ Next", ru.at("/to/label").asText());
        assertEquals(1, ru.at("/paths/0/length").asInt(), ru.toString());
        assertEquals("holdsPost", ru.at("/paths/0/hops/0/predicate").asText());
        assertEquals("директор", ru.at("/paths/0/hops/0/role").asText());
    }

    // --- bad requests ---------------------------------------------------------------------------

    @Test
    void bad_parameters_get_400_problems_naming_what_is_allowed() throws Exception {
        String paths = "/api/paths?from=person/gulzhanat-muratova&to=organization/urpaq-next";
        assertProblem(paths + "&maxHops=7", 400, "'maxHops' must be an integer from 1 to 6");
        assertProblem(paths + "&maxHops=0", 400, "'maxHops' must be an integer from 1 to 6");
        assertProblem(paths + "&k=0", 400, "'k' must be an integer from 1 to 10");
        assertProblem(paths + "&k=many", 400, "'k' must be an integer from 1 to 10");
        assertProblem(paths + "&at=2023-13-01", 400, "'at' must be a date YYYY-MM-DD");
        assertProblem(paths + "&at=yesterday", 400, "'at' must be a date YYYY-MM-DD");
        assertProblem("/api/paths?to=organization/urpaq-next", 400, "'from' is required");
        assertProblem("/api/paths?from=person/gulzhanat-muratova", 400, "'to' is required");
        assertProblem("/api/paths?from=dragon/x&to=organization/urpaq-next", 400, "allowed: person, organization, event, place");
        assertProblem("/api/paths?from=" + enc("<script>") + "&to=organization/urpaq-next", 400, "must be an entity IRI or kind/slug");
        assertProblem("/api/paths?from=" + enc("http://x/a> } ; DROP ALL #") + "&to=organization/urpaq-next", 400, "must be an entity IRI or kind/slug");
        assertProblem("/api/paths?from=person/gulzhanat-muratova&to=person/gulzhanat-muratova", 400, "same entity");
        assertProblem("/api/paths?from=person/nobody-at-all&to=organization/urpaq-next", 404, "nobody-at-all");
        assertProblem("/api/paths?from=person/gulzhanat-muratova&to=" + enc(SeedStore.BASE + "/id/organization/nothing-here"), 404, "nothing-here");
        String fact = ok("/api/paths?from=person/gulzhanat-muratova&to=organization/urpaq-next").at("/paths/0/hops/0/fact").asText();
        assertTrue(fact.contains("/id/fact/"), fact);
        assertProblem("/api/paths?from=" + enc(fact) + "&to=organization/urpaq-next", 404, "no entity");
        assertProblem("/api/graph?ids=" + enc(SeedStore.BASE + "/id/source/001_81bcce55b78802ba"), 404, "no entity");

        assertProblem("/api/graph", 400, "'ids' is required");
        assertProblem("/api/graph?ids=organization/urpaq-next&depth=0", 400, "'depth' must be an integer from 1 to 3");
        assertProblem("/api/graph?ids=organization/urpaq-next&depth=4", 400, "'depth' must be an integer from 1 to 3");
        assertProblem("/api/graph?ids=organization/urpaq-next&limit=0", 400, "'limit' must be an integer from 1 to 500");
        assertProblem("/api/graph?ids=organization/urpaq-next&limit=501", 400, "'limit' must be an integer from 1 to 500");
        assertProblem("/api/graph?ids=dragon/x", 400, "allowed: person, organization, event, place");
        assertProblem("/api/graph?ids=organization/urpaq-next,person/nobody-at-all", 404, "nobody-at-all");
        assertProblem("/api/graph?ids=" + "organization/urpaq-next,".repeat(21), 400, "1 to 20 entities");
    }
}
