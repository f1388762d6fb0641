package kz.qogam.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.server.Graphs;

/**
 * {@code GET /api/stats}: how much the graph holds, per class, per source and per region; {@code GET
 * /api/stats/regions}: the regions alone, each with its names, ISO 3166-2 code and point for a map.
 */
public final class StatsApi {
    private static final String PER_CLASS = """
            SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
              VALUES ?class { foaf:Person org:Organization schema:Event schema:Place qg:Fact qg:Post qg:Participation qg:Source qg:Mention }
              ?x a ?class
            } GROUP BY ?class ORDER BY ?class""";
    private static final String PER_SOURCE = """
            SELECT ?id (COUNT(DISTINCT ?fact) AS ?facts) (COUNT(DISTINCT ?e) AS ?entities) WHERE {
              ?src a qg:Source ; dcterms:identifier ?id .
              OPTIONAL { ?fact prov:wasDerivedFrom ?src }
              OPTIONAL { ?e qg:mentionedIn ?src }
            } GROUP BY ?id ORDER BY ?id""";
    /** A region is a gazetteer region or city of republican significance; things count where they are based or take place. */
    private static final String PER_REGION = """
            SELECT ?region (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?org) AS ?organizations) (COUNT(DISTINCT ?event) AS ?events) WHERE {
              ?region qg:placeKind ?kind .
              FILTER(?kind IN (<https://qogam.kz/ns/place-kind/region>, <https://qogam.kz/ns/place-kind/city-of-republican-significance>))
              OPTIONAL { ?region skos:prefLabel ?label FILTER(LANG(?label) = "ru") }
              OPTIONAL {
                { ?org qg:basedIn ?region } UNION { ?org qg:basedIn ?p . ?p schema:containedInPlace ?region }
                ?org a org:Organization .
              }
              OPTIONAL {
                { ?event schema:location ?region } UNION { ?event schema:location ?p2 . ?p2 schema:containedInPlace ?region }
                ?event a schema:Event .
              }
            } GROUP BY ?region ORDER BY DESC(?organizations) DESC(?events) ?name""";

    /** Names, ISO code and the point of each region, for the map; a second query so the counts above stay one row per region. */
    private static final String REGION_DETAILS = """
            SELECT ?region ?k ?v WHERE {
              ?region qg:placeKind ?kind .
              FILTER(?kind IN (<https://qogam.kz/ns/place-kind/region>, <https://qogam.kz/ns/place-kind/city-of-republican-significance>))
              { ?region skos:prefLabel ?v BIND("label" AS ?k) }
              UNION { ?region geo:hasGeometry/geo:asWKT ?v BIND("wkt" AS ?k) }
              UNION { ?region qg:iso3166 ?v BIND("iso" AS ?k) }
            }""";
    /** The point of a WKT literal, with or without a leading CRS IRI: POINT(lon lat). */
    private static final Pattern POINT = Pattern.compile("POINT\\s*\\(\\s*(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*\\)", Pattern.CASE_INSENSITIVE);

    private final Graphs graphs;

    public StatsApi(Graphs graphs) {
        this.graphs = graphs;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/stats", this::stats);
        routes.get("/api/stats/regions", ctx -> ctx.json(regions(Labels.order(ctx))));
    }

    private void stats(Context ctx) {
        Map<String, Long> perClass = new LinkedHashMap<>();
        graphs.select(PER_CLASS, Map.of(), s -> perClass.put(s.getResource("class").getURI(), s.getLiteral("n").getLong()));
        List<Map<String, Object>> perSource = graphs.select(PER_SOURCE, Map.of(), s -> Map.of(
                "id", Graphs.str(s, "id"), "facts", s.getLiteral("facts").getLong(), "entities", s.getLiteral("entities").getLong()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("classes", perClass);
        body.put("sources", perSource);
        body.put("regions", regions(Labels.order(ctx)));
        ctx.json(body);
    }

    /** Regions and cities of republican significance with what is based or takes place there, most first. */
    private List<Map<String, Object>> regions(List<String> order) {
        Map<String, Map<String, String>> labels = new HashMap<>();
        Map<String, String> wkt = new HashMap<>();
        Map<String, String> iso = new HashMap<>();
        graphs.select(REGION_DETAILS, Map.of(), s -> {
            String region = Graphs.str(s, "region");
            switch (Graphs.str(s, "k")) {
                case "label" -> labels.computeIfAbsent(region, k -> new TreeMap<>()).putIfAbsent(s.getLiteral("v").getLanguage(), Graphs.str(s, "v"));
                case "wkt" -> wkt.putIfAbsent(region, Graphs.str(s, "v"));
                default -> iso.putIfAbsent(region, Graphs.str(s, "v"));
            }
            return null;
        });
        String places = graphs.iris().base() + "/id/place/";
        return graphs.select(PER_REGION, Map.of(), s -> {
            String region = Graphs.str(s, "region");
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("region", region);
            r.put("name", Graphs.str(s, "name"));
            r.put("label", Labels.pick(labels.getOrDefault(region, Map.of()), order));
            String slug = region.startsWith(places) ? region.substring(places.length()) : null;
            r.put("slug", slug);
            r.put("page", slug == null ? null : "/id/place/" + slug);
            r.put("iso3166", iso.get(region));
            Matcher point = POINT.matcher(wkt.getOrDefault(region, ""));
            boolean located = point.find();
            r.put("lat", located ? Double.valueOf(point.group(2)) : null);
            r.put("lon", located ? Double.valueOf(point.group(1)) : null);
            r.put("organizations", s.getLiteral("organizations").getLong());
            r.put("events", s.getLiteral("events").getLong());
            return r;
        });
    }
}
