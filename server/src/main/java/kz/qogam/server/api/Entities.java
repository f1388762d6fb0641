package kz.qogam.server.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.rdf.GraphWriter;
import kz.qogam.ontology.Qg;
import kz.qogam.server.Graphs;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Reads one entity: its names, types, legal form, region, identifiers and sources, its links to
 * other entities grouped for tables ({@link Relations}), and its facts with the evidence of each.
 */
public final class Entities {
    /** The flat fact list is capped; {@code relations} is the grouped view. */
    static final int MAX_FACTS = 1000;
    private static final String DESCRIPTION = """
            SELECT ?p ?o WHERE {
              ?e ?p ?o
              FILTER(?p IN (skos:prefLabel, skos:altLabel, skos:hiddenLabel, rdf:type, org:classification,
                            qg:eventKind, qg:placeKind, skos:notation, schema:name, qg:iso3166, qg:kato, owl:sameAs,
                            schema:url, schema:telephone))
            }""";
    private static final String EXISTS = "ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }";
    private static final String FACTS = """
            SELECT ?fact ?dir ?prop ?other ?role ?postTitle ?conf ?srcId ?title ?quote ?start ?end WHERE {
              { ?fact qg:subject ?e ; qg:object ?other . BIND("out" AS ?dir) }
              UNION
              { ?fact qg:object ?e ; qg:subject ?other . BIND("in" AS ?dir) }
              ?fact qg:property ?prop ; qg:confidence ?conf ; prov:wasDerivedFrom ?src ; qg:evidence ?ev .
              ?ev oa:hasSelector ?qs, ?ps .
              ?qs a oa:TextQuoteSelector ; oa:exact ?quote .
              ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?src dcterms:identifier ?srcId ; dcterms:title ?title .
              OPTIONAL { ?fact qg:roleLabel ?role }
              OPTIONAL { ?fact qg:postTitle ?postTitle }
            }
            ORDER BY ?srcId ?start ?fact
            LIMIT %d""".formatted(MAX_FACTS + 1);
    private static final String COUNT_FACTS = """
            SELECT (COUNT(DISTINCT ?fact) AS ?n) WHERE { { ?fact qg:subject ?e } UNION { ?fact qg:object ?e } ?fact qg:evidence ?ev }""";
    /** The legal form, and the gazetteer region or city of republican significance it is based, takes place or lies in. */
    private static final String FORM_AND_REGION = """
            SELECT ?k ?x ?l WHERE {
              { ?e org:classification ?x BIND("legalForm" AS ?k) }
              UNION
              { ?e (qg:basedIn|schema:location|schema:containedInPlace)/schema:containedInPlace* ?x .
                ?x qg:placeKind ?pk FILTER(?pk IN (qgpk:region, qgpk:city-of-republican-significance)) BIND("region" AS ?k) }
              OPTIONAL { ?x skos:prefLabel ?l }
            }""";
    private static final String MENTIONED_IN = """
            SELECT ?src ?id ?title WHERE {
              ?e qg:mentionedIn ?src OPTIONAL { ?src dcterms:identifier ?id } OPTIONAL { ?src dcterms:title ?title }
            } ORDER BY ?id ?src LIMIT %d""".formatted(Relations.CAP + 1);
    private static final String COUNT_MENTIONED_IN = "SELECT (COUNT(DISTINCT ?src) AS ?n) WHERE { ?e qg:mentionedIn ?src }";
    /** Property → the name it has in {@code identifiers}. */
    private static final Map<String, String> IDENTIFIERS = Map.of(Qg.SKOS + "notation", "notation", Qg.NS + "iso3166", "iso3166",
            Qg.NS + "kato", "kato", Qg.OWL + "sameAs", "sameAs", Qg.SCHEMA + "url", "homepage", Qg.SCHEMA + "telephone", "phone");
    /** Homepage and phone appear under {@code identifiers} only; the others keep their older top-level keys too. */
    private static final Set<String> IDENTIFIERS_ONLY = Set.of(Qg.SCHEMA + "url", Qg.SCHEMA + "telephone");

    private final Graphs graphs;
    private final Relations relations;

