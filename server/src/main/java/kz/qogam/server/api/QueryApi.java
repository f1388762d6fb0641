package kz.qogam.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qogam.server.http.ProblemException;
import kz.qogam.server.queries.NamedQueries;
import kz.qogam.server.queries.NamedQuery;
import kz.qogam.server.queries.QueryResult;
import kz.qogam.server.queries.QueryRunner;
import kz.qogam.server.queries.ResultFormatter;
import kz.qogam.store.Store;
import org.apache.jena.query.QueryCancelledException;

/**
 * {@code GET /api/queries} lists the named queries of {@code queries/}; {@code GET
 * /api/queries/{name}?param=value} runs one, with parameters bound as RDF terms, as JSON or
 * ({@code ?format=csv}) CSV.
 */
public final class QueryApi {
    private static final int MAX_ROWS = 10_000;

    private final QueryRunner runner;
    private final Duration timeout;

    public QueryApi(Store store, Path queriesDir, Duration timeout) {
        this.runner = new QueryRunner(store, NamedQueries.load(queriesDir));
        this.timeout = timeout;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/queries", this::list);
        routes.get("/api/queries/{name}", this::run);
    }

    private void list(Context ctx) {
        List<Map<String, Object>> out = runner.queries().all().stream().map(QueryApi::describe).toList();
        ctx.json(Map.of("queries", out));
    }

    private static Map<String, Object> describe(NamedQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("title", q.title());
        m.put("description", q.description());
        m.put("parameters", q.parameters().stream().map(p -> Map.of("name", p.name(), "type", p.type().keyword(),
                "required", p.required(), "description", p.description())).toList());
        m.put("href", "/api/queries/" + q.name());
        m.put("sparql", q.text());
        return m;
    }

    private void run(Context ctx) {
        String name = ctx.pathParam("name");
        NamedQuery q = runner.queries().find(name).orElseThrow(() -> ProblemException.notFound(
                "No named query '" + name + "'; known: " + String.join(", ", runner.queries().names())));
        Map<String, String> values = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!k.equals("format") && !v.isEmpty()) values.put(k, v.get(0));
        });
        ResultFormatter.Format format = ResultFormatter.Format.forName(ctx.queryParamAsClass("format", String.class).getOrDefault("json"));
        QueryResult result;
        try {
            result = runner.run(q, values, timeout, MAX_ROWS);
        } catch (QueryCancelledException e) {
            throw new ProblemException(503, "Query timed out", "The query ran longer than the limit of " + timeout.toSeconds()
                    + " s and was stopped; give more specific parameters.");
        }
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        if (format == ResultFormatter.Format.CSV) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + q.name() + ".csv\"");
        }
        ctx.result(ResultFormatter.format(result, format));
    }
}
