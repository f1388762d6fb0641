package kz.qogam.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks the label to show from the languages a client prefers. */
public final class Labels {
    public static final List<String> DEFAULT_ORDER = List.of("ru", "kk", "kk-Latn", "en");

    private Labels() {}

    /** The client's language order: {@code ?lang=kk}, else Accept-Language, then the defaults. */
    public static List<String> order(Context ctx) {
        List<String> out = new ArrayList<>();
        String lang = ctx.queryParam("lang");
        if (lang != null && !lang.isBlank()) out.add(lang);
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String tag = part.split(";")[0].trim();
                if (!tag.isEmpty() && !tag.equals("*")) out.add(tag);
            }
        }
        for (String d : DEFAULT_ORDER) {
            if (!out.contains(d)) out.add(d);
        }
        return out;
    }

    /** The best label for the order, falling back to any label, or null when there is none. */
    public static String pick(Map<String, String> byLang, List<String> order) {
        for (String want : order) {
            for (Map.Entry<String, String> e : byLang.entrySet()) {
                if (e.getKey().equalsIgnoreCase(want)) return e.getValue();
            }
            String primary = want.split("-")[0].toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> e : byLang.entrySet()) {
                if (e.getKey().toLowerCase(Locale.ROOT).equals(primary)) return e.getValue();
            }
        }
        return byLang.isEmpty() ? null : byLang.values().iterator().next();
    }
}
