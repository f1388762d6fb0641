package kz.qogam.server.queries;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A SPARQL query with a name, a title and declared parameters, read from a {@code .rq} file of
 * {@code queries/} (see {@link NamedQueries} for the header format). Parameters are SPARQL
 * variables of the same name that {@link QueryRunner} binds at run time; the text is never edited.
 *
 * @param name        the file name without {@code .rq}, kebab-case ({@code organizations-by-region})
 * @param title       one line for menus and headings
 * @param description what the query answers, in a sentence or two
 * @param parameters  in the order the header declares them
 * @param text        the whole file, header included (comments are SPARQL comments)
 */
public record NamedQuery(String name, String title, String description, List<Parameter> parameters, String text) {

    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(text, "text");
    }

    /** The parameter of that name, if the query declares one. */
    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** "region (iri, optional), year (integer, optional)" — for messages and help. */
    public String describeParameters() {
        if (parameters.isEmpty()) return "none";
        StringBuilder sb = new StringBuilder();
        for (Parameter p : parameters) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(p.summary());
        }
        return sb.toString();
    }

    /** The type of a parameter value: how it is checked and which RDF term it becomes. */
    public enum Type {
        /** An absolute http(s) IRI, bound as an IRI. */
        IRI("iri", "an absolute http(s) IRI such as http://localhost:8080/id/place/almaty"),
        /** Any text, bound as an xsd:string literal. */
        STRING("string", "any text"),
        /** Digits, bound as an xsd:integer literal. */
        INTEGER("integer", "a whole number written with digits, such as 2019"),
        /** yyyy, yyyy-mm or yyyy-mm-dd, bound as xsd:gYear, xsd:gYearMonth or xsd:date. */
        DATE("date", "an ISO date: yyyy, yyyy-mm or yyyy-mm-dd");

        private final String keyword;
        private final String expected;

        Type(String keyword, String expected) {
            this.keyword = keyword;
            this.expected = expected;
        }

        /** The word used in query headers ({@code iri}, {@code string}, {@code integer}, {@code date}). */
        public String keyword() {
            return keyword;
        }

        /** What a valid value looks like, in words. */
        public String expected() {
            return expected;
        }

        /** The type for a header keyword, or empty. */
        public static Optional<Type> forKeyword(String keyword) {
            for (Type t : values()) {
                if (t.keyword.equals(keyword)) return Optional.of(t);
            }
            return Optional.empty();
        }

        /** "iri, string, integer, date". */
        public static String keywords() {
            StringBuilder sb = new StringBuilder();
            for (Type t : values()) {
                if (sb.length() > 0) sb.append(", ");
                sb.append(t.keyword);
            }
            return sb.toString();
        }
    }

    /**
     * A declared parameter: {@code ?name} in the query body.
     *
     * @param name        a SPARQL variable name without the {@code ?}
     * @param type        how values are checked and bound
     * @param required    false when the query also runs without it (the variable stays unbound)
     * @param description what to pass, in words
     */
    public record Parameter(String name, Type type, boolean required, String description) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(description, "description");
        }

        /** "region (iri, optional)". */
        public String summary() {
            return name + " (" + type.keyword() + ", " + (required ? "required" : "optional") + ")";
        }
    }
}
