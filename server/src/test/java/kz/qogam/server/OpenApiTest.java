package kz.qogam.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.qogam.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served OpenAPI description is valid and lists every route the server has. */
class OpenApiTest {
    @TempDir
    static Path dir;

    static TdbStore store;

    @BeforeAll
    static void open() {
        store = TdbStore.open(dir.resolve("tdb2"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void the_description_is_valid_openapi_and_covers_every_route() throws Exception {
        Qogam app = Qogam.create(store, c -> c.port = 0).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String url = "http://localhost:" + app.port();
            String body = http.send(HttpRequest.newBuilder(URI.create(url + "/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body);
            assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), "valid: " + parsed.getMessages());
            assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());

            JsonNode paths = new ObjectMapper().readTree(body).get("paths");
            List<String> undocumented = new ArrayList<>();
            for (String route : app.routes()) {
                String[] mp = route.split(" ", 2);
                String method = mp[0].toLowerCase(java.util.Locale.ROOT);
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) continue;
                String path = mp[1].replaceAll("<([^>]+)>", "{$1}");
                if (path.startsWith("/assets/") || path.startsWith("/webjars")) continue;
                if (!paths.has(path) || !paths.get(path).has(method)) undocumented.add(route);
            }
            assertTrue(undocumented.isEmpty(), "routes missing from /openapi.json: " + undocumented);
            assertTrue(paths.has("/sparql"), "the SPARQL endpoint, answered by Fuseki, is documented too");

            var docs = http.send(HttpRequest.newBuilder(URI.create(url + "/docs")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(docs.body().contains("swagger-ui-bundle.js"));
            var bundle = http.send(HttpRequest.newBuilder(URI.create(url + "/webjars/swagger-ui/5.27.1/swagger-ui-bundle.js")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(200, bundle.statusCode(), "Swagger UI is served from the jar");
        } finally {
            app.stop();
        }
    }
}
