package kz.qogam.server.sparql;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import kz.qogam.server.ServerConfig;
import kz.qogam.server.http.Problems;

/**
 * Runs ahead of Fuseki on {@code /sparql}: refuses updates and oversize queries with a problem
 * document, and turns Fuseki's bare "Query timed out" into an error that names the limit.
 */
final class SparqlGuardFilter implements Filter {
    private final ServerConfig config;

    SparqlGuardFilter(ServerConfig config) {
        this.config = config;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI();
        String method = req.getMethod();
        String contentType = String.valueOf(req.getContentType()).toLowerCase(Locale.ROOT);

        if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
            refuseWrite(res, path, method + " is not allowed");
            return;
        }
        if (contentType.startsWith("application/sparql-update")
                || (contentType.startsWith("application/x-www-form-urlencoded") && req.getParameter("update") != null)
                || req.getParameter("update") != null) {
            refuseWrite(res, path, "SPARQL Update is not allowed");
            return;
        }
        if (!path.equals(SparqlEndpoint.PATH)) {
            // Fuseki's graph store protocol and sub-endpoints are not offered.
            Problems.send(res, path, 404, "Not found", "Only " + SparqlEndpoint.PATH + " is served; send queries there.");
            return;
        }
        if (req.getContentLengthLong() > config.maxQueryLength * 4L) {
            Problems.send(res, path, 413, "Query too large", "The request body is " + req.getContentLengthLong()
                    + " bytes; queries are limited to " + config.maxQueryLength + " characters.");
            return;
        }
        String query = method.equals("POST") && contentType.startsWith("application/sparql-query") ? null : req.getParameter("query");
        if (query != null && query.length() > config.maxQueryLength) {
            Problems.send(res, path, 413, "Query too large", "The query has " + query.length()
                    + " characters; the limit is " + config.maxQueryLength + ".");
            return;
        }
        chain.doFilter(request, new TimeoutNamingResponse(res, path, config));
    }

    private static void refuseWrite(HttpServletResponse res, String path, String what) throws IOException {
        res.setHeader("Allow", "GET, POST, HEAD, OPTIONS");
        Problems.send(res, path, 405, "Read-only endpoint", what + ": this endpoint is read-only. "
                + "Change the data with `qogam ingest` or `qogam import`.");
    }

    /** Replaces Fuseki's 503 "Query timed out" with a problem document naming the limit. */
    private static final class TimeoutNamingResponse extends HttpServletResponseWrapper {
        private final String path;
        private final ServerConfig config;

        TimeoutNamingResponse(HttpServletResponse res, String path, ServerConfig config) {
            super(res);
            this.path = path;
            this.config = config;
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (sc == 503 && msg != null && msg.toLowerCase(Locale.ROOT).contains("timed out") && !isCommitted()) {
                resetBuffer();
                Problems.send((HttpServletResponse) getResponse(), path, 503, "Query timed out",
                        "The query ran longer than the limit of " + config.queryTimeout.toSeconds()
                                + " s and was stopped; no partial result is returned. Narrow it (a LIMIT, a more specific pattern) and try again.");
                return;
            }
            super.sendError(sc, msg);
        }
    }
}
