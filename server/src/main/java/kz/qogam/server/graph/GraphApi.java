package kz.qogam.server.graph;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.server.Graphs;
import kz.qogam.server.api.Labels;
import kz.qogam.server.graph.Neighbours.Edge;
import kz.qogam.server.graph.Neighbours.Evidence;
import kz.qogam.server.graph.Neighbours.NodeInfo;
import kz.qogam.server.http.ProblemException;

/**
 * The network view and paths between entities.
 *
 * <ul>
 *   <li>{@code GET /api/graph?ids=a,b&depth=1&limit=50}: the nodes and fact edges around the entities,
 *       {@code depth} 1..3 levels, each expanded node showing at most {@code limit} (1..500) edges with
 *       {@code truncated: {shown, total}}; at most {@value #MAX_NODES} nodes. An edge is a link between two
 *       entities, shown once with the evidence of its most confident fact and the number of sources that state it.</li>
 *   <li>{@code GET /api/paths?from=&to=&maxHops=4&k=3&at=YYYY-MM-DD}: the {@code k} (1..10) shortest paths of at
 *       most {@code maxHops} (1..6) hops, each hop with its evidence; {@code at} keeps links that hold at that
 *       date ({@link Validity}: undated links hold). See {@link PathFinder} for the search and its caps.</li>
 * </ul>
 * Entities are given as IRIs or as {@code kind/slug} ({@code person/gulzhanat-muratova}); labels follow
 * {@code ?lang=} and Accept-Language.
 */
public final class GraphApi {
    static final int MAX_NODES = 500;
    static final int MAX_IDS = 20;
    /** An absolute IRI with nothing in it that could end it inside a query. */
    static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern KIND_SLUG = Pattern.compile("([a-z]+)/([A-Za-z0-9][A-Za-z0-9._~-]{0,199})");

    private final Graphs graphs;
    private final Neighbours neighbours;
    private final PathFinder paths;
    private final Neighbourhood neighbourhood;

    public GraphApi(Graphs graphs) {
        this.graphs = graphs;
        this.neighbours = new Neighbours(graphs.store(), graphs.iris());
        this.paths = new PathFinder(neighbours);
        this.neighbourhood = new Neighbourhood(neighbours, MAX_NODES);
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/graph", this::graph);
        routes.get("/api/paths", this::paths);
    }

    // --- /api/graph -----------------------------------------------------------------------------

    private void graph(Context ctx) {
        String ids = ctx.queryParam("ids");
        if (ids == null || ids.isBlank()) {
            throw ProblemException.badRequest("Parameter 'ids' is required: one or more entities, comma-separated, "
                    + "each an IRI or kind/slug (person/gulzhanat-muratova)");
        }
        List<String> refs = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (refs.isEmpty() || refs.size() > MAX_IDS) {
            throw ProblemException.badRequest("Parameter 'ids' must name 1 to " + MAX_IDS + " entities, got " + refs.size());
        }
        int depth = integer(ctx, "depth", 1, 1, 3);
        int limit = integer(ctx, "limit", 50, 1, 500);
        List<String> langs = Labels.order(ctx);

        List<String> seeds = new ArrayList<>(new LinkedHashSet<>(refs.stream().map(r -> entity("ids", r)).toList()));
        Map<String, NodeInfo> seedInfo = neighbours.describe(seeds);
        for (String s : seeds) {
            if (!isEntity(seedInfo.get(s))) throw notFound("ids", s);
        }
        Neighbourhood.Result r = neighbourhood.explore(seeds, depth, limit);
        Map<String, NodeInfo> info = neighbours.describe(r.nodes());
        Map<String, Evidence> evidence = neighbours.evidence(r.edges());

        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String n : r.nodes()) {
            Map<String, Object> node = node(n, info.get(n), langs, "id");
            node.put("depth", r.depth().get(n));
            node.put("truncated", Map.of("shown", r.shown().get(n), "total", r.total().get(n)));
            nodes.add(node);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Edge e : r.edges()) {
            Evidence ev = evidence.get(e.key());
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("id", ev == null ? null : ev.fact());
            edge.put("source", e.subject());
            edge.put("target", e.object());
            edge.put("predicate", e.predicate());
            edge.put("role", ev == null ? null : ev.role());
            edge.put("confidence", ev == null ? null : ev.confidence());
            edge.put("statements", ev == null ? 0 : ev.statements());
            edge.put("evidence", evidence(ev));
            edges.add(edge);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ids", seeds);
        body.put("depth", depth);
        body.put("limit", limit);
        body.put("nodes", nodes);
        body.put("edges", edges);
        body.put("complete", r.complete());
        if (!r.complete()) {
            body.put("note", "At most " + MAX_NODES + " nodes are returned; ask for less depth or a smaller limit");
        }
        ctx.json(body);
    }

    // --- /api/paths -----------------------------------------------------------------------------

