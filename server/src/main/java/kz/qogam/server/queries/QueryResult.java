package kz.qogam.server.queries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * The table a named query returned: its columns in order, and one map per row from column to
 * the RDF term there (a column missing from a row's map was unbound in that row).
 *
 * @param query     the named query's name
 * @param variables the column names, in the query's SELECT order
 * @param terms     the rows, each a map from column name to term, in column order
 * @param truncated true when the query had more rows than were asked for and the rest were dropped
 */
public record QueryResult(String query, List<String> variables, List<Map<String, Term>> terms, boolean truncated) {

    public QueryResult {
        Objects.requireNonNull(query, "query");
        variables = List.copyOf(variables);
        List<Map<String, Term>> copy = new ArrayList<>(terms.size());
        for (Map<String, Term> row : terms) copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        terms = Collections.unmodifiableList(copy);
    }

    /** The rows as plain strings: an IRI, a literal's lexical form or a blank node's label; unbound columns absent. */
    public List<Map<String, String>> rows() {
        List<Map<String, String>> out = new ArrayList<>(terms.size());
        for (Map<String, Term> row : terms) {
            Map<String, String> m = new LinkedHashMap<>();
            row.forEach((k, v) -> m.put(k, v.value()));
            out.add(Collections.unmodifiableMap(m));
        }
        return Collections.unmodifiableList(out);
    }

    /** The number of rows. */
    public int size() {
        return terms.size();
    }

    /** The values of one column, row by row (null where unbound). */
    public List<String> column(String variable) {
        if (!variables.contains(variable)) {
            throw new IllegalArgumentException("No column '" + variable + "' in the result of '" + query + "'; the columns are " + variables);
        }
        List<String> out = new ArrayList<>(terms.size());
        for (Map<String, Term> row : terms) {
            Term t = row.get(variable);
            out.add(t == null ? null : t.value());
        }
        return out;
    }

    /** What an RDF term is: an IRI, a literal or a blank node. */
    public enum Kind {
        IRI, LITERAL, BLANK;

        /** "iri", "literal", "blank", as the JSON output writes it. */
        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One cell.
     *
     * @param kind     IRI, literal or blank node
     * @param value    the IRI, the literal's lexical form or the blank node's label
     * @param datatype a literal's datatype IRI (null for IRIs and blank nodes)
     * @param language a literal's language tag (null when it has none)
     */
    public record Term(Kind kind, String value, String datatype, String language) {
        public Term {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }

        public static Term iri(String iri) {
            return new Term(Kind.IRI, iri, null, null);
        }

        public static Term literal(String lexical, String datatype, String language) {
            return new Term(Kind.LITERAL, lexical, datatype, language == null || language.isEmpty() ? null : language);
        }

        /** The term for a Jena node. */
        public static Term of(Node n) {
            if (n.isURI()) return iri(n.getURI());
            if (n.isBlank()) return new Term(Kind.BLANK, n.getBlankNodeLabel(), null, null);
            if (n.isLiteral()) return literal(n.getLiteralLexicalForm(), n.getLiteralDatatypeURI(), n.getLiteralLanguage());
            // Triple terms and variables do not come out of SELECT queries over our data; show them as text.
            return literal(n.toString(), null, null);
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
