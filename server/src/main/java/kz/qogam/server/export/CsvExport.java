package kz.qogam.server.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.rdf.GraphWriter;
import kz.qogam.ontology.Ontology;
import kz.qogam.ontology.Qg;
import kz.qogam.server.api.Labels;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Flat tables for spreadsheets, in CSV after RFC 4180 (a header row, CRLF line ends, fields
 * quoted when they hold a comma, a quote or a line break, quotes doubled):
 *
 * <ul>
 * <li>{@code entities}: one row per person, organisation, event and place: IRI, kind, slug, the
 *   canonical name in the preferred language and in each of ru, kk, kk-Latn and en, the other
 *   names, types, legal form / event kind / place kind, where it is based or takes place, the
 *   sources that name it and its Wikidata item.</li>
 * <li>{@code facts}: one row per fact: the fact's IRI, the predicate (holdsPost, memberOf, …) and
 *   property, subject and object with their names, the role, the confidence, the source (id and
 *   title) and the quoted sentence with its offsets.</li>
 * </ul>
 *
 * <p>A cell that would start with {@code =}, {@code +}, {@code -} or {@code @} gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula (texts can say
 * anything).
 */
public final class CsvExport {
    public static final List<String> TABLES = List.of("entities", "facts");
    private static final List<String> LANGS = List.of("ru", "kk", "kk-Latn", "en");

    private static final String ENTITY_PROPERTIES = """
            SELECT DISTINCT ?e ?p ?o WHERE {
              VALUES ?e {}
              ?e ?p ?o
              FILTER(?p IN (rdf:type, skos:prefLabel, skos:altLabel, skos:hiddenLabel, skos:notation, org:classification,
                            qg:eventKind, qg:placeKind, qg:basedIn, schema:location, schema:containedInPlace, qg:mentionedIn,
                            owl:sameAs, schema:startDate))
            }""";
    private static final String FACT_DETAILS = """
            SELECT ?f ?s ?prop ?o ?role ?roleLabel ?conf ?srcId ?title ?quote ?start ?end WHERE {
              VALUES ?f {}
              ?f qg:subject ?s ; qg:property ?prop ; qg:object ?o .
              OPTIONAL { ?f qg:confidence ?conf }
              OPTIONAL { ?f org:role ?role }
              OPTIONAL { ?f qg:roleLabel ?roleLabel }
              OPTIONAL { ?f prov:wasDerivedFrom ?src OPTIONAL { ?src dcterms:identifier ?srcId } OPTIONAL { ?src dcterms:title ?title } }
              OPTIONAL { ?f qg:evidence/oa:hasSelector ?qs . ?qs a oa:TextQuoteSelector ; oa:exact ?quote }
              OPTIONAL { ?f qg:evidence/oa:hasSelector ?ps . ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }
            }""";
    private static final String LABELS = """
            SELECT ?x ?label WHERE {
              VALUES ?x {}
              ?x skos:prefLabel ?label
            }""";

    private final Rows rows;
    private final Writer out;
    private final List<String> order;
    private final PrefixMapping prefixes = Ontology.prefixes();
    private final Map<String, Map<String, String>> conceptLabels = new HashMap<>();
    private long written;

    /**
     * @param order the label languages, best first, for the {@code label} columns
     */
    public CsvExport(DatasetGraph dsg, Writer out, List<String> order) {
        this.rows = new Rows(dsg);
        this.out = out;
        this.order = order;
    }

    /** Writes the table (one of {@link #TABLES}); returns the number of data rows. */
    public long write(String table) throws IOException {
        rows.select("SELECT ?c ?l WHERE { ?c a skos:Concept ; skos:prefLabel ?l }", b -> conceptLabels
                .computeIfAbsent(b.get("c").getURI(), k -> new TreeMap<>()).putIfAbsent(b.get("l").getLiteralLanguage(), b.get("l").getLiteralLexicalForm()));
        switch (table) {
            case "entities" -> entities();
            case "facts" -> facts();
            default -> throw new IllegalArgumentException("No table '" + table + "'; tables: " + String.join(", ", TABLES));
        }
        out.flush();
        return written - 1;
    }

