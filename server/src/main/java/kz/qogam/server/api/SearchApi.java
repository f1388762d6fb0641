package kz.qogam.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.qogam.search.SearchHit;
import kz.qogam.search.SearchIndex;
import kz.qogam.search.SearchRequest;
import kz.qogam.search.SearchResult;
import kz.qogam.server.Graphs;
import kz.qogam.server.http.ProblemException;
import kz.qogam.server.queries.QueryResult;
import kz.qogam.server.queries.ResultFormatter;

/**
 * {@code GET /api/search?q=&kind=&region=&form=&translit=&limit=&offset=&format=json|csv} and
 * {@code GET /api/suggest?q=&kind=&translit=&limit=}: entities by any of their names, through the
 * search index ({@link SearchIndex}). Finds inflected forms, either Kazakh script, Russian and
 * English transliterations, abbreviations and one typo in a long word; a part in quotes must match
 * exactly. Best first: exact name, then prefix, then folded, transliterated, stemmed, fuzzy; each
 * hit says which name matched and why.
 */
public final class SearchApi {
    private static final int MAX_QUERY = 200;
    private static final List<String> BOOLEANS = List.of("true", "false");
    private static final List<String> FORMATS = List.of("json", "csv");
    private static final List<String> CSV_COLUMNS = List.of("label", "kind", "iri", "matched", "why", "score");

    private final Graphs graphs;
    private final SearchIndex given;
    private volatile SearchIndex built;

    /**
     * Search over an index of the server's store built in memory on the first request (for tests
     * and for a server that was given no index); {@link #SearchApi(Graphs, SearchIndex)} for the real one.
     */
    public SearchApi(Graphs graphs) {
        this(graphs, null);
    }

    /** Search over the given index, which its owner keeps in step with the store. */
    public SearchApi(Graphs graphs, SearchIndex index) {
        this.graphs = graphs;
        this.given = index;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/suggest", this::suggest);
    }

    private SearchIndex index() {
        if (given != null) return given;
        SearchIndex i = built;
        if (i == null) {
            synchronized (this) {
                if (built == null) {
                    SearchIndex fresh = SearchIndex.inMemory();
                    fresh.sync(graphs.store());
                    built = fresh;
                }
                i = built;
            }
        }
        return i;
    }

