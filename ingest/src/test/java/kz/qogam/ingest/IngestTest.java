package kz.qogam.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import kz.qogam.ontology.Ontology;
import kz.qogam.store.TdbStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    private static final String BASE = "http://localhost:8080";
    private static final String PREFIXES = """
            PREFIX qg: <https://qogam.kz/ns#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            """;

    @TempDir
    Path tmp;

    private static List<IngestReport> ingest(TdbStore store, List<Path> paths) throws IOException {
        Ingest ingest = Ingest.create(store, c -> c.base = BASE);
        ingest.loadOntology();
        return ingest.ingest(paths, r -> {});
    }

    private static boolean ask(TdbStore store, String query) {
        return store.read(conn -> conn.queryAsk(PREFIXES + query));
    }

    @Test
    void the_seed_corpus_becomes_a_graph_that_conforms_to_the_shapes() throws Exception {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            List<IngestReport> reports = ingest(store, List.of(TestData.corpus()));
            assertEquals(5, reports.size());
            reports.forEach(r -> assertEquals(IngestReport.Status.WRITTEN, r.status(), r.summary()));
            DatasetGraph dsg = store.embedded().orElseThrow();
            ValidationReport report = Txn.calculateRead(dsg, () -> ShaclValidator.get().validate(Ontology.shapes(), dsg.getUnionGraph()));
            assertTrue(report.conforms(), () -> report.getEntries().toString());
        }
    }

    @Test
    void the_graph_says_muratova_directs_urpaq_next_with_the_quote() throws Exception {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            ingest(store, List.of(TestData.corpus()));
            assertTrue(ask(store, """
                    ASK {
                      ?p skos:prefLabel "Гульжанат Муратова"@ru ; qg:holdsPost ?o .
                      ?o skos:prefLabel "Ұрпақ Next"@ru .
                      ?f a qg:Post ; org:member ?p ; org:organization ?o ; qg:roleLabel "директор"@ru ;
                         prov:wasDerivedFrom ?src ; qg:evidence/oa:hasSelector/oa:exact ?quote .
                      FILTER(CONTAINS(?quote, "сообщила директор молодежного общественного фонда «Ұрпақ Next» Гульжанат Муратова"))
                    }"""));
        }
    }

    @Test
    void the_mangystau_fair_is_located_in_the_gazetteer_region() throws Exception {
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            ingest(store, List.of(TestData.corpus()));
            assertTrue(ask(store, """
                    ASK {
                      ?fair a schema:Event ; skos:prefLabel ?name ; schema:location ?region .
                      FILTER(STRSTARTS(LCASE(?name), "ярмарка социальных идей"))
                      GRAPH <http://localhost:8080/graph/gazetteer> { ?region qg:iso3166 "KZ-47" }
                    }"""));
        }
    }

    @Test
    void ingesting_in_another_order_or_twice_gives_the_same_graphs_with_the_same_iris() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(TestData.corpus())) {
            files = new ArrayList<>(s.sorted().toList());
        }
        Map<String, Set<Triple>> first;
        try (TdbStore store = TdbStore.open(tmp.resolve("a"))) {
            ingest(store, files);
            first = sourceGraphs(store);
        }
        Collections.reverse(files);
        try (TdbStore store = TdbStore.open(tmp.resolve("b"))) {
            Ingest ingest = Ingest.create(store, c -> c.base = BASE);
            ingest.loadOntology();
            for (Path f : files) ingest.ingest(List.of(f), r -> {});
            // Source graphs have no blank nodes, so equal triple sets mean identical IRIs, not just isomorphism.
            assertEquals(first, sourceGraphs(store));
            first.values().forEach(g -> g.forEach(t -> assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), t.toString())));
            List<IngestReport> again = ingest.ingest(List.of(TestData.corpus()), r -> {});
            again.forEach(r -> assertEquals(IngestReport.Status.UNCHANGED, r.status(), r.summary()));
        }
    }

    @Test
    void a_changed_file_replaces_exactly_its_own_graph() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path a = corpus.resolve("a.txt");
        Path b = corpus.resolve("b.txt");
        Files.writeString(a, "Председатель общественного фонда «Болашак» Айгуль Сериккызы открыла форум в Астане.");
        Files.writeString(b, "Директор частного учреждения «Дара» Сергей Худяков выступил на конференции в Павлодаре.");
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            ingest(store, List.of(corpus));
            Graph bBefore = graph(store, "b");
            Files.writeString(a, "Руководитель общественного объединения «Жастар» Нурлан Абаев провел встречу в Караганде.");
            List<IngestReport> reports = ingest(store, List.of(corpus));
            assertEquals(IngestReport.Status.WRITTEN, reports.get(0).status());
            assertEquals(IngestReport.Status.UNCHANGED, reports.get(1).status());
            assertTrue(graph(store, "b").isIsomorphicWith(bBefore), "the other graph is untouched");
            assertFalse(ask(store, "ASK { GRAPH <" + BASE + "/graph/source/a> { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"Болашак\")) } }"),
                    "nothing of the old text is left");
            assertTrue(ask(store, "ASK { GRAPH <" + BASE + "/graph/source/a> { ?s qg:text ?t FILTER(CONTAINS(?t, \"Жастар\")) } }"));
        }
    }

    @Test
    void bad_files_are_reported_and_leave_the_store_as_it_was() throws Exception {
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0});
        byte[] broken = "Общественный фонд «Ұрпақ Next» провёл ярмарку в Актау.".getBytes(StandardCharsets.UTF_8);
        broken[10] = (byte) 0xC3;
        broken[11] = (byte) 0x28;
        Files.write(bad.resolve("broken.txt"), broken);
        Files.writeString(bad.resolve("scripts.html"), "<html><body><script>alert('Форум')</script></body></html>");
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            ingest(store, List.of(TestData.corpus()));
            Map<String, Set<Triple>> before = sourceGraphs(store);
            List<IngestReport> reports = ingest(store, List.of(bad));
            assertEquals(4, reports.size());
            for (IngestReport r : reports) {
                assertEquals(IngestReport.Status.FAILED, r.status(), r.summary());
                assertTrue(r.summary().contains("NOT INGESTED"), r.summary());
            }
            assertEquals(before, sourceGraphs(store), "store unchanged");
        }
    }

    private static Graph graph(TdbStore store, String id) {
        DatasetGraph dsg = store.embedded().orElseThrow();
        return Txn.calculateRead(dsg, () -> {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(BASE + "/graph/source/" + id)).find().forEachRemaining(g::add);
            return g;
        });
    }

    /** Every source graph's triples, by graph name. */
    private static Map<String, Set<Triple>> sourceGraphs(TdbStore store) {
        Map<String, Set<Triple>> out = new TreeMap<>();
        store.export(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                if (q.getGraph().getURI().contains("/graph/source/")) {
                    out.computeIfAbsent(q.getGraph().getURI(), k -> new HashSet<>()).add(q.asTriple());
                }
            }
        });
        return out;
    }
}
