package kz.qogam.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.server.Graphs;
import kz.qogam.server.http.ProblemException;

/**
 * {@code GET /api/entities/{kind}/{slug}}: an entity's names, types, legal form, region, identifiers
 * and sources, its relations grouped for tables (posts, members, events, places, …) and every fact
 * with its evidence.
 */
public final class EntityApi {
    private final Graphs graphs;
    private final Entities entities;

    public EntityApi(Graphs graphs) {
        this.graphs = graphs;
        this.entities = new Entities(graphs);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/entities/{kind}/{slug}", this::entity);
    }

    private void entity(Context ctx) {
        EntityKind kind = kind(ctx.pathParam("kind"));
        String slug = slug(ctx.pathParam("slug"));
        String iri = graphs.iris().entity(kind, slug);
        // The store's fingerprint changes with every write, so it is a valid (weak) tag for any entity.
        String etag = graphs.store().embedded()
                .map(d -> kz.qogam.server.ld.DatasetStats.etag(d, "entity " + iri + " " + Labels.order(ctx))).orElse(null);
        if (etag != null) {
            ctx.header("ETag", etag);
            if (kz.qogam.server.ld.DatasetStats.notModified(ctx.header("If-None-Match"), etag)) {
                ctx.status(304);
                return;
            }
        }
        Map<String, Object> body = entities.describe(iri, Labels.order(ctx)).orElseThrow(() -> ProblemException.notFound(
                "No " + kind.slug() + " '" + slug + "' in the graph; find entities with /api/search?q=…"));
        body.put("kind", kind.slug());
        body.put("slug", slug);
        ctx.json(body);
    }

    /** A slug as Qogam mints them; anything else cannot name an entity and is refused before it reaches a query. */
    static String slug(String s) {
        if (!s.matches("[A-Za-z0-9][A-Za-z0-9._~-]{0,199}")) {
            throw ProblemException.badRequest("'" + s + "' is not an entity slug: slugs are letters, digits, '.', '_', '~' and '-'");
        }
        return s;
    }

    static EntityKind kind(String s) {
        try {
            return EntityKind.forSlug(s);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Unknown kind '" + s + "'; allowed: "
                    + Arrays.stream(EntityKind.values()).map(EntityKind::slug).collect(Collectors.joining(", ")));
        }
    }
}
