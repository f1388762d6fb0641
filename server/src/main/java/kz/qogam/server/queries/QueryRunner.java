package kz.qogam.server.queries;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.store.Store;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Runs named queries on a store. Parameter values arrive as text (from the command line or an HTTP
 * query string); each is checked against its declared type and bound to its variable by Jena's
 * substitution, which replaces the variable by an RDF term in the parsed query: a value can never
 * change the query's structure, whatever characters it holds.
 *
 * <pre>{@code
 * QueryRunner runner = new QueryRunner(store, NamedQueries.fromClasspath());
 * QueryResult r = runner.run("organizations-by-region", Map.of("region", "http://localhost:8080/id/place/mangystau-region"));
 * System.out.print(ResultFormatter.format(r, ResultFormatter.Format.TABLE));
 * }</pre>
 */
public final class QueryRunner {
    /** An absolute http(s) IRI without the characters that cannot appear in an IRI reference. */
    private static final Pattern HTTP_IRI = Pattern.compile("https?://[^\\s<>\"{}|^`\\\\/?#]+(?:[/?#][^\\s<>\"{}|^`\\\\]*)?");
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,18}");
    private static final Pattern DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    private final Store store;
    private final NamedQueries queries;

    /**
     * @param store   where to run
     * @param queries the queries {@link #run(String, Map)} looks names up in (may be null when only
     *                {@link #run(NamedQuery, Map)} is used)
     */
    public QueryRunner(Store store, NamedQueries queries) {
        this.store = Objects.requireNonNull(store, "store");
        this.queries = queries;
    }

    /** A runner for queries given as {@link NamedQuery} objects. */
    public QueryRunner(Store store) {
        this(store, null);
    }

    /** The queries names are looked up in. */
    public NamedQueries queries() {
        if (queries == null) throw new IllegalStateException("This runner was created without a set of named queries");
        return queries;
    }

    /**
     * Runs the query of that name with the given parameter values, with no timeout and all rows.
     *
     * @throws UnknownQueryException    when there is no such query
     * @throws IllegalArgumentException when a parameter is unknown, missing or not of its type
     */
    public QueryResult run(String name, Map<String, String> values) {
        return run(queries().get(name), values, null, 0);
    }

    /** Runs a named query with the given parameter values, with no timeout and all rows. */
    public QueryResult run(NamedQuery query, Map<String, String> values) {
        return run(query, values, null, 0);
    }

    /**
     * Runs a named query.
     *
     * @param values  parameter values by name; null or blank values count as absent
     * @param timeout stop the query after this long (null: no limit); a query stopped this way
     *                throws Jena's {@code QueryCancelledException}
     * @param maxRows keep at most this many rows and mark the result truncated when there were more (0: all)
     * @throws IllegalArgumentException when a parameter is unknown, missing or not of its type
     */
    public QueryResult run(NamedQuery query, Map<String, String> values, Duration timeout, int maxRows) {
        Map<String, Node> bindings = bind(query, values);
        Query parsed = QueryFactory.create(query.text(), Syntax.syntaxSPARQL_11);
        QuerySolutionMap substitution = new QuerySolutionMap();
        Model factory = ModelFactory.createDefaultModel();
        for (Map.Entry<String, Node> e : bindings.entrySet()) {
            RDFNode term = factory.asRDFNode(e.getValue());
            substitution.add(e.getKey(), term);
        }
        return store.read(conn -> {
            QueryExecutionBuilder b = conn.newQuery().query(parsed).substitution(substitution);
            if (timeout != null) b = b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (QueryExecution qe = b.build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                List<Map<String, QueryResult.Term>> rows = new ArrayList<>();
                boolean truncated = false;
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    if (maxRows > 0 && rows.size() >= maxRows) {
                        truncated = true;
                        break;
                    }
                    Map<String, QueryResult.Term> row = new LinkedHashMap<>();
                    for (String v : vars) {
                        RDFNode n = s.get(v);
                        if (n != null) row.put(v, QueryResult.Term.of(n.asNode()));
                    }
                    rows.add(row);
                }
                return new QueryResult(query.name(), vars, rows, truncated);
            }
        });
    }

    /**
     * Checks parameter values against a query's declaration and turns them into RDF terms.
     *
     * @param values parameter values by name; null or blank values count as absent
     * @return the terms to bind, by parameter name (absent optional parameters left out)
     * @throws IllegalArgumentException naming the parameter and saying what is allowed
     */
    public static Map<String, Node> bind(NamedQuery query, Map<String, String> values) {
        Map<String, String> given = values == null ? Map.of() : values;
        for (String name : given.keySet()) {
            if (query.parameter(name).isEmpty()) {
                throw new IllegalArgumentException("Unknown parameter '" + name + "' for query '" + query.name() + "'; it takes "
                        + (query.parameters().isEmpty() ? "no parameters" : query.describeParameters()));
            }
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NamedQuery.Parameter p : query.parameters()) {
            String v = given.get(p.name());
            if (v == null || v.isBlank()) {
                if (p.required()) {
                    throw new IllegalArgumentException("Missing required parameter '" + p.name() + "' (" + p.type().keyword()
                            + ") for query '" + query.name() + "': " + p.description());
                }
                continue;
            }
            out.put(p.name(), toNode(query, p, v.strip()));
        }
        return out;
    }

    /**
     * The RDF term for one parameter value.
     *
     * @throws IllegalArgumentException when the value is not of the parameter's type
     */
    static Node toNode(NamedQuery query, NamedQuery.Parameter p, String value) {
        return switch (p.type()) {
            case IRI -> {
                if (!isHttpIri(value)) throw badValue(query, p, value);
                yield NodeFactory.createURI(value);
            }
            case STRING -> NodeFactory.createLiteralString(value);
            case INTEGER -> {
                if (!INTEGER.matcher(value).matches()) throw badValue(query, p, value);
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case DATE -> {
                Matcher m = DATE.matcher(value);
                if (!m.matches()) throw badValue(query, p, value);
                try {
                    if (m.group(3) != null) {
                        LocalDate.parse(value);
                        yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
                    }
                    if (m.group(2) != null) {
                        int month = Integer.parseInt(m.group(2));
                        if (month < 1 || month > 12) throw badValue(query, p, value);
                        yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYearMonth);
                    }
                    yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDgYear);
                } catch (DateTimeException e) {
                    throw badValue(query, p, value);
                }
            }
        };
    }

    /** True for an absolute http(s) IRI without spaces, control characters or any of {@code <>"{}|^`\}. */
    public static boolean isHttpIri(String value) {
        if (value == null || !HTTP_IRI.matcher(value).matches()) return false;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i)) || Character.isWhitespace(value.charAt(i))) return false;
        }
        try {
            // A full IRI with a scheme; a fragment is allowed (isAbsolute() would refuse one).
            return IRIx.create(value).isReference();
        } catch (IRIException e) {
            return false;
        }
    }

    private static IllegalArgumentException badValue(NamedQuery query, NamedQuery.Parameter p, String value) {
        String shown = value.length() > 200 ? value.substring(0, 200) + "…" : value;
        return new IllegalArgumentException("Parameter '" + p.name() + "' of query '" + query.name() + "' must be "
                + p.type().expected() + ", got '" + shown + "'");
    }
}
