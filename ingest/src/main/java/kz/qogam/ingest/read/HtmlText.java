package kz.qogam.ingest.read;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The visible text of an HTML page: scripts, styles, navigation and forms dropped, blocks on their own lines. */
final class HtmlText {
    /** Elements whose content a reader of the page does not see or does not read as the article. */
    private static final String INVISIBLE = "script, style, noscript, template, svg, iframe, object, canvas, nav, "
            + "header, footer, aside, form, button, select, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=banner], [role=contentinfo], [style*=display:none], [style*=display: none]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "tr", "table", "section", "article", "blockquote", "pre", "dd", "dt", "dl", "main", "figure",
            "figcaption", "address", "hr", "td", "th");

    private HtmlText() {}

    record Page(String title, String text) {}

    static Page extract(String html) {
        org.jsoup.nodes.Document dom = Jsoup.parse(html);
        String title = dom.title();
        dom.select(INVISIBLE).remove();
        Element body = dom.body();
        if (title.isBlank()) {
            Element h1 = body.selectFirst("h1");
            title = h1 == null ? "" : h1.text();
        }
        StringBuilder out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        return new Page(title.strip(), out.toString());
    }
}