    private void entities() throws IOException {
        record(List.of("iri", "kind", "slug", "label", "label_ru", "label_kk", "label_kk_latn", "label_en", "other_names",
                "types", "category", "based_in_or_location", "sources", "wikidata"));
        List<Node> iris = rows.list("""
                SELECT DISTINCT ?e WHERE {
                  VALUES ?c { foaf:Person org:Organization schema:Event schema:Place }
                  ?e a ?c FILTER(isIRI(?e))
                }""", "e");
        IOException[] failure = new IOException[1];
        rows.batches(ENTITY_PROPERTIES, "e", iris, batch -> {
            Set<Node> refs = new LinkedHashSet<>();
            for (List<Binding> props : batch.values()) {
                for (Binding b : props) {
                    String p = b.get("p").getURI();
                    if (p.equals(Qg.NS + "basedIn") || p.equals(Qg.SCHEMA + "location") || p.equals(Qg.SCHEMA + "containedInPlace")) refs.add(b.get("o"));
                }
            }
            Map<Node, Map<String, String>> refLabels = labels(refs);
            for (Map.Entry<Node, List<Binding>> e : batch.entrySet()) {
                if (failure[0] != null) return;
                try {
                    entity(e.getKey().getURI(), e.getValue(), refLabels);
                } catch (IOException ex) {
                    failure[0] = ex;
                }
            }
        });
        if (failure[0] != null) throw failure[0];
    }

    private void entity(String iri, List<Binding> props, Map<Node, Map<String, String>> refLabels) throws IOException {
        Map<String, String> pref = new TreeMap<>();
        Set<String> other = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        Set<String> category = new LinkedHashSet<>();
        Set<String> where = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> wikidata = new LinkedHashSet<>();
        for (Binding b : props) {
            String p = b.get("p").getURI();
            Node o = b.get("o");
            switch (p) {
                case Qg.SKOS + "prefLabel" -> {
                    if (pref.putIfAbsent(o.getLiteralLanguage(), o.getLiteralLexicalForm()) != null) other.add(o.getLiteralLexicalForm());
                }
                case Qg.SKOS + "altLabel", Qg.SKOS + "hiddenLabel", Qg.SKOS + "notation" -> {
                    if (o.isLiteral()) other.add(o.getLiteralLexicalForm());
                }
                case "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" -> {
                    if (o.isURI()) types.add(qname(o.getURI()));
                }
                case Qg.ORG + "classification", Qg.NS + "eventKind", Qg.NS + "placeKind" -> {
                    if (o.isURI()) category.add(pick(conceptLabels.getOrDefault(o.getURI(), Map.of()), o.getURI()));
                }
                case Qg.NS + "basedIn", Qg.SCHEMA + "location", Qg.SCHEMA + "containedInPlace" -> {
                    if (o.isURI()) where.add(pick(refLabels.getOrDefault(o, Map.of()), o.getURI()));
                }
                case Qg.NS + "mentionedIn" -> {
                    if (o.isURI()) sources.add(o.getURI().substring(o.getURI().lastIndexOf('/') + 1));
                }
                case Qg.OWL + "sameAs" -> {
                    if (o.isURI() && o.getURI().startsWith("http://www.wikidata.org/entity/")) wikidata.add(o.getURI());
                }
                default -> { }
            }
        }
        String label = pick(pref, iri);
        for (String l : pref.values()) other.remove(l);
        String[] path = iri.split("/");
        String kind = path.length >= 2 ? path[path.length - 2] : "";
        List<String> row = new ArrayList<>();
        row.add(iri);
        row.add(kind);
        row.add(path[path.length - 1]);
        row.add(label);
        for (String lang : LANGS) row.add(pref.getOrDefault(lang, ""));
        row.add(String.join(" | ", other));
        row.add(String.join(" ", types));
        row.add(String.join(" | ", category));
        row.add(String.join(" | ", where));
        row.add(String.join(" ", sources));
        row.add(String.join(" ", wikidata));
        record(row);
    }

