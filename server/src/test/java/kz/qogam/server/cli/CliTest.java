package kz.qogam.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import kz.qogam.server.SeedStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import picocli.CommandLine;

/** The qogam command line, run in-process against a real TDB2 store. */
class CliTest {
    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void seed() throws Exception {
        store = dir.resolve("tdb2");
        SeedStore.create(store).close();
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

    @Test
    void every_command_has_help() {
        for (String cmd : new String[] {"serve", "ingest", "query", "validate", "export"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.exit, cmd);
            assertTrue(r.out.contains("Usage: qogam " + cmd), r.out);
        }
        assertTrue(run("--help").out.contains("serve"));
    }

    @Test
    void ingest_reports_each_document_and_fails_on_bad_files() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("good.txt"), "Директор общественного фонда «Дара» Сергей Худяков провел форум в Павлодаре.");
        Files.write(texts.resolve("empty.txt"), new byte[0]);
        Run r = run("ingest", "--store", dir.resolve("other").toString(), texts.toString());
        assertEquals(1, r.exit, r.out + r.err);
        assertTrue(r.out.contains("good.txt: wrote"), r.out);
        assertTrue(r.out.contains("empty.txt: NOT INGESTED"), r.out);
        assertTrue(r.out.contains("1 written, 0 unchanged, 1 not ingested"), r.out);
        Run again = run("ingest", "--store", dir.resolve("other").toString(), texts.resolve("good.txt").toString());
        assertEquals(0, again.exit);
        assertTrue(again.out.contains("unchanged"), again.out);
    }

    @Test
    void validate_says_the_seed_store_conforms() {
        Run r = run("validate", "--store", store.toString());
        assertEquals(0, r.exit, r.out + r.err);
        assertTrue(r.out.contains("Conforms"), r.out);
    }

    @Test
    void validate_exits_1_on_a_store_that_does_not_conform() throws Exception {
        Path broken = dir.resolve("broken");
        SeedStore.create(broken).close();
        try (var s = kz.qogam.store.TdbStore.open(broken)) {
            s.replaceGraph("http://localhost:8080/graph/source/bad", RDFParser.fromString("""
                    <http://localhost:8080/id/fact/x> a <https://qogam.kz/ns#Fact> ;
                        <https://qogam.kz/ns#confidence> 1.5 .""", Lang.TURTLE).toGraph());
        }
        Run r = run("validate", "--store", broken.toString());
        assertEquals(1, r.exit, r.out);
        assertTrue(r.out.contains("does not conform"), r.out);
    }

    @Test
    void query_prints_a_named_query_as_table_csv_and_json() {
        String queries = SeedStore.root().resolve("queries").toString();
        Run table = run("query", "people-and-posts", "--store", store.toString(), "--queries", queries);
        assertEquals(0, table.exit, table.err);
        assertTrue(table.out.contains("Гульжанат Муратова"), table.out);
        Run csv = run("query", "people-and-posts", "--format", "csv", "--store", store.toString(), "--queries", queries);
        assertTrue(csv.out.lines().count() >= 2, csv.out);
        Run json = run("query", "people-and-posts", "--format", "json", "--store", store.toString(), "--queries", queries);
        assertTrue(json.out.trim().startsWith("{") || json.out.trim().startsWith("["), json.out);
        Run unknown = run("query", "no-such-query", "--store", store.toString(), "--queries", queries);
        assertEquals(2, unknown.exit);
        assertTrue(unknown.err.contains("people-and-posts"), "lists the known names: " + unknown.err);
    }

    @Test
    void export_writes_every_format_with_the_same_triples() throws Exception {
        long expected = -1;
        for (String format : new String[] {"nquads", "trig", "turtle", "jsonld", "rdfxml"}) {
            Path out = dir.resolve("dump." + format + ".gz");
            Run r = run("export", "--store", store.toString(), "--format", format, "--out", out.toString());
            assertEquals(0, r.exit, format + ": " + r.err);
            RDFFormat rio = switch (format) {
                case "nquads" -> RDFFormat.NQUADS;
                case "trig" -> RDFFormat.TRIG;
                case "turtle" -> RDFFormat.TURTLE;
                case "jsonld" -> RDFFormat.JSONLD;
                default -> RDFFormat.RDFXML;
            };
            long size;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
                var model = Rio.parse(in, "", rio);
                // Formats without named graphs merge them: count distinct triples across graphs.
                size = rio.supportsContexts() ? model.size() : model.filter(null, null, null).size();
            }
            if (format.equals("nquads")) {
                Dataset ds = DatasetFactory.create();
                try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
                    RDFDataMgr.read(ds, in, Lang.NQUADS);
                }
                assertTrue(ds.asDatasetGraph().stream().count() > 100);
            }
            if (rio.supportsContexts()) {
                if (expected < 0) expected = size;
                assertEquals(expected, size, format);
            } else {
                assertTrue(size > 0 && size <= expected, format + ": " + size);
            }
        }
    }
}
