package kz.qogam.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import kz.qogam.ingest.Ingest;
import kz.qogam.server.SeedStore;
import kz.qogam.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code qogam import}, run in-process against a real TDB2 store holding the ontology and the gazetteer. */
class ImportCommandTest {
    private static final String BASE = SeedStore.BASE;
    /** A valid organisation, based in a gazetteer place; relative IRIs resolve against {base}/id/. */
    private static final String GOOD = """
            @prefix qg: <https://qogam.kz/ns#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            <organization/test-fund> a org:Organization ;
                rdfs:label "Тестовый фонд"@ru ;
                skos:prefLabel "Тестовый фонд"@ru, "Test fund"@en ;
                skos:altLabel "Фонд «Тест»"@ru ;
                qg:basedIn <place/astana> .
            """;

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void createStore() {
        store = dir.resolve("tdb2");
        try (TdbStore s = TdbStore.open(store)) {
            Ingest.create(s, c -> c.base = BASE).loadOntology();
        }
    }

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = QogamCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run importFiles(Path... files) {
        String[] args = new String[files.length + 3];
        args[0] = "import";
        args[1] = "--store";
        args[2] = store.toString();
        for (int i = 0; i < files.length; i++) args[i + 3] = files[i].toString();
        return run(args);
    }

    static List<String> graphs() {
        try (TdbStore s = TdbStore.open(store)) {
            return s.graphs();
        }
    }

    static long size(String graph) {
        try (TdbStore s = TdbStore.open(store)) {
            var dsg = s.embedded().orElseThrow();
            Node g = NodeFactory.createURI(graph);
            return Txn.calculateRead(dsg, () -> dsg.getGraph(g).size());
        }
    }

    static Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void a_valid_turtle_file_becomes_a_graph_of_its_own() throws Exception {
        Run r = importFiles(write("Test Fund.ttl", GOOD));
        assertEquals(0, r.exit, r.out + r.err);
        String graph = BASE + "/graph/import/test-fund";
        assertTrue(r.out.contains("imported 6 triples into <" + graph + ">"), r.out);
        assertTrue(graphs().contains(graph), graphs().toString());
        assertEquals(6, size(graph));
        // Again: the same graph is replaced, not added to.
        assertEquals(0, importFiles(dir.resolve("Test Fund.ttl")).exit);
        assertEquals(6, size(graph));
    }

    @Test
    void a_syntax_error_is_reported_with_its_line_and_nothing_is_written() throws Exception {
        List<String> before = graphs();
        Path broken = write("broken.ttl", """
                @prefix qg: <https://qogam.kz/ns#> .
                <organization/x> a <http://www.w3.org/ns/org#Organization> ;
                   qg:basedIn <place/astana>
                <organization/y> a <http://www.w3.org/ns/org#Organization> .
                """);
        Run r = importFiles(broken);
        assertEquals(1, r.exit, r.out + r.err);
        assertTrue(r.out.contains("broken.ttl: NOT IMPORTED"), r.out);
        assertTrue(r.out.contains("line 4, column 1:"), r.out);
        assertTrue(r.out.contains("nothing was imported"), r.out);
        assertEquals(before, graphs());

        Path xml = write("broken.rdf", """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="http://x/a">
                </rdf:RDF>
                """);
        Run x = importFiles(xml);
        assertEquals(1, x.exit, x.out);
        assertTrue(x.out.matches("(?s).*broken\\.rdf: NOT IMPORTED: RDF/XML syntax error at line 4, column \\d+: .*"), x.out);
        assertEquals(before, graphs());
    }

    @Test
    void a_file_that_does_not_conform_is_reported_and_nothing_is_written() throws Exception {
        List<String> before = graphs();
        Path bad = write("bad-fact.ttl", """
                <http://localhost:8080/id/fact/x> a <https://qogam.kz/ns#Fact> ;
                    <https://qogam.kz/ns#confidence> 1.5 .
                """);
        Path good = write("fine.ttl", GOOD.replace("test-fund", "fine-fund"));
        Run r = importFiles(good, bad);
        assertEquals(1, r.exit, r.out + r.err);
        assertTrue(r.out.contains("bad-fact.ttl: NOT IMPORTED: does not conform"), r.out);
        assertTrue(r.out.contains("focus: http://localhost:8080/id/fact/x"), r.out);
        assertTrue(r.out.contains("path: <https://qogam.kz/ns#confidence>"), r.out);
        assertTrue(r.out.contains("1.5"), r.out);
        assertEquals(before, graphs(), "not even the good file: an import is all or nothing");
        assertFalse(graphs().contains(BASE + "/graph/import/fine"));
    }

