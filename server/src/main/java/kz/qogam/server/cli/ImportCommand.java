package kz.qogam.server.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import kz.qogam.ingest.rdf.DocumentValidator;
import kz.qogam.ingest.rdf.Slugs;
import kz.qogam.ontology.Ontology;
import kz.qogam.server.ld.RioToJena;
import kz.qogam.store.TdbStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code qogam import}: RDF from elsewhere into the store, each file into a named graph of its
 * own, {@code {base}/graph/import/{slug of the file name}} (importing a file of the same name
 * again replaces that graph, and nothing else).
 *
 * <p>Every file is read with RDF4J Rio (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML,
 * TriX, binary RDF; the format from the extension, {@code .gz} allowed, or {@code --format}) and
 * checked against the SHACL shapes together with the ontology, the gazetteer and what the store
 * already holds and the other files of the same import (so a file may describe or link to
 * entities that are already there). A file that
 * does not parse is reported with its line and column, a file that does not conform with every
 * violation (focus node, path, message, value); then nothing at all is written and the exit code
 * is 1. When every file is good, all are written in one transaction.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import RDF files, each into its own named graph {base}/graph/import/{file}, after checking them against the shapes.",
                "Formats: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML, TriX, binary RDF (by extension, .gz allowed, or --format).",
                "Nothing is written unless every file parses and conforms; exit code 1 otherwise."})
final class ImportCommand implements Callable<Integer> {
    /** Format names for --format. */
    enum Format {
        turtle(RDFFormat.TURTLE), trig(RDFFormat.TRIG), ntriples(RDFFormat.NTRIPLES), nquads(RDFFormat.NQUADS),
        jsonld(RDFFormat.JSONLD), rdfxml(RDFFormat.RDFXML), trix(RDFFormat.TRIX), binary(RDFFormat.BINARY);

        final RDFFormat rio;

