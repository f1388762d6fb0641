package kz.qogam.server.api;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.rdf.GraphWriter;
import kz.qogam.server.Graphs;
import org.apache.jena.query.QuerySolution;

/**
 * An entity's links to other entities grouped for the tables of an entity page: one row per
 * (predicate, direction, other entity, role) carrying the evidence of every fact that states it,
 * each quote with the mentions of both ends to highlight. The queries do not grow with the rows:
 * one picks the rows, one reads them (one per {@value #CHUNK} kept others after a cut), one per
 * {@value #CHUNK} others reads names, and one per {@value #CHUNK} (graph, entity) pairs reads the
 * mentions. Every array is capped, and {@code truncated} counts the rows of those that were cut.
 */
final class Relations {
    /** The arrays of {@code relations}, in order. */
    static final List<String> GROUPS = List.of("posts", "postHolders", "memberships", "members", "events", "organisers",
            "participants", "places", "contains", "other");
    static final int CAP = 500;
    /** A region can contain thousands of organisations; the page shows the first ones and the count. */
    static final int CONTAINS_CAP = 200;
    static final int EVIDENCE_CAP = 50;
    /** IRIs per VALUES block. */
    private static final int CHUNK = 250;

    /** Facts with the same role concept, or else the same role words, are one row. */
    private static final String ROLE_KEY = """
              OPTIONAL { ?fact org:role ?role }
              OPTIONAL { ?fact qg:roleLabel ?rl }
              BIND(COALESCE(STR(?role), LCASE(STR(?rl)), "") AS ?rk)
            """;
    /**
     * The other end's pattern comes first: when a VALUES block binds it, TDB2 keeps the written order
     * for patterns it rates alike, and starting from the entity would scan all its links per row.
     * Literal-valued facts are dropped in Java, not by a FILTER on ?other: Jena would place that filter
     * right after the first pattern, splitting the branch, and without VALUES that pattern alone scans
     * every fact in the store.
     */
    private static final String BOTH_WAYS = """
              { ?fact qg:object ?other ; qg:subject ?e . BIND("out" AS ?dir) }
              UNION
              { ?fact qg:subject ?other ; qg:object ?e . BIND("in" AS ?dir) }
              ?fact qg:property ?prop .
              OPTIONAL { ?fact qg:confidence ?conf }
            """;
    private static final String KEYS = "SELECT ?dir ?prop ?other ?rk (MAX(?conf) AS ?c) WHERE {\n" + BOTH_WAYS + ROLE_KEY
            + "} GROUP BY ?dir ?prop ?other ?rk";
    private static final String TIME_VALUE = "(time:inXSDDate|time:inXSDDateTimeStamp|time:inXSDDateTime|time:inXSDgYear|time:inXSDgYearMonth)";
    /** %1$s: nothing, or a VALUES block of others; %2$s: the time properties a period's ends may use. */
    private static final String DETAILS = "PREFIX time: <http://www.w3.org/2006/time#>\n"
            + "SELECT ?fact ?dir ?prop ?other ?rk ?role ?rl ?pt ?conf ?g ?src ?srcId ?title ?quote ?start ?end ?pk ?pv WHERE {\n%1$s" + BOTH_WAYS
            + ROLE_KEY + """
              OPTIONAL { ?fact qg:postTitle ?pt }
              OPTIONAL { GRAPH ?g { ?fact qg:property ?prop } }
              OPTIONAL { ?fact prov:wasDerivedFrom ?src OPTIONAL { ?src dcterms:identifier ?srcId } OPTIONAL { ?src dcterms:title ?title } }
              OPTIONAL { ?fact qg:evidence/oa:hasSelector ?qs . ?qs a oa:TextQuoteSelector ; oa:exact ?quote }
              OPTIONAL { ?fact qg:evidence/oa:hasSelector ?ps . ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }
              OPTIONAL {
                { ?fact qg:validFrom ?pv BIND("start" AS ?pk) } UNION { ?fact qg:validUntil ?pv BIND("end" AS ?pk) }
                UNION { ?fact org:memberDuring/time:hasBeginning/%2$s ?pv BIND("start" AS ?pk) }
                UNION { ?fact org:memberDuring/time:hasEnd/%2$s ?pv BIND("end" AS ?pk) }
              }
            }""";
    private static final String INFO = """
            SELECT ?x ?k ?v WHERE {
            %s  { ?x skos:prefLabel ?v BIND("label" AS ?k) } UNION { ?x schema:startDate ?v BIND("date" AS ?k) }
            }""";
    /**
     * A quote's mentions are in the graph that states its fact: looked up there by the entity they
     * denote, an index range of a few rows, not by reading every node of the source.
     */
    private static final String MENTIONS = """
            SELECT ?g ?x ?s ?end WHERE {
            %s  GRAPH ?g { ?m qg:denotes ?x ; oa:hasSelector ?ps . ?ps oa:start ?s ; oa:end ?end }
            }""";

