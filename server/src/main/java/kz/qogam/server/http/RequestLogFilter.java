package kz.qogam.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs what was asked, the answer's status and how long it took, for every request: Javalin's
 * own request logger never sees the requests that Fuseki answers, so this runs ahead of both.
 */
public final class RequestLogFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("kz.qogam.server.requests");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - started) / 1000;
            String q = req.getQueryString();
            LOG.info("{} {}{} -> {} in {} ms", req.getMethod(), req.getRequestURI(),
                    q == null ? "" : "?" + (q.length() > 200 ? q.substring(0, 200) + "…" : q),
                    res.getStatus(), String.format(java.util.Locale.ROOT, "%.1f", micros / 1000.0));
        }
    }
}
