package kz.qogam.server.queries;

/**
 * A named query file that cannot be used: a bad header, a SPARQL syntax error, a missing folder.
 * The message names the file (and the line, where there is one) and says what is expected.
 */
public class QueryDefinitionException extends RuntimeException {
    public QueryDefinitionException(String message) {
        super(message);
    }

    public QueryDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
