package kz.qogam.server.ld;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import kz.qogam.ontology.Qg;
import kz.qogam.server.Graphs;
import kz.qogam.server.http.ProblemException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * {@code /void} and {@code /.well-known/void}: a VoID description of the dataset (RFC 8615 lists
 * {@code void} as a well-known URI): how many triples, entities per class, the owl:sameAs links to
 * Wikidata as a linkset, the SPARQL endpoint, the dumps and the licence. Turtle by default,
 * JSON-LD, N-Triples or RDF/XML by Accept.
 *
 * <p>{@code void:triples} of the dataset counts the quads of all named graphs (what the N-Quads
 * dump holds); the distinct triples of their union (the default graph SPARQL sees) are in the
 * SPARQL service description. The counts are computed once per state of the store
 * ({@link DatasetStats}).
 *
 * <p>The licence: Qogam's software and vocabulary are under the Apache License 2.0 (the
 * project's LICENSE), and so is this description; the facts and quoted sentences come from the
 * corpus texts, whose own terms apply to their reuse. The description says both.
 */
public final class VoidDescription {
    static final String VOID = Qg.VOID;
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String APACHE_2 = "https://www.apache.org/licenses/LICENSE-2.0";
    /** The dump formats, as {@code /api/export?format=} names. */
    static final List<String> DUMPS = List.of("nquads", "trig", "turtle", "jsonld", "rdfxml");
    private static final Map<String, String> FORMAT_IRIS = Map.of(
            "nquads", FORMATS + "N-Quads", "trig", FORMATS + "TriG", "turtle", FORMATS + "Turtle",
            "jsonld", FORMATS + "JSON-LD", "rdfxml", FORMATS + "RDF_XML");

    private final Graphs graphs;

    public VoidDescription(Graphs graphs) {
        this.graphs = graphs;
    }

    public void register(RoutesConfig routes) {
        routes.get("/void", this::serve);
        routes.get("/.well-known/void", this::serve);
    }

