package kz.qogam.server.ld;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.qogam.ontology.Ontology;
import kz.qogam.ontology.Qg;
import kz.qogam.server.api.Labels;
import kz.qogam.server.http.Html;
import kz.qogam.server.http.ProblemException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * {@code /ontology}: the Qogam vocabulary and its SKOS schemes (the content of the
 * {@code {base}/graph/ontology} graph) as HTML documentation for people (every class and
 * property with its labels and comments in English, Russian and Kazakh, and every concept of the
 * legal-form, role, event-kind and place-kind schemes), or as Turtle, JSON-LD, N-Triples or
 * RDF/XML by Accept. The HTML shows the comments in the reader's language first
 * (Accept-Language or {@code ?lang=}).
 */
public final class OntologyPage {
    public static final String PATH = "/ontology";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final List<String> LABEL_COLUMNS = List.of("en", "ru", "kk");
    private static final List<String> CONCEPT_COLUMNS = List.of("en", "ru", "kk", "kk-Latn");

    private final Graph vocabulary = Ontology.vocabulary().getGraph();
    private final String tag = sha(vocabulary);

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::serve);
    }

    private void serve(Context ctx) {
        String mediaType = RdfFormats.negotiate(ctx.header("Accept")).orElseThrow(() -> new ProblemException(406, "Not acceptable",
                "Available: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml"));
        List<String> languages = Labels.order(ctx);
        ctx.header("Vary", "Accept, Accept-Language");
        String etag = "W/\"onto-" + tag + "-" + mediaType.replace('/', '_') + (mediaType.equals(RdfFormats.HTML) ? "-" + String.join(".", languages) : "") + "\"";
        ctx.header("ETag", etag);
        if (DatasetStats.notModified(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        if (mediaType.equals(RdfFormats.HTML)) {
            ctx.contentType("text/html; charset=utf-8").result(html(languages));
            return;
        }
        RDFFormat format = RdfFormats.forMediaType(mediaType);
        ctx.contentType(mediaType + (format.hasCharset() ? "; charset=utf-8" : ""));
        RdfOut.write(vocabulary, ctx.outputStream(), format);
    }

    /** The documentation page, comments in the given language order. */
    String html(List<String> languages) {
        PrefixMapping pm = Ontology.prefixes();
        pm.setNsPrefix("vann", "http://purl.org/vocab/vann/");
        StringBuilder h = new StringBuilder(64 * 1024);
        Node ontology = iri(Qg.ONTOLOGY);
        String title = Labels.pick(langValues(ontology, Qg.DCTERMS + "title"), languages);
        h.append("<!doctype html><html lang=\"").append(Html.esc(languages.get(0))).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\"><title>").append(Html.esc(title == null ? "Qogam vocabulary" : title))
                .append("</title><style>body{font-family:sans-serif;max-width:70em;margin:auto;padding:1em}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}code{background:#f4f4f4}</style></head><body>")
                .append("<p><a href=\"/\">Qogam</a> · ontology</p><h1>").append(Html.esc(title == null ? "Qogam vocabulary" : title)).append("</h1>");
        for (String d : ordered(langValues(ontology, Qg.DCTERMS + "description"), languages)) h.append(d);
        h.append("<p>Namespace <code>").append(Html.esc(Qg.NS)).append("</code> (prefix <code>qg:</code>)");
        String version = first(ontology, Qg.OWL + "versionInfo");
        if (version != null) h.append(", version ").append(Html.esc(version));
        h.append(". Licence: <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache-2.0</a>. Also as ")
                .append("<a href=\"").append(PATH).append("\" type=\"text/turtle\">Turtle</a>, JSON-LD, N-Triples and RDF/XML by content negotiation; ")
                .append("JSON-LD context: <a href=\"").append(JsonLdContext.PATH).append("\">").append(JsonLdContext.PATH).append("</a>; ")
                .append("dataset: <a href=\"/void\">/void</a>.</p>");
        h.append("<p><a href=\"#classes\">Classes</a> · <a href=\"#properties\">Properties</a> · <a href=\"#schemes\">Concept schemes</a></p>");

        h.append("<h2 id=\"classes\">Classes</h2>");
        for (Node c : terms(List.of(Qg.OWL + "Class"))) term(h, c, pm, languages);
        h.append("<h2 id=\"properties\">Properties</h2>");
        for (Node p : terms(List.of(Qg.OWL + "ObjectProperty", Qg.OWL + "DatatypeProperty", "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property"))) {
            term(h, p, pm, languages);
        }

        h.append("<h2 id=\"schemes\">Concept schemes</h2>");
        for (Node scheme : subjectsOfType(Qg.SKOS + "ConceptScheme")) {
            Map<String, String> labels = langValues(scheme, Qg.SKOS + "prefLabel");
            h.append("<h3 id=\"").append(Html.esc(anchor(scheme, pm))).append("\">").append(Html.esc(String.valueOf(Labels.pick(labels, languages))))
                    .append(" <small><code>").append(Html.esc(qname(scheme, pm))).append("</code></small></h3>");
            for (String d : ordered(langValues(scheme, Qg.DCTERMS + "description"), languages)) h.append(d);
            h.append("<table><tr><th>concept</th>");
            for (String l : CONCEPT_COLUMNS) h.append("<th>").append(l).append("</th>");
            h.append("<th>broader</th><th>note</th></tr>");
            List<Node> concepts = new ArrayList<>();
            vocabulary.find(Node.ANY, iri(Qg.SKOS + "inScheme"), scheme).forEachRemaining(t -> concepts.add(t.getSubject()));
            concepts.sort(Comparator.comparing(Node::toString));
            for (Node c : concepts) {
                Map<String, String> pl = langValues(c, Qg.SKOS + "prefLabel");
                h.append("<tr id=\"").append(Html.esc(anchor(c, pm))).append("\"><td><code>").append(Html.esc(qname(c, pm))).append("</code></td>");
                for (String l : CONCEPT_COLUMNS) h.append("<td lang=\"").append(l).append("\">").append(Html.esc(pl.getOrDefault(l, ""))).append("</td>");
                h.append("<td>");
                vocabulary.find(c, iri(Qg.SKOS + "broader"), Node.ANY).forEachRemaining(t -> h.append(link(t.getObject(), pm)).append(' '));
                h.append("</td><td>");
                String note = Labels.pick(langValues(c, Qg.SKOS + "scopeNote"), languages);
                if (note != null) h.append(Html.esc(note));
                h.append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    private void term(StringBuilder h, Node t, PrefixMapping pm, List<String> languages) {
        Map<String, String> labels = langValues(t, Qg.RDFS + "label");
        h.append("<h3 id=\"").append(Html.esc(anchor(t, pm))).append("\"><code>").append(Html.esc(qname(t, pm))).append("</code> ")
                .append(Html.esc(String.valueOf(Labels.pick(labels, languages)))).append("</h3>");
        h.append("<table><tr>");
        for (String l : LABEL_COLUMNS) h.append("<th>").append(l).append("</th>");
        h.append("</tr><tr>");
        for (String l : LABEL_COLUMNS) h.append("<td lang=\"").append(l).append("\">").append(Html.esc(labels.getOrDefault(l, ""))).append("</td>");
        h.append("</tr></table>");
        for (String c : ordered(langValues(t, Qg.RDFS + "comment"), languages)) h.append(c);
        Map<String, String> relations = new LinkedHashMap<>();
        relations.put(Qg.RDFS + "subClassOf", "subclass of");
        relations.put(Qg.RDFS + "subPropertyOf", "subproperty of");
        relations.put(Qg.RDFS + "domain", "domain");
        relations.put(Qg.RDFS + "range", "range");
        relations.put(Qg.OWL + "inverseOf", "inverse of");
        relations.put(Qg.RDFS + "seeAlso", "see also");
        StringBuilder rel = new StringBuilder();
        relations.forEach((p, name) -> {
            List<Triple> ts = vocabulary.find(t, iri(p), Node.ANY).toList();
            if (ts.isEmpty()) return;
            rel.append("<li>").append(name).append(": ");
            for (Triple x : ts) rel.append(link(x.getObject(), pm)).append(' ');
            rel.append("</li>");
        });
        if (!rel.isEmpty()) h.append("<ul>").append(rel).append("</ul>");
    }

    /** The qg: terms of any of the types, sorted by IRI. */
    private List<Node> terms(List<String> types) {
        List<Node> out = new ArrayList<>();
        for (String type : types) {
            for (Node n : subjectsOfType(type)) {
                if (n.isURI() && n.getURI().startsWith(Qg.NS) && !out.contains(n)) out.add(n);
            }
        }
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    private List<Node> subjectsOfType(String type) {
        List<Node> out = new ArrayList<>();
        vocabulary.find(Node.ANY, iri(RDF_TYPE), iri(type)).forEachRemaining(t -> out.add(t.getSubject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }

    private Map<String, String> langValues(Node s, String p) {
        Map<String, String> out = new TreeMap<>();
        vocabulary.find(s, iri(p), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) out.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
        });
        return out;
    }

    /** Paragraphs of a text in each language, the reader's first. */
    private static List<String> ordered(Map<String, String> byLang, List<String> languages) {
        List<String> keys = new ArrayList<>(byLang.keySet());
        keys.sort(Comparator.comparingInt((String k) -> {
            for (int i = 0; i < languages.size(); i++) {
                String want = languages.get(i);
                if (k.equalsIgnoreCase(want) || k.equalsIgnoreCase(want.split("-")[0])) return i;
            }
            return languages.size();
        }));
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add("<p lang=\"" + Html.esc(k) + "\">" + Html.esc(byLang.get(k)) + " <small>(" + Html.esc(k) + ")</small></p>");
        }
        return out;
    }

    private String first(Node s, String p) {
        var it = vocabulary.find(s, iri(p), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static String qname(Node n, PrefixMapping pm) {
        if (!n.isURI()) return n.toString();
        String q = pm.qnameFor(n.getURI());
        return q == null ? n.getURI() : q;
    }

    private static String anchor(Node n, PrefixMapping pm) {
        return qname(n, pm).replace(':', '-');
    }

    /** A link: to the term's section when it is defined here, else to the IRI itself. */
    private String link(Node n, PrefixMapping pm) {
        if (!n.isURI()) return Html.esc(n.toString());
        boolean here = vocabulary.contains(n, Node.ANY, Node.ANY) && (n.getURI().startsWith(Qg.NS) || n.getURI().startsWith("https://qogam.kz/ns/"));
        String href = here ? "#" + anchor(n, pm) : n.getURI();
        return "<a href=\"" + Html.esc(href) + "\"><code>" + Html.esc(qname(n, pm)) + "</code></a>";
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static String sha(Graph g) {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(t.toString()));
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) md.update(l.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
