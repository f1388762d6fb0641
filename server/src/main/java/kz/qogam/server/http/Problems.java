package kz.qogam.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every error the server answers with into RFC 9457 problem details. */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    /** Installs the exception and error handlers on a Javalin configuration. */
    public static void install(JavalinConfig config) {
        config.routes.exception(ProblemException.class, (e, ctx) -> send(ctx, e.status(), e.title(), e.getMessage()));
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, "Bad request", e.getMessage()));
        config.routes.exception(org.apache.jena.query.QueryCancelledException.class, (e, ctx) -> send(ctx, 503, "Query timed out",
                "Answering took longer than the server's query time limit and was stopped; narrow the request and try again."));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(),
                io.javalin.http.HttpStatus.forStatus(e.getStatus()).getMessage(),
                e.getStatus() == 404 ? "Nothing is served at " + ctx.path() + "; GET /api lists the routes." : e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error answering {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "Internal server error", "The server failed to answer (" + e.getClass().getSimpleName()
                    + "); the log has the details. Please report it.");
        });
        config.routes.error(404, ctx -> {
            if (!isProblem(ctx)) send(ctx, 404, "Not found", "Nothing is served at " + ctx.path()
                    + "; see /openapi.json or the README for the routes.");
        });
        config.routes.error(405, ctx -> {
            if (!isProblem(ctx)) send(ctx, 405, "Method not allowed", ctx.method() + " is not allowed on " + ctx.path());
        });
    }

    private static boolean isProblem(Context ctx) {
        String ct = ctx.res().getContentType();
        return ct != null && ct.startsWith(Problem.MEDIA_TYPE);
    }

    public static void send(Context ctx, int status, String title, String detail) {
        ctx.status(status).contentType(Problem.MEDIA_TYPE).result(toJson(new Problem("about:blank", title, status, detail, ctx.path())));
    }

    /** Writes a problem straight to a servlet response (for filters that run before Javalin). */
    public static void send(HttpServletResponse res, String path, int status, String title, String detail) throws IOException {
        res.setStatus(status);
        res.setContentType(Problem.MEDIA_TYPE);
        res.setCharacterEncoding("UTF-8");
        byte[] body = toJson(new Problem("about:blank", title, status, detail, path)).getBytes(StandardCharsets.UTF_8);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static String toJson(Problem p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
