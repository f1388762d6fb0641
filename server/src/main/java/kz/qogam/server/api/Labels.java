package kz.qogam.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qogam.server.http.QualityValues;

/** Picks the label to show from the languages a client prefers. */
public final class Labels {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    public static final List<String> DEFAULT_ORDER = List.of("ru", "kk", "kk-Latn", "en");

    private Labels() {}

    /**
     * The client's label languages, best first: {@code ?lang=}, then the Accept-Language header by
     * its q-values (RFC 9110 12.5.4; order kept among equal weights, {@code q=0}, {@code *} and
     * malformed tags dropped), then the defaults.
     */
    public static List<String> order(Context ctx) {
        return order(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    }

    /** The same from a {@code lang} parameter and an Accept-Language header, either of them null. */
    public static List<String> order(String lang, String acceptLanguage) {
        List<String> out = new ArrayList<>();
        if (lang != null && TAG.matcher(lang).matches()) out.add(lang);
        for (QualityValues.Item r : QualityValues.accepted(acceptLanguage)) {
            if (TAG.matcher(r.value()).matches()) add(out, r.value());
        }
        for (String d : DEFAULT_ORDER) add(out, d);
        return out;
    }

    private static void add(List<String> order, String tag) {
        if (order.stream().noneMatch(t -> t.equalsIgnoreCase(tag))) order.add(tag);
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
