package kz.qogam.server.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code /openapi.json} and {@code /docs}: the API description and Swagger UI, whose files come
 * from the swagger-ui WebJar inside the jar (no CDN, nothing fetched at run time).
 */
public final class OpenApiRoutes {
    /** The swagger-ui WebJar's version, which is part of its resource paths. */
    static final String SWAGGER_UI = "5.27.1";

    private final ObjectNode spec;
    private final byte[] docsScript;

    public OpenApiRoutes(String version) {
        this.spec = OpenApiSpec.build(version);
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream("/kz/qogam/server/assets/docs.js")) {
            if (in == null) throw new IllegalStateException("docs.js is missing from the jar");
            this.docsScript = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read docs.js", e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/openapi.json", ctx -> ctx.json(spec));
        routes.get("/assets/docs.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(docsScript));
        routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result("""
                <!doctype html><html><head><meta charset="utf-8"><title>Qogam API</title>
                <meta name="viewport" content="width=device-width">
                <link rel="stylesheet" href="/webjars/swagger-ui/%1$s/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="/webjars/swagger-ui/%1$s/swagger-ui-bundle.js"></script>
                <script src="/assets/docs.js"></script></body></html>""".formatted(SWAGGER_UI)));
    }
}
