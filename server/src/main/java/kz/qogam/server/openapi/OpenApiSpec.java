package kz.qogam.server.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The OpenAPI 3.1 description of every route the server has, built in code so that it lives
 * next to the routes; {@code OpenApiTest} checks it against the routes Javalin really serves.
 */
public final class OpenApiSpec {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KINDS = List.of("person", "organization", "event", "place");

    private final ObjectNode root = JSON.createObjectNode();
    private final ObjectNode paths;
    private final ObjectNode schemas;

    private OpenApiSpec(String version) {
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "Qogam API");
        info.put("version", version);
        info.put("description", "A knowledge graph of civil society in Kazakhstan, extracted from Russian and Kazakh texts: "
                + "organisations, people and their posts, events and places, every fact with the sentence it came from. "
                + "Errors are RFC 9457 problem details. SPARQL 1.1 is served at /sparql.");
        info.putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
        root.putArray("servers").addObject().put("url", "/");
        paths = root.putObject("paths");
        schemas = root.putObject("components").putObject("schemas");
        defineSchemas();
        definePaths();
    }

    /** The description as JSON. */
    public static ObjectNode build(String version) {
        return new OpenApiSpec(version).root;
    }

    // --- Paths ---------------------------------------------------------------------------------

    private void definePaths() {
        get("/api", "Index", "The routes of the API, with a line on each.", "meta")
                .ok(object(), "{\"/api/search?q=\":\"entities by any of their names\"}");
        get("/api/search", "Search entities", "Entities by any of their names (inflected forms, either Kazakh script, "
                + "transliterations, abbreviations, one typo in a long word). Exact names rank first, then prefixes, then folded or fuzzy matches; "
                + "each hit says which name matched and why.", "search")
                .query("q", "string", true, "What to look for; a quoted phrase means exact", "Муратовой")
                .query("kind", enumOf(KINDS), false, "Only entities of this kind", null)
                .query("region", "string", false, "Only entities in this gazetteer region (slug or IRI)", "mangystau-region")
                .query("form", "string", false, "Only organisations of this legal form (concept code)", "public-foundation")
                .query("translit", "boolean", false, "Fold scripts and transliterations (default true)", null)
                .query("limit", "integer", false, "Hits per page, 1–200 (default 20)", null)
                .query("offset", "integer", false, "Hits to skip (default 0)", null)
                .query("format", enumOf(List.of("json", "csv")), false, "json (default), or csv: the same page of hits as a "
                        + "spreadsheet download (qogam-search.csv) with the columns label, kind, iri, matched, why, score", null)
                .ok(ref("SearchResults"), null).csv().problems(400);
        get("/api/suggest", "Autocomplete", "Entities any of whose names starts with the typed letters.", "search")
                .query("q", "string", true, "The letters typed so far", "Мур")
                .query("kind", enumOf(KINDS), false, "Only entities of this kind", null)
                .query("translit", "boolean", false, "Fold scripts and transliterations (default true)", null)
                .query("limit", "integer", false, "At most this many (default 10)", null)
                .ok(ref("SearchResults"), null).problems(400);
        get("/api/entities/{kind}/{slug}", "An entity", "Names per language and script, types, legal form, region, identifiers and "
                + "the sources that name it; its links to other entities grouped for tables (relations: posts, postHolders, memberships, "
                + "members, events, organisers, participants, places, contains, other), one row per predicate, other entity and role "
                + "with the evidence of every fact stating it and the names to highlight in each quote; and every fact about the entity "
                + "in either direction with its source, quote, offsets, confidence. Arrays are capped (relations 500 rows, contains 200, "
                + "facts 1000, mentionedIn 500); truncated gives the full count of each array that was cut.", "entities")
                .path("kind", enumOf(KINDS), "The entity's kind", "person")
                .path("slug", "string", "The entity's slug", "gulzhanat-muratova")
                .query("lang", "string", false, "Preferred label language (ru, kk, kk-Latn, en); else Accept-Language", null)
                .ok(ref("Entity"), null).problems(400, 404);
        get("/api/graph", "Neighbourhood", "Nodes and edges around entities for a network view; expansion is capped per node "
                + "with a count of what was left out.", "graph")
                .query("ids", "string", true, "Comma-separated entity IRIs or kind/slug", "person/gulzhanat-muratova")
                .query("depth", "integer", false, "1–3 (default 1)", null)
                .query("limit", "integer", false, "Edges shown per node, 1–500 (default 50)", null)
                .ok(ref("Graph"), null).problems(400, 404);
        get("/api/paths", "Paths between two entities", "The k shortest paths over typed relations, each hop with its evidence.", "graph")
                .query("from", "string", true, "Entity IRI or kind/slug", "person/gulzhanat-muratova")
                .query("to", "string", true, "Entity IRI or kind/slug", "organization/grazhdanskii-alyans-mangistauskoi-oblasti")
                .query("maxHops", "integer", false, "Longest path (default 4)", null)
                .query("k", "integer", false, "How many paths (default 3)", null)
                .query("at", "string", false, "Only links valid on this date (YYYY-MM-DD)", null)
                .ok(ref("Paths"), null).problems(400, 404);
        get("/api/sources", "Sources", "The documents, with counts of what was taken from each.", "sources")
                .query("limit", "integer", false, "1–1000 (default 100)", null)
                .query("offset", "integer", false, "Default 0", null)
                .ok(ref("SourceList"), null).problems(400);
        get("/api/sources/{id}", "A source", "A document's text, metadata, every mention with offsets and type, and every fact.", "sources")
                .path("id", "string", "The document id (file name without extension)", "001_81bcce55b78802ba")
                .ok(ref("Source"), null).problems(400, 404);
        get("/api/stats", "Statistics", "Counts per class, per source and per region.", "meta").ok(ref("Stats"), null);
        get("/api/stats/regions", "Regions", "The regions and cities of republican significance with how many organisations are "
                + "based and events take place in each (most first), their names, ISO 3166-2 code and point, for a map.", "meta")
                .query("lang", "string", false, "Preferred label language (ru, kk, kk-Latn, en); else Accept-Language", null)
                .ok(arrayOf(ref("Region")), null);
        get("/api/queries", "Named queries", "The named SPARQL queries of queries/, with their parameters.", "queries")
                .ok(ref("QueryList"), null);
        get("/api/queries/{name}", "Run a named query", "Runs one named query; parameters are given as query parameters of "
                + "the same names and bound as RDF terms, never pasted into the query.", "queries")
                .path("name", "string", "The query's name", "people-and-posts")
                .query("format", enumOf(List.of("json", "csv", "table")), false, "Result format (default json)", null)
                .ok(ref("QueryResult"), null).csv().problems(400, 404, 503);
        get("/api/export", "Dump", "The whole dataset, streamed, in an RDF format, as FollowTheMoney JSON lines, or as CSV tables; "
                + "gzip on request; ETag and If-None-Match.", "export")
                .query("format", enumOf(List.of("nquads", "trig", "turtle", "jsonld", "rdfxml", "ftm", "csv")), true, "Format", "nquads")
                .okAny("The dump in the requested format").problems(400);
        get("/id/{kind}/{slug}", "Linked data", "Every IRI Qogam mints dereferences here: HTML for browsers; Turtle, JSON-LD, "
                + "N-Triples or RDF/XML by Accept.", "linked data")
                .path("kind", enumOf(List.of("person", "organization", "event", "place", "source", "fact")), "Kind", "organization")
                .path("slug", "string", "Slug", "urpaq-next")
                .okAny("The resource's description").problems(404, 406);
        get("/void", "VoID", "The dataset description (VoID): triples, entities per class, links, endpoint, dumps, licence.", "linked data")
                .okAny("VoID in Turtle, JSON-LD or N-Triples");
        get("/.well-known/void", "VoID (well-known)", "Same as /void.", "linked data").okAny("VoID");
        get("/ontology", "Ontology", "The Qogam ontology as HTML documentation or Turtle/JSON-LD by Accept.", "linked data")
                .okAny("The ontology");
        get("/context.jsonld", "JSON-LD context", "The @context used in Qogam's JSON-LD.", "linked data").okAny("JSON-LD context");
        get("/sparql", "SPARQL query", "SPARQL 1.1 Query protocol (read-only; answered by Apache Jena Fuseki). Without a query "
                + "parameter: the SPARQL service description. Results by Accept: SPARQL JSON/XML, CSV, TSV; graphs as Turtle, "
                + "JSON-LD, N-Triples, RDF/XML. Queries over the time limit are stopped with a 503 problem naming the limit.", "sparql")
                .query("query", "string", false, "The SPARQL query", "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
                .okAny("Results").problems(400, 405, 413, 503);
        ObjectNode post = paths.withObjectProperty("/sparql").putObject("post");
        post.put("summary", "SPARQL query (POST)");
        post.put("description", "The query as application/sparql-query, or as query= in application/x-www-form-urlencoded. Updates get 405.");
        post.putArray("tags").add("sparql");
        ObjectNode content = post.putObject("requestBody").put("required", true).putObject("content");
        content.putObject("application/sparql-query").putObject("schema").put("type", "string");
        content.putObject("application/x-www-form-urlencoded").putObject("schema").put("type", "object")
                .putObject("properties").putObject("query").put("type", "string");
        post.putObject("responses").putObject("200").put("description", "Results");
        get("/openapi.json", "This description", "The OpenAPI 3.1 description of the API.", "meta").ok(object(), null);
        get("/docs", "Interactive documentation", "Swagger UI for this description, served from the jar.", "meta").okHtml();
        get("/", "Home", "The web interface: search.", "ui").okHtml();
        get("/paths", "How two entities are linked", "The web interface's page for /api/paths.", "ui").okHtml();
        get("/regions", "Regions", "The web interface's map and table of /api/stats/regions.", "ui").okHtml();
        get("/query", "SPARQL editor", "The web interface's SPARQL editor over /sparql.", "ui").okHtml();
        get("/prefixes.json", "Prefixes", "The data model's prefixes as {prefix: namespace}, for the SPARQL editor's completion.", "ui")
                .ok(object(), "{\"qg\":\"https://qogam.kz/ns#\"}");
    }

    // --- Schemas -------------------------------------------------------------------------------

    private void defineSchemas() {
        ObjectNode problem = schema("Problem", "RFC 9457 problem details");
        props(problem, "type", "string", "title", "string", "status", "integer", "detail", "string", "instance", "string");
        problem.putArray("required").add("title").add("status");

        ObjectNode evidence = schema("Evidence", "Where a fact was stated, with the names of both ends in the quote");
        ObjectNode ep = props(evidence, "fact", "string", "quote", "string", "start", "integer", "end", "integer");
        ep.set("source", ref("SourceRef"));
        ep.set("highlight", arrayOf(ref("Highlight")));
        ObjectNode highlight = schema("Highlight", "A mention inside a quote, offsets relative to the quote (end exclusive)");
        props(highlight, "start", "integer", "end", "integer", "iri", "string");
        ObjectNode sourceRef = schema("SourceRef", "A source document; page is its page in the web interface");
        props(sourceRef, "id", "string", "title", "string", "iri", "string", "page", "string");

        ObjectNode fact = schema("Fact", "A fact about an entity, with its evidence");
        ObjectNode fp = props(fact, "fact", "string", "predicate", "string", "property", "string", "direction", "string",
                "value", "string", "datatype", "string", "role", "string", "postTitle", "string", "confidence", "number",
                "quote", "string", "start", "integer", "end", "integer");
        fp.set("other", ref("EntityRef"));
        fp.set("source", ref("SourceRef"));
        ObjectNode entityRef = schema("EntityRef", "Another entity; kind, slug, page (/id/…) and api (/api/entities/…) for Qogam's own IRIs");
        ObjectNode erp = props(entityRef, "iri", "string", "label", "string", "kind", "string", "slug", "string", "page", "string", "api", "string");
        for (String p : List.of("label", "kind", "slug", "page", "api")) nullable(erp.withObjectProperty(p));

        ObjectNode relation = schema("Relation", "One row of a relations table: all the facts with this predicate, direction, "
                + "other entity and role, their evidence merged (by source, then offset)");
        ObjectNode relp = props(relation, "predicate", "string", "direction", "string", "confidence", "number", "evidenceTotal", "integer");
        relp.set("other", ref("EntityRef"));
        ObjectNode role = relp.putObject("role").put("type", "object")
                .put("description", "org:role concept and the role's words (qg:roleLabel, else the concept's label) in the preferred language; "
                        + "for a post, its whole title as a text writes it (qg:postTitle), null when the text gave only the role word");
        props(role, "iri", "string", "label", "string", "title", "string");
        nullable(role.withObjectProperty("properties").withObjectProperty("iri"));
        nullable(role.withObjectProperty("properties").withObjectProperty("label"));
        nullable(role.withObjectProperty("properties").withObjectProperty("title"));
        ObjectNode period = relp.putObject("period").put("description", "When it held (qg:validFrom/validUntil, org:memberDuring), null when undated");
        period.put("type", "object");
        props(period, "start", "string", "end", "string");
        nullable(period);
        relp.putObject("date").put("type", "string").put("description", "The other entity's date when it is an event");
        nullable(relp.withObjectProperty("date"));
        relp.set("evidence", arrayOf(ref("Evidence")));
        ObjectNode relations = schema("Relations", "An entity's links to other entities, grouped for tables; every array is always present");
        ObjectNode rlp = relations.putObject("properties");
        for (String group : List.of("posts", "postHolders", "memberships", "members", "events", "organisers", "participants",
                "places", "contains", "other")) {
            rlp.set(group, arrayOf(ref("Relation")));
        }

        ObjectNode entity = schema("Entity", "An entity with its names, relations and facts");
        ObjectNode entp = props(entity, "iri", "string", "kind", "string", "slug", "string", "label", "string");
        entp.putObject("labels").put("type", "object").putObject("additionalProperties").put("type", "string");
        entp.putObject("altLabels").put("type", "object").putObject("additionalProperties").put("type", "array")
                .putObject("items").put("type", "string");
        entp.putObject("types").put("type", "array").putObject("items").put("type", "string");
        ObjectNode legalForm = entp.putObject("legalForm").put("type", "object").put("description", "org:classification, null when unknown");
        props(legalForm, "iri", "string", "label", "string");
        nullable(legalForm);
        ObjectNode region = entp.putObject("region").put("type", "object")
                .put("description", "The gazetteer region or city of republican significance it is based, takes place or lies in; null when unknown");
        props(region, "iri", "string", "label", "string", "page", "string");
        nullable(region);
        entp.putObject("identifiers").put("type", "object")
                .put("description", "notation, iso3166, kato, sameAs, homepage, phone: those the entity has")
                .putObject("additionalProperties").put("type", "array").putObject("items").put("type", "string");
        entp.set("mentionedIn", arrayOf(ref("SourceRef")));
        entp.set("relations", ref("Relations"));
        entp.set("facts", arrayOf(ref("Fact")));
        entp.putObject("truncated").put("type", "object").put("description", "For each array that was cut, how many it had")
                .putObject("additionalProperties").put("type", "integer");
        entity.set("example", example("""
                {"iri": "http://localhost:8080/id/person/gulzhanat-muratova", "kind": "person", "slug": "gulzhanat-muratova",
                 "label": "Гульжанат Муратова", "relations": {"posts": [{"predicate": "holdsPost", "direction": "out",
                 "other": {"iri": "http://localhost:8080/id/organization/urpaq-next", "label": "Ұрпақ Next", "kind": "organization",
                 "slug": "urpaq-next", "page": "/id/organization/urpaq-next", "api": "/api/entities/organization/urpaq-next"},
                 "role": {"iri": "https://qogam.kz/ns/role/director", "label": "директор"}, "period": null, "date": null,
                 "confidence": 0.8, "evidence": [{"fact": "http://localhost:8080/id/fact/181f77b0b3f4df43",
                 "source": {"id": "001_81bcce55b78802ba", "page": "/id/source/001_81bcce55b78802ba"},
                 "quote": "… сообщила директор молодежного общественного фонда «Ұрпақ Next» Гульжанат Муратова.",
                 "start": 1120, "end": 1487, "highlight": [{"start": 348, "end": 366, "iri": "http://localhost:8080/id/person/gulzhanat-muratova"}]}],
                 "evidenceTotal": 1}]}, "truncated": {}}"""));

        ObjectNode hit = schema("SearchHit", "An entity found, with the name that matched and why");
        props(hit, "iri", "string", "kind", "string", "slug", "string", "label", "string", "matched", "string",
                "matchedLang", "string", "why", "string", "score", "number", "api", "string");
        ObjectNode results = schema("SearchResults", "A page of search hits");
        ObjectNode rp = props(results, "query", "string", "total", "integer", "totalExact", "boolean", "translit", "boolean",
                "limit", "integer", "offset", "integer");
        rp.set("results", arrayOf(ref("SearchHit")));

        ObjectNode source = schema("Source", "A document with what was extracted from it");
        ObjectNode sp = props(source, "id", "string", "iri", "string", "title", "string", "language", "string",
                "fileName", "string", "format", "string", "contentHash", "string", "encoding", "string", "text", "string",
                "extractor", "string", "extractorVersion", "string");
        sp.set("mentions", arrayOf(object()));
        sp.set("facts", arrayOf(object()));
        ObjectNode sourceList = schema("SourceList", "A page of documents");
        ObjectNode slp = props(sourceList, "total", "integer", "limit", "integer", "offset", "integer");
        slp.set("sources", arrayOf(object()));

        ObjectNode regionRow = schema("Region", "A region or city of republican significance; lat/lon from its gazetteer point");
        ObjectNode rrp = props(regionRow, "region", "string", "name", "string", "label", "string", "slug", "string", "page", "string",
                "iso3166", "string", "lat", "number", "lon", "number", "organizations", "integer", "events", "integer");
        for (String p : List.of("name", "label", "slug", "page", "iso3166", "lat", "lon")) nullable(rrp.withObjectProperty(p));
        ObjectNode stats = schema("Stats", "Counts");
        ObjectNode stp = stats.putObject("properties");
        stp.putObject("classes").put("type", "object").putObject("additionalProperties").put("type", "integer");
        stp.set("sources", arrayOf(object()));
        stp.set("regions", arrayOf(ref("Region")));

        ObjectNode queryList = schema("QueryList", "The named queries");
        queryList.putObject("properties").set("queries", arrayOf(object()));
        ObjectNode queryResult = schema("QueryResult", "Rows of a named query");
        ObjectNode qp = queryResult.putObject("properties");
        qp.set("variables", arrayOf(JSON.createObjectNode().put("type", "string")));
        qp.set("rows", arrayOf(object()));

        ObjectNode graph = schema("Graph", "Nodes and edges for a network view");
        ObjectNode gp = graph.putObject("properties");
        gp.set("nodes", arrayOf(object()));
        gp.set("edges", arrayOf(object()));
        ObjectNode pathsSchema = schema("Paths", "Shortest paths, each hop with its evidence");
        ObjectNode pp = props(pathsSchema, "explored", "integer");
        pp.set("from", ref("EntityRef"));
        pp.set("to", ref("EntityRef"));
        pp.set("paths", arrayOf(object()));
    }

    private ObjectNode schema(String name, String description) {
        ObjectNode s = schemas.putObject(name);
        s.put("type", "object");
        s.put("description", description);
        return s;
    }

    /** Adds simple-typed properties given as name, type pairs; returns the properties node. */
    private static ObjectNode props(ObjectNode schema, String... nameType) {
        ObjectNode p = schema.withObjectProperty("properties");
        for (int i = 0; i < nameType.length; i += 2) p.putObject(nameType[i]).put("type", nameType[i + 1]);
        return p;
    }

    /** Lets a simple-typed property also be null. */
    private static void nullable(ObjectNode schema) {
        String type = schema.get("type").asText();
        schema.putArray("type").add(type).add("null");
    }

    private static JsonNode example(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Bad example in the OpenAPI description: " + json, e);
        }
    }

    private static ObjectNode ref(String name) {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    private static ObjectNode object() {
        return JSON.createObjectNode().put("type", "object");
    }

    private static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode a = JSON.createObjectNode().put("type", "array");
        a.set("items", items);
        return a;
    }

    private static ObjectNode enumOf(List<String> values) {
        ObjectNode s = JSON.createObjectNode().put("type", "string");
        ArrayNode e = s.putArray("enum");
        values.forEach(e::add);
        return s;
    }

    private Operation get(String path, String summary, String description, String tag) {
        ObjectNode op = paths.withObjectProperty(path).putObject("get");
        op.put("summary", summary);
        op.put("description", description);
        op.putArray("tags").add(tag);
        return new Operation(op);
    }

    /** One operation under construction. */
    private final class Operation {
        private final ObjectNode op;

        Operation(ObjectNode op) {
            this.op = op;
        }

        Operation query(String name, Object type, boolean required, String description, String example) {
            return param("query", name, type, required, description, example);
        }

        Operation path(String name, Object type, String description, String example) {
            return param("path", name, type, true, description, example);
        }

        private Operation param(String in, String name, Object type, boolean required, String description, String example) {
            ObjectNode p = op.withArrayProperty("parameters").addObject();
            p.put("name", name).put("in", in).put("required", required).put("description", description);
            if (type instanceof ObjectNode schema) p.set("schema", schema);
            else p.putObject("schema").put("type", (String) type);
            if (example != null) p.put("example", example);
            return this;
        }

        Operation ok(ObjectNode schema, String exampleJson) {
            ObjectNode media = op.withObjectProperty("responses").putObject("200").put("description", "OK")
                    .putObject("content").putObject("application/json");
            media.set("schema", schema);
            if (exampleJson != null) media.set("example", example(exampleJson));
            return this;
        }

        Operation csv() {
            op.withObjectProperty("responses").withObjectProperty("200").withObjectProperty("content").putObject("text/csv")
                    .putObject("schema").put("type", "string");
            return this;
        }

        Operation okAny(String description) {
            op.withObjectProperty("responses").putObject("200").put("description", description);
            return this;
        }

        Operation okHtml() {
            op.withObjectProperty("responses").putObject("200").put("description", "HTML page")
                    .putObject("content").putObject("text/html").putObject("schema").put("type", "string");
            return this;
        }

        Operation problems(int... statuses) {
            for (int status : statuses) {
                ObjectNode r = op.withObjectProperty("responses").putObject(Integer.toString(status));
                r.put("description", switch (status) {
                    case 400 -> "A parameter is missing or not allowed; the detail names the allowed values";
                    case 404 -> "No such entity, source or query";
                    case 405 -> "Not allowed (the SPARQL endpoint is read-only)";
                    case 406 -> "None of the accepted formats is available";
                    case 413 -> "The query is too large";
                    case 503 -> "The query ran over the time limit and was stopped";
                    default -> "Error";
                });
                r.putObject("content").putObject("application/problem+json").set("schema", ref("Problem"));
            }
            return this;
        }
    }
}
