package kz.qogam.server.ld;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kz.qogam.ontology.Ontology;
import no.hasmac.jsonld.document.JsonDocument;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/**
 * Rio writers for Jena graphs, configured the way Qogam publishes: prefixes declared, pretty
 * printed, and JSON-LD compacted with the published {@link JsonLdContext} (Rio's JSON-LD writer in
 * framing mode with a frame that is just that context and {@code "@embed": "@never"}, so every
 * node comes out flat, once, with short keys, and the document carries the context inline).
 */
public final class RdfOut {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private RdfOut() {}

    /** A started writer of the format on the stream, with the data model's prefixes declared. */
    public static RDFWriter writer(OutputStream out, RDFFormat format) {
        RDFWriter w = Rio.createWriter(format, out);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        if (format.equals(RDFFormat.JSONLD)) {
            var frame = jakarta.json.Json.createObjectBuilder(JsonLdContext.asJsonP()).add("@embed", "@never").build();
            w.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.FRAME);
            w.getWriterConfig().set(JSONLDSettings.FRAME, JsonDocument.of(frame));
        }
        w.startRDF();
        Map<String, String> prefixes = Ontology.prefixes().getNsPrefixMap();
        prefixes.forEach(w::handleNamespace);
        w.handleNamespace("sd", "http://www.w3.org/ns/sparql-service-description#");
        w.handleNamespace("vann", "http://purl.org/vocab/vann/");
        w.handleNamespace("formats", "http://www.w3.org/ns/formats/");
        return w;
    }

    /**
     * Writes the whole graph, sorted by subject and property so Turtle groups it, and ends the
     * document. JSON-LD comes out as {@code {"@context": {…}, "@graph": [nodes]}}.
     */
    public static void write(Graph g, OutputStream out, RDFFormat format) {
        List<Triple> triples = new ArrayList<>(g.find().toList());
        triples.sort(Comparator.comparing((Triple t) -> t.getSubject().isBlank()).thenComparing(t -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        if (format.equals(RDFFormat.JSONLD)) {
            JsonObject doc = Json.createObjectBuilder()
                    .add("@context", JsonLdContext.asJsonP().get("@context"))
                    .add("@graph", jsonLdNodes(triples.iterator()))
                    .build();
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // Not closed: that would close the caller's stream.
            JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w);
            jw.write(doc);
            try {
                w.write('\n');
                w.flush();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        RDFWriter w = writer(out, format);
        for (Triple t : triples) w.handleStatement(statement(t));
        w.endRDF();
    }

    /**
     * The node objects of these triples, compacted with the published context by Rio's JSON-LD
     * writer (framing with {@code "@embed": "@never"}): one flat object per subject. Objects that
     * only name a node (framing lists every object of a triple as a node too) are left out: they
     * state nothing. The whole set is held in memory while framing.
     */
    public static JsonArray jsonLdNodes(Iterator<Triple> triples) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RDFWriter rio = writer(buf, RDFFormat.JSONLD);
        while (triples.hasNext()) rio.handleStatement(statement(triples.next()));
        rio.endRDF();
        JsonObject framed = Json.createReader(new ByteArrayInputStream(buf.toByteArray())).readObject();
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        if (framed.containsKey("@graph")) {
            for (JsonValue v : framed.getJsonArray("@graph")) {
                if (!isBareReference(v)) nodes.add(v);
            }
        } else {
            var single = Json.createObjectBuilder(framed);
            single.remove("@context");
            JsonObject node = single.build();
            if (!isBareReference(node)) nodes.add(node);
        }
        return nodes.build();
    }

    private static boolean isBareReference(JsonValue v) {
        if (!(v instanceof JsonObject o)) return false;
        return o.isEmpty() || (o.size() == 1 && (o.containsKey("id") || o.containsKey("@id")));
    }

    public static Statement statement(Triple t) {
        return VF.createStatement(resource(t.getSubject()), VF.createIRI(t.getPredicate().getURI()), value(t.getObject()));
    }

    public static Statement statement(Quad q) {
        if (q.isDefaultGraph()) return statement(q.asTriple());
        return VF.createStatement(resource(q.getSubject()), VF.createIRI(q.getPredicate().getURI()), value(q.getObject()), resource(q.getGraph()));
    }

    static Resource resource(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(n.getBlankNodeLabel());
        throw new IllegalArgumentException("Not a subject or graph name: " + n);
    }

    static Value value(Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        return resource(n);
    }
}