    @Test
    void a_file_may_link_to_what_the_store_already_holds() throws Exception {
        // The person's post points at the organisation of another import: the class check finds it in the store.
        assertEquals(0, importFiles(write("org-for-link.ttl", GOOD.replace("test-fund", "linked-fund"))).exit);
        Run r = importFiles(write("person.ttl", """
                @prefix qg: <https://qogam.kz/ns#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                <person/test-person> a foaf:Person ; rdfs:label "Тест Тестов"@ru ; skos:prefLabel "Тест Тестов"@ru ;
                    qg:holdsPost <organization/linked-fund> .
                """));
        assertEquals(0, r.exit, r.out);
        Run dangling = importFiles(write("person2.ttl", """
                @prefix qg: <https://qogam.kz/ns#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                <person/other-person> a foaf:Person ; rdfs:label "Другой"@ru ; skos:prefLabel "Другой"@ru ;
                    qg:holdsPost <organization/nowhere> .
                """));
        assertEquals(1, dangling.exit, dangling.out);
        assertTrue(dangling.out.contains("holdsPost"), dangling.out);
    }

    @Test
    void trix_binary_jsonld_nquads_and_gzip_are_read() throws Exception {
        Model model = Rio.parse(new StringReader(GOOD), BASE + "/id/", RDFFormat.TURTLE);
        // .xml is TriX or RDF/XML: the root element decides.
        Map<String, RDFFormat> files = Map.of("trix", RDFFormat.TRIX, "trix-as-xml.xml", RDFFormat.TRIX, "brf", RDFFormat.BINARY,
                "jsonld", RDFFormat.JSONLD, "nq", RDFFormat.NQUADS, "rdf", RDFFormat.RDFXML, "rdfxml-as-xml.xml", RDFFormat.RDFXML);
        for (Map.Entry<String, RDFFormat> f : files.entrySet()) {
            String name = f.getKey().contains(".") ? f.getKey() : "fund-" + f.getKey() + "." + f.getKey();
            Path p = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(p)) {
                Rio.write(model, out, f.getValue());
            }
            Run r = importFiles(p);
            assertEquals(0, r.exit, name + ": " + r.out + r.err);
            assertEquals(6, size(BASE + "/graph/import/" + name.substring(0, name.lastIndexOf('.'))), name);
        }
        Path gz = dir.resolve("zipped.trig.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Rio.write(model, out, RDFFormat.TRIG);
        }
        Run r = importFiles(gz);
        assertEquals(0, r.exit, r.out);
        assertEquals(6, size(BASE + "/graph/import/zipped"));

        Path noExtension = write("fund-data", GOOD.replace("test-fund", "no-ext-fund"));
        Run unknown = importFiles(noExtension);
        assertEquals(1, unknown.exit);
        assertTrue(unknown.out.contains("--format"), unknown.out);
        Run given = run("import", "--store", store.toString(), "--format", "turtle", noExtension.toString());
        assertEquals(0, given.exit, given.out);
    }

    @Test
    void check_validates_without_writing_and_help_is_there() throws Exception {
        Path p = write("checked.ttl", GOOD.replace("test-fund", "checked-fund"));
        Run r = run("import", "--check", "--store", store.toString(), p.toString());
        assertEquals(0, r.exit, r.out);
        assertTrue(r.out.contains("nothing written"), r.out);
        assertFalse(graphs().contains(BASE + "/graph/import/checked"));
        Run help = run("import", "--help");
        assertEquals(0, help.exit);
        assertTrue(help.out.contains("Usage: qogam import"), help.out);
    }
}
