package kz.qogam.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.qogam.ingest.rdf.IriScheme;
import kz.qogam.ontology.Ontology;
import kz.qogam.store.Store;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.shared.PrefixMapping;

/**
 * Read access to the knowledge graph for the HTTP layer: SPARQL run on the store with values
 * bound as RDF terms (never pasted into query text), and the IRI scheme to go from URL paths to
 * IRIs.
 */
public final class Graphs {
    /** Only turns bound terms into the RDFNode form the connection API takes; holds no data. */
    private static final org.apache.jena.rdf.model.Model TERMS = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();

    private final Store store;
    private final IriScheme iris;
    private final String prologue;

    public Graphs(Store store, String base) {
        this.store = store;
        this.iris = new IriScheme(base);
        StringBuilder sb = new StringBuilder();
        PrefixMapping pm = Ontology.prefixes();
        pm.getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        this.prologue = sb.toString();
    }

    public IriScheme iris() {
        return iris;
    }

    public Store store() {
        return store;
    }

    /**
     * The rows themselves, with their terms read while the transaction is open: TDB2 reads a row's
     * terms from disk only when asked, which fails once the read transaction is over.
     */
    public List<QuerySolution> rows(String query, Map<String, Node> bindings) {
        return select(query, bindings, s -> {
            QuerySolutionMap copy = new QuerySolutionMap();
            s.varNames().forEachRemaining(v -> copy.add(v, s.get(v)));
            return copy;
        });
    }

    /**
     * Runs a SELECT with the given variables bound and maps each row.
     *
     * @param query    the query body; the standard prefixes are prepended
     * @param bindings variable name → RDF term
     */
    public <T> List<T> select(String query, Map<String, Node> bindings, Function<QuerySolution, T> row) {
        return store.read(conn -> {
            List<T> out = new ArrayList<>();
            var builder = conn.newQuery().query(prologue + query);
            bindings.forEach((k, v) -> builder.substitution(k, TERMS.asRDFNode(v)));
            try (var qe = builder.build()) {
                qe.execSelect().forEachRemaining(s -> out.add(row.apply(s)));
            }
            return out;
        });
    }

    /** Runs a CONSTRUCT with the given variables bound. */
    public Graph construct(String query, Map<String, Node> bindings) {
        return store.read(conn -> {
            var builder = conn.newQuery().query(prologue + query);
            bindings.forEach((k, v) -> builder.substitution(k, TERMS.asRDFNode(v)));
            try (var qe = builder.build()) {
                return qe.execConstruct().getGraph();
            }
        });
    }

    /** Runs an ASK with the given variables bound. */
    public boolean ask(String query, Map<String, Node> bindings) {
        return store.read((RDFConnection conn) -> {
            var builder = conn.newQuery().query(prologue + query);
            bindings.forEach((k, v) -> builder.substitution(k, TERMS.asRDFNode(v)));
            try (var qe = builder.build()) {
                return qe.execAsk();
            }
        });
    }

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    /** The lexical form of a bound term, or null when unbound. */
    public static String str(QuerySolution s, String var) {
        var n = s.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isResource() && n.asResource().isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
