package kz.qogam.server.ui;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.qogam.ontology.Ontology;

import static kz.qogam.server.http.Html.esc;

/**
 * The web UI for journalists and researchers: one HTML shell per page, whose script
 * ({@code /ui/app.js}) draws it from the JSON API. The shell carries no data from the texts, only
 * the page's name and the ids in its URL, so nothing a text says reaches the HTML unescaped; the
 * scripts put every string into the page as text.
 *
 * <p>Pages, each a real URL: {@code /} search, {@code /id/{kind}/{slug}} an entity or a source
 * (for browsers; {@link kz.qogam.server.ld.LinkedData} negotiates), {@code /paths} how two entities
 * are linked, {@code /regions}, {@code /query} SPARQL. Assets are under {@code /ui/} and
 * {@code /webjars/}, all from the jar.
 */
public final class WebUi {
    private static final String CYTOSCAPE = WebJars.path("org.webjars.npm", "cytoscape", "dist/cytoscape.min.js");
    private static final String YASGUI_JS = WebJars.path("org.webjars.npm", "zazuko__yasgui", "build/yasgui.min.js");
    private static final String YASGUI_CSS = WebJars.path("org.webjars.npm", "zazuko__yasgui", "build/yasgui.min.css");

    private WebUi() {}

    public static void register(JavalinConfig cfg) {
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/ui";
            sf.directory = "/kz/qogam/server/ui";
            sf.location = Location.CLASSPATH;
        });
        cfg.routes.get("/", ctx -> html(ctx, "search", Map.of()));
        cfg.routes.get("/paths", ctx -> html(ctx, "paths", Map.of()));
        cfg.routes.get("/regions", ctx -> html(ctx, "regions", Map.of()));
        cfg.routes.get("/query", ctx -> html(ctx, "sparql", Map.of()));
        // The SPARQL editor completes prefixes from this (prefix.cc's format) instead of fetching prefix.cc.
        cfg.routes.get("/prefixes.json", ctx -> ctx.json(new TreeMap<>(Ontology.prefixes().getNsPrefixMap())));
    }

    /**
     * The page of an entity or a source, titled with its name (for tabs, bookmarks and link
     * previews, before any script runs); the caller has checked that the store knows it.
     */
    public static void resource(Context ctx, String kind, String slug, String name) {
        html(ctx, kind.equals("source") ? "source" : "entity", Map.of("kind", kind, "slug", slug), name);
    }

    private static void html(Context ctx, String page, Map<String, String> data) {
        html(ctx, page, data, null);
    }

    private static void html(Context ctx, String page, Map<String, String> data, String name) {
        ctx.contentType("text/html; charset=utf-8").result(shell(page, data, name));
    }

    static String shell(String page, Map<String, String> data, String name) {
        List<String> styles = new ArrayList<>(List.of("/ui/qogam.css"));
        List<String> scripts = new ArrayList<>();
        if (page.equals("entity")) scripts.add(CYTOSCAPE);
        if (page.equals("sparql")) {
            styles.add(0, YASGUI_CSS);
            scripts.add(YASGUI_JS);
        }
        StringBuilder h = new StringBuilder(2048);
        h.append("<!doctype html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(name == null ? "" : esc(name) + " — ").append("Qogam</title>");
        for (String s : styles) h.append("<link rel=\"stylesheet\" href=\"").append(esc(s)).append("\">");
        h.append("</head>\n<body data-page=\"").append(esc(page)).append('"');
        for (Map.Entry<String, String> e : new TreeMap<>(data).entrySet()) {
            h.append(" data-").append(esc(e.getKey())).append("=\"").append(esc(e.getValue())).append('"');
        }
        h.append(">\n<header class=\"top\"><a class=\"brand\" href=\"/\">Qogam</a><nav>")
                .append("<a href=\"/\" data-i18n=\"nav.search\">Search</a>")
                .append("<a href=\"/paths\" data-i18n=\"nav.paths\">Links</a>")
                .append("<a href=\"/regions\" data-i18n=\"nav.regions\">Regions</a>")
                .append("<a href=\"/query\" data-i18n=\"nav.sparql\">SPARQL</a>")
                .append("<a href=\"/docs\" data-i18n=\"nav.api\">API</a></nav>")
                .append("<label class=\"lang\"><span data-i18n=\"nav.language\">Language</span> <select id=\"lang\">")
                .append("<option value=\"ru\">Русский</option><option value=\"kk\">Қазақша</option><option value=\"en\">English</option>")
                .append("</select></label></header>\n<main id=\"main\"><noscript>This page is drawn by a script; ")
                .append("the same data is at <a href=\"/api\">/api</a> and <a href=\"/sparql\">/sparql</a>.</noscript></main>\n")
                .append("<footer><a href=\"/void\">VoID</a> · <a href=\"/ontology\" data-i18n=\"nav.ontology\">Ontology</a> · ")
                .append("<a href=\"/api/export?format=nquads\" data-i18n=\"nav.dump\">Dump</a> · <a href=\"/openapi.json\">OpenAPI</a></footer>\n");
        for (String s : scripts) h.append("<script src=\"").append(esc(s)).append("\"></script>");
        h.append("<script type=\"module\" src=\"/ui/app.js\"></script>\n</body></html>\n");
        return h.toString();
    }
}
