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
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
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
    private static final int MAX_PARSED = 256;
    private final String prologue;
    private final Map<String, Query> parsedQueries = new java.util.concurrent.ConcurrentHashMap<>();

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
            try (var qe = execution(conn, query, bindings)) {
                qe.execSelect().forEachRemaining(s -> out.add(row.apply(s)));
            }
            return out;
        });
    }

    /** Runs a CONSTRUCT with the given variables bound. */
    public Graph construct(String query, Map<String, Node> bindings) {
        return store.read(conn -> {
            try (var qe = execution(conn, query, bindings)) {
                return qe.execConstruct().getGraph();
            }
        });
    }

    /** Runs an ASK with the given variables bound. */
    public boolean ask(String query, Map<String, Node> bindings) {
        return store.read((RDFConnection conn) -> {
            try (var qe = execution(conn, query, bindings)) {
                return qe.execAsk();
            }
        });
    }

    private QueryExecution execution(RDFConnection conn, String query, Map<String, Node> bindings) {
        // A shallow copy per execution: requests run in parallel and a Query keeps some state of its own.
        var builder = conn.newQuery().query(parsed(query).cloneQuery());
        bindings.forEach((k, v) -> builder.substitution(k, TERMS.asRDFNode(v)));
        return builder.build();
    }

    /**
     * The parsed query. Parsing the prologue and body took a third of an entity request's CPU, and
     * the API's queries are a fixed set of texts, so each is parsed once; texts made per request
     * (with VALUES lists) stop being cached once the cache is full.
     */
    private Query parsed(String body) {
        Query q = parsedQueries.get(body);
        if (q != null) return q;
        q = QueryFactory.create(prologue + body);
        if (parsedQueries.size() < MAX_PARSED) parsedQueries.put(body, q);
        return q;
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
