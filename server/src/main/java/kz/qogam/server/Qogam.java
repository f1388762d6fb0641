package kz.qogam.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.function.Consumer;
import kz.qogam.server.api.EntityApi;
import kz.qogam.server.api.QueryApi;
import kz.qogam.server.api.SearchApi;
import kz.qogam.server.api.SourceApi;
import kz.qogam.server.api.StatsApi;
import kz.qogam.server.http.Problems;
import kz.qogam.server.http.RequestLogFilter;
import kz.qogam.server.ld.LinkedData;
import kz.qogam.server.sparql.SparqlEndpoint;
import kz.qogam.store.Store;
import kz.qogam.store.StoreException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;

/**
 * The Qogam server: JSON API, linked data and the SPARQL endpoint over one store, on one port.
 *
 * <pre>{@code
 * Qogam app = Qogam.create(store, cfg -> cfg.port = 0).start();
 * int port = app.port();
 * app.stop();
 * }</pre>
 */
public final class Qogam {
    /** The routes, for {@code GET /api} and the home page. */
    static final java.util.Map<String, String> ROUTES = new java.util.LinkedHashMap<>();

    static {
        ROUTES.put("/sparql", "SPARQL 1.1 Query protocol (GET, POST); read-only");
        ROUTES.put("/api/search?q=", "entities by any of their names");
        ROUTES.put("/api/suggest?q=", "autocomplete: entities any of whose names starts with the letters");
        ROUTES.put("/api/graph?ids=", "nodes and edges around entities, capped per node");
        ROUTES.put("/api/paths?from=&to=", "the k shortest paths between two entities, each hop with its evidence");
        ROUTES.put("/openapi.json", "this API as OpenAPI 3.1 (interactive at /docs)");
        ROUTES.put("/api/entities/{kind}/{slug}", "an entity with its names and every fact with its evidence");
        ROUTES.put("/api/sources", "the source documents");
        ROUTES.put("/api/sources/{id}", "one source: text, mentions and facts");
        ROUTES.put("/api/stats", "counts per class, source and region");
        ROUTES.put("/api/stats/regions", "organisations and events per region, with the gazetteer's coordinates");
        ROUTES.put("/api/queries", "the named queries");
        ROUTES.put("/api/queries/{name}?param=value", "run a named query (format=json|csv)");
        ROUTES.put("/id/{kind}/{slug}", "linked data: HTML, Turtle, JSON-LD, N-Triples, RDF/XML by Accept");
        ROUTES.put("/api/export?format=", "the whole dataset, streamed: nquads, trig, turtle, jsonld, rdfxml, ftm (FollowTheMoney JSON lines), csv (table=entities|facts)");
        ROUTES.put("/ontology", "the vocabulary: HTML documentation, Turtle, JSON-LD, N-Triples, RDF/XML by Accept");
        ROUTES.put("/void", "VoID description of the dataset (also /.well-known/void)");
        ROUTES.put("/context.jsonld", "the JSON-LD context of the data");
    }

    private final Javalin javalin;
    private final ServerConfig config;

    private Qogam(Store store, ServerConfig config) {
        this.config = config;
        var dataset = store.embedded().orElseThrow(() -> new StoreException(
                "The server serves SPARQL from an embedded store; " + store.describe() + " is remote: query it directly"));
        Graphs graphs = new Graphs(store, config.base);
        this.javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson());
            cfg.jetty.modifyServletContextHandler(handler -> {
                handler.addFilter(new FilterHolder(new RequestLogFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
                handler.addFilter(new FilterHolder(new kz.qogam.server.http.SecurityHeadersFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
                handler.addFilter(new FilterHolder(new kz.qogam.server.http.CorsFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
                SparqlEndpoint.mount(handler, dataset, config);
            });
            Problems.install(cfg);
            new EntityApi(graphs).register(cfg.routes);
            new kz.qogam.server.graph.GraphApi(graphs).register(cfg.routes);
            new SearchApi(graphs, config.searchIndex).register(cfg.routes);
            new SourceApi(graphs).register(cfg.routes);
            new StatsApi(graphs).register(cfg.routes);
            new QueryApi(store, config.queriesDir, config.queryTimeout).register(cfg.routes);
            new LinkedData(graphs).register(cfg.routes);
            new kz.qogam.server.export.ExportApi(graphs).register(cfg.routes);
            new kz.qogam.server.ld.VoidDescription(graphs).register(cfg.routes);
            new kz.qogam.server.ld.OntologyPage().register(cfg.routes);
            new kz.qogam.server.openapi.OpenApiRoutes(version()).register(cfg.routes);
            cfg.staticFiles.enableWebjars();
            kz.qogam.server.ui.WebUi.register(cfg);
            cfg.routes.get("/api", ctx -> ctx.json(ROUTES));
        });
    }

    /** A server over the store, configured by the consumer; not yet started. */
    public static Qogam create(Store store, Consumer<ServerConfig> configure) {
        ServerConfig c = new ServerConfig();
        configure.accept(c);
        return new Qogam(store, c);
    }

    /** The version of the running build, from the jar's manifest. */
    static String version() {
        String v = Qogam.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** Every route Javalin serves, as {@code "GET /api/search"} (for the OpenAPI check). */
    java.util.List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .sorted().toList();
    }

    /** Starts listening on the configured host and port. */
    public Qogam start() {
        if (config.host == null) javalin.start(config.port);
        else javalin.start(config.host, config.port);
        return this;
    }

    /** The port it listens on (the one picked when configured with 0). */
    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}