    public Entities(Graphs graphs) {
        this.graphs = graphs;
        this.relations = new Relations(graphs);
    }

    /** Whether anything is said about the IRI, as subject or object. */
    public boolean exists(String iri) {
        return graphs.ask(EXISTS, Map.of("e", Graphs.iri(iri)));
    }

    /** The entity as JSON-ready maps, or empty when the store says nothing about it. */
    public Optional<Map<String, Object>> describe(String iri, List<String> langOrder) {
        Map<String, String> prefLabels = new TreeMap<>();
        Map<String, Set<String>> altLabels = new TreeMap<>();
        Set<String> types = new LinkedHashSet<>();
        Map<String, List<String>> other = new TreeMap<>();
        Map<String, List<String>> identifiers = new TreeMap<>();
        var e = Map.of("e", Graphs.iri(iri));
        List<QuerySolution> rows = graphs.rows(DESCRIPTION, e);
        for (QuerySolution s : rows) {
            String p = s.getResource("p").getURI();
            RDFNode o = s.get("o");
            String local = p.substring(Math.max(p.lastIndexOf('#'), p.lastIndexOf('/')) + 1);
            String value = o.isLiteral() ? o.asLiteral().getLexicalForm() : o.asResource().getURI();
            if (IDENTIFIERS.containsKey(p)) identifiers.computeIfAbsent(IDENTIFIERS.get(p), k -> new ArrayList<>()).add(value);
            if (p.endsWith("core#prefLabel") && o.isLiteral()) {
                prefLabels.putIfAbsent(o.asLiteral().getLanguage(), o.asLiteral().getLexicalForm());
            } else if ((p.endsWith("core#altLabel") || p.endsWith("core#hiddenLabel")) && o.isLiteral()) {
                altLabels.computeIfAbsent(o.asLiteral().getLanguage().isEmpty() ? "und" : o.asLiteral().getLanguage(),
                        k -> new LinkedHashSet<>()).add(o.asLiteral().getLexicalForm());
            } else if (local.equals("type")) {
                types.add(o.asResource().getURI());
            } else if (!IDENTIFIERS_ONLY.contains(p)) {
                other.computeIfAbsent(local, k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, Long> truncated = new LinkedHashMap<>();
        List<Map<String, Object>> facts = facts(iri, truncated);
        if (rows.isEmpty() && facts.isEmpty() && !exists(iri)) return Optional.empty();

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iri", iri);
        out.put("label", Labels.pick(prefLabels, langOrder));
        out.put("labels", prefLabels);
        out.put("altLabels", altLabels);
        out.put("types", types);
        out.putAll(other);
        formAndRegion(iri, langOrder, out);
        out.put("identifiers", identifiers);
        out.put("mentionedIn", mentionedIn(iri, truncated));
        Relations.Grouped grouped = relations.of(iri, langOrder);
        out.put("relations", grouped.relations());
        truncated.putAll(grouped.truncated());
        refer(facts, grouped.info(), langOrder);
        out.put("facts", facts);
        out.put("truncated", truncated);
        return Optional.of(out);
    }

    /** {@code legalForm} {iri, label} and {@code region} {iri, label, page}, each null when unknown; of several, the first by IRI. */
    private void formAndRegion(String iri, List<String> langOrder, Map<String, Object> out) {
        Map<String, Map<String, Map<String, String>>> found = new TreeMap<>();
        graphs.select(FORM_AND_REGION, Map.of("e", Graphs.iri(iri)), s -> {
            Map<String, String> labels = found.computeIfAbsent(Graphs.str(s, "k"), k -> new TreeMap<>())
                    .computeIfAbsent(Graphs.str(s, "x"), k -> new TreeMap<>());
            if (s.contains("l")) labels.putIfAbsent(s.getLiteral("l").getLanguage(), s.getLiteral("l").getLexicalForm());
            return null;
        });
        Map<String, Object> legalForm = null;
        var forms = found.get("legalForm");
        if (forms != null) {
            var first = forms.entrySet().iterator().next();
            legalForm = new LinkedHashMap<>();
            legalForm.put("iri", first.getKey());
            legalForm.put("label", Labels.pick(first.getValue(), langOrder));
        }
        Map<String, Object> region = null;
        var regions = found.get("region");
        if (regions != null) {
            var first = regions.entrySet().iterator().next();
            Map<String, Object> ref = relations.ref(first.getKey(), first.getValue(), langOrder);
            region = new LinkedHashMap<>();
            region.put("iri", ref.get("iri"));
            region.put("label", ref.get("label"));
            region.put("page", ref.get("page"));
        }
        out.put("legalForm", legalForm);
        out.put("region", region);
    }

    private List<Map<String, Object>> mentionedIn(String iri, Map<String, Long> truncated) {
        var e = Map.of("e", Graphs.iri(iri));
        Map<String, Map<String, Object>> bySource = new LinkedHashMap<>();
        int rows = graphs.select(MENTIONED_IN, e, s -> bySource.computeIfAbsent(Graphs.str(s, "src"),
                src -> relations.source(Graphs.str(s, "id"), Graphs.str(s, "title"), src))).size();
        List<Map<String, Object>> out = new ArrayList<>(bySource.values());
        if (rows > Relations.CAP) {
            long total = graphs.select(COUNT_MENTIONED_IN, e, s -> s.getLiteral("n").getLong()).get(0);
            out = out.subList(0, Math.min(Relations.CAP, out.size()));
            if (total > out.size()) truncated.put("mentionedIn", total);
        }
        return out;
    }

    /** The facts, each other end still a bare IRI ({@link #refer} names them). */
    private List<Map<String, Object>> facts(String iri, Map<String, Long> truncated) {
        var e = Map.of("e", Graphs.iri(iri));
        Map<String, Map<String, Object>> byFact = new LinkedHashMap<>();
        List<QuerySolution> rows = graphs.rows(FACTS, e);
        for (QuerySolution s : rows) {
            String fact = s.getResource("fact").getURI();
            if (byFact.containsKey(fact)) continue;
            Map<String, Object> f = new LinkedHashMap<>();
            String prop = s.getResource("prop").getURI();
            Predicate predicate = GraphWriter.predicateOf(prop);
            f.put("fact", fact);
            f.put("predicate", predicate == null ? null : predicate.goldName());
            f.put("property", prop);
            f.put("direction", Graphs.str(s, "dir"));
            RDFNode o = s.get("other");
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                f.put("value", l.getLexicalForm());
                f.put("datatype", l.getDatatypeURI());
            } else {
                f.put("other", o.asResource().getURI());
            }
            f.put("role", Graphs.str(s, "role"));
            f.put("postTitle", Graphs.str(s, "postTitle"));
            f.put("confidence", s.getLiteral("conf").getDouble());
            f.put("source", relations.source(Graphs.str(s, "srcId"), Graphs.str(s, "title"), null));
            f.put("quote", Graphs.str(s, "quote"));
            f.put("start", s.getLiteral("start").getInt());
            f.put("end", s.getLiteral("end").getInt());
            byFact.put(fact, f);
        }
        List<Map<String, Object>> out = new ArrayList<>(byFact.values());
        if (rows.size() > MAX_FACTS) {
            long total = graphs.select(COUNT_FACTS, e, s -> s.getLiteral("n").getLong()).get(0);
            out = out.subList(0, Math.min(MAX_FACTS, out.size()));
            if (total > out.size()) truncated.put("facts", total);
        }
        return out;
    }

    /** Each fact's other end as a reference with its label, reading only the names the relations did not read. */
    private void refer(List<Map<String, Object>> facts, Map<String, Relations.Info> known, List<String> langOrder) {
        Set<String> missing = new LinkedHashSet<>();
        for (Map<String, Object> f : facts) {
            if (f.get("other") instanceof String other && !known.containsKey(other)) missing.add(other);
        }
        Map<String, Relations.Info> info = new HashMap<>(known);
        info.putAll(relations.info(missing));
        for (Map<String, Object> f : facts) {
            if (f.get("other") instanceof String other) {
                f.put("other", relations.ref(other, info.getOrDefault(other, Relations.Info.NONE).labels(), langOrder));
            }
        }
    }
}
