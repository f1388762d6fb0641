package kz.qogam.server.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The items of an Accept, Accept-Language or Accept-Encoding header with their weights
 * (RFC 9110 12.4.2): «da, en-gb;q=0.8, en;q=0.7». One parser for all three headers.
 */
public final class QualityValues {
    /** An item and its weight; an unreadable {@code q} counts as 0 (refused). */
    public record Item(String value, double q) {}

    private QualityValues() {}

    /** The items in header order, values trimmed as written, parameters other than q dropped. */
    public static List<Item> parse(String header) {
        List<Item> out = new ArrayList<>();
        if (header == null) return out;
        for (String part : header.split(",")) {
            String[] bits = part.trim().split(";");
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
            if (!bits[0].isBlank()) out.add(new Item(bits[0].trim(), q));
        }
        return out;
    }

    /** The accepted items (q above 0), highest weight first; equal weights keep header order. */
    public static List<Item> accepted(String header) {
        List<Item> out = new ArrayList<>(parse(header).stream().filter(i -> i.q() > 0).toList());
        out.sort(Comparator.comparingDouble((Item i) -> -i.q()));
        return out;
    }
}