    /** What the store says about other nodes: preferred labels by language, and dates (an event's). */
    record Info(Map<String, String> labels, Set<String> dates) {
        static final Info NONE = new Info(Map.of(), Set.of());
    }

    /**
     * The arrays (every one of {@link #GROUPS}), for those that were cut how many rows there were, and what
     * was read about the rows' other ends and roles (so that the caller does not read it again).
     */
    record Grouped(Map<String, List<Map<String, Object>>> relations, Map<String, Long> truncated, Map<String, Info> info) {}

    private record Key(String dir, String prop, String other, String roleKey) {}

    private record Evidence(String fact, String graph, String src, String srcId, String title, String quote, Integer start, Integer end) {}

    private record Mention(String entity, int start, int end) {}

    private static final class Row {
        final Key key;
        final Predicate predicate;
        String role;
        double confidence;
        final Map<String, String> roleLabels = new TreeMap<>();
        /** The post's whole title as the texts write it (qg:postTitle), by language. */
        final Map<String, String> titles = new TreeMap<>();
        final TreeSet<String> starts = new TreeSet<>();
        final TreeSet<String> ends = new TreeSet<>();
        final Map<String, Evidence> evidence = new LinkedHashMap<>();

        Row(Key key) {
            this.key = key;
            this.predicate = GraphWriter.predicateOf(key.prop());
        }
    }

    private final Graphs graphs;

    Relations(Graphs graphs) {
        this.graphs = graphs;
    }

    /** The array a link goes to, seen from the entity ({@code out} when the entity is the subject). */
    static String group(Predicate p, boolean out) {
        if (p == null) return "other";
        return switch (p) {
            case HOLDS_POST -> out ? "posts" : "postHolders";
            case MEMBER_OF, PART_OF -> out ? "memberships" : "members";
            case ORGANIZES -> out ? "events" : "organisers";
            case PARTICIPATES_IN -> out ? "events" : "participants";
            case BASED_IN, TAKES_PLACE_IN, LOCATED_IN -> out ? "places" : "contains";
            default -> "other";
        };
    }

