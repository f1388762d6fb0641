package kz.qogam.server.ld;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qogam.ontology.Ontology;
import kz.qogam.ontology.Qg;
import kz.qogam.server.Graphs;
import kz.qogam.server.api.Labels;
import kz.qogam.server.api.Entities;
import kz.qogam.server.http.ProblemException;
import kz.qogam.server.ui.WebUi;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * {@code /id/{kind}/{slug}}: every IRI Qogam mints dereferences here, as HTML for people and as
 * Turtle, JSON-LD, N-Triples or RDF/XML for machines (chosen by the Accept header, written with
 * RDF4J Rio).
 */
public final class LinkedData {
    private static final Set<String> KINDS = Set.of("person", "organization", "event", "place", "source", "fact");
    /** What the store says about the resource, and what points at it. */
    private static final String DESCRIBE = """
            CONSTRUCT { ?r ?p ?o . ?s ?q ?r . }
            WHERE { { ?r ?p ?o } UNION { ?s ?q ?r FILTER(?q != qg:denotes) } }""";
    /** A fact with its evidence and selectors, which are fragments of the fact's IRI. */
    private static final String DESCRIBE_FACT = """
            CONSTRUCT { ?r ?p ?o . ?ev ?p1 ?o1 . ?quote ?p2 ?o2 . ?pos ?p3 ?o3 }
            WHERE { { ?r ?p ?o } UNION { ?ev ?p1 ?o1 } UNION { ?quote ?p2 ?o2 } UNION { ?pos ?p3 ?o3 } }""";

    private final Graphs graphs;
    private final Entities entities;

    public LinkedData(Graphs graphs) {
        this.graphs = graphs;
        this.entities = new Entities(graphs);
    }

    public void register(RoutesConfig routes) {
        routes.get("/id/{kind}/{slug}", this::resource);
        routes.get(JsonLdContext.PATH, ctx -> {
            ctx.header("ETag", JsonLdContext.etag());
            if (DatasetStats.notModified(ctx.header("If-None-Match"), JsonLdContext.etag())) {
                ctx.status(304);
                return;
            }
            ctx.contentType("application/ld+json; charset=utf-8").result(JsonLdContext.document());
        });
    }

    private void resource(Context ctx) throws IOException {
        String kind = ctx.pathParam("kind");
        String slug = ctx.pathParam("slug");
        if (!KINDS.contains(kind)) {
            throw ProblemException.notFound("No kind '" + kind + "'; IRIs are /id/{kind}/{slug} with kind one of " + String.join(", ", KINDS.stream().sorted().toList()));
        }
        if (!slug.matches("[A-Za-z0-9][A-Za-z0-9._~-]{0,199}")) {
            throw ProblemException.notFound("'" + slug + "' is not a slug Qogam mints");
        }
        String iri = graphs.iris().base() + "/id/" + kind + "/" + slug;
        String mediaType = RdfFormats.negotiate(ctx.header("Accept")).orElseThrow(() -> new ProblemException(406, "Not acceptable",
                "Available: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml"));
        ctx.header("Vary", "Accept, Accept-Language");
        // The page depends on the store's state, the format and (for HTML) the label languages.
        var dataset = graphs.store().embedded();
        String etag = dataset.isEmpty() ? null : DatasetStats.etag(dataset.get(),
                mediaType.replace('/', '_') + (mediaType.equals(RdfFormats.HTML) ? "-" + String.join(".", Labels.order(ctx)) : ""));
        if (etag != null && DatasetStats.notModified(ctx.header("If-None-Match"), etag) && entities.exists(iri)) {
            ctx.header("ETag", etag);
            ctx.status(304);
            return;
        }
        Graph g = kind.equals("fact")
                ? graphs.construct(DESCRIBE_FACT, Map.of("r", Graphs.iri(iri), "ev", Graphs.iri(iri + "#evidence"),
                        "quote", Graphs.iri(iri + "#quote"), "pos", Graphs.iri(iri + "#position")))
                : graphs.construct(DESCRIBE, Map.of("r", Graphs.iri(iri)));
        if (g.isEmpty()) {
            throw ProblemException.notFound("Nothing is known about " + iri);
        }
        if (etag != null) ctx.header("ETag", etag);
        if (mediaType.equals(RdfFormats.HTML)) {
            // Entities and sources have the UI's pages; a fact is shown as its statements.
            if (kind.equals("fact")) ctx.contentType("text/html; charset=utf-8").result(HtmlPages.resource(iri, kind, g, ctx));
            else WebUi.resource(ctx, kind, slug, name(g, iri, kind, ctx));
            return;
        }
        RDFFormat format = RdfFormats.forMediaType(mediaType);
        ctx.contentType(mediaType + (format.hasCharset() ? "; charset=utf-8" : ""));
        if (format.equals(RDFFormat.JSONLD)) {
            // Compacted with the published context (see JsonLdContext), which it carries inline.
            RdfOut.write(g, ctx.outputStream(), format);
            return;
        }
        OutputStream out = ctx.outputStream();
        RioBridge rio = RioBridge.to(out, format, Ontology.prefixes());
        g.find().forEachRemaining(rio::triple);
        rio.finish();
    }

    /** The label in the client's language (a source's title), for the page's title. */
    private static String name(Graph g, String iri, String kind, Context ctx) {
        Node property = NodeFactory.createURI(kind.equals("source") ? Qg.DCTERMS + "title" : Qg.SKOS + "prefLabel");
        Map<String, String> byLang = new java.util.TreeMap<>();
        g.find(NodeFactory.createURI(iri), property, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) byLang.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
        });
        return Labels.pick(byLang, Labels.order(ctx));
    }

    /** Kinds that have a page, for links. */
    static List<String> kinds() {
        return KINDS.stream().sorted().toList();
    }
}
