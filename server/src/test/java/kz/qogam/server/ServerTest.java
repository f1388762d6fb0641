package kz.qogam.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import kz.qogam.store.StoreContract;
import kz.qogam.store.TdbStore;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint against a real server on a free port over a real TDB2 store with the seeds. */
class ServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    static TdbStore store;

    @BeforeAll
    static void ingestSeeds() throws Exception {
        store = SeedStore.create(dir.resolve("tdb2"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** One server per test, on a free port, stopped afterwards. */
    static void withServer(Consumer<ServerConfig> configure, ServerTestBody body) throws Exception {
        Qogam app = Qogam.create(store, c -> {
            c.port = 0;
            c.base = SeedStore.BASE;
            configure.accept(c);
        }).start();
        try {
            body.run("http://localhost:" + app.port());
        } finally {
            app.stop();
        }
    }

    static void withServer(ServerTestBody body) throws Exception {
        withServer(c -> {}, body);
    }

    interface ServerTestBody {
        void run(String url) throws Exception;
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String url, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static void assertProblem(HttpResponse<String> r, int status, String detailContains) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        JsonNode p = json(r);
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.get("detail").asText().contains(detailContains), p.toString());
    }

    private static final String MURATOVA_POST = """
            PREFIX qg: <https://qogam.kz/ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?person ?org WHERE { ?person qg:holdsPost ?org ; skos:prefLabel "Гульжанат Муратова"@ru }""";

    // --- SPARQL -----------------------------------------------------------------------------

    @Test
    void sparql_answers_a_real_sparql_client() throws Exception {
        withServer(url -> {
            try (RDFConnection conn = RDFConnectionRemote.service(url + "/sparql").build()) {
                conn.querySelect(MURATOVA_POST, row -> assertTrue(row.getResource("org").getURI().endsWith("/id/organization/urpaq-next")));
                assertTrue(conn.queryAsk("ASK { ?s a <http://xmlns.com/foaf/0.1/Person> }"));
                assertFalse(conn.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5").isEmpty());
            }
        });
    }

    @Test
    void sparql_speaks_get_and_both_kinds_of_post() throws Exception {
        withServer(url -> {
            var viaGet = get(url + "/sparql?query=" + enc(MURATOVA_POST), "application/sparql-results+json");
            var viaForm = post(url + "/sparql", "application/x-www-form-urlencoded", "query=" + enc(MURATOVA_POST));
            var viaBody = post(url + "/sparql", "application/sparql-query", MURATOVA_POST);
            for (var r : java.util.List.of(viaGet, viaForm, viaBody)) {
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(1, json(r).at("/results/bindings").size(), r.body());
            }
        });
    }

    @Test
    void sparql_select_results_come_in_json_xml_csv_and_tsv() throws Exception {
        withServer(url -> {
            String q = url + "/sparql?query=" + enc(MURATOVA_POST);
            assertTrue(get(q, "application/sparql-results+json").body().contains("\"bindings\""));
            assertTrue(get(q, "application/sparql-results+xml").body().contains("<sparql"));
            String csv = get(q, "text/csv").body();
            assertTrue(csv.startsWith("person,org"), csv);
            String tsv = get(q, "text/tab-separated-values").body();
            assertTrue(tsv.startsWith("?person\t?org"), tsv);
        });
    }

    @Test
    void sparql_construct_comes_in_turtle_jsonld_ntriples_and_rdfxml() throws Exception {
        withServer(url -> {
            String q = url + "/sparql?query=" + enc("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> ; ?p ?o }");
            long expected = -1;
            for (RDFFormat f : java.util.List.of(RDFFormat.TURTLE, RDFFormat.JSONLD, RDFFormat.NTRIPLES, RDFFormat.RDFXML)) {
                var r = get(q, f.getDefaultMIMEType());
                assertEquals(200, r.statusCode(), f + ": " + r.body());
                Model m = Rio.parse(new StringReader(r.body()), "", f);
                assertFalse(m.isEmpty(), f.getName());
                if (expected < 0) expected = m.size();
                assertEquals(expected, m.size(), f.getName());
            }
        });
    }

    @Test
    void sparql_update_is_refused() throws Exception {
        withServer(url -> {
            String update = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }";
            var r1 = post(url + "/sparql", "application/sparql-update", update);
            var r2 = post(url + "/sparql", "application/x-www-form-urlencoded", "update=" + enc(update));
            for (var r : java.util.List.of(r1, r2)) {
                assertTrue(r.statusCode() == 403 || r.statusCode() == 405, r.statusCode() + " " + r.body());
            }
            assertFalse(StoreContract.ask(store, "ASK { <http://x/a> ?p ?o }"));
        });
    }

    @Test
    void a_malformed_query_gets_400_saying_where() throws Exception {
        withServer(url -> {
            var r = get(url + "/sparql?query=" + enc("SELECT ?x WHERE { ?x ?y }"), "application/sparql-results+json");
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("line 1"), r.body());
        });
    }

    @Test
    void a_query_over_the_time_limit_is_stopped_with_an_error_naming_the_limit() throws Exception {
        withServer(c -> c.queryTimeout = Duration.ofSeconds(1), url -> {
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long started = System.nanoTime();
            var r = get(url + "/sparql?query=" + enc(slow), "application/sparql-results+json");
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertProblem(r, 503, "limit of 1 s");
            assertTrue(seconds < 30, "stopped, not run to the end: " + seconds + " s");
            // The server is free again: a normal query still answers.
            assertEquals(200, get(url + "/sparql?query=" + enc(MURATOVA_POST), "application/sparql-results+json").statusCode());
        });
    }

    @Test
    void service_to_other_hosts_is_refused() throws Exception {
        withServer(url -> {
            var r = get(url + "/sparql?query=" + enc("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"),
                    "application/sparql-results+json");
            assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        });
    }

    // --- JSON API ---------------------------------------------------------------------------

    @Test
    void an_entity_has_labels_types_and_facts_with_source_and_quote() throws Exception {
        withServer(url -> {
            var r = get(url + "/api/entities/person/gulzhanat-muratova", null);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode e = json(r);
            assertEquals("Гульжанат Муратова", e.at("/labels/ru").asText());
            assertTrue(e.get("types").toString().contains("http://xmlns.com/foaf/0.1/Person"));
            boolean found = false;
            for (JsonNode f : e.get("facts")) {
                if (f.get("predicate").asText().equals("holdsPost")) {
                    found = true;
                    assertEquals("директор", f.get("role").asText());
                    assertEquals("Ұрпақ Next", f.at("/other/label").asText());
                    assertEquals("001_81bcce55b78802ba", f.at("/source/id").asText());
                    assertFalse(f.at("/source/title").asText().isBlank());
                    assertTrue(f.get("quote").asText().contains("Гульжанат Муратова"));
                }
            }
            assertTrue(found, e.toString());
        });
    }

    @Test
    void an_unchanged_entity_answers_304_to_its_etag() throws Exception {
        withServer(url -> {
            var first = get(url + "/api/entities/person/gulzhanat-muratova", null);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            var again = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/entities/person/gulzhanat-muratova"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode());
        });
    }

    @Test
    void unknown_entities_and_kinds_get_problem_details() throws Exception {
        withServer(url -> {
            assertProblem(get(url + "/api/entities/person/nobody-at-all", null), 404, "nobody-at-all");
            assertProblem(get(url + "/api/entities/dragon/x", null), 400, "allowed: person, organization, event, place");
            assertProblem(get(url + "/api/entities/person/" + enc("<script>"), null), 400, "not an entity slug");
        });
    }

    @Test
    void search_ignores_case_and_yo() throws Exception {
        withServer(url -> {
            JsonNode r = json(get(url + "/api/search?q=" + enc("МУРАТОВА"), null));
            assertTrue(r.get("total").asInt() >= 1, r.toString());
            assertEquals("person", r.at("/results/0/kind").asText());
            assertEquals("gulzhanat-muratova", r.at("/results/0/slug").asText());
            assertProblem(get(url + "/api/search", null), 400, "'q' is required");
            assertProblem(get(url + "/api/search?q=a&limit=100000", null), 400, "limit");
        });
    }

    @Test
    void sources_list_the_documents_and_one_source_has_its_text_mentions_and_facts() throws Exception {
        withServer(url -> {
            JsonNode list = json(get(url + "/api/sources", null));
            assertEquals(5, list.get("total").asInt());
            JsonNode one = json(get(url + "/api/sources/001_81bcce55b78802ba", null));
            assertEquals("ru", one.get("language").asText());
            assertTrue(one.get("text").asText().contains("Гульжанат Муратова"));
            assertTrue(one.get("mentions").size() > 5);
            assertTrue(one.get("facts").toString().contains("holdsPost"));
            assertProblem(get(url + "/api/sources/nope", null), 404, "nope");
        });
    }

    @Test
    void stats_count_classes_sources_and_regions() throws Exception {
        withServer(url -> {
            JsonNode s = json(get(url + "/api/stats", null));
            assertTrue(s.at("/classes/http:~1~1xmlns.com~1foaf~10.1~1Person").asInt() >= 3, s.toString());
            assertEquals(5, s.get("sources").size());
            assertTrue(s.get("regions").size() >= 20, s.toString());
            JsonNode mangystau = region(s.get("regions"), "mangystau-region");
            assertEquals("Мангистауская область", mangystau.get("name").asText());
            assertEquals(44.0, mangystau.get("lat").asDouble(), 1e-9);
            assertEquals(53.5, mangystau.get("lon").asDouble(), 1e-9);
            assertEquals("KZ-47", mangystau.get("iso3166").asText());
            assertEquals("/id/place/mangystau-region", mangystau.get("page").asText());
            assertTrue(mangystau.get("organizations").asInt() >= 1 && mangystau.get("events").asInt() >= 1, mangystau.toString());

            var list = get(url + "/api/stats/regions?lang=kk", null);
            assertEquals(200, list.statusCode(), list.body());
            JsonNode regions = json(list);
            assertEquals(s.get("regions").size(), regions.size());
            JsonNode kk = region(regions, "mangystau-region");
            assertEquals("Маңғыстау облысы", kk.get("label").asText());
            assertEquals("Мангистауская область", kk.get("name").asText(), "name stays Russian");
            for (JsonNode r : regions) assertTrue(r.get("lat").isNumber() && r.get("lon").isNumber(), "every region has its point: " + r);
        });
    }

    static JsonNode region(JsonNode regions, String slug) {
        for (JsonNode r : regions) {
            if (slug.equals(r.path("slug").asText())) return r;
        }
        throw new AssertionError("no region " + slug + " in " + regions);
    }

    @Test
    void named_queries_are_listed_and_run_with_bound_parameters() throws Exception {
        withServer(c -> c.queriesDir = SeedStore.root().resolve("queries"), url -> {
            JsonNode list = json(get(url + "/api/queries", null));
            assertTrue(list.get("queries").size() >= 10, list.toString());
            var rows = get(url + "/api/queries/people-and-posts", null);
            assertEquals(200, rows.statusCode(), rows.body());
            assertTrue(rows.body().contains("Гульжанат Муратова"), rows.body());
            var csv = get(url + "/api/queries/people-and-posts?format=csv", null);
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            String src = SeedStore.BASE + "/id/source/001_81bcce55b78802ba";
            assertTrue(get(url + "/api/queries/source-facts?source=" + enc(src), null).body().contains("Муратова"));
            assertProblem(get(url + "/api/queries/source-facts?source=" + enc("x> } ; DROP ALL #"), null), 400, "source");
            assertProblem(get(url + "/api/queries/no-such-query", null), 404, "people-and-posts");
        });
    }

    // --- Linked data ------------------------------------------------------------------------

    @Test
    void an_iri_dereferences_to_html_turtle_jsonld_ntriples_and_rdfxml() throws Exception {
        withServer(url -> {
            String iri = url + "/id/person/gulzhanat-muratova";
            var html = get(iri, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
            assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(html.body().contains("Гульжанат Муратова"));
            for (RDFFormat f : java.util.List.of(RDFFormat.TURTLE, RDFFormat.JSONLD, RDFFormat.NTRIPLES, RDFFormat.RDFXML)) {
                var r = get(iri, f.getDefaultMIMEType());
                assertEquals(200, r.statusCode(), f.getName());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f.getDefaultMIMEType()), f.getName());
                Model m = Rio.parse(new StringReader(r.body()), "", f);
                assertTrue(m.size() > 3, f.getName());
            }
            assertEquals(406, get(iri, "image/png").statusCode());
            assertProblem(get(url + "/id/person/nobody-at-all", "text/turtle"), 404, "Nothing is known");
        });
    }

    @Test
    void a_fact_iri_dereferences_with_its_evidence() throws Exception {
        withServer(url -> {
            JsonNode e = json(get(url + "/api/entities/person/gulzhanat-muratova", null));
            String fact = e.at("/facts/0/fact").asText();
            var r = get(fact.replace(SeedStore.BASE, url), "application/n-triples");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("http://www.w3.org/ns/oa#exact"), r.body());
        });
    }

    @Test
    void a_hostile_name_is_shown_as_text_on_the_html_page() throws Exception {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        store.replaceGraph(SeedStore.BASE + "/graph/test/hostile", org.apache.jena.riot.RDFParser.fromString(
                "<" + SeedStore.BASE + "/id/organization/hostile> a <http://www.w3.org/ns/org#Organization> ;"
                        + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"" + hostile.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@ru .",
                org.apache.jena.riot.Lang.TURTLE).toGraph());
        try {
            withServer(url -> {
                String html = get(url + "/id/organization/hostile", "text/html").body();
                assertFalse(html.contains("<script>alert"), html);
                assertFalse(html.contains("<img src=x"), html);
                assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp; — Qogam</title>"), html);
                assertEquals(hostile, json(get(url + "/api/entities/organization/hostile", null)).get("label").asText());
            });
        } finally {
            store.deleteGraph(SeedStore.BASE + "/graph/test/hostile");
        }
    }

    @Test
    void every_request_is_logged_and_unknown_paths_get_problem_details() throws Exception {
        withServer(url -> assertProblem(get(url + "/no/such/page", null), 404, "/no/such/page"));
    }
}