    private void paths(Context ctx) {
        String from = entity("from", required(ctx, "from"));
        String to = entity("to", required(ctx, "to"));
        int maxHops = integer(ctx, "maxHops", 4, 1, 6);
        int k = integer(ctx, "k", 3, 1, 10);
        LocalDate at = date(ctx, "at");
        if (from.equals(to)) throw ProblemException.badRequest("Parameters 'from' and 'to' name the same entity: " + from);
        List<String> langs = Labels.order(ctx);

        Map<String, NodeInfo> ends = neighbours.describe(List.of(from, to));
        if (!isEntity(ends.get(from))) throw notFound("from", from);
        if (!isEntity(ends.get(to))) throw notFound("to", to);

        PathFinder.Options options = PathFinder.Options.of(maxHops, k, at);
        PathFinder.Result r = paths.find(from, to, options);
        Set<String> pathNodes = new LinkedHashSet<>();
        List<Edge> hopEdges = new ArrayList<>();
        for (PathFinder.Path p : r.paths()) {
            pathNodes.addAll(p.nodes());
            p.hops().forEach(h -> hopEdges.add(h.edge()));
        }
        Map<String, NodeInfo> info = new LinkedHashMap<>(ends);
        pathNodes.removeAll(ends.keySet());
        info.putAll(neighbours.describe(pathNodes));
        Map<String, Evidence> evidence = neighbours.evidence(hopEdges);

        List<Map<String, Object>> out = new ArrayList<>();
        for (PathFinder.Path p : r.paths()) {
            List<Map<String, Object>> hops = new ArrayList<>();
            for (PathFinder.Hop h : p.hops()) {
                Evidence ev = evidence.get(h.edge().key());
                Map<String, Object> hop = new LinkedHashMap<>();
                hop.put("from", node(h.from(), info.get(h.from()), langs, "iri"));
                hop.put("to", node(h.to(), info.get(h.to()), langs, "iri"));
                hop.put("predicate", h.edge().predicate());
                hop.put("direction", h.direction());
                hop.put("role", ev == null ? null : ev.role());
                hop.put("confidence", ev == null ? null : ev.confidence());
                hop.put("fact", ev == null ? null : ev.fact());
                hop.put("statements", ev != null ? ev.statements() : h.edge().statements());
                if (at != null) hop.put("dated", h.dated());
                hop.put("evidence", evidence(ev));
                hops.add(hop);
            }
            Map<String, Object> path = new LinkedHashMap<>();
            path.put("length", p.length());
            path.put("hops", hops);
            out.add(path);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", node(from, ends.get(from), langs, "iri"));
        body.put("to", node(to, ends.get(to), langs, "iri"));
        body.put("maxHops", maxHops);
        body.put("k", k);
        body.put("at", at == null ? null : at.toString());
        body.put("paths", out);
        body.put("explored", r.explored());
        body.put("complete", r.complete());
        body.put("limits", Map.of("hubDegree", options.hubDegree(), "countriesInside", !options.skipCountries(),
                "maxExpanded", options.maxExpanded()));
        if (at != null) {
            body.put("note", "With 'at', links hold unless a date says otherwise: events on their date, organisations after their "
                    + "founding, places and periods of posts and memberships within their bounds; 'dated' says whether a date bore on a hop");
        }
        ctx.json(body);
    }

    // --- shared ---------------------------------------------------------------------------------

    private static Map<String, Object> node(String iri, NodeInfo info, List<String> langs, String idKey) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put(idKey, iri);
        n.put("kind", info != null ? info.kind() : Neighbours.kindOfIri(iri));
        n.put("label", info == null ? null : Labels.pick(info.labels(), langs));
        return n;
    }

    private static Map<String, Object> evidence(Evidence ev) {
        if (ev == null) return null;
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", ev.sourceId());
        source.put("title", ev.sourceTitle());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", source);
        out.put("quote", ev.quote());
        out.put("start", ev.start());
        out.put("end", ev.end());
        return out;
    }

    /** An entity IRI from an IRI or {@code kind/slug}; anything else is a 400 that says what is accepted. */
    String entity(String param, String ref) {
        Matcher m = KIND_SLUG.matcher(ref);
        if (m.matches()) {
            EntityKind kind;
            try {
                kind = EntityKind.forSlug(m.group(1));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Parameter '" + param + "': unknown kind '" + m.group(1) + "' in '" + ref + "'; allowed: "
                        + Arrays.stream(EntityKind.values()).map(EntityKind::slug).collect(Collectors.joining(", ")));
            }
            return graphs.iris().entity(kind, m.group(2));
        }
        if (IRI.matcher(ref).matches()) return ref;
        throw ProblemException.badRequest("Parameter '" + param + "' must be an entity IRI or kind/slug (kinds: "
                + Arrays.stream(EntityKind.values()).map(EntityKind::slug).collect(Collectors.joining(", "))
                + "; e.g. person/gulzhanat-muratova), got '" + ref + "'");
    }

    /** Something the store describes as a person, organisation, event or place (not a fact, source or concept). */
    private static boolean isEntity(NodeInfo info) {
        return info != null && info.kind() != null;
    }

    private static ProblemException notFound(String param, String iri) {
        return ProblemException.notFound("Parameter '" + param + "': no entity " + iri + " in the graph; find entities with /api/search?q=…");
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw ProblemException.badRequest("Parameter '" + name + "' is required: an entity IRI or kind/slug (person/gulzhanat-muratova)");
        }
        return v.trim();
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int i = Integer.parseInt(v.trim());
            if (i >= min && i <= max) return i;
        } catch (NumberFormatException ignored) {
            // reported below with the allowed range
        }
        throw ProblemException.badRequest("Parameter '" + name + "' must be an integer from " + min + " to " + max + ", got '" + v + "'");
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(v.trim());
            } catch (DateTimeParseException ignored) {
                // reported below
            }
        }
        throw ProblemException.badRequest("Parameter '" + name + "' must be a date YYYY-MM-DD (e.g. 2019-11-14), got '" + v + "'");
    }
}
