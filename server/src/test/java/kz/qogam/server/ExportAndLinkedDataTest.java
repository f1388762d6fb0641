package kz.qogam.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import kz.qogam.ontology.Ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

import org.junit.jupiter.api.Test;

/**
 * The dumps (/api/export in every format), VoID, the SPARQL service description, the ontology
 * page, the JSON-LD context, conditional GET, gzip and CORS, against a real server over a real
 * TDB2 store holding the seed corpus.
 */
class ExportAndLinkedDataTest extends SeededServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final SimpleValueFactory VF = SimpleValueFactory.getInstance();
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    static HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(120));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    /** The quads of every named graph, and the distinct triples of their union, as the store has them. */
    static long[] storeCounts() {
        AtomicLong quads = new AtomicLong();
        Set<Triple> distinct = new HashSet<>();
        store.export(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.incrementAndGet();
                distinct.add(q.asTriple());
            }
        });
        return new long[] {quads.get(), distinct.size()};
    }

    static void assertProblem(HttpResponse<byte[]> r, int status, String detailContains) throws Exception {
        assertEquals(status, r.statusCode(), text(r));
        assertTrue(String.valueOf(header(r, "Content-Type")).startsWith("application/problem+json"), r.headers().toString());
        assertTrue(JSON.readTree(r.body()).get("detail").asText().contains(detailContains), text(r));
    }

    // --- /api/export: RDF ----------------------------------------------------------------------

    @Test
    void every_rdf_export_parses_back_to_the_same_triples() throws Exception {
        long[] counts = storeCounts();
        assertTrue(counts[0] > 1000, "the seeds hold thousands of quads: " + counts[0]);
        Map<String, RDFFormat> formats = Map.of("nquads", RDFFormat.NQUADS, "trig", RDFFormat.TRIG, "jsonld", RDFFormat.JSONLD,
                "turtle", RDFFormat.TURTLE, "rdfxml", RDFFormat.RDFXML);
        for (Map.Entry<String, RDFFormat> f : formats.entrySet()) {
            var r = get("/api/export?format=" + f.getKey(), Map.of());
            assertEquals(200, r.statusCode(), f.getKey() + ": " + text(r));
            assertTrue(header(r, "Content-Type").startsWith(f.getValue().getDefaultMIMEType()), f.getKey() + ": " + header(r, "Content-Type"));
            Model m = Rio.parse(new ByteArrayInputStream(r.body()), "", f.getValue());
            if (f.getValue().supportsContexts()) {
                // Every quad, in its own graph.
                assertEquals(counts[0], m.size(), f.getKey());
                assertTrue(m.contexts().contains(VF.createIRI(SeedStore.BASE + "/graph/source/001_81bcce55b78802ba")), f.getKey());
            } else {
                // No named graphs: the graphs are merged, so the distinct triples of the union.
                assertEquals(counts[1], m.size(), f.getKey());
            }
        }
        // Jena reads them too.
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, new ByteArrayInputStream(get("/api/export?format=trig", Map.of()).body()), Lang.TRIG);
        assertEquals(counts[0], ds.asDatasetGraph().stream().count());
        Dataset fromJsonLd = DatasetFactory.create();
        RDFDataMgr.read(fromJsonLd, new ByteArrayInputStream(get("/api/export?format=jsonld", Map.of()).body()), Lang.JSONLD);
        assertEquals(counts[0], fromJsonLd.asDatasetGraph().stream().count());
    }

    @Test
    void the_jsonld_export_is_compacted_with_the_published_context() throws Exception {
        JsonNode doc = JSON.readTree(get("/api/export?format=jsonld", Map.of()).body());
        JsonNode published = JSON.readTree(get("/context.jsonld", Map.of()).body());
        assertEquals(published.get("@context"), doc.get("@context"), "the same context, inline");
        boolean found = false;
        for (JsonNode graph : doc.get("@graph")) {
            for (JsonNode node : graph.get("@graph")) {
                if (node.path("id").asText().endsWith("/id/person/gulzhanat-muratova")) {
                    found = true;
                    assertEquals("Гульжанат Муратова", node.at("/prefLabel/ru").asText(), node.toString());
                }
            }
        }
        assertTrue(found);
    }

    @Test
    void exports_are_gzipped_on_request_and_only_once() throws Exception {
        var plain = get("/api/export?format=nquads", Map.of());
        var gz = get("/api/export?format=nquads", Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", header(gz, "Content-Encoding"));
        assertEquals(null, header(plain, "Content-Encoding"));
        byte[] unzipped;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            unzipped = in.readAllBytes();
        }
        assertEquals(plain.body().length, unzipped.length, "decompressing once gives the plain body");
        assertTrue(gz.body().length < plain.body().length / 3, "compressed: " + gz.body().length + " of " + plain.body().length);
        assertEquals(storeCounts()[0], Rio.parse(new ByteArrayInputStream(unzipped), "", RDFFormat.NQUADS).size());
        assertEquals(null, header(get("/api/export?format=nquads", Map.of("Accept-Encoding", "gzip;q=0, identity")), "Content-Encoding"));
    }

    @Test
    void an_unchanged_export_answers_304_to_its_etag_and_a_change_gives_a_new_one() throws Exception {
        var first = get("/api/export?format=turtle", Map.of());
        String etag = header(first, "ETag");
        assertNotNull(etag);
        assertTrue(etag.startsWith("W/\""), etag);
        var again = get("/api/export?format=turtle", Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(200, get("/api/export?format=turtle", Map.of("If-None-Match", "W/\"something-else\"")).statusCode());
        assertNotEquals(etag, header(get("/api/export?format=trig", Map.of()), "ETag"), "each format has its own tag");

        String graph = SeedStore.BASE + "/graph/test/etag";
        String entityBefore = header(get("/id/person/gulzhanat-muratova", Map.of("Accept", "text/turtle")), "ETag");
        assertEquals(entityBefore, header(get("/id/person/gulzhanat-muratova", Map.of("Accept", "text/turtle")), "ETag"), "stable");
        store.replaceGraph(graph, RDFParser.fromString("<http://x/a> <http://x/b> \"c\" .", Lang.TURTLE).toGraph());
        try {
            var changed = get("/api/export?format=turtle", Map.of("If-None-Match", etag));
            assertEquals(200, changed.statusCode(), "the store changed");
            assertNotEquals(etag, header(changed, "ETag"));
            var entityChanged = get("/id/person/gulzhanat-muratova", Map.of("Accept", "text/turtle", "If-None-Match", entityBefore));
            assertEquals(200, entityChanged.statusCode(), "entity tags follow the store too");
            assertNotEquals(entityBefore, header(entityChanged, "ETag"));
        } finally {
            store.deleteGraph(graph);
        }
        assertEquals(304, get("/api/export?format=turtle", Map.of("If-None-Match", etag)).statusCode(), "back as it was");

        // Entities too.
        var entity = get("/id/person/gulzhanat-muratova", Map.of("Accept", "text/turtle"));
        String entityTag = header(entity, "ETag");
        assertNotNull(entityTag);
        assertEquals(304, get("/id/person/gulzhanat-muratova", Map.of("Accept", "text/turtle", "If-None-Match", entityTag)).statusCode());
        assertEquals(200, get("/id/person/gulzhanat-muratova", Map.of("Accept", "application/ld+json", "If-None-Match", entityTag)).statusCode(),
                "another format is another representation");
    }

    @Test
    void bad_export_requests_get_problem_details() throws Exception {
        assertProblem(get("/api/export", Map.of()), 400, "'format' is required");
        assertProblem(get("/api/export?format=xls", Map.of()), 400, "nquads, trig, turtle, jsonld, rdfxml, ftm, csv");
        assertProblem(get("/api/export?format=csv&table=people", Map.of()), 400, "entities, facts");
    }

    // --- /api/export: FollowTheMoney -----------------------------------------------------------

    @Test
    void ftm_lines_are_entities_of_valid_schemata_with_the_muratova_directorship() throws Exception {
        var r = get("/api/export?format=ftm", Map.of());
        assertEquals(200, r.statusCode(), text(r));
        Set<String> schemata = Set.of("Person", "Organization", "PublicBody", "Event", "Membership", "Directorship", "Occupancy", "Position");
        Set<String> ids = new HashSet<>();
        List<JsonNode> entities = new ArrayList<>();
        for (String line : text(r).split("\n")) {
            if (line.isEmpty()) continue;
            JsonNode e = JSON.readTree(line);
            entities.add(e);
            assertTrue(schemata.contains(e.get("schema").asText()), line);
            assertTrue(e.get("id").asText().matches("qogam-[a-z0-9._~-]+"), line);
            assertTrue(ids.add(e.get("id").asText()), "ids are unique: " + line);
            e.get("properties").fields().forEachRemaining(p -> {
                assertTrue(p.getValue().isArray() && p.getValue().size() > 0, line);
                p.getValue().forEach(v -> assertTrue(v.isTextual(), line));
            });
        }
        boolean directorship = false;
        for (JsonNode e : entities) {
            JsonNode p = e.get("properties");
            // Every reference points at an entity in the file.
            for (String ref : List.of("director", "member", "organization", "holder", "post", "organizer", "involved", "parent")) {
                p.path(ref).forEach(v -> assertTrue(ids.contains(v.asText()), ref + " → " + v + " in " + e));
            }
            if (e.get("schema").asText().equals("Directorship")
                    && p.at("/director/0").asText().equals("qogam-person-gulzhanat-muratova")
                    && p.at("/organization/0").asText().equals("qogam-organization-urpaq-next")) {
                directorship = true;
                assertEquals("директор", p.at("/role/0").asText());
                assertTrue(p.at("/summary/0").asText().contains("Гульжанат Муратова"), e.toString());
                assertTrue(p.at("/sourceUrl/0").asText().endsWith("/id/source/001_81bcce55b78802ba"), e.toString());
                assertTrue(p.at("/recordId/0").asText().contains("/id/fact/"), e.toString());
            }
            if (e.get("schema").asText().equals("Person") && e.get("id").asText().equals("qogam-person-gulzhanat-muratova")) {
                assertEquals("Гульжанат Муратова", p.at("/name/0").asText());
            }
            if (e.get("schema").asText().matches("Organization|PublicBody")) {
                assertTrue(p.has("jurisdiction"), e.toString());
            }
        }
        assertTrue(directorship, "the Муратова – Ұрпақ Next directorship");
        assertTrue(entities.stream().anyMatch(e -> e.get("schema").asText().equals("Person")));
        assertTrue(entities.stream().anyMatch(e -> e.get("schema").asText().equals("Event")));
    }

    // --- /api/export: CSV ----------------------------------------------------------------------

    /** RFC 4180: CRLF records, fields quoted when they need it, doubled quotes inside. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, field.length(), "a quote only opens a field");
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', s.charAt(i + 1), "records end with CRLF");
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\n', "a bare LF outside quotes");
                field.append(c);
            }
        }
        assertFalse(quoted, "unterminated quote");
        assertTrue(row.isEmpty() && field.length() == 0, "the last record ends with CRLF");
        return rows;
    }

    @Test
    void csv_tables_parse_and_hold_the_entities_and_facts() throws Exception {
        var entities = get("/api/export?format=csv", Map.of());
        assertEquals(200, entities.statusCode());
        assertTrue(header(entities, "Content-Type").startsWith("text/csv"));
        List<List<String>> rows = parseCsv(text(entities));
        List<String> head = rows.get(0);
        assertEquals("iri", head.get(0));
        for (List<String> row : rows) assertEquals(head.size(), row.size(), row.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(head.indexOf("label")).equals("Гульжанат Муратова") && r.get(head.indexOf("kind")).equals("person")));
        assertTrue(rows.stream().anyMatch(r -> r.get(head.indexOf("label_en")).equals("Mangystau Region")));

        List<List<String>> facts = parseCsv(text(get("/api/export?format=csv&table=facts", Map.of())));
        List<String> fh = facts.get(0);
        for (String col : List.of("fact", "predicate", "subject_label", "object_label", "role", "source", "quote")) assertTrue(fh.contains(col), col);
        for (List<String> row : facts) assertEquals(fh.size(), row.size(), row.toString());
        assertTrue(facts.size() > 20, "one row per fact");
        assertTrue(facts.stream().anyMatch(r -> r.get(fh.indexOf("predicate")).equals("holdsPost")
                && r.get(fh.indexOf("subject_label")).equals("Гульжанат Муратова")
                && r.get(fh.indexOf("object_label")).equals("Ұрпақ Next")
                && r.get(fh.indexOf("source")).equals("001_81bcce55b78802ba")
                && r.get(fh.indexOf("quote")).contains("Гульжанат Муратова")), "the holdsPost fact with its quote");
        // Labels follow Accept-Language.
        List<List<String>> kk = parseCsv(text(get("/api/export?format=csv", Map.of("Accept-Language", "kk"))));
        assertTrue(kk.stream().anyMatch(r -> r.get(3).equals("Маңғыстау облысы")));
    }

    // --- VoID and the service description -----------------------------------------------------

    @Test
    void void_parses_and_counts_the_triples_the_store_holds() throws Exception {
        long[] counts = storeCounts();
        for (String path : List.of("/void", "/.well-known/void")) {
            var r = get(path, Map.of());
            assertEquals(200, r.statusCode(), text(r));
            assertTrue(header(r, "Content-Type").startsWith("text/turtle"));
            Model m = Rio.parse(new ByteArrayInputStream(r.body()), "", RDFFormat.TURTLE);
            IRI ds = VF.createIRI(SeedStore.BASE + "/void#dataset");
            assertEquals(counts[0], ((Literal) m.filter(ds, VF.createIRI(VOID + "triples"), null).objects().iterator().next()).longValue());
            assertTrue(m.contains(ds, VF.createIRI(VOID + "sparqlEndpoint"), VF.createIRI(SeedStore.BASE + "/sparql")));
            assertTrue(m.contains(ds, VF.createIRI(VOID + "dataDump"), VF.createIRI(SeedStore.BASE + "/api/export?format=nquads")));
            assertTrue(m.contains(ds, VF.createIRI("http://purl.org/dc/terms/license"), null));
            // Entities per class: foaf:Person among them.
            boolean persons = false;
            for (Statement p : m.filter(ds, VF.createIRI(VOID + "classPartition"), null)) {
                IRI part = (IRI) p.getObject();
                if (m.contains(part, VF.createIRI(VOID + "class"), VF.createIRI("http://xmlns.com/foaf/0.1/Person"))) {
                    persons = ((Literal) m.filter(part, VF.createIRI(VOID + "entities"), null).objects().iterator().next()).longValue() >= 3;
                }
            }
            assertTrue(persons);
            // The Wikidata linkset counts the gazetteer's owl:sameAs links.
            IRI links = VF.createIRI(SeedStore.BASE + "/void#wikidata-links");
            assertTrue(((Literal) m.filter(links, VF.createIRI(VOID + "triples"), null).objects().iterator().next()).longValue() > 10);
            Model asJsonLd = Rio.parse(new ByteArrayInputStream(get(path, Map.of("Accept", "application/ld+json")).body()), "", RDFFormat.JSONLD);
            assertEquals(m.size(), asJsonLd.size(), "the same description in JSON-LD");
        }
    }

    @Test
    void sparql_get_without_a_query_is_the_service_description() throws Exception {
        var r = get("/sparql", Map.of());
        assertEquals(200, r.statusCode(), text(r));
        assertTrue(header(r, "Content-Type").startsWith("text/turtle"), header(r, "Content-Type"));
        Model m = Rio.parse(new ByteArrayInputStream(r.body()), "", RDFFormat.TURTLE);
        IRI service = VF.createIRI(SeedStore.BASE + "/sparql#service");
        assertTrue(m.contains(service, VF.createIRI(SD + "endpoint"), VF.createIRI(SeedStore.BASE + "/sparql")));
        assertTrue(m.contains(service, VF.createIRI(SD + "supportedLanguage"), VF.createIRI(SD + "SPARQL11Query")));
        assertTrue(m.contains(service, VF.createIRI(SD + "resultFormat"), VF.createIRI("http://www.w3.org/ns/formats/SPARQL_Results_JSON")));
        IRI defaultGraph = VF.createIRI(SeedStore.BASE + "/sparql#default-graph");
        assertEquals(storeCounts()[1], ((Literal) m.filter(defaultGraph, VF.createIRI(VOID + "triples"), null).objects().iterator().next()).longValue());
        assertEquals(store.graphs().size(), m.filter(null, VF.createIRI(SD + "namedGraph"), null).size());
        assertFalse(Rio.parse(new ByteArrayInputStream(get("/sparql", Map.of("Accept", "application/ld+json")).body()), "", RDFFormat.JSONLD).isEmpty());
        // A query still runs.
        assertEquals(200, get("/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", Map.of("Accept", "application/sparql-results+json")).statusCode());
    }

    // --- The ontology, the context, linked data -----------------------------------------------

    @Test
    void the_ontology_page_lists_every_class_with_its_labels_and_serves_turtle() throws Exception {
        var r = get("/ontology", Map.of("Accept", "text/html"));
        assertEquals(200, r.statusCode());
        String html = text(r);
        var vocabulary = Ontology.vocabulary();
        Node rdfsLabel = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        int classes = 0;
        for (var c : vocabulary.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class).toList()) {
            if (!c.isURIResource() || !c.getURI().startsWith("https://qogam.kz/ns#")) continue;
            classes++;
            for (Triple t : vocabulary.getGraph().find(c.asNode(), rdfsLabel, Node.ANY).toList()) {
                assertTrue(html.contains(t.getObject().getLiteralLexicalForm()), c + ": " + t.getObject());
            }
        }
        assertTrue(classes >= 6);
        for (String term : List.of("qg:holdsPost", "qg:confidence", "qgrole:akim", "qglf:public-foundation")) assertTrue(html.contains(term), term);
        var turtle = get("/ontology", Map.of("Accept", "text/turtle"));
        assertEquals(vocabulary.size(), Rio.parse(new ByteArrayInputStream(turtle.body()), "", RDFFormat.TURTLE).size());
        var jsonld = get("/ontology", Map.of("Accept", "application/ld+json"));
        assertEquals(vocabulary.size(), Rio.parse(new ByteArrayInputStream(jsonld.body()), "", RDFFormat.JSONLD).size());
        // Comments come in the reader's language first.
        String kk = text(get("/ontology", Map.of("Accept", "text/html", "Accept-Language", "kk")));
        assertTrue(kk.contains("<html lang=\"kk\""));
        assertTrue(kk.indexOf("Qogam сөздігі") < kk.indexOf("Qogam vocabulary") || !kk.contains("Qogam vocabulary"));
    }

    @Test
    void entities_in_jsonld_are_compacted_with_the_published_context() throws Exception {
        var ctx = get("/context.jsonld", Map.of());
        assertEquals(200, ctx.statusCode());
        assertTrue(header(ctx, "Content-Type").startsWith("application/ld+json"));
        JsonNode context = JSON.readTree(ctx.body()).get("@context");
        assertEquals("@language", context.at("/prefLabel/@container").asText());
        assertEquals("@id", context.at("/holdsPost/@type").asText());

        String iri = "/id/person/gulzhanat-muratova";
        var jsonld = get(iri, Map.of("Accept", "application/ld+json"));
        JsonNode doc = JSON.readTree(jsonld.body());
        assertEquals(context, doc.get("@context"));
        boolean found = false;
        for (JsonNode n : doc.get("@graph")) {
            if (n.path("id").asText().endsWith(iri)) {
                found = true;
                assertEquals("Гульжанат Муратова", n.at("/prefLabel/ru").asText());
                assertTrue(n.path("holdsPost").asText().endsWith("/id/organization/urpaq-next"), n.toString());
            }
        }
        assertTrue(found, doc.toString());
        long turtle = Rio.parse(new ByteArrayInputStream(get(iri, Map.of("Accept", "text/turtle")).body()), "", RDFFormat.TURTLE).size();
        assertEquals(turtle, Rio.parse(new ByteArrayInputStream(jsonld.body()), "", RDFFormat.JSONLD).size());
    }

    @Test
    void accept_language_chooses_the_title_of_html_pages() throws Exception {
        String place = "/id/place/mangystau-region";
        assertTrue(text(get(place, Map.of("Accept", "text/html", "Accept-Language", "kk"))).contains("<title>Маңғыстау облысы — Qogam</title>"));
        assertTrue(text(get(place, Map.of("Accept", "text/html", "Accept-Language", "en-GB,en;q=0.9,ru;q=0.5"))).contains("<title>Mangystau Region — Qogam</title>"));
        assertTrue(text(get(place, Map.of("Accept", "text/html", "Accept-Language", "fr;q=1, ru;q=0.8, en;q=0.9"))).contains("<title>Mangystau Region — Qogam</title>"));
        assertTrue(text(get(place, Map.of("Accept", "text/html"))).contains("<title>Мангистауская область — Qogam</title>"));
        var html = get(place, Map.of("Accept", "text/html", "Accept-Language", "kk"));
        assertTrue(header(html, "Vary").contains("Accept-Language"));
    }

    // --- CORS ----------------------------------------------------------------------------------

    @Test
    void reads_are_open_to_other_origins() throws Exception {
        Map<String, String> origin = Map.of("Origin", "https://example.org", "Accept", "*/*");
        for (String path : List.of("/api/stats", "/api/export?format=ftm", "/id/person/gulzhanat-muratova", "/void", "/ontology", "/context.jsonld",
                "/sparql", "/sparql?query=ASK%7B%7D")) {
            var r = get(path, origin);
            assertTrue(r.statusCode() < 400, path + ": " + r.statusCode());
            assertEquals("*", header(r, "Access-Control-Allow-Origin"), path);
            assertTrue(header(r, "Access-Control-Expose-Headers").contains("ETag"), path);
        }
        var preflight = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/export?format=csv"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertEquals("*", header(preflight, "Access-Control-Allow-Origin"));
        assertTrue(header(preflight, "Access-Control-Allow-Methods").contains("GET"));
        assertTrue(header(preflight, "Access-Control-Allow-Headers").contains("If-None-Match"));
        // Errors carry it too, so a page can read the problem document.
        var problem = get("/api/export?format=nope", origin);
        assertEquals(400, problem.statusCode());
        assertEquals("*", header(problem, "Access-Control-Allow-Origin"));
    }
}
