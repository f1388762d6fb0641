package kz.qogam.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.rdf.GraphWriter;
import kz.qogam.server.Graphs;
import kz.qogam.server.http.ProblemException;
import org.apache.jena.query.QuerySolution;

/** {@code /api/sources}: the documents, and for one document its text and everything taken from it. */
public final class SourceApi {
    private static final String LIST = """
            SELECT ?id ?title ?lang ?file ?format ?hash
                   (COUNT(DISTINCT ?fact) AS ?facts) (COUNT(DISTINCT ?entity) AS ?entities) WHERE {
              ?src a qg:Source ; dcterms:identifier ?id ; dcterms:title ?title ; dcterms:language ?lang ;
                   qg:fileName ?file ; dcterms:format ?format ; qg:contentHash ?hash .
              OPTIONAL { ?fact prov:wasDerivedFrom ?src }
              OPTIONAL { ?entity qg:mentionedIn ?src }
            }
            GROUP BY ?id ?title ?lang ?file ?format ?hash
            ORDER BY ?id
            LIMIT %d OFFSET %d""";
    private static final String COUNT = "SELECT (COUNT(?src) AS ?n) WHERE { ?src a qg:Source }";
    private static final String ONE = """
            SELECT ?title ?lang ?file ?format ?hash ?encoding ?text ?extractor ?version WHERE {
              ?src a qg:Source ; dcterms:title ?title ; dcterms:language ?lang ; qg:fileName ?file ;
                   dcterms:format ?format ; qg:contentHash ?hash ; qg:encoding ?encoding ; qg:text ?text ;
                   qg:extractor ?extractor ; qg:extractorVersion ?version .
            }""";
    private static final String MENTIONS = """
            SELECT ?entity ?type ?exact ?start ?end WHERE {
              ?m a qg:Mention ; oa:hasSource ?src ; qg:denotes ?entity ; qg:mentionType ?type ; oa:hasSelector ?qs, ?ps .
              ?qs a oa:TextQuoteSelector ; oa:exact ?exact .
              ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
            }
            ORDER BY ?start ?end""";
    private static final String FACTS = """
            SELECT ?fact ?s ?prop ?o ?role ?conf ?quote ?start ?end WHERE {
              ?fact a qg:Fact ; prov:wasDerivedFrom ?src ; qg:subject ?s ; qg:property ?prop ; qg:object ?o ;
                    qg:confidence ?conf ; qg:evidence ?ev .
              ?ev oa:hasSelector ?qs, ?ps .
              ?qs a oa:TextQuoteSelector ; oa:exact ?quote .
              ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              OPTIONAL { ?fact qg:roleLabel ?role }
            }
            ORDER BY ?start ?fact""";

    private final Graphs graphs;

    public SourceApi(Graphs graphs) {
        this.graphs = graphs;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/sources", this::list);
        routes.get("/api/sources/{id}", this::one);
    }

    private void list(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100, 1, 1000);
        int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        // LIMIT and OFFSET take no variables; both are checked integers, so formatting them in is safe.
        List<Map<String, Object>> rows = graphs.select(LIST.formatted(limit, offset), Map.of(), s -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    String id = Graphs.str(s, "id");
                    r.put("id", id);
                    r.put("iri", graphs.iris().source(id));
                    r.put("title", Graphs.str(s, "title"));
                    r.put("language", Graphs.str(s, "lang"));
                    r.put("fileName", Graphs.str(s, "file"));
                    r.put("format", Graphs.str(s, "format"));
                    r.put("contentHash", Graphs.str(s, "hash"));
                    r.put("facts", s.getLiteral("facts").getInt());
                    r.put("entities", s.getLiteral("entities").getInt());
                    return r;
                });
        long total = graphs.select(COUNT, Map.of(), s -> s.getLiteral("n").getLong()).get(0);
        ctx.json(Map.of("total", total, "limit", limit, "offset", offset, "sources", rows));
    }

    private void one(Context ctx) {
        String id = EntityApi.slug(ctx.pathParam("id"));
        var src = Graphs.iri(graphs.iris().source(id));
        List<QuerySolution> meta = graphs.rows(ONE, Map.of("src", src));
        if (meta.isEmpty()) {
            throw ProblemException.notFound("No source '" + id + "'; /api/sources lists them");
        }
        QuerySolution m = meta.get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("iri", src.getURI());
        for (String k : List.of("title", "lang", "file", "format", "hash", "encoding", "extractor", "version")) {
            body.put(switch (k) {
                case "lang" -> "language";
                case "file" -> "fileName";
                case "hash" -> "contentHash";
                case "version" -> "extractorVersion";
                default -> k;
            }, Graphs.str(m, k));
        }
        body.put("text", Graphs.str(m, "text"));
        body.put("mentions", graphs.select(MENTIONS, Map.of("src", src), s -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("entity", Graphs.str(s, "entity"));
            r.put("type", Graphs.str(s, "type"));
            r.put("text", Graphs.str(s, "exact"));
            r.put("start", s.getLiteral("start").getInt());
            r.put("end", s.getLiteral("end").getInt());
            return r;
        }));
        List<Map<String, Object>> facts = new ArrayList<>();
        graphs.select(FACTS, Map.of("src", src), s -> {
            Map<String, Object> r = new LinkedHashMap<>();
            Predicate p = GraphWriter.predicateOf(Graphs.str(s, "prop"));
            r.put("fact", Graphs.str(s, "fact"));
            r.put("predicate", p == null ? null : p.goldName());
            r.put("subject", Graphs.str(s, "s"));
            r.put(s.get("o").isLiteral() ? "value" : "object", Graphs.str(s, "o"));
            r.put("role", Graphs.str(s, "role"));
            r.put("confidence", s.getLiteral("conf").getDouble());
            r.put("quote", Graphs.str(s, "quote"));
            r.put("start", s.getLiteral("start").getInt());
            r.put("end", s.getLiteral("end").getInt());
            facts.add(r);
            return r;
        });
        body.put("facts", facts);
        ctx.json(body);
    }
}
