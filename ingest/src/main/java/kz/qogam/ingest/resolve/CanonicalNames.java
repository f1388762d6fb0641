package kz.qogam.ingest.resolve;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.text.NameNormalizer;

/**
 * Chooses an entity's canonical name among its mentions' nominatives and gives it the rest as
 * alternative labels: names written in ordinary case win over names in capitals, then the name
 * the text uses most, then the first. The country abbreviations РК and ҚР are spelled out in a
 * canonical name, as a reference work prints it («Министерство культуры Республики Казахстан»).
 */
final class CanonicalNames {
    private static final Pattern RK = Pattern.compile("(?<![\\p{L}])РК(?![\\p{L}])");

    private CanonicalNames() {}

    /** The preferred name among the mentions' names (already nominative). */
    static String choose(List<Mention> mentions, Comparator<String> preference) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        for (Mention m : mentions) {
            String key = NameNormalizer.normalize(m.normalized());
            counts.merge(key, 1, Integer::sum);
            String seen = firstSpelling.get(key);
            if (seen == null || (inCapitals(seen) && !inCapitals(m.normalized()))) firstSpelling.put(key, m.normalized());
        }
        Comparator<String> order = preference
                .thenComparing(n -> inCapitals(n) ? 1 : 0)
                .thenComparing(n -> -counts.get(NameNormalizer.normalize(n)));
        return firstSpelling.values().stream().min(order).orElseThrow();
    }

    /** Spells out РК / ҚР in an organisation's name. */
    static String expandCountry(String name, String lang) {
        if (lang.equals("ru")) return name.equals("РК") ? name : RK.matcher(name).replaceAll("Республики Казахстан");
        if (lang.equals("kk")) return name.startsWith("ҚР ") ? "Қазақстан Республикасының " + name.substring(3) : name;
        return name;
    }

    /** Sets the name and gives the entity every other form its mentions show as alternative labels. */
    static void apply(Entity e, String name, String lang) {
        e.rename(new Label(name, lang));
        for (Mention m : e.mentions()) {
            e.addAltLabel(new Label(m.normalized(), lang));
            e.addAltLabel(new Label(m.text().replaceAll("\\s+", " ").strip(), lang));
        }
        e.altLabels().removeIf(l -> l.text().equals(name));
    }

    static boolean inCapitals(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        return letters > 3 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
