package kz.qogam.server.ld;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kz.qogam.ontology.Ontology;
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
        h.append("<!doctype html><html lang=\"").append(esc(languages(ctx).get(0))).append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
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

    /** Label languages the data has, in the order shown when the client states no preference. */
    static final List<String> DEFAULT_LANGUAGES = List.of("ru", "kk", "kk-Latn", "en");

    /**
     * The client's label languages, best first: {@code ?lang=}, then the Accept-Language header by
     * its q-values (RFC 9110 12.5.4; order kept among equal weights, {@code q=0} and {@code *}
     * dropped), then the defaults.
     */
    static List<String> languages(Context ctx) {
        return languages(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    }

    static List<String> languages(String lang, String acceptLanguage) {
        List<String> out = new ArrayList<>();
        if (lang != null && lang.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) out.add(lang);
        if (acceptLanguage != null) {
            List<Map.Entry<String, Double>> ranges = new ArrayList<>();
            for (String part : acceptLanguage.split(",")) {
                String[] bits = part.trim().split(";");
                String tag = bits[0].trim();
                double q = 1.0;
                for (int i = 1; i < bits.length; i++) {
                    String b = bits[i].trim();
                    if (b.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(b.substring(2));
                        } catch (NumberFormatException e) {
                            q = 0;
                        }
                    }
                }
                if (q > 0 && tag.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) ranges.add(Map.entry(tag, q));
            }
            ranges.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()));
            for (Map.Entry<String, Double> r : ranges) {
                if (out.stream().noneMatch(t -> t.equalsIgnoreCase(r.getKey()))) out.add(r.getKey());
            }
        }
        for (String d : DEFAULT_LANGUAGES) {
            if (out.stream().noneMatch(t -> t.equalsIgnoreCase(d))) out.add(d);
        }
        return out;
    }

    /** The label for the first language in the order that has one (a region subtag falls back to its language), else any. */
    static String pick(Map<String, String> byLang, List<String> order) {
        for (String want : order) {
            for (Map.Entry<String, String> e : byLang.entrySet()) {
                if (e.getKey().equalsIgnoreCase(want)) return e.getValue();
            }
            String primary = want.split("-")[0];
            for (Map.Entry<String, String> e : byLang.entrySet()) {
                if (e.getKey().equalsIgnoreCase(primary)) return e.getValue();
            }
        }
        return byLang.isEmpty() ? null : byLang.values().iterator().next();
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
