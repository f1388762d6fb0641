package kz.qogam.server;

import java.nio.file.Path;
import java.time.Duration;

/** Settings of the HTTP server, grouped in one place; the defaults work on a fresh checkout. */
public final class ServerConfig {
    /** The port to listen on; 0 picks a free one (tests). */
    public int port = 8080;
    /** The host to bind; null binds every interface. */
    public String host = null;
    /** The IRI prefix of the data; IRIs under it dereference on this server. */
    public String base = "http://localhost:8080";
    /** A SPARQL query (or an API query) running longer than this is stopped and answered with an error. */
    public Duration queryTimeout = Duration.ofSeconds(30);
    /** The longest SPARQL query text accepted, in characters. */
    public int maxQueryLength = 100_000;
    /** The search index kept in step with the store; null builds one in memory from the store on first use. */
    public kz.qogam.search.SearchIndex searchIndex = null;
    /** The folder of named queries; null uses the ones packaged in the jar. */
    public Path queriesDir = null;
}
