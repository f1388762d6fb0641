package kz.qogam.server.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.rdf.GraphWriter;
import kz.qogam.ingest.rdf.IriScheme;
import kz.qogam.store.Store;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;

/**
 * Reads the links around entities for a whole frontier of nodes at once: ONE SPARQL query per
 * {@value #CHUNK} nodes, answered from the store's quad indexes.
 *
 * <h2>What an edge is</h2>
 * A relation (holdsPost, memberOf, partOf, organizes, participatesIn, fundedBy, takesPlaceIn, basedIn,
 * locatedIn; literal-valued facts are not edges) between two entities that at least one source states.
 * The model asserts each fact's shortcut triple ({@code <s> qg:holdsPost <o>}) in the named graph of the
 * source that states it, beside the {@code qg:Fact} node with its evidence. So the search reads the
 * shortcut triples inside the graphs that state facts ({@code GRAPH ?g { ?e ?p ?other }}, one index range
 * per node and property; every named graph but the gazetteer's and the vocabulary's, which in a store
 * following the model are the source graphs): about 1.5 µs a link on TDB2, against about 20 µs for joining
 * fact nodes (subject, object, property, confidence). Each row is one source stating the link, so the number
 * of rows for a link is how many sources state it ({@link Edge#statements()}). Links only the gazetteer
 * states ("region in country") are not edges: every hop must quote a sentence.
 *
 * <p>Evidence (fact, confidence, source, sentence, offsets, role) is read only for the edges an answer
 * shows ({@link #evidence}), going from the link to the graphs that state it and to the fact nodes in those
 * graphs.
 *
 * <p>Per-node caps use {@code LATERAL { … LIMIT n }}: a hub with a hundred thousand links costs
 * {@code n} rows, not all of them.
 */
public final class Neighbours {
    /** Nodes per query: VALUES blocks stay small enough to parse quickly. */
    static final int CHUNK = 256;
    /** Sources read per link when choosing the evidence to show. */
    static final int EVIDENCE_SOURCES = 5;

    /** The shortcut properties whose facts are edges: every relation with an entity object. */
    public static final Set<String> RELATIONS;

    static {
        Set<String> r = new LinkedHashSet<>();
        for (Predicate p : Predicate.values()) {
            if (!p.hasEntityObject()) continue;
            for (EntityKind k : EntityKind.values()) {
                r.add(GraphWriter.shortcut(p, k).getURI());
            }
        }
        RELATIONS = Set.copyOf(r);
    }

    static final String COUNTRY = "https://qogam.kz/ns/place-kind/country";
    static final Set<String> PERIOD_RELATIONS = Set.of(GraphWriter.shortcut(Predicate.HOLDS_POST, EntityKind.PERSON).getURI(),
            GraphWriter.shortcut(Predicate.MEMBER_OF, EntityKind.PERSON).getURI());