    private void search(Context ctx) {
        String q = query(ctx, MAX_QUERY);
        String format = format(ctx);
        int limit = Params.integer(ctx, "limit", 20, 1, 200);
        int offset = Params.integer(ctx, "offset", 0, 0, SearchIndex.MAX_OFFSET);
        boolean translit = bool(ctx, "translit", true);
        SearchIndex index = index();
        Set<String> kinds = kinds(ctx);
        String region = region(ctx, index);
        String form = form(ctx, index);
        SearchResult result;
        try {
            result = index.search(new SearchRequest(q, kinds, region, form, translit, offset, limit));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        List<Map<String, Object>> hits = results(ctx, result.hits());
        if (format.equals("csv")) {
            csv(ctx, hits);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("total", result.total());
        body.put("totalExact", result.totalExact());
        body.put("limit", limit);
        body.put("offset", offset);
        body.put("translit", translit);
        body.put("results", hits);
        ctx.json(body);
    }

    /** The page of hits as a spreadsheet, written by the named queries' CSV writer. */
    private static void csv(Context ctx, List<Map<String, Object>> hits) {
        List<Map<String, QueryResult.Term>> rows = new ArrayList<>();
        for (Map<String, Object> h : hits) {
            Map<String, QueryResult.Term> row = new LinkedHashMap<>();
            for (String c : CSV_COLUMNS) {
                if (h.get(c) != null) row.put(c, QueryResult.Term.literal(h.get(c).toString(), null, null));
            }
            rows.add(row);
        }
        ctx.contentType(ResultFormatter.Format.CSV.mediaType() + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"qogam-search.csv\"");
        ctx.result(ResultFormatter.format(new QueryResult("search", CSV_COLUMNS, rows, false), ResultFormatter.Format.CSV));
    }

    private void suggest(Context ctx) {
        String q = query(ctx, 100);
        int limit = Params.integer(ctx, "limit", 10, 1, 50);
        boolean translit = bool(ctx, "translit", true);
        Set<String> kinds = kinds(ctx);
        List<SearchHit> hits = index().suggest(q, limit, translit, kinds);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("limit", limit);
        body.put("translit", translit);
        body.put("results", results(ctx, hits));
        ctx.json(body);
    }

    private static String query(Context ctx, int max) {
        String q = Params.required(ctx, "q");
        if (q.length() > max) throw ProblemException.badRequest("The query is " + q.length() + " characters; the limit is " + max);
        return q;
    }

    private List<Map<String, Object>> results(Context ctx, List<SearchHit> hits) {
        List<String> order = Labels.order(ctx);
        String prefix = graphs.iris().base() + "/id/";
        List<Map<String, Object>> out = new ArrayList<>();
        for (SearchHit h : hits) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("iri", h.iri());
            r.put("kind", h.kind());
            String path = h.iri().startsWith(prefix) ? h.iri().substring(prefix.length()) : null;
            if (path != null) r.put("slug", path.substring(path.indexOf('/') + 1));
            String label = Labels.pick(h.labels(), order);
            r.put("label", label != null ? label : h.label());
            r.put("matched", h.matched());
            if (h.matchedLang() != null && !h.matchedLang().isEmpty()) r.put("matchedLang", h.matchedLang());
            r.put("why", h.why());
            r.put("score", Math.round(h.score() * 100) / 100.0);
            if (path != null) r.put("api", "/api/entities/" + path);
            out.add(r);
        }
        return out;
    }

    /** {@code kind=person} or {@code kind=person,organization}. */
    private static Set<String> kinds(Context ctx) {
        String v = ctx.queryParam("kind");
        Set<String> out = new LinkedHashSet<>();
        if (v == null || v.isBlank()) return out;
        for (String k : v.split(",")) {
            String kind = k.strip().toLowerCase(Locale.ROOT);
            if (!SearchIndex.KINDS.contains(kind)) {
                throw ProblemException.badRequest("Parameter 'kind' must be one or more (comma-separated) of "
                        + String.join(", ", SearchIndex.KINDS) + ", got '" + v + "'");
            }
            out.add(kind);
        }
        return out;
    }

    /** {@code region=mangystau-region}, {@code region=place/mangystau-region} or the place's IRI. */
    private String region(Context ctx, SearchIndex index) {
        String v = ctx.queryParam("region");
        if (v == null || v.isBlank()) return null;
        String s = v.strip();
        String base = graphs.iris().base() + "/id/";
        String iri = s.contains("://") ? s : s.startsWith("place/") ? base + s : base + "place/" + s;
        if (!index.isPlace(iri)) {
            List<String> slugs = new ArrayList<>();
            for (String r : index.regions()) slugs.add(r.startsWith(base + "place/") ? r.substring(base.length() + "place/".length()) : r);
            throw ProblemException.badRequest("Parameter 'region' must be a place of the gazetteer or the data (a slug such as "
                    + "mangystau-region, or its IRI), got '" + v + "'; regions and cities of republican significance: " + String.join(", ", slugs));
        }
        return iri;
    }

    /** {@code form=public-foundation} or the concept's IRI. */
    private static String form(Context ctx, SearchIndex index) {
        String v = ctx.queryParam("form");
        if (v == null || v.isBlank()) return null;
        String s = v.strip();
        String code = s.startsWith(kz.qogam.ontology.Qg.LEGAL_FORM_NS) ? s.substring(kz.qogam.ontology.Qg.LEGAL_FORM_NS.length()) : s;
        if (!index.legalForms().contains(code)) {
            throw ProblemException.badRequest("Parameter 'form' must be a legal form code, got '" + v + "'; allowed: "
                    + String.join(", ", index.legalForms()));
        }
        return code;
    }

    private static String format(Context ctx) {
        String v = ctx.queryParam("format");
        if (v == null || v.isBlank()) return "json";
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (FORMATS.contains(s)) return s;
        throw ProblemException.badRequest("Parameter 'format' must be one of " + String.join(", ", FORMATS) + ", got '" + v + "'");
    }

    private static boolean bool(Context ctx, String name, boolean fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (BOOLEANS.contains(s)) return s.equals("true");
        throw ProblemException.badRequest("Parameter '" + name + "' must be true or false, got '" + v + "'");
    }
}