        Format(RDFFormat rio) {
            this.rio = rio;
        }
    }

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", description = "The format of every file, when the extension does not say: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--check", description = "Parse and validate only; write nothing.")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files to import")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One file, read. */
    record Read(Path file, String graph, Graph content, long statements, long inNamedGraphs) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String base = storeOptions.base.endsWith("/") ? storeOptions.base.substring(0, storeOptions.base.length() - 1) : storeOptions.base;
        List<Read> reads = new ArrayList<>();
        int failures = 0;
        Map<String, Path> graphs = new LinkedHashMap<>();
        for (Path file : files) {
            Optional<Read> r = read(file, base, out);
            if (r.isEmpty()) {
                failures++;
                continue;
            }
            Path other = graphs.put(r.get().graph(), file);
            if (other != null) {
                out.println(file + ": NOT IMPORTED: " + other + " goes to the same graph <" + r.get().graph() + ">; rename one of them");
                failures++;
                continue;
            }
            reads.add(r.get());
        }
        if (reads.isEmpty() && failures > 0) {
            out.println(failures + " file(s) failed; nothing was imported.");
            return 1;
        }
        try (TdbStore store = storeOptions.open()) {
            DatasetGraph dsg = store.embedded().orElseThrow();
            Graph reference = reference(base);
            for (Read r : reads) {
                // The shapes see the file with the ontology, the gazetteer and the store, less the graph the file replaces.
                ValidationReport report = Txn.calculateRead(dsg, () -> {
                    List<Node> others = new ArrayList<>();
                    dsg.listGraphNodes().forEachRemaining(g -> {
                        if (!g.getURI().equals(r.graph())) others.add(g);
                    });
                    MultiUnion context = new MultiUnion(new Graph[] {reference, new GraphUnionRead(dsg, others)});
                    // The other files of this import too, so they may refer to each other.
                    for (Read o : reads) {
                        if (o != r) context.addGraph(o.content());
                    }
                    return new DocumentValidator(Ontology.shapes(), context).validate(r.content());
                });
                if (report.conforms()) continue;
                failures++;
                out.println(r.file() + ": NOT IMPORTED: does not conform to the shapes (" + report.getEntries().size() + " violation(s)):");
                for (ReportEntry e : report.getEntries()) {
                    out.println("    " + e.severity().level().getLocalName() + ": " + e.message());
                    out.println("        focus: " + e.focusNode() + (e.resultPath() == null ? "" : "\n        path: " + e.resultPath())
                            + (e.value() == null ? "" : "\n        value: " + e.value()));
                }
            }
            if (failures > 0) {
                out.println(failures + " file(s) failed; nothing was imported.");
                return 1;
            }
            for (Read r : reads) {
                out.println(r.file() + ": " + (check ? "would import " : "imported ") + r.content().size() + " triples into <" + r.graph() + ">"
                        + (r.inNamedGraphs() > 0 ? " (" + r.inNamedGraphs() + " statement(s) in named graphs merged into it)" : ""));
            }
            if (check) {
                out.println("Checked " + reads.size() + " file(s): all parse and conform; nothing written (--check).");
                return 0;
            }
            Map<String, Graph> write = new LinkedHashMap<>();
            for (Read r : reads) write.put(r.graph(), r.content());
            store.replaceGraphs(write);
            out.println(reads.size() + " file(s) imported.");
            return 0;
        } finally {
            out.flush();
        }
    }

    /** Parses one file; reports why when it cannot, with the line and column of a syntax error. */
    private Optional<Read> read(Path file, String base, PrintWriter out) {
        if (!Files.isRegularFile(file)) {
            out.println(file + ": NOT IMPORTED: no such file");
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        boolean gz = name.toLowerCase(Locale.ROOT).endsWith(".gz");
        String inner = gz ? name.substring(0, name.length() - 3) : name;
        RDFFormat rio = format != null ? format.rio : Rio.getParserFormatForFileName(inner).orElse(null);
        if (format == null && inner.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            // .xml is both RDF/XML's and TriX's: the root element tells.
            rio = sniffXml(file, gz);
        }
        if (rio == null) {
            out.println(file + ": NOT IMPORTED: cannot tell the format from the name; give --format (" + formats() + ")");
            return Optional.empty();
        }
        String graph = base + "/graph/import/" + slug(inner);
        RioToJena sink = new RioToJena();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser parser = Rio.createParser(rio);
            parser.getParserConfig().set(BasicParserSettings.VERIFY_URI_SYNTAX, true);
            parser.getParserConfig().set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true);
            parser.getParserConfig().set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, false);
            parser.setRDFHandler(sink);
            // Relative IRIs resolve like the gazetteer's: against {base}/id/.
            parser.parse(in, base + "/id/");
        } catch (RDFParseException e) {
            long line = e.getLineNumber();
            long column = e.getColumnNumber();
            if (column < 1) {
                // Rio's Turtle-family parsers count lines only; Jena's parser of the same syntax says the column too.
                long[] at = jenaPosition(file, gz, rio, base);
                if (at != null && (line < 1 || at[0] == line)) {
                    line = at[0];
                    column = at[1];
                }
            }
            String where = line >= 1 ? "line " + line + (column >= 1 ? ", column " + column : "") + ": " : "";
            out.println(file + ": NOT IMPORTED: " + rio.getName() + " syntax error at " + (where.isEmpty() ? "an unknown position: " : where)
                    + stripLocation(e.getMessage()));
            return Optional.empty();
        } catch (IOException e) {
            out.println(file + ": NOT IMPORTED: cannot read it: " + e.getMessage());
            return Optional.empty();
        } catch (RuntimeException e) {
            out.println(file + ": NOT IMPORTED: " + rio.getName() + ": " + e.getMessage());
            return Optional.empty();
        }
        if (sink.graph().isEmpty()) {
            out.println(file + ": NOT IMPORTED: it holds no statements");
            return Optional.empty();
        }
        return Optional.of(new Read(file, graph, sink.graph(), sink.statements(), sink.statementsInNamedGraphs()));
    }

    /** TriX when the document's root element is {@code TriX}, else RDF/XML. */
    private static RDFFormat sniffXml(Path file, boolean gz) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             InputStream in = gz ? new GZIPInputStream(raw) : raw) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.matches("(?s).*<([A-Za-z0-9_-]+:)?TriX[\\s>].*") ? RDFFormat.TRIX : RDFFormat.RDFXML;
        } catch (IOException e) {
            return RDFFormat.RDFXML;
        }
    }

    /** Where Jena's parser stops on the file, {line, column}; null when it has no such syntax or finds no error. */
    private static long[] jenaPosition(Path file, boolean gz, RDFFormat rio, String base) {
        Lang lang = rio.equals(RDFFormat.TURTLE) ? Lang.TURTLE : rio.equals(RDFFormat.TRIG) ? Lang.TRIG
                : rio.equals(RDFFormat.NTRIPLES) ? Lang.NTRIPLES : rio.equals(RDFFormat.NQUADS) ? Lang.NQUADS : null;
        if (lang == null) return null;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
            org.apache.jena.riot.RDFParser.source(in).lang(lang).base(base + "/id/")
                    .errorHandler(new ErrorHandler() {
                        @Override
                        public void warning(String message, long line, long col) {}

                        @Override
                        public void error(String message, long line, long col) {
                            throw new RiotParseException(message, line, col);
                        }

                        @Override
                        public void fatal(String message, long line, long col) {
                            throw new RiotParseException(message, line, col);
                        }
                    }).parse(StreamRDFLib.sinkNull());
        } catch (RiotParseException e) {
            return e.getLine() >= 1 ? new long[] {e.getLine(), e.getCol()} : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The ontology and the gazetteer for this base, which the shapes need to see classes and schemes. */
    private static Graph reference(String base) {
        MultiUnion u = new MultiUnion();
        u.addGraph(Ontology.vocabulary().getGraph());
        u.addGraph(Ontology.gazetteer(base).getGraph());
        return u;
    }

    /** The graph name's last segment: the file name without its RDF extension, as a slug. */
    static String slug(String fileName) {
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String s = Slugs.slug(stem);
        return s.isEmpty() ? "file-" + Integer.toHexString(fileName.hashCode()) : s;
    }

    private static String stripLocation(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\[line \\d+(, column -?\\d+)?\\]\\s*$", "");
    }

    private static String formats() {
        List<String> n = new ArrayList<>();
        for (Format f : Format.values()) n.add(f.name());
        return String.join(", ", n);
    }
}