    private static final String PROLOGUE = """
            PREFIX qg: <https://qogam.kz/ns#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    private static final String RELATION_VALUES = "VALUES ?p { " + RELATIONS.stream().sorted().map(p -> "<" + p + ">")
            .collect(Collectors.joining(" ")) + " }";

    private static final String TIME_VALUE = "(time:inXSDDate|time:inXSDDateTimeStamp|time:inXSDDateTime|time:inXSDgYear|time:inXSDgYearMonth)";

    /** One link seen from {@code node}: {@code out} when {@code node} is the subject. */
    public record Edge(String node, String other, boolean out, String property, int statements) {
        public String subject() {
            return out ? node : other;
        }

        public String object() {
            return out ? other : node;
        }

        /** The relation's name as in the gold files (holdsPost, memberOf, …). */
        public String predicate() {
            Predicate p = GraphWriter.predicateOf(property);
            return p == null ? property : p.goldName();
        }

        /** The same link seen from its other end. */
        public Edge reversed() {
            return new Edge(other, node, !out, property, statements);
        }

        /** Identifies the link whichever end it is seen from. */
        public String key() {
            return subject() + " " + property + " " + object();
        }
    }

    /**
     * What one node's lookup gave.
     *
     * @param edges its links, at most the cap
     * @param more  true when it has more than were read
     * @param total how many links it has, or -1 when not counted
     */
    public record Expansion(String node, List<Edge> edges, boolean more, int total) {}

    /** An entity's names, types, place kind and dates. */
    public record NodeInfo(String iri, Map<String, String> labels, Set<String> types, String placeKind, Validity validity) {
        /** person, organization, event or place: from the IRI ({base}/id/{kind}/{slug}), else from the types; null if neither says. */
        public String kind() {
            String k = kindOfIri(iri);
            if (k != null) return k;
            if (types.contains("http://xmlns.com/foaf/0.1/Person")) return "person";
            if (types.contains("http://www.w3.org/ns/org#Organization")) return "organization";
            if (types.contains("https://schema.org/Event")) return "event";
            if (types.contains("https://schema.org/Place")) return "place";
            return null;
        }

        public boolean isCountry() {
            return COUNTRY.equals(placeKind);
        }
    }

    /**
     * The evidence shown for a link: its most confident fact among the first sources that state it.
     *
     * @param statements how many sources state the link
     */
    public record Evidence(String fact, double confidence, String sourceId, String sourceTitle, String quote, int start, int end,
                           String role, int statements) {}

    /** The place kind and the dates of a node, as far as the search needs them. */
    public record Facets(String placeKind, Validity validity) {}

    private final Store store;
    /** Keeps ?g to the graphs that state facts: all but the gazetteer's and the vocabulary's. */
    private final String statingGraph;
    private final String gazetteer;

    /** @param iris where the gazetteer and ontology graphs are (they state no facts) */
    public Neighbours(Store store, IriScheme iris) {
        this.store = store;
        this.gazetteer = iri(iris.gazetteerGraph());
        this.statingGraph = "FILTER(?g != " + gazetteer + " && ?g != " + iri(iris.ontologyGraph()) + ")";
    }

    /** The kind segment of an entity IRI ({@code …/id/person/…}), or null. */
    public static String kindOfIri(String iri) {
        int i = iri.lastIndexOf("/id/");
        if (i < 0) return null;
        int j = iri.indexOf('/', i + 4);
        if (j < 0) return null;
        String k = iri.substring(i + 4, j);
        for (EntityKind kind : EntityKind.values()) {
            if (kind.slug().equals(k)) return k;
        }
        return null;
    }

    /**
     * Looks up the links of every node: one query per {@value #CHUNK} nodes, all in one read transaction.
     *
     * @param cap      per node, at most this many statements ({@code distinct} false: one row per source stating a
     *                 link, for the search, which learns how many sources state each link) or this many links
     *                 ({@code distinct} true, for showing them); {@code more} says whether there were others
     * @param distinct cap links rather than statements
     * @param count    also count each node's links
     */
    public Map<String, Expansion> expand(Collection<String> nodes, int cap, boolean distinct, boolean count) {
        List<String> all = List.copyOf(new LinkedHashSet<>(nodes));
        Map<String, Map<String, int[]>> rows = new LinkedHashMap<>();
        Map<String, Integer> rowCount = new HashMap<>();
        Counts totals = new Counts();
        Map<String, String[]> parts = new HashMap<>();
        chunks(all, (conn, chunk) -> {
            String values = values("e", chunk);
            String links = """
                    %1$s
                          { GRAPH ?g { ?e ?p ?other } BIND(true AS ?out) } UNION { GRAPH ?g { ?other ?p ?e } BIND(false AS ?out) }
                          %2$s FILTER(isIRI(?other) && ?other != ?e)
                    """.formatted(RELATION_VALUES, statingGraph);
            StringBuilder q = new StringBuilder(PROLOGUE).append("SELECT * WHERE {\n  {\n").append(values);
            q.append("    LATERAL { SELECT ").append(distinct ? "DISTINCT " : "").append("?e ?p ?other ?out WHERE {\n").append(links)
                    .append("    } LIMIT ").append(cap + 1).append(" }\n  }\n");
            if (count) q.append("  UNION ").append(countPatterns(values));
            q.append("}");
            select(conn, q.toString(), s -> {
                if (totals.take(s)) return;
                String e = s.getResource("e").getURI();
                String p = s.getResource("p").getURI();
                String other = s.getResource("other").getURI();
                boolean out = s.getLiteral("out").getBoolean();
                String key = (out ? "o " : "i ") + p + " " + other;
                rowCount.merge(e, 1, Integer::sum);
                int[] n = rows.computeIfAbsent(e, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new int[1]);
                n[0]++;
                parts.putIfAbsent(key, new String[] {out ? "o" : "i", p, other});
            });
        });
        Map<String, Expansion> out = new LinkedHashMap<>();
        for (String n : all) {
            List<Edge> edges = new ArrayList<>();
            rows.getOrDefault(n, Map.of()).forEach((key, c) -> {
                String[] k = parts.get(key);
                edges.add(new Edge(n, k[2], k[0].equals("o"), k[1], distinct ? 0 : c[0]));
            });
            boolean more = distinct ? edges.size() > cap : rowCount.getOrDefault(n, 0) > cap;
            if (distinct && more) edges.subList(cap, edges.size()).clear();
            int total = count ? Math.max(totals.of(n), edges.size()) : -1;
            out.put(n, new Expansion(n, List.copyOf(edges), more || (count && total > edges.size()), total));
        }
        return out;
    }

    /** How many links each node has (0 for nodes the store has none for). */
    public Map<String, Integer> count(Collection<String> nodes) {
        List<String> all = List.copyOf(new LinkedHashSet<>(nodes));
        Counts counts = new Counts();
        chunks(all, (conn, chunk) -> select(conn, PROLOGUE + "SELECT * WHERE {\n" + countPatterns(values("e", chunk)) + "}", counts::take));
        Map<String, Integer> out = new LinkedHashMap<>();
        all.forEach(n -> out.put(n, counts.of(n)));
        return out;
    }

    /**
     * Counts each node's links: the distinct relation triples around it in the union of all graphs (which the
     * store keeps distinct for free: no strings built, no per-graph rows), less the ones only the gazetteer
     * states ("region in country"). A quarter of the cost of counting distinct links per graph.
     */
    private String countPatterns(String values) {
        return """
                {
                %1$s    LATERAL { SELECT ?e (COUNT(*) AS ?total) WHERE {
                      %2$s
                      { ?e ?p ?other FILTER(isIRI(?other) && ?other != ?e) } UNION { ?other ?p ?e FILTER(?other != ?e) }
                    } GROUP BY ?e }
                  }
                  UNION {
                %1$s    LATERAL { SELECT ?e (COUNT(*) AS ?gazetteerOnly) WHERE {
                      %2$s
                      { GRAPH %3$s { ?e ?p ?other } FILTER NOT EXISTS { GRAPH ?g { ?e ?p ?other } %4$s } }
                      UNION { GRAPH %3$s { ?other ?p ?e } FILTER NOT EXISTS { GRAPH ?g { ?other ?p ?e } %4$s } }
                    } GROUP BY ?e }
                  }
                """.formatted(values, RELATION_VALUES, gazetteer, statingGraph);
    }

    /** Collects the rows of {@link #countPatterns}. */
    private static final class Counts {
        private final Map<String, Integer> total = new HashMap<>();
        private final Map<String, Integer> gazetteerOnly = new HashMap<>();

        /** Takes a count row; false for other rows. */
        boolean take(QuerySolution s) {
            if (s.contains("total")) {
                total.put(s.getResource("e").getURI(), s.getLiteral("total").getInt());
                return true;
            }
            if (s.contains("gazetteerOnly")) {
                gazetteerOnly.put(s.getResource("e").getURI(), s.getLiteral("gazetteerOnly").getInt());
                return true;
            }
            return false;
        }

        int of(String node) {
            return Math.max(0, total.getOrDefault(node, 0) - gazetteerOnly.getOrDefault(node, 0));
        }
    }

    /**
     * What the search needs to know of nodes it reaches: the place kind of places (to keep countries out of
     * the middle of paths) and, with {@code dates}, when events, organisations and places hold ({@link Validity}).
     * People have neither and are not looked up.
     */
    public Map<String, Facets> facets(Collection<String> nodes, boolean dates) {
        List<String> places = new ArrayList<>();
        List<String> dated = new ArrayList<>();
        for (String n : new LinkedHashSet<>(nodes)) {
            String kind = kindOfIri(n);
            if ("place".equals(kind) || kind == null) places.add(n);
            if (dates && !"person".equals(kind)) dated.add(n);
        }
        Map<String, String> placeKinds = new HashMap<>();
        Map<String, Validity.Builder> builders = new HashMap<>();
        store.read(conn -> {
            for (int from = 0; from < Math.max(places.size(), dated.size()); from += CHUNK) {
                List<String> p = places.subList(Math.min(from, places.size()), Math.min(places.size(), from + CHUNK));
                List<String> d = dated.subList(Math.min(from, dated.size()), Math.min(dated.size(), from + CHUNK));
                List<String> branches = new ArrayList<>();
                if (!p.isEmpty()) branches.add("{ " + values("x", p) + " ?x qg:placeKind ?v BIND(\"pk\" AS ?k) }");
                if (!d.isEmpty()) {
                    String vd = values("x", d);
                    branches.add("{ " + vd + " ?x schema:startDate ?v BIND(\"during\" AS ?k) }");
                    branches.add("{ " + vd + " ?x schema:foundingDate ?v BIND(\"from\" AS ?k) }");
                    branches.add("{ " + vd + " ?x qg:validFrom ?v BIND(\"from\" AS ?k) }");
                    branches.add("{ " + vd + " ?x qg:validUntil ?v BIND(\"until\" AS ?k) }");
                }
                if (branches.isEmpty()) continue;
                select(conn, PROLOGUE + "SELECT ?x ?k ?v WHERE {\n" + String.join("\n UNION ", branches) + "\n}", s -> {
                    String x = s.getResource("x").getURI();
                    String k = s.getLiteral("k").getString();
                    RDFNode v = s.get("v");
                    if (k.equals("pk")) {
                        if (v.isURIResource()) placeKinds.putIfAbsent(x, v.asResource().getURI());
                    } else if (v.isLiteral()) {
                        builders.computeIfAbsent(x, y -> new Validity.Builder()).add(k, v.asLiteral().getLexicalForm(), v.asLiteral().getDatatypeURI());
                    }
                });
            }
            return null;
        });
        Map<String, Facets> out = new HashMap<>();
        for (String n : nodes) {
            Validity.Builder b = builders.get(n);
            out.put(n, new Facets(placeKinds.get(n), b == null ? Validity.ALWAYS : b.build()));
        }
        return out;
    }

    /**
     * What the periods of posts and memberships say at a date.
     *
     * @param notHolding the links ({@link Edge#key()}) that do not hold then
     * @param dated      the links with at least one fact that has a period
     */
    public record Periods(Set<String> notHolding, Set<String> dated) {}

    /**
     * The posts and memberships among the links that do not hold at {@code at}: every fact
     * stating the link has a period ({@code org:memberDuring} with {@code time:hasBeginning}/{@code time:hasEnd},
     * or {@code qg:validFrom}/{@code qg:validUntil} on the fact) and none of them holds at the date. A link
     * with one undated fact holds.
     */
    public Periods periods(Collection<Edge> edges, java.time.LocalDate at) {
        List<Edge> posts = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Edge e : edges) {
            if (PERIOD_RELATIONS.contains(e.property()) && seen.add(e.key())) posts.add(e);
        }
        Map<String, Map<String, Validity.Builder>> byLink = new HashMap<>();
        store.read(conn -> {
            for (int from = 0; from < posts.size(); from += CHUNK) {
                List<Edge> chunk = posts.subList(from, Math.min(posts.size(), from + CHUNK));
                String q = PROLOGUE + "SELECT ?s ?p ?o ?fact ?k ?v WHERE {\n" + triples(chunk) + """
                          GRAPH ?g { ?s ?p ?o }
                          %s
                          GRAPH ?g { ?fact qg:subject ?s ; qg:property ?p ; qg:object ?o }
                          OPTIONAL {
                            { ?fact qg:validFrom ?v BIND("from" AS ?k) }
                            UNION { ?fact qg:validUntil ?v BIND("until" AS ?k) }
                            UNION { ?fact org:memberDuring/time:hasBeginning/%2$s ?v BIND("from" AS ?k) }
                            UNION { ?fact org:memberDuring/time:hasEnd/%2$s ?v BIND("until" AS ?k) }
                          }
                        }""".formatted(statingGraph, TIME_VALUE);
                select(conn, q, s -> {
                    String key = s.getResource("s").getURI() + " " + s.getResource("p").getURI() + " " + s.getResource("o").getURI();
                    Validity.Builder b = byLink.computeIfAbsent(key, k -> new HashMap<>())
                            .computeIfAbsent(s.getResource("fact").getURI(), k -> new Validity.Builder());
                    if (s.contains("v") && s.get("v").isLiteral()) {
                        Literal v = s.getLiteral("v");
                        b.add(s.getLiteral("k").getString(), v.getLexicalForm(), v.getDatatypeURI());
                    }
                });
            }
            return null;
        });
        Set<String> notHolding = new java.util.HashSet<>();
        Set<String> dated = new java.util.HashSet<>();
        byLink.forEach((key, facts) -> {
            boolean holds = false;
            for (Validity.Builder b : facts.values()) {
                Validity v = b.build();
                holds |= v.holdsAt(at);
                if (v.dated()) dated.add(key);
            }
            if (!holds) notHolding.add(key);
        });
        return new Periods(notHolding, dated);
    }

    /** Names, types, place kind and dates of each node; nodes the store has no type or label for are left out. */
    public Map<String, NodeInfo> describe(Collection<String> nodes) {
        List<String> all = List.copyOf(new LinkedHashSet<>(nodes));
        Map<String, Map<String, String>> labels = new HashMap<>();
        Map<String, Set<String>> types = new HashMap<>();
        Map<String, String> placeKinds = new HashMap<>();
        Map<String, Validity.Builder> dates = new HashMap<>();
        Set<String> known = new java.util.HashSet<>();
        chunks(all, (conn, chunk) -> {
            String q = PROLOGUE + "SELECT ?e ?k ?v WHERE {\n" + values("e", chunk) + """
                      { ?e skos:prefLabel ?v BIND("label" AS ?k) }
                      UNION { ?e rdf:type ?v BIND("type" AS ?k) }
                      UNION { ?e qg:placeKind ?v BIND("pk" AS ?k) }
                      UNION { ?e schema:startDate ?v BIND("during" AS ?k) }
                      UNION { ?e schema:foundingDate ?v BIND("from" AS ?k) }
                      UNION { ?e qg:validFrom ?v BIND("from" AS ?k) }
                      UNION { ?e qg:validUntil ?v BIND("until" AS ?k) }
                    }""";
            select(conn, q, s -> {
                String e = s.getResource("e").getURI();
                String k = s.getLiteral("k").getString();
                RDFNode v = s.get("v");
                switch (k) {
                    case "label" -> {
                        known.add(e);
                        Literal l = v.asLiteral();
                        labels.computeIfAbsent(e, x -> new TreeMap<>()).putIfAbsent(l.getLanguage(), l.getLexicalForm());
                    }
                    case "type" -> {
                        known.add(e);
                        types.computeIfAbsent(e, x -> new LinkedHashSet<>()).add(v.asResource().getURI());
                    }
                    case "pk" -> placeKinds.putIfAbsent(e, v.asResource().getURI());
                    default -> {
                        if (v.isLiteral()) dates.computeIfAbsent(e, x -> new Validity.Builder()).add(k, v.asLiteral().getLexicalForm(), v.asLiteral().getDatatypeURI());
                    }
                }
            });
        });
        Map<String, NodeInfo> out = new LinkedHashMap<>();
        for (String n : all) {
            if (!known.contains(n)) continue;
            out.put(n, new NodeInfo(n, labels.getOrDefault(n, Map.of()), types.getOrDefault(n, Set.of()), placeKinds.get(n),
                    dates.containsKey(n) ? dates.get(n).build() : Validity.ALWAYS));
        }
        return out;
    }

    /**
     * The evidence to show for each link ({@link Edge#key()} → evidence): among the facts of the first
     * {@value #EVIDENCE_SOURCES} sources that state it, the most confident, then the earliest in its text.
     */
    public Map<String, Evidence> evidence(Collection<Edge> edges) {
        Map<String, Edge> byKey = new LinkedHashMap<>();
        edges.forEach(e -> byKey.putIfAbsent(e.key(), e));
        List<Edge> all = List.copyOf(byKey.values());
        Map<String, Evidence> best = new HashMap<>();
        Map<String, Integer> statements = new HashMap<>();
        store.read(conn -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Edge> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String links = triples(chunk);
                String inSources = statingGraph;
                String q = PROLOGUE + "SELECT ?s ?p ?o ?n ?fact ?conf ?srcId ?title ?quote ?start ?end ?role WHERE {\n  {\n" + links
                        + "    LATERAL { SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } " + inSources + " } LIMIT " + EVIDENCE_SOURCES + " }\n"
                        + """
                            GRAPH ?g {
                              ?fact qg:subject ?s ; qg:property ?p ; qg:object ?o ; qg:evidence ?ev ; prov:wasDerivedFrom ?src .
                              OPTIONAL { ?fact qg:confidence ?conf }
                              ?ev oa:hasSelector ?qs . ?qs oa:exact ?quote .
                              ?ev oa:hasSelector ?ps . ?ps oa:start ?start ; oa:end ?end .
                              OPTIONAL { ?fact qg:roleLabel ?role }
                              OPTIONAL { ?src dcterms:identifier ?srcId }
                              OPTIONAL { ?src dcterms:title ?title }
                            }
                          }
                          UNION {
                        """
                        + links + "    LATERAL { SELECT ?s ?p ?o (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + inSources
                        + " } GROUP BY ?s ?p ?o }\n  }\n}";
                select(conn, q, s -> {
                    String key = s.getResource("s").getURI() + " " + s.getResource("p").getURI() + " " + s.getResource("o").getURI();
                    if (s.contains("n")) {
                        statements.put(key, s.getLiteral("n").getInt());
                        return;
                    }
                    double conf = s.contains("conf") ? s.getLiteral("conf").getDouble() : 0;
                    Evidence e = new Evidence(s.getResource("fact").getURI(), conf, lexical(s.get("srcId")), lexical(s.get("title")),
                            lexical(s.get("quote")), s.getLiteral("start").getInt(), s.getLiteral("end").getInt(), lexical(s.get("role")), 0);
                    Evidence seen = best.get(key);
                    if (seen == null || e.confidence() > seen.confidence()
                            || (e.confidence() == seen.confidence() && (e.sourceId() + e.start()).compareTo(seen.sourceId() + seen.start()) < 0)) {
                        best.put(key, e);
                    }
                });
            }
            return null;
        });
        Map<String, Evidence> out = new LinkedHashMap<>();
        best.forEach((key, e) -> out.put(key, new Evidence(e.fact(), e.confidence(), e.sourceId(), e.sourceTitle(), e.quote(), e.start(),
                e.end(), e.role(), statements.getOrDefault(key, 1))));
        return out;
    }

    private static String lexical(RDFNode n) {
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private interface ChunkWork {
        void run(RDFConnection conn, List<String> chunk);
    }

    private void chunks(List<String> all, ChunkWork work) {
        if (all.isEmpty()) return;
        store.read(conn -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                work.run(conn, all.subList(from, Math.min(all.size(), from + CHUNK)));
            }
            return null;
        });
    }

    /** A VALUES block of (?s ?p ?o) for the links. */
    private static String triples(List<Edge> edges) {
        StringBuilder sb = new StringBuilder("    VALUES (?s ?p ?o) {");
        for (Edge e : edges) {
            sb.append(" (").append(iri(e.subject())).append(' ').append(iri(e.property())).append(' ').append(iri(e.object())).append(')');
        }
        return sb.append(" }\n").toString();
    }

    /**
     * A VALUES block. The IRIs come from the store or from parameters checked against
     * {@link GraphApi#IRI}; anything that could close the IRI is refused here as well.
     */
    static String values(String var, Collection<String> iris) {
        StringBuilder sb = new StringBuilder("    VALUES ?").append(var).append(" {");
        for (String i : iris) {
            sb.append(' ').append(iri(i));
        }
        return sb.append(" }\n").toString();
    }

    private static String iri(String iri) {
        if (!safeIri(iri)) throw new IllegalArgumentException("Not an IRI Qogam can look up: '" + iri + "'");
        return "<" + iri + ">";
    }

    static boolean safeIri(String iri) {
        if (iri == null || iri.isEmpty()) return false;
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`') {
                return false;
            }
        }
        return iri.contains(":");
    }

    private static void select(RDFConnection conn, String query, Consumer<QuerySolution> row) {
        Query q = QueryFactory.create(query, Syntax.syntaxARQ);
        try (QueryExecution qe = conn.query(q)) {
            qe.execSelect().forEachRemaining(row);
        }
    }
}