    private void serve(Context ctx) {
        DatasetGraph dsg = graphs.store().embedded().orElseThrow(() -> new ProblemException(501, "Needs the embedded store",
                "The VoID description is served from an embedded store"));
        RDFFormat format = negotiate(ctx.header("Accept"));
        ctx.header("Vary", "Accept");
        String etag = DatasetStats.etag(dsg, "void-" + format.getDefaultFileExtension());
        ctx.header("ETag", etag);
        if (DatasetStats.notModified(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        Graph g = describe(graphs.iris().base(), DatasetStats.stats(dsg, graphs.iris().base()));
        ctx.contentType(format.getDefaultMIMEType() + (format.hasCharset() ? "; charset=utf-8" : ""));
        RdfOut.write(g, ctx.outputStream(), format);
    }

    /**
     * The RDF format for an Accept header: a browser asking for HTML gets Turtle (there is no
     * HTML page for the description); 406 when the client accepts none of the formats.
     */
    public static RDFFormat negotiate(String accept) {
        String mediaType = RdfFormats.negotiate(accept).orElseThrow(() -> new ProblemException(406, "Not acceptable",
                "Available: text/turtle, application/ld+json, application/n-triples, application/rdf+xml"));
        return mediaType.equals(RdfFormats.HTML) ? RDFFormat.TURTLE : RdfFormats.forMediaType(mediaType);
    }

    /** The VoID description of the dataset at this base with these counts. */
    public static Graph describe(String base, DatasetStats.Stats s) {
        Graph g = GraphFactory.createDefaultGraph();
        Node doc = iri(base + "/void");
        Node ds = iri(base + "/void#dataset");
        Node software = iri(base + "/void#qogam");
        Node wikidata = iri(base + "/void#wikidata");
        Node links = iri(base + "/void#wikidata-links");

        add(g, doc, RDF_TYPE, iri(VOID + "DatasetDescription"));
        add(g, doc, Qg.DCTERMS + "title", lit("VoID description of Qogam", "en"));
        add(g, doc, "http://xmlns.com/foaf/0.1/primaryTopic", ds);

        add(g, ds, RDF_TYPE, iri(VOID + "Dataset"));
        add(g, ds, Qg.DCTERMS + "title", lit("Qogam: civil society in Kazakhstan", "en"));
        add(g, ds, Qg.DCTERMS + "title", lit("Qogam: гражданское общество Казахстана", "ru"));
        add(g, ds, Qg.DCTERMS + "title", lit("Qogam: Қазақстанның азаматтық қоғамы", "kk"));
        add(g, ds, Qg.DCTERMS + "description", lit("A knowledge graph of the organisations, people and their posts, events and places "
                + "that Russian and Kazakh texts about civil society in Kazakhstan name, every fact with the sentence it came from.", "en"));
        add(g, ds, "http://xmlns.com/foaf/0.1/homepage", iri(base + "/"));
        add(g, ds, VOID + "sparqlEndpoint", iri(base + "/sparql"));
        add(g, ds, VOID + "uriSpace", lit(base + "/id/"));
        for (String f : DUMPS) {
            add(g, ds, VOID + "dataDump", iri(base + "/api/export?format=" + f));
            add(g, ds, VOID + "feature", iri(FORMAT_IRIS.get(f)));
        }
        for (String v : List.of(Qg.NS, Qg.ORG, Qg.FOAF, Qg.SCHEMA, Qg.PROV, Qg.SKOS, Qg.DCTERMS, Qg.OA, Qg.GEO, Qg.OWL)) {
            add(g, ds, VOID + "vocabulary", iri(v));
        }
        add(g, ds, Qg.RDFS + "seeAlso", iri(base + "/ontology"));
        add(g, ds, Qg.RDFS + "seeAlso", iri(base + JsonLdContext.PATH));
        add(g, ds, VOID + "triples", count(s.quads()));
        add(g, ds, VOID + "entities", count(s.entities()));
        add(g, ds, VOID + "distinctSubjects", count(s.distinctSubjects()));
        add(g, ds, VOID + "classes", count(s.classEntities().size()));
        var prefixes = kz.qogam.ontology.Ontology.prefixes();
        for (Map.Entry<String, Long> c : s.classEntities().entrySet()) {
            String q = prefixes.qnameFor(c.getKey());
            String name = q != null && q.matches("[A-Za-z0-9_:.-]+") ? q.replace(':', '-') : Integer.toHexString(c.getKey().hashCode());
            Node part = iri(base + "/void#class-" + name);
            add(g, ds, VOID + "classPartition", part);
            add(g, part, VOID + "class", iri(c.getKey()));
            add(g, part, VOID + "entities", count(c.getValue()));
        }
        add(g, ds, VOID + "subset", links);

        // Licence: the software's, pointed at, and what it means for the data, said.
        add(g, ds, Qg.DCTERMS + "license", iri(APACHE_2));
        add(g, ds, Qg.DCTERMS + "rights", lit("Qogam's software, vocabulary and this description are under the Apache License 2.0 "
                + "(the project's LICENSE file). The facts, names and quoted sentences are extracted from the texts of the corpus "
                + "(see each fact's qg:evidence and prov:wasDerivedFrom): reusing them is subject to the terms of those texts' publishers.", "en"));
        add(g, ds, Qg.DCTERMS + "creator", software);
        add(g, software, RDF_TYPE, iri(Qg.SCHEMA + "SoftwareApplication"));
        add(g, software, RDF_TYPE, iri(Qg.PROV + "SoftwareAgent"));
        add(g, software, Qg.SCHEMA + "name", lit("Qogam"));
        add(g, software, Qg.DCTERMS + "license", iri(APACHE_2));

        add(g, links, RDF_TYPE, iri(VOID + "Linkset"));
        add(g, links, VOID + "linkPredicate", iri(Qg.OWL + "sameAs"));
        add(g, links, VOID + "subjectsTarget", ds);
        add(g, links, VOID + "objectsTarget", wikidata);
        add(g, links, VOID + "triples", count(s.wikidataLinks()));

        add(g, wikidata, RDF_TYPE, iri(VOID + "Dataset"));
        add(g, wikidata, Qg.DCTERMS + "title", lit("Wikidata", "en"));
        add(g, wikidata, "http://xmlns.com/foaf/0.1/homepage", iri("https://www.wikidata.org/"));
        add(g, wikidata, VOID + "uriSpace", lit("http://www.wikidata.org/entity/"));
        add(g, wikidata, VOID + "sparqlEndpoint", iri("https://query.wikidata.org/sparql"));
        return g;
    }

    /**
     * The SPARQL 1.1 service description of {@code {base}/sparql}: the query language, result
     * formats, features, and the dataset: the default graph (the union of the named graphs) and
     * every named graph, each with its triple count.
     */
    public static Graph serviceDescription(String base, DatasetStats.Stats s) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = iri(base + "/sparql#service");
        Node dataset = iri(base + "/sparql#dataset");
        Node defaultGraph = iri(base + "/sparql#default-graph");
        add(g, service, RDF_TYPE, iri(SD + "Service"));
        add(g, service, SD + "endpoint", iri(base + "/sparql"));
        add(g, service, SD + "supportedLanguage", iri(SD + "SPARQL11Query"));
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML")) {
            add(g, service, SD + "resultFormat", iri(FORMATS + f));
        }
        add(g, service, SD + "feature", iri(SD + "UnionDefaultGraph"));
        add(g, service, SD + "defaultEntailmentRegime", iri("http://www.w3.org/ns/entailment/Simple"));
        add(g, service, Qg.RDFS + "comment", lit("Read-only: SPARQL Update is refused, SERVICE to other hosts is refused, "
                + "and a query running longer than the server's time limit is stopped.", "en"));
        add(g, service, SD + "defaultDataset", dataset);
        add(g, dataset, RDF_TYPE, iri(SD + "Dataset"));
        add(g, dataset, Qg.RDFS + "seeAlso", iri(base + "/void#dataset"));
        add(g, dataset, SD + "defaultGraph", defaultGraph);
        add(g, defaultGraph, RDF_TYPE, iri(SD + "Graph"));
        add(g, defaultGraph, RDF_TYPE, iri(VOID + "Dataset"));
        add(g, defaultGraph, VOID + "triples", count(s.unionTriples()));
        add(g, defaultGraph, VOID + "distinctSubjects", count(s.distinctSubjects()));
        add(g, defaultGraph, VOID + "entities", count(s.entities()));
        int i = 0;
        for (Map.Entry<String, Long> e : s.graphTriples().entrySet()) {
            Node named = iri(base + "/sparql#graph-" + (++i));
            Node graph = iri(base + "/sparql#graph-" + i + "-content");
            add(g, dataset, SD + "namedGraph", named);
            add(g, named, RDF_TYPE, iri(SD + "NamedGraph"));
            add(g, named, SD + "name", iri(e.getKey()));
            add(g, named, SD + "graph", graph);
            add(g, graph, RDF_TYPE, iri(SD + "Graph"));
            add(g, graph, VOID + "triples", count(e.getValue()));
        }
        return g;
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node lit(String s, String lang) {
        return NodeFactory.createLiteralLang(s, lang);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, String p, Node o) {
        g.add(Triple.create(s, iri(p), o));
    }
}