    Grouped of(String iri, List<String> order) {
        var e = Map.of("e", Graphs.iri(iri));
        // Pick the rows: per array the most confident first, up to its cap; count them all.
        Map<String, List<Map.Entry<Key, Double>>> candidates = new LinkedHashMap<>();
        for (String g : GROUPS) candidates.put(g, new ArrayList<>());
        graphs.select(KEYS, e, s -> {
            if (!s.get("other").isURIResource()) return null;
            Key k = new Key(Graphs.str(s, "dir"), Graphs.str(s, "prop"), Graphs.str(s, "other"), Graphs.str(s, "rk"));
            double c = s.contains("c") ? s.getLiteral("c").getDouble() : 0;
            candidates.get(group(GraphWriter.predicateOf(k.prop()), k.dir().equals("out"))).add(Map.entry(k, c));
            return null;
        });
        Map<Key, Row> rows = new LinkedHashMap<>();
        Map<String, Long> truncated = new LinkedHashMap<>();
        for (Map.Entry<String, List<Map.Entry<Key, Double>>> g : candidates.entrySet()) {
            int cap = g.getKey().equals("contains") ? CONTAINS_CAP : CAP;
            List<Map.Entry<Key, Double>> all = g.getValue();
            if (all.size() > cap) {
                truncated.put(g.getKey(), (long) all.size());
                all.sort(Map.Entry.<Key, Double>comparingByValue().reversed().thenComparing(x -> x.getKey().other()));
            }
            for (Map.Entry<Key, Double> k : all.subList(0, Math.min(cap, all.size()))) rows.put(k.getKey(), new Row(k.getKey()));
        }

        Set<String> others = new HashSet<>();
        rows.keySet().forEach(k -> others.add(k.other()));
        // With nothing cut, one query anchored on the entity reads every row, several times faster than
        // looking up each other end; after a cut only the kept ends are looked up, so the cost stays within the caps.
        List<String> restrictions = truncated.isEmpty() ? List.of("") : chunks(others).stream().map(c -> values("other", c)).toList();
        for (String restriction : restrictions) {
            graphs.select(DETAILS.formatted(restriction, TIME_VALUE), e, s -> {
                Row row = s.get("other").isURIResource()
                        ? rows.get(new Key(Graphs.str(s, "dir"), Graphs.str(s, "prop"), Graphs.str(s, "other"), Graphs.str(s, "rk"))) : null;
                if (row != null) add(row, s);
                return null;
            });
        }

        Set<String> described = new HashSet<>(others);
        rows.values().forEach(r -> {
            if (r.role != null) described.add(r.role);
        });
        Map<String, Info> info = info(described);
        Map<String, List<Mention>> mentions = mentions(rows.values(), iri);

        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (String g : GROUPS) out.put(g, new ArrayList<>());
        for (Row r : rows.values()) {
            out.get(group(r.predicate, r.key.dir().equals("out"))).add(json(r, iri, order, info, mentions));
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        Comparator<Map<String, Object>> byLabel = Comparator.comparing(
                (Map<String, Object> m) -> Objects.toString(((Map<?, ?>) m.get("other")).get("label"), ""), collator)
                .thenComparing(m -> Objects.toString(((Map<?, ?>) m.get("role")).get("label"), ""), collator);
        out.values().forEach(l -> l.sort(byLabel));
        return new Grouped(out, truncated, info);
    }

    private static void add(Row row, QuerySolution s) {
        if (s.contains("conf")) row.confidence = Math.max(row.confidence, s.getLiteral("conf").getDouble());
        if (s.contains("role")) row.role = Graphs.str(s, "role");
        if (s.contains("rl")) row.roleLabels.putIfAbsent(s.getLiteral("rl").getLanguage(), s.getLiteral("rl").getLexicalForm());
        if (s.contains("pt")) row.titles.putIfAbsent(s.getLiteral("pt").getLanguage(), s.getLiteral("pt").getLexicalForm());
        if (s.contains("pk")) (Graphs.str(s, "pk").equals("start") ? row.starts : row.ends).add(Graphs.str(s, "pv"));
        String fact = Graphs.str(s, "fact");
        row.evidence.computeIfAbsent(fact, f -> new Evidence(f, Graphs.str(s, "g"), Graphs.str(s, "src"), Graphs.str(s, "srcId"), Graphs.str(s, "title"),
                Graphs.str(s, "quote"), s.contains("start") ? s.getLiteral("start").getInt() : null,
                s.contains("end") ? s.getLiteral("end").getInt() : null));
    }

    private Map<String, Object> json(Row r, String self, List<String> order, Map<String, Info> info, Map<String, List<Mention>> mentions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("predicate", r.predicate == null ? r.key.prop() : r.predicate.goldName());
        m.put("direction", r.key.dir());
        Info other = info.getOrDefault(r.key.other(), Info.NONE);
        m.put("other", ref(r.key.other(), other.labels(), order));
        // The text's own words for the role first; the concept's label where the text gave none in that language.
        Map<String, String> roleLabels = new TreeMap<>(r.role == null ? Map.of() : info.getOrDefault(r.role, Info.NONE).labels());
        roleLabels.putAll(r.roleLabels);
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("iri", r.role);
        role.put("label", Labels.pick(roleLabels, order));
        role.put("title", r.titles.isEmpty() ? null : Labels.pick(r.titles, order));
        m.put("role", role);
        Map<String, Object> period = null;
        if (!r.starts.isEmpty() || !r.ends.isEmpty()) {
            period = new LinkedHashMap<>();
            period.put("start", r.starts.isEmpty() ? null : r.starts.first());
            period.put("end", r.ends.isEmpty() ? null : r.ends.last());
        }
        m.put("period", period);
        m.put("date", other.dates().isEmpty() ? null : other.dates().iterator().next());
        m.put("confidence", r.confidence);
        List<Evidence> evidence = new ArrayList<>(r.evidence.values());
        evidence.sort(Comparator.comparing((Evidence ev) -> ev.srcId() == null ? "" : ev.srcId())
                .thenComparing(ev -> ev.start() == null ? Integer.MAX_VALUE : ev.start()).thenComparing(Evidence::fact));
        List<Map<String, Object>> ev = new ArrayList<>();
        for (Evidence x : evidence.subList(0, Math.min(EVIDENCE_CAP, evidence.size()))) {
            ev.add(evidence(x, Set.of(self, r.key.other()), mentions.getOrDefault(x.graph(), List.of())));
        }
        m.put("evidence", ev);
        m.put("evidenceTotal", evidence.size());
        return m;
    }

    private Map<String, Object> evidence(Evidence x, Set<String> ends, List<Mention> mentions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fact", x.fact());
        m.put("source", source(x.srcId(), x.title(), x.src()));
        m.put("quote", x.quote());
        m.put("start", x.start());
        m.put("end", x.end());
        List<Map<String, Object>> highlight = new ArrayList<>();
        if (x.start() != null && x.end() != null) {
            for (Mention mention : mentions) {
                if (ends.contains(mention.entity()) && mention.start() >= x.start() && mention.end() <= x.end()) {
                    Map<String, Object> h = new LinkedHashMap<>();
                    h.put("start", mention.start() - x.start());
                    h.put("end", mention.end() - x.start());
                    h.put("iri", mention.entity());
                    highlight.add(h);
                }
            }
        }
        m.put("highlight", highlight);
        return m;
    }

    /** A source as the API shows it: id, title, IRI and its page. */
    Map<String, Object> source(String id, String title, String iri) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", title);
        m.put("iri", iri != null ? iri : id == null ? null : graphs.iris().source(id));
        m.put("page", id == null ? null : "/id/source/" + id);
        return m;
    }

