package kz.qogam.server.queries;

import java.util.List;

/** A query name that is not among the loaded named queries; the message lists the known ones. */
public class UnknownQueryException extends IllegalArgumentException {
    private final String name;
    private final List<String> known;

    public UnknownQueryException(String name, List<String> known) {
        super("Unknown named query '" + name + "'; known queries: "
                + (known.isEmpty() ? "(none)" : String.join(", ", known)));
        this.name = name;
        this.known = List.copyOf(known);
    }

    /** The name that was asked for. */
    public String name() {
        return name;
    }

    /** The names that exist, sorted. */
    public List<String> known() {
        return known;
    }
}