    private void facts() throws IOException {
        record(List.of("fact", "predicate", "property", "subject", "subject_label", "object", "object_label", "role", "role_label",
                "confidence", "source", "source_title", "quote", "start", "end"));
        List<Node> facts = rows.list("SELECT DISTINCT ?f WHERE { ?f a qg:Fact FILTER(isIRI(?f)) }", "f");
        IOException[] failure = new IOException[1];
        rows.batches(FACT_DETAILS, "f", facts, batch -> {
            Set<Node> refs = new LinkedHashSet<>();
            for (List<Binding> rs : batch.values()) {
                for (Binding b : rs) {
                    if (b.get("s").isURI()) refs.add(b.get("s"));
                    if (b.get("o").isURI()) refs.add(b.get("o"));
                }
            }
            Map<Node, Map<String, String>> refLabels = labels(refs);
            for (Map.Entry<Node, List<Binding>> e : batch.entrySet()) {
                if (e.getValue().isEmpty() || failure[0] != null) continue;
                try {
                    fact(e.getKey().getURI(), e.getValue(), refLabels);
                } catch (IOException ex) {
                    failure[0] = ex;
                }
            }
        });
        if (failure[0] != null) throw failure[0];
    }

    private void fact(String fact, List<Binding> rs, Map<Node, Map<String, String>> refLabels) throws IOException {
        Binding b = rs.get(0);
        Map<String, String> roleLabels = new TreeMap<>();
        for (Binding r : rs) {
            Node rl = r.get("roleLabel");
            if (rl != null && rl.isLiteral()) roleLabels.putIfAbsent(rl.getLiteralLanguage(), rl.getLiteralLexicalForm());
        }
        String prop = Rows.str(b, "prop");
        Predicate predicate = GraphWriter.predicateOf(prop);
        Node s = b.get("s");
        Node o = b.get("o");
        String role = Rows.str(b, "role");
        List<String> row = new ArrayList<>();
        row.add(fact);
        row.add(predicate == null ? "" : predicate.goldName());
        row.add(qname(prop));
        row.add(s.isURI() ? s.getURI() : s.toString());
        row.add(s.isURI() ? pick(refLabels.getOrDefault(s, Map.of()), "") : "");
        row.add(o.isURI() ? o.getURI() : o.isLiteral() ? o.getLiteralLexicalForm() : o.toString());
        row.add(o.isURI() ? pick(refLabels.getOrDefault(o, Map.of()), "") : "");
        row.add(role == null ? "" : pick(conceptLabels.getOrDefault(role, Map.of()), role));
        row.add(pick(roleLabels, ""));
        row.add(nz(Rows.str(b, "conf")));
        row.add(nz(Rows.str(b, "srcId")));
        row.add(nz(Rows.str(b, "title")));
        row.add(nz(Rows.str(b, "quote")));
        row.add(nz(Rows.str(b, "start")));
        row.add(nz(Rows.str(b, "end")));
        record(row);
    }

    private Map<Node, Map<String, String>> labels(Set<Node> nodes) {
        Map<Node, Map<String, String>> out = new HashMap<>();
        rows.withValues(LABELS, "x", nodes, b -> {
            Node l = b.get("label");
            if (l.isLiteral()) out.computeIfAbsent(b.get("x"), k -> new TreeMap<>()).putIfAbsent(l.getLiteralLanguage(), l.getLiteralLexicalForm());
        });
        return out;
    }

    private String pick(Map<String, String> byLang, String fallback) {
        String label = Labels.pick(byLang, order);
        return label == null ? fallback : label;
    }

    private String qname(String iri) {
        String q = prefixes.qnameFor(iri);
        return q == null ? iri : q;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
        written++;
    }

    /** One field after RFC 4180, with formula-looking text defused (a leading =, +, - or @ gets a '). */
    public static String field(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
