package kz.qogam.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ontology.Qg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

/**
 * Reads what search needs from one named graph: for every entity ({@code …/id/{kind}/{slug}} with
 * kind person, organization, event or place) its names, the places it is in, its legal forms and
 * place kinds.
 */
public final class GraphEntities {
    private static final Pattern ENTITY = Pattern.compile(".+/id/(person|organization|event|place)/[^/#?]+");
    private static final String ORG = "http://www.w3.org/ns/org#";

    /** Name properties and what the index calls them. */
    private static final Map<String, String> NAME_PROPS = Map.of(
            Qg.prefLabel.getURI(), "pref",
            Qg.altLabel.getURI(), "alt",
            Qg.hiddenLabel.getURI(), "hidden",
            Qg.notation.getURI(), "notation",
            RDFS.label.getURI(), "label",
            Qg.schemaName.getURI(), "title");
    /** Properties whose object is a place the subject is in. */
    private static final Set<String> LOCATION_PROPS = Set.of(
            Qg.basedIn.getURI(), Qg.location.getURI(), Qg.containedInPlace.getURI(), Qg.NS + "partOf");
    static final String CLASSIFICATION = ORG + "classification";
    static final String PLACE_KIND = Qg.NS + "placeKind";
    static final String CONTENT_HASH = Qg.NS + "contentHash";
    static final String EXTRACTOR_VERSION = Qg.NS + "extractorVersion";

    /** The predicates search reads, for fetching only these from a store. */
    static final List<String> PREDICATES;

    static {
        List<String> p = new ArrayList<>(NAME_PROPS.keySet());
        p.addAll(LOCATION_PROPS);
        p.add(CLASSIFICATION);
        p.add(PLACE_KIND);
        p.add(CONTENT_HASH);
        p.add(EXTRACTOR_VERSION);
        p.sort(null);
        PREDICATES = List.copyOf(p);
    }

    private GraphEntities() {}

    /** The kind of an entity IRI, or null when the IRI is not an entity's. */
    public static String kindOf(String iri) {
        Matcher m = ENTITY.matcher(iri);
        return m.matches() ? m.group(1) : null;
    }

    /** Every entity the graph describes, by IRI (sorted). */
    public static Map<String, Contribution> read(Graph graph) {
        Map<String, Builder> out = new TreeMap<>();
        for (String p : PREDICATES) {
            Node pred = NodeFactory.createURI(p);
            graph.find(Node.ANY, pred, Node.ANY).forEachRemaining(t -> add(out, p, t));
        }
        Map<String, Contribution> result = new TreeMap<>();
        out.forEach((iri, b) -> result.put(iri, b.build()));
        return result;
    }

    /**
     * What the graph was when read: the source's content hash and extractor version for a source
     * graph, else the number of triples. The same as {@link SearchIndex#sync} computes from a store.
     */
    public static String fingerprint(Graph graph) {
        var hashes = graph.find(Node.ANY, NodeFactory.createURI(CONTENT_HASH), Node.ANY).toList();
        if (hashes.size() == 1 && hashes.get(0).getObject().isLiteral()) {
            Triple h = hashes.get(0);
            var versions = graph.find(h.getSubject(), NodeFactory.createURI(EXTRACTOR_VERSION), Node.ANY).toList();
            String v = versions.isEmpty() ? "" : versions.get(0).getObject().getLiteralLexicalForm();
            return sourceFingerprint(h.getObject().getLiteralLexicalForm(), v);
        }
        return countFingerprint(graph.size());
    }

    static String sourceFingerprint(String hash, String version) {
        return "sha:" + hash + "/" + (version == null ? "" : version);
    }

    static String countFingerprint(long triples) {
        return "triples:" + triples;
    }

    private static void add(Map<String, Builder> out, String p, Triple t) {
        if (!t.getSubject().isURI()) return;
        String s = t.getSubject().getURI();
        String kind = kindOf(s);
        if (kind == null) return;
        Node o = t.getObject();
        String nameProp = NAME_PROPS.get(p);
        if (nameProp != null) {
            if (!o.isLiteral()) return;
            String text = o.getLiteralLexicalForm().strip();
            if (text.isEmpty() || NameAnalysis.words(text).isEmpty()) return;
            out.computeIfAbsent(s, k -> new Builder(kind)).names.add(new Contribution.Name(text, o.getLiteralLanguage(), nameProp));
        } else if (LOCATION_PROPS.contains(p)) {
            if (o.isURI() && !o.getURI().equals(s)) out.computeIfAbsent(s, k -> new Builder(kind)).locations.add(o.getURI());
        } else if (p.equals(CLASSIFICATION)) {
            if (o.isURI() && o.getURI().startsWith(Qg.LEGAL_FORM_NS)) {
                out.computeIfAbsent(s, k -> new Builder(kind)).forms.add(o.getURI().substring(Qg.LEGAL_FORM_NS.length()));
            }
        } else if (p.equals(PLACE_KIND)) {
            if (o.isURI() && o.getURI().startsWith(Qg.PLACE_KIND_NS)) {
                out.computeIfAbsent(s, k -> new Builder(kind)).placeKinds.add(o.getURI().substring(Qg.PLACE_KIND_NS.length()));
            }
        }
    }

    private static final class Builder {
        final String kind;
        final Set<Contribution.Name> names = new LinkedHashSet<>();
        final Set<String> locations = new LinkedHashSet<>();
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> placeKinds = new LinkedHashSet<>();

        Builder(String kind) {
            this.kind = kind;
        }

        Contribution build() {
            List<Contribution.Name> sorted = new ArrayList<>(names);
            // Preferred names first, then by text: the stored order does not depend on triple order.
            sorted.sort(java.util.Comparator.comparingInt((Contribution.Name n) -> n.prop().equals("pref") ? 0 : 1)
                    .thenComparing(Contribution.Name::text).thenComparing(Contribution.Name::lang).thenComparing(Contribution.Name::prop));
            return new Contribution(kind, List.copyOf(sorted), List.copyOf(locations), List.copyOf(forms), List.copyOf(placeKinds));
        }
    }
}
