package kz.qogam.server.export;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import kz.qogam.ontology.Ontology;
import kz.qogam.server.Graphs;
import kz.qogam.server.api.Labels;
import kz.qogam.server.http.ProblemException;
import kz.qogam.server.http.QualityValues;
import kz.qogam.server.ld.DatasetStats;
import kz.qogam.server.ld.JsonLdContext;
import kz.qogam.server.ld.RdfOut;
import kz.qogam.server.ld.RioBridge;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/export?format=nquads|trig|turtle|jsonld|rdfxml|ftm|csv}: the whole dataset,
 * streamed from one read transaction (a consistent snapshot, whatever is ingested meanwhile).
 *
 * <ul>
 * <li>RDF formats are written by RDF4J Rio, named graph by named graph, quad by quad, in constant
 *   memory. Turtle and RDF/XML have no named graphs: the graphs are merged (a triple stated in two
 *   graphs is written twice, and reads back once).</li>
 * <li>JSON-LD is one document compacted with the published context ({@code /context.jsonld},
 *   inline): {@code {"@context": …, "@graph": [{"@id": graph, "@graph": [nodes]}, …]}}. Rio's
 *   JSON-LD writer needs a whole document in memory, so it is run once per named graph and its
 *   nodes spliced into the stream: memory is bounded by the largest graph (one source text, the
 *   gazetteer or one import), not by the dataset.</li>
 * <li>{@code ftm}: FollowTheMoney entities as JSON lines ({@link FtmWriter}).</li>
 * <li>{@code csv}: one flat table, {@code table=entities} (default) or {@code table=facts}
 *   ({@link CsvExport}).</li>
 * </ul>
 *
 * <p>Conditional GET: a weak ETag from the store's state ({@link DatasetStats#fingerprint}) and
 * the format; a matching If-None-Match gets 304 without any export work. Compression: when
 * Accept-Encoding allows gzip the body is gzipped here (Content-Encoding: gzip), which also tells
 * Javalin not to compress it a second time.
 */
public final class ExportApi {
    private static final Logger LOG = LoggerFactory.getLogger(ExportApi.class);

    /** The formats, with their media type and file extension. */
    public enum Format {
        nquads(RDFFormat.NQUADS, "application/n-quads", "nq"),
        trig(RDFFormat.TRIG, "application/trig", "trig"),
        turtle(RDFFormat.TURTLE, "text/turtle", "ttl"),
        jsonld(RDFFormat.JSONLD, "application/ld+json", "jsonld"),
        rdfxml(RDFFormat.RDFXML, "application/rdf+xml", "rdf"),
        ftm(null, "application/x-ndjson", "ftm.json"),
        csv(null, "text/csv", "csv");

        public final RDFFormat rio;
        public final String mediaType;
        public final String extension;

        Format(RDFFormat rio, String mediaType, String extension) {
            this.rio = rio;
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static String names() {
            List<String> n = new ArrayList<>();
            for (Format f : values()) n.add(f.name());
            return String.join(", ", n);
        }
    }

    private final Graphs graphs;

    public ExportApi(Graphs graphs) {
        this.graphs = graphs;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/export", this::export);
    }

