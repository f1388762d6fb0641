package kz.qogam.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qogam.server.Graphs;

/** {@code GET /api/stats}: how much the graph holds, per class, per source and per region. */
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

    private final Graphs graphs;

    public StatsApi(Graphs graphs) {
        this.graphs = graphs;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/stats", this::stats);
    }

    private void stats(Context ctx) {
        Map<String, Long> perClass = new LinkedHashMap<>();
        graphs.select(PER_CLASS, Map.of(), s -> perClass.put(s.getResource("class").getURI(), s.getLiteral("n").getLong()));
        List<Map<String, Object>> perSource = graphs.select(PER_SOURCE, Map.of(), s -> Map.of(
                "id", Graphs.str(s, "id"), "facts", s.getLiteral("facts").getLong(), "entities", s.getLiteral("entities").getLong()));
        List<Map<String, Object>> perRegion = graphs.select(PER_REGION, Map.of(), s -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("region", Graphs.str(s, "region"));
            r.put("name", Graphs.str(s, "name"));
            r.put("organizations", s.getLiteral("organizations").getLong());
            r.put("events", s.getLiteral("events").getLong());
            return r;
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("classes", perClass);
        body.put("sources", perSource);
        body.put("regions", perRegion);
        ctx.json(body);
    }
}
