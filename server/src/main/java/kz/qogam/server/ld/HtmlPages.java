package kz.qogam.server.ld;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.qogam.ontology.Ontology;
import kz.qogam.server.api.Labels;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

import static kz.qogam.server.http.Html.esc;

/**
 * Server-written HTML for IRIs the web UI has no page for (facts): every triple. Every string from
 * the data is escaped: texts can name anything.
 */
final class HtmlPages {
    private HtmlPages() {}

    static String resource(String iri, String kind, Graph g, Context ctx) {
        PrefixMapping pm = Ontology.prefixes();
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html><html lang=\"").append(esc(Labels.order(ctx).get(0))).append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(esc(iri)).append(" — Qogam</title></head><body>")
                .append("<p><a href=\"/\">Qogam</a> · ").append(esc(kind)).append("</p>")
                .append("<h1><code>").append(esc(iri)).append("</code></h1>");
        h.append("<h2>All statements</h2><table border=\"1\" cellpadding=\"4\"><tr><th>subject</th><th>property</th><th>value</th></tr>");
        List<Triple> triples = new ArrayList<>(g.find().toList());
        triples.sort(Comparator.comparing((Triple t) -> !t.getSubject().hasURI(iri)).thenComparing(t -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : triples) {
            h.append("<tr><td>").append(term(t.getSubject(), pm)).append("</td><td>").append(term(t.getPredicate(), pm))
                    .append("</td><td>").append(term(t.getObject(), pm)).append("</td></tr>");
        }
        h.append("</table><p>Also as <a href=\"").append(esc(iri)).append("\" type=\"text/turtle\">Turtle</a>, JSON-LD, N-Triples and RDF/XML by content negotiation.</p></body></html>");
        return h.toString();
    }

    private static String term(Node n, PrefixMapping pm) {
        if (n.isURI()) {
            String short_ = pm.qnameFor(n.getURI());
            return link(n.getURI(), short_ != null ? short_ : n.getURI());
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            String text = n.getLiteralLexicalForm();
            if (text.length() > 600) text = text.substring(0, 600) + "…";
            return esc(text) + (lang.isEmpty() ? "" : " <small>@" + esc(lang) + "</small>");
        }
        return esc(n.toString());
    }

    private static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }
}
