package kz.qogam.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS for the read-only interfaces, so that a web page on any origin can read them: the JSON
 * API ({@code /api/*}), linked data ({@code /id/*}, {@code /ontology}, {@code /context.jsonld}),
 * VoID ({@code /void}, {@code /.well-known/void}) and SPARQL ({@code /sparql}). Runs ahead of
 * both Javalin and Fuseki (which answers {@code /sparql} before Javalin sees it), like
 * {@link RequestLogFilter}.
 *
 * <p>GET, HEAD and OPTIONS are allowed from any origin, and POST on {@code /sparql} too (SPARQL
 * clients post long queries; the endpoint is read-only). No credentials: {@code *} is the
 * origin. A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered
 * here with 204. The ETag, Content-Disposition and Link headers are exposed to scripts.
 */
public final class CorsFilter implements Filter {
    static final String ALLOW_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since, Cache-Control";
    static final String EXPOSE_HEADERS = "ETag, Content-Disposition, Content-Encoding, Link, Vary";

    /** Whether the path is one of the read interfaces CORS is granted on. */
    static boolean covered(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/id/") || path.equals("/void")
                || path.equals("/.well-known/void") || path.equals("/ontology") || path.equals("/context.jsonld")
                || path.equals("/sparql");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (!covered(path)) {
            chain.doFilter(request, response);
            return;
        }
        String methods = path.equals("/sparql") ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS";
        res.setHeader("Access-Control-Allow-Origin", "*");
        res.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        if (req.getMethod().equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null) {
            res.setHeader("Access-Control-Allow-Methods", methods);
            res.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
            res.setHeader("Access-Control-Max-Age", "86400");
            res.setHeader("Allow", methods);
            res.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
