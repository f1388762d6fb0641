package kz.qogam.server.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.rdf.GraphWriter;
import kz.qogam.store.Store;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes small knowledge graphs by hand as TriG in the shape of {@code ontology/README.md}: one named
 * graph per source, each with its source node, the entities it describes, and every fact as a
 * {@code qg:Fact} node with its evidence (quote and position selectors) and the shortcut triple, and a
 * {@code qg:Mention} wherever a quote names one of the fact's ends (by its label or a form given with
 * {@link #mentionedAs}), as {@link GraphWriter} writes them.
 *
 * <pre>{@code
 * new ModelTrig()
 *     .person("a", "Айгуль Ахметова").org("x", "Фонд X")
 *     .source("s1")
 *     .fact("person/a", "holdsPost", "organization/x", "Айгуль Ахметова, директор фонда X.", 0.8, "директор")
 *     .load(store);
 * }</pre>
 */
final class ModelTrig {
    static final String BASE = "http://localhost:8080";
    static final String PREFIXES = """
            PREFIX qg: <https://qogam.kz/ns#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX qgpk: <https://qogam.kz/ns/place-kind/>
            PREFIX qgrole: <https://qogam.kz/ns/role/>
            """;

    private record EntityDef(String ref, String label, List<String> more) {}

    private record FactDef(String subject, String predicate, String object, String literal, String quote, double confidence,
                           String role, String more) {}

    private final Map<String, EntityDef> entities = new LinkedHashMap<>();
    private final Map<String, List<FactDef>> bySource = new LinkedHashMap<>();
    private final Map<String, List<String>> forms = new LinkedHashMap<>();
    private String source = "s1";

    static String iri(String ref) {
        return ref.startsWith("http") ? ref : BASE + "/id/" + ref;
    }

    /** An entity described by the sources that name it; {@code more} are extra predicate-object pairs in Turtle. */
    ModelTrig entity(String ref, String label, String... more) {
        entities.put(ref, new EntityDef(ref, label, List.of(more)));
        return this;
    }

    ModelTrig person(String slug, String label, String... more) {
        return entity("person/" + slug, label, more);
    }

    ModelTrig org(String slug, String label, String... more) {
        return entity("organization/" + slug, label, more);
    }

    ModelTrig event(String slug, String label) {
        return entity("event/" + slug, label);
    }

    ModelTrig place(String slug, String label, String placeKind) {
        return entity("place/" + slug, label, "qg:placeKind qgpk:" + placeKind);
    }

    /** Other forms the quotes name an entity by (inflected, or a gazetteer place's), found as mentions like its label. */
    ModelTrig mentionedAs(String ref, String... texts) {
        forms.computeIfAbsent(ref, k -> new ArrayList<>()).addAll(List.of(texts));
        return this;
    }

    /** The source the next facts come from. */
    ModelTrig source(String id) {
        this.source = id;
        return this;
    }

    ModelTrig fact(String subject, String predicate, String object, String quote, double confidence) {
        return fact(subject, predicate, object, quote, confidence, null, null);
    }

    ModelTrig fact(String subject, String predicate, String object, String quote, double confidence, String role) {
        return fact(subject, predicate, object, quote, confidence, role, null);
    }

    /** A fact between two entities; {@code more} is extra Turtle about the fact node (e.g. {@code org:memberDuring [...]}). */
    ModelTrig fact(String subject, String predicate, String object, String quote, double confidence, String role, String more) {
        bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(new FactDef(subject, predicate, object, null, quote, confidence, role, more));
        return this;
    }

    /** A literal-valued fact, e.g. {@code date} with {@code "--11-14"^^xsd:gMonthDay}. */
    ModelTrig literalFact(String subject, String predicate, String literalTurtle, String quote, double confidence) {
        bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(new FactDef(subject, predicate, null, literalTurtle, quote, confidence, null, null));
        return this;
    }

    String trig() {
        StringBuilder sb = new StringBuilder(PREFIXES);
        bySource.forEach((src, facts) -> graph(sb, src, facts));
        return sb.toString();
    }

    /** Parses the TriG straight into the store's dataset, one write transaction. */
    void load(Store store) {
        String trig = trig();
        DatasetGraph dsg = store.embedded().orElseThrow();
        Txn.executeWrite(dsg, () -> RDFParser.fromString(trig, Lang.TRIG).parse(dsg));
    }

    private void graph(StringBuilder sb, String src, List<FactDef> facts) {
        String srcIri = BASE + "/id/source/" + src;
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (FactDef f : facts) {
            if (!text.isEmpty()) text.append(' ');
            int start = text.length();
            text.append(f.quote());
            spans.add(new int[] {start, text.length()});
        }
        sb.append("GRAPH <").append(BASE).append("/graph/source/").append(src).append("> {\n");
        sb.append("<").append(srcIri).append("> a qg:Source ; dcterms:identifier ").append(str(src))
                .append(" ; dcterms:title ").append(str("Текст " + src)).append("@ru ; dcterms:language \"ru\" ; dcterms:format \"text/plain\" ;")
                .append(" qg:contentHash ").append(str(sha256(text.toString()))).append(" ; qg:text ").append(str(text.toString())).append("@ru .\n");
        Set<String> described = new LinkedHashSet<>();
        for (FactDef f : facts) {
            described.add(f.subject());
            if (f.object() != null) described.add(f.object());
        }
        for (String ref : described) {
            EntityDef e = entities.get(ref);
            if (e == null) continue; // a gazetteer place: described in the gazetteer graph
            String kind = ref.substring(0, ref.indexOf('/'));
            String type = switch (kind) {
                case "person" -> "foaf:Person";
                case "organization" -> "org:Organization";
                case "event" -> "schema:Event";
                default -> "schema:Place";
            };
            sb.append("<").append(iri(ref)).append("> a ").append(type).append(" ; skos:prefLabel ").append(str(e.label())).append("@ru ; rdfs:label ")
                    .append(str(e.label())).append("@ru ; qg:mentionedIn <").append(srcIri).append(">");
            for (String m : e.more()) {
                sb.append(" ; ").append(m);
            }
            sb.append(" .\n");
        }
        Map<String, String> mentioned = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            FactDef f = facts.get(i);
            fact(sb, src, i, f, spans.get(i));
            for (String ref : f.object() == null ? List.of(f.subject()) : List.of(f.subject(), f.object())) {
                mention(sb, srcIri, ref, f.quote(), spans.get(i)[0], mentioned);
            }
        }
        sb.append("}\n");
    }

    /** The first of the entity's names the quote contains, as a mention; one entity per span. */
    private void mention(StringBuilder sb, String srcIri, String ref, String quote, int quoteStart, Map<String, String> mentioned) {
        List<String> names = new ArrayList<>(forms.getOrDefault(ref, List.of()));
        if (entities.containsKey(ref)) names.add(0, entities.get(ref).label());
        for (String name : names) {
            int at = quote.indexOf(name);
            if (at < 0) continue;
            int start = quoteStart + at;
            int end = start + name.length();
            String m = srcIri + "#m-" + start + "-" + end;
            if (mentioned.putIfAbsent(m, ref) != null) return;
            sb.append("<").append(m).append("> a qg:Mention ; qg:denotes <").append(iri(ref)).append("> ; qg:mentionType ")
                    .append(str(ref.substring(0, ref.indexOf('/')))).append(" ; oa:hasSource <").append(srcIri)
                    .append("> ; oa:hasSelector <").append(m).append("-quote>, <").append(m).append("-position> .\n");
            sb.append("<").append(m).append("-quote> a oa:TextQuoteSelector ; oa:exact ").append(str(name)).append(" .\n");
            sb.append("<").append(m).append("-position> a oa:TextPositionSelector ; oa:start ").append(start).append(" ; oa:end ").append(end).append(" .\n");
            return;
        }
    }

    private void fact(StringBuilder sb, String src, int n, FactDef f, int[] span) {
        String fact = BASE + "/id/fact/" + src + "-" + n;
        String subject = "<" + iri(f.subject()) + ">";
        String object = f.object() != null ? "<" + iri(f.object()) + ">" : f.literal();
        Predicate p = Predicate.forGoldName(f.predicate());
        String shortcut = "<" + GraphWriter.shortcut(p, EntityKind.forSlug(f.subject().substring(0, f.subject().indexOf('/')))).getURI() + ">";
        String srcIri = "<" + BASE + "/id/source/" + src + ">";
        sb.append("<").append(fact).append("> a qg:Fact ; qg:subject ").append(subject).append(" ; qg:property ").append(shortcut)
                .append(" ; qg:object ").append(object).append(" ; prov:wasDerivedFrom ").append(srcIri)
                .append(" ; qg:confidence \"").append(String.format(java.util.Locale.ROOT, "%.2f", f.confidence())).append("\"^^xsd:decimal")
                .append(" ; qg:extractor \"test\" ; qg:extractorVersion \"0\" ; qg:evidence <").append(fact).append("#evidence>");
        switch (p) {
            case HOLDS_POST, MEMBER_OF -> {
                sb.append(" ; a ").append(p == Predicate.HOLDS_POST ? "qg:Post" : "org:Membership")
                        .append(" ; org:member ").append(subject).append(" ; org:organization ").append(object);
                if (p == Predicate.MEMBER_OF) sb.append(" ; org:role qgrole:member");
                if (f.role() != null) sb.append(" ; qg:roleLabel ").append(str(f.role())).append("@ru");
            }
            case PARTICIPATES_IN -> {
                sb.append(" ; a qg:Participation ; qg:participant ").append(subject).append(" ; qg:event ").append(object);
                if (f.role() != null) sb.append(" ; qg:roleLabel ").append(str(f.role())).append("@ru");
            }
            default -> { }
        }
        if (f.more() != null) sb.append(" ; ").append(f.more());
        sb.append(" .\n");
        sb.append("<").append(fact).append("#evidence> a oa:SpecificResource ; oa:hasSource ").append(srcIri)
                .append(" ; oa:hasSelector <").append(fact).append("#quote>, <").append(fact).append("#position> .\n");
        sb.append("<").append(fact).append("#quote> a oa:TextQuoteSelector ; oa:exact ").append(str(f.quote())).append(" .\n");
        sb.append("<").append(fact).append("#position> a oa:TextPositionSelector ; oa:start ").append(span[0]).append(" ; oa:end ").append(span[1]).append(" .\n");
        sb.append(subject).append(" ").append(shortcut).append(" ").append(object).append(" .\n");
        if (p == Predicate.PARTICIPATES_IN) sb.append(object).append(" schema:attendee ").append(subject).append(" .\n");
        if (p == Predicate.ORGANIZES) sb.append(object).append(" schema:organizer ").append(subject).append(" .\n");
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