    private void export(Context ctx) {
        String name = ctx.queryParam("format");
        if (name == null || name.isBlank()) {
            throw ProblemException.badRequest("'format' is required: one of " + Format.names());
        }
        Format format;
        try {
            format = Format.valueOf(name.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("No format '" + name + "'; formats: " + Format.names());
        }
        String table = ctx.queryParam("table");
        if (format == Format.csv) {
            table = table == null || table.isBlank() ? "entities" : table.trim().toLowerCase(Locale.ROOT);
            if (!CsvExport.TABLES.contains(table)) {
                throw ProblemException.badRequest("No table '" + ctx.queryParam("table") + "'; tables: " + String.join(", ", CsvExport.TABLES));
            }
        } else if (table != null) {
            throw ProblemException.badRequest("'table' goes with format=csv only");
        }
        DatasetGraph dsg = graphs.store().embedded().orElseThrow(() -> new ProblemException(501, "Needs the embedded store",
                "Exports are served from an embedded store"));
        String csvTable = table;
        // The label languages for CSV's label columns: Accept-Language by q-value, then the defaults.
        List<String> languages = Labels.order(null, ctx.header("Accept-Language"));
        Txn.executeRead(dsg, () -> {
            String variant = format.name() + (csvTable == null ? "" : "-" + csvTable)
                    + (format == Format.csv ? "-" + String.join(".", languages) : "");
            String etag = DatasetStats.etag(dsg, variant);
            ctx.header("ETag", etag);
            ctx.header("Cache-Control", "no-cache");
            ctx.header("Vary", "Accept-Encoding" + (format == Format.csv ? ", Accept-Language" : ""));
            if (DatasetStats.notModified(ctx.header("If-None-Match"), etag)) {
                ctx.status(304);
                return;
            }
            String charset = format.rio == null || format.rio.hasCharset() ? "; charset=utf-8" : "";
            ctx.contentType(format.mediaType + charset + (format == Format.csv ? "; header=present" : ""));
            ctx.header("Content-Disposition", "attachment; filename=\"qogam" + (csvTable == null ? "" : "-" + csvTable) + "." + format.extension + "\"");
            boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
            if (gzip) ctx.header("Content-Encoding", "gzip");
            try {
                OutputStream raw = ctx.outputStream();
                OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : new BufferedOutputStream(raw, 1 << 16);
                write(dsg, graphs.iris().base(), format, csvTable, languages, out);
                if (out instanceof GZIPOutputStream gz) gz.finish();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                if (!ctx.res().isCommitted()) {
                    // Nothing has gone out yet: let the problem document go out plain.
                    ctx.res().setHeader("Content-Encoding", null);
                    ctx.res().setHeader("Content-Disposition", null);
                    ctx.res().resetBuffer();
                } else {
                    LOG.error("Export {} failed after the response had started; the client gets a truncated body", format, e);
                }
                throw e;
            }
        });
    }

    /** Writes the whole export to the stream (the caller holds a read transaction and closes nothing). */
    public static void write(DatasetGraph dsg, String base, Format format, String table, List<String> languages, OutputStream out) throws IOException {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort((a, b) -> a.toString().compareTo(b.toString()));
        switch (format) {
            case ftm -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new FtmWriter(dsg, base, w).write();
                w.flush();
            }
            case csv -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new CsvExport(dsg, w, languages).write(table == null ? "entities" : table);
                w.flush();
            }
            case jsonld -> jsonld(dsg, names, out);
            default -> {
                RioBridge rio = RioBridge.to(out, format.rio, Ontology.prefixes());
                for (Node g : names) {
                    Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                    while (it.hasNext()) rio.quad(it.next());
                }
                rio.finish();
            }
        }
    }

    /** One JSON-LD document, written graph by graph (see the class comment). */
    static void jsonld(DatasetGraph dsg, List<Node> names, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("{\n\"@context\": ");
        w.write(JsonLdContext.asJsonP().get("@context").toString());
        w.write(",\n\"@graph\": [");
        boolean first = true;
        for (Node g : names) {
            Iterator<Quad> quads = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            JsonArray built = RdfOut.jsonLdNodes(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return quads.hasNext();
                }

                @Override
                public org.apache.jena.graph.Triple next() {
                    return quads.next().asTriple();
                }
            });

            if (built.isEmpty()) continue;
            w.write(first ? "\n" : ",\n");
            first = false;
            w.write(Json.createObjectBuilder().add("@id", g.getURI()).add("@graph", built).build().toString());
        }
        w.write("\n]\n}\n");
        w.flush();
    }

    /** Whether the Accept-Encoding header allows gzip (RFC 9110 12.5.3: a coding with q=0 is refused). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        boolean star = false;
        for (QualityValues.Item item : QualityValues.parse(acceptEncoding)) {
            String coding = item.value().toLowerCase(Locale.ROOT);
            double q = item.q();
            if (coding.equals("gzip") || coding.equals("x-gzip")) return q > 0;
            if (coding.equals("*")) star = q > 0;
        }
        return star;
    }
}
