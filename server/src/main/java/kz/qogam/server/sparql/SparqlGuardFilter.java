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
import kz.qogam.server.http.ProblemException;
import kz.qogam.server.http.Problems;
import kz.qogam.server.ld.DatasetStats;
import kz.qogam.server.ld.RdfOut;
import kz.qogam.server.ld.VoidDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * Runs ahead of Fuseki on {@code /sparql}: refuses updates and oversize queries with a problem
 * document, turns Fuseki's bare "Query timed out" into an error that names the limit, and
 * answers a GET without a query with the SPARQL 1.1 service description.
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
        if ((method.equals("GET") || method.equals("HEAD")) && req.getParameter("query") == null) {
            serviceDescription(req, res, method.equals("HEAD"));
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
        TimeoutCatchingResponse wrapped = new TimeoutCatchingResponse(res);
        chain.doFilter(request, wrapped);
        if (wrapped.writer != null) wrapped.writer.flush();
        if (wrapped.held) {
            String message = wrapped.heldBody.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
            Problems.send(res, path, 503, message.toLowerCase(Locale.ROOT).contains("timed out") ? "Query timed out" : "Service unavailable",
                    message.toLowerCase(Locale.ROOT).contains("timed out")
                            ? "The query ran longer than the limit of " + limit(req)
                                    + " and was stopped; no partial result is returned. Narrow it (a LIMIT, a more specific pattern) and try again."
                            : message);
        }
    }

    /**
     * A GET without a query: the SPARQL 1.1 service description of the endpoint (Turtle unless
     * Accept asks for JSON-LD, N-Triples or RDF/XML), with the dataset's counts.
     */
    private void serviceDescription(HttpServletRequest req, HttpServletResponse res, boolean head) throws IOException {
        String path = req.getRequestURI();
        RDFFormat format;
        try {
            format = VoidDescription.negotiate(req.getHeader("Accept"));
        } catch (ProblemException e) {
            Problems.send(res, path, e.status(), e.title(), e.getMessage());
            return;
        }
        DatasetGraph dsg = null;
        DataAccessPointRegistry registry = DataAccessPointRegistry.get(req.getServletContext());
        if (registry != null) {
            for (DataAccessPoint dap : registry.accessPoints()) {
                if (dsg == null || dap.getName().equals(SparqlEndpoint.PATH)) dsg = dap.getDataService().getDataset();
            }
        }
        if (dsg == null) {
            Problems.send(res, path, 503, "Service unavailable", "The SPARQL endpoint has no dataset.");
            return;
        }
        DatasetStats.Stats stats = DatasetStats.stats(dsg, config.base);
        String etag = "W/\"" + stats.fingerprint() + "-sd-" + format.getDefaultFileExtension() + "\"";
        res.setHeader("ETag", etag);
        res.setHeader("Vary", "Accept");
        if (DatasetStats.notModified(req.getHeader("If-None-Match"), etag)) {
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        RdfOut.write(VoidDescription.serviceDescription(config.base, stats), body, format);
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentType(format.getDefaultMIMEType() + (format.hasCharset() ? "; charset=utf-8" : ""));
        res.setContentLength(body.size());
        if (!head) res.getOutputStream().write(body.toByteArray());
    }

    /** The limit in force: the server's, or the smaller one a client asked for with Fuseki's {@code timeout} parameter. */
    private String limit(HttpServletRequest req) {
        double server = config.queryTimeout.toMillis() / 1000.0;
        String asked = req.getParameter("timeout");
        try {
            double t = asked == null ? Double.MAX_VALUE : Double.parseDouble(asked.split(",")[0].trim());
            if (t > 0 && t < server) return String.format(Locale.ROOT, "%s s (the request's timeout parameter)", trim(t));
        } catch (NumberFormatException ignored) {
            // Fuseki refuses a malformed timeout itself; the server's limit applies.
        }
        return trim(server) + " s";
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    private static void refuseWrite(HttpServletResponse res, String path, String what) throws IOException {
        res.setHeader("Allow", "GET, POST, HEAD, OPTIONS");
        Problems.send(res, path, 405, "Read-only endpoint", what + ": this endpoint is read-only. "
                + "Change the data with `qogam ingest` or `qogam import`.");
    }

    /**
     * Holds back Fuseki's 503 answer (a timeout: Fuseki sets the status and writes a plain-text
     * message itself) so that the filter can answer with a problem document naming the limit.
     */
    private static final class TimeoutCatchingResponse extends HttpServletResponseWrapper {
        private boolean held;
        private final java.io.ByteArrayOutputStream heldBody = new java.io.ByteArrayOutputStream();
        private jakarta.servlet.ServletOutputStream out;
        private java.io.PrintWriter writer;

        TimeoutCatchingResponse(HttpServletResponse res) {
            super(res);
        }

        @Override
        public void setStatus(int sc) {
            if (sc == 503 && !isCommitted()) {
                held = true;
                resetBuffer();
                return;
            }
            super.setStatus(sc);
        }

        @Override
        public void setContentLength(int len) {
            if (!held) super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!held) super.setContentLengthLong(len);
        }

        @Override
        public void setContentType(String type) {
            if (!held) super.setContentType(type);
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                jakarta.servlet.ServletOutputStream real = super.getOutputStream();
                out = new jakarta.servlet.ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        if (held) heldBody.write(b);
                        else real.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (held) heldBody.write(b, off, len);
                        else real.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        if (!held) real.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return real.isReady();
                    }

                    @Override
                    public void setWriteListener(jakarta.servlet.WriteListener listener) {
                        real.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(getOutputStream(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) writer.flush();
            if (!held) super.flushBuffer();
        }
    }
}
