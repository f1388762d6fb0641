package kz.qogam.server.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.rdf.GraphWriter;
import kz.qogam.server.Graphs;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** Reads one entity with its names and every fact about it, with the evidence of each. */
public final class Entities {
    private static final String DESCRIPTION = """
            SELECT ?p ?o WHERE {
              ?e ?p ?o
              FILTER(?p IN (skos:prefLabel, skos:altLabel, skos:hiddenLabel, rdf:type, org:classification,
                            qg:eventKind, qg:placeKind, skos:notation, schema:name, qg:iso3166, qg:kato, owl:sameAs))
            }""";
    private static final String EXISTS = "ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }";
    private static final String FACTS = """
            SELECT ?fact ?dir ?prop ?other ?otherLabel ?role ?conf ?srcId ?title ?quote ?start ?end WHERE {
              { ?fact qg:subject ?e ; qg:object ?other . BIND("out" AS ?dir) }
              UNION
              { ?fact qg:object ?e ; qg:subject ?other . BIND("in" AS ?dir) }
              ?fact qg:property ?prop ; qg:confidence ?conf ; prov:wasDerivedFrom ?src ; qg:evidence ?ev .
              ?ev oa:hasSelector ?qs, ?ps .
              ?qs a oa:TextQuoteSelector ; oa:exact ?quote .
              ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
              ?src dcterms:identifier ?srcId ; dcterms:title ?title .
              OPTIONAL { ?fact qg:roleLabel ?role }
              OPTIONAL { ?other skos:prefLabel ?otherLabel }
            }
            ORDER BY ?srcId ?start ?fact""";

    private final Graphs graphs;

    public Entities(Graphs graphs) {
        this.graphs = graphs;
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
        List<QuerySolution> rows = graphs.select(DESCRIPTION, Map.of("e", Graphs.iri(iri)), s -> s);
        for (QuerySolution s : rows) {
            String p = s.getResource("p").getURI();
            RDFNode o = s.get("o");
            String local = p.substring(Math.max(p.lastIndexOf('#'), p.lastIndexOf('/')) + 1);
            if (p.endsWith("core#prefLabel") && o.isLiteral()) {
                prefLabels.putIfAbsent(o.asLiteral().getLanguage(), o.asLiteral().getLexicalForm());
            } else if ((p.endsWith("core#altLabel") || p.endsWith("core#hiddenLabel")) && o.isLiteral()) {
                altLabels.computeIfAbsent(o.asLiteral().getLanguage().isEmpty() ? "und" : o.asLiteral().getLanguage(),
                        k -> new LinkedHashSet<>()).add(o.asLiteral().getLexicalForm());
            } else if (local.equals("type")) {
                types.add(o.asResource().getURI());
            } else {
                other.computeIfAbsent(local, k -> new ArrayList<>()).add(o.isLiteral() ? o.asLiteral().getLexicalForm() : o.asResource().getURI());
            }
        }
        List<Map<String, Object>> facts = facts(iri, langOrder);
        if (rows.isEmpty() && facts.isEmpty() && !exists(iri)) return Optional.empty();

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iri", iri);
        out.put("label", Labels.pick(prefLabels, langOrder));
        out.put("labels", prefLabels);
        out.put("altLabels", altLabels);
        out.put("types", types);
        out.putAll(other);
        out.put("facts", facts);
        return Optional.of(out);
    }

    private List<Map<String, Object>> facts(String iri, List<String> langOrder) {
        Map<String, Map<String, Object>> byFact = new LinkedHashMap<>();
        Map<String, Map<String, String>> otherLabels = new LinkedHashMap<>();
        for (QuerySolution s : graphs.select(FACTS, Map.of("e", Graphs.iri(iri)), s -> s)) {
            String fact = s.getResource("fact").getURI();
            Map<String, Object> f = byFact.get(fact);
            if (f == null) {
                f = new LinkedHashMap<>();
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
                    f.put("other", new LinkedHashMap<>(Map.of("iri", o.asResource().getURI())));
                }
                f.put("role", Graphs.str(s, "role"));
                f.put("confidence", s.getLiteral("conf").getDouble());
                f.put("source", Map.of("id", Graphs.str(s, "srcId"), "title", Graphs.str(s, "title"),
                        "iri", graphs.iris().source(Graphs.str(s, "srcId"))));
                f.put("quote", Graphs.str(s, "quote"));
                f.put("start", s.getLiteral("start").getInt());
                f.put("end", s.getLiteral("end").getInt());
                byFact.put(fact, f);
            }
            if (s.contains("otherLabel")) {
                Literal l = s.getLiteral("otherLabel");
                otherLabels.computeIfAbsent(fact, k -> new TreeMap<>()).putIfAbsent(l.getLanguage(), l.getLexicalForm());
            }
        }
        for (Map.Entry<String, Map<String, Object>> e : byFact.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> otherNode = (Map<String, Object>) e.getValue().get("other");
            if (otherNode != null) {
                otherNode.put("label", Labels.pick(otherLabels.getOrDefault(e.getKey(), Map.of()), langOrder));
            }
        }
        return new ArrayList<>(byFact.values());
    }
}
