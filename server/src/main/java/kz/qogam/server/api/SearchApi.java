package kz.qogam.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qogam.server.Graphs;
import kz.qogam.server.http.ProblemException;

/**
 * {@code GET /api/search?q=}: entities whose any name contains the query, ignoring case and the
 * difference between ё and е; exact names rank first, then names that start with the query.
 */
public final class SearchApi {
    private static final String QUERY = """
            SELECT ?e ?label WHERE {
              ?e skos:prefLabel|skos:altLabel|skos:hiddenLabel ?label .
              FILTER(STRSTARTS(STR(?e), ?prefix))
              FILTER(CONTAINS(REPLACE(LCASE(STR(?label)), "ё", "е"), ?q))
            }""";
    private static final int MAX_QUERY = 200;

    private final Graphs graphs;

    public SearchApi(Graphs graphs) {
        this.graphs = graphs;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
    }

    /** Lower case, ё as е, single spaces: the form both the query and the names are compared in. */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").trim();
    }

    private void search(Context ctx) {
        String q = fold(Params.required(ctx, "q"));
        if (q.length() > MAX_QUERY) throw ProblemException.badRequest("The query is " + q.length() + " characters; the limit is " + MAX_QUERY);
        int limit = Params.integer(ctx, "limit", 20, 1, 200);
        int offset = Params.integer(ctx, "offset", 0, 0, 1_000_000);
        String prefix = graphs.iris().base() + "/id/";

        Map<String, Hit> hits = new LinkedHashMap<>();
        graphs.select(QUERY, Map.of("q", Graphs.literal(q), "prefix", Graphs.literal(prefix)), s -> {
            String iri = s.getResource("e").getURI();
            String label = s.getLiteral("label").getLexicalForm();
            String folded = fold(label);
            int rank = folded.equals(q) ? 0 : folded.startsWith(q) ? 1 : 2;
            Hit h = hits.get(iri);
            if (h == null || rank < h.rank) hits.put(iri, new Hit(iri, label, rank));
            return null;
        });
        List<Hit> ranked = new ArrayList<>(hits.values());
        ranked.sort(Comparator.comparingInt((Hit h) -> h.rank).thenComparing(h -> h.matched.length()).thenComparing(h -> h.iri));
        List<Map<String, Object>> results = new ArrayList<>();
        for (Hit h : ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size()))) {
            String path = h.iri.substring(prefix.length());
            String kind = path.substring(0, path.indexOf('/'));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("iri", h.iri);
            r.put("kind", kind);
            r.put("slug", path.substring(kind.length() + 1));
            r.put("matched", h.matched);
            r.put("match", switch (h.rank) { case 0 -> "exact"; case 1 -> "prefix"; default -> "contains"; });
            r.put("api", "/api/entities/" + path);
            results.add(r);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", ctx.queryParam("q"));
        body.put("total", ranked.size());
        body.put("limit", limit);
        body.put("offset", offset);
        body.put("results", results);
        ctx.json(body);
    }

    private record Hit(String iri, String matched, int rank) {}
}
