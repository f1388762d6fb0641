package kz.qogam.server.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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

    static List<String> order(String lang, String acceptLanguage) {
        List<String> out = new ArrayList<>();
        if (lang != null && TAG.matcher(lang).matches()) out.add(lang);
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
                if (q > 0 && TAG.matcher(tag).matches()) ranges.add(Map.entry(tag, q));
            }
            ranges.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()));
            for (Map.Entry<String, Double> r : ranges) add(out, r.getKey());
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