    /** Another entity as the API shows it: IRI, label, and for Qogam's own IRIs kind, slug, page and API path. */
    Map<String, Object> ref(String iri, Map<String, String> labels, List<String> order) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iri", iri);
        m.put("label", Labels.pick(labels, order));
        String prefix = graphs.iris().base() + "/id/";
        String path = iri.startsWith(prefix) && iri.indexOf('/', prefix.length()) > 0 ? iri.substring(prefix.length()) : null;
        m.put("kind", path == null ? null : path.substring(0, path.indexOf('/')));
        m.put("slug", path == null ? null : path.substring(path.indexOf('/') + 1));
        m.put("page", path == null ? null : "/id/" + path);
        m.put("api", path == null ? null : "/api/entities/" + path);
        return m;
    }

    /** Preferred labels and dates of the nodes, in a query per {@value #CHUNK}. */
    Map<String, Info> info(Collection<String> iris) {
        Map<String, Info> out = new HashMap<>();
        for (List<String> chunk : chunks(iris)) {
            graphs.select(INFO.formatted(values("x", chunk)), Map.of(), s -> {
                Info i = out.computeIfAbsent(Graphs.str(s, "x"), x -> new Info(new TreeMap<>(), new TreeSet<>()));
                if (Graphs.str(s, "k").equals("label") && s.get("v").isLiteral()) {
                    i.labels().putIfAbsent(s.getLiteral("v").getLanguage(), s.getLiteral("v").getLexicalForm());
                } else if (Graphs.str(s, "k").equals("date")) {
                    i.dates().add(Graphs.str(s, "v"));
                }
                return null;
            });
        }
        return out;
    }

    /** The mentions of the entity and of each row's other end in the graphs of the facts the row quotes, by graph. */
    private Map<String, List<Mention>> mentions(Collection<Row> rows, String self) {
        Set<List<String>> pairs = new TreeSet<>(Comparator.comparing((List<String> p) -> p.get(0)).thenComparing(p -> p.get(1)));
        for (Row r : rows) {
            r.evidence.values().forEach(ev -> {
                if (ev.graph() != null && safe(ev.graph()) && safe(r.key.other())) {
                    pairs.add(List.of(ev.graph(), self));
                    pairs.add(List.of(ev.graph(), r.key.other()));
                }
            });
        }
        List<List<String>> all = new ArrayList<>(pairs);
        Map<String, List<Mention>> out = new HashMap<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            StringBuilder block = new StringBuilder("  VALUES (?g ?x) {");
            for (List<String> p : all.subList(i, Math.min(all.size(), i + CHUNK))) {
                block.append(" (<").append(p.get(0)).append("> <").append(p.get(1)).append(">)");
            }
            graphs.select(MENTIONS.formatted(block.append(" }\n")), Map.of(), s -> out.computeIfAbsent(Graphs.str(s, "g"), k -> new ArrayList<>())
                    .add(new Mention(Graphs.str(s, "x"), s.getLiteral("s").getInt(), s.getLiteral("end").getInt())));
        }
        out.values().forEach(l -> l.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)));
        return out;
    }

    private static List<List<String>> chunks(Collection<String> iris) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(iris));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += CHUNK) out.add(sorted.subList(i, Math.min(sorted.size(), i + CHUNK)));
        return out;
    }

    /**
     * A VALUES block of IRIs that came out of the store. One that could not be written as an IRI
     * term (it would end it early) is left out rather than pasted into the query.
     */
    static String values(String var, Collection<String> iris) {
        StringBuilder sb = new StringBuilder("  VALUES ?").append(var).append(" {");
        for (String iri : iris) {
            if (safe(iri)) sb.append(" <").append(iri).append('>');
        }
        return sb.append(" }\n").toString();
    }

    private static boolean safe(String iri) {
        return iri.chars().noneMatch(c -> c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0);
    }
}
