package kz.qogam.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the index knows of one entity: the union of every graph's {@link Contribution}, each value
 * with the number of graphs that give it. Taking a graph's contribution away subtracts its
 * values, so an entity named in two sources keeps the names of the one that remains, and the
 * cost of an update does not grow with the number of sources that name the entity (Kazakhstan).
 */
final class EntityState {
    /** The stored form. */
    record Data(String kind, int sources, List<NameCount> names, Map<String, Integer> locations,
                Map<String, Integer> forms, Map<String, Integer> placeKinds) {}

    record NameCount(String text, String lang, String prop, int n) {}

    final String kind;
    int sources;
    final Map<Contribution.Name, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> locations = new TreeMap<>();
    final Map<String, Integer> forms = new TreeMap<>();
    final Map<String, Integer> placeKinds = new TreeMap<>();

    EntityState(String kind) {
        this.kind = kind;
    }

    static EntityState of(Data d) {
        EntityState s = new EntityState(d.kind());
        s.sources = d.sources();
        for (NameCount n : d.names()) s.names.put(new Contribution.Name(n.text(), n.lang(), n.prop()), n.n());
        s.locations.putAll(d.locations());
        s.forms.putAll(d.forms());
        s.placeKinds.putAll(d.placeKinds());
        return s;
    }

    Data data() {
        List<NameCount> ns = new ArrayList<>();
        names.forEach((k, n) -> ns.add(new NameCount(k.text(), k.lang(), k.prop(), n)));
        return new Data(kind, sources, ns, locations, forms, placeKinds);
    }

    void add(Contribution c) {
        sources++;
        for (Contribution.Name n : c.names()) names.merge(n, 1, Integer::sum);
        for (String l : c.locations()) locations.merge(l, 1, Integer::sum);
        for (String f : c.forms()) forms.merge(f, 1, Integer::sum);
        for (String p : c.placeKinds()) placeKinds.merge(p, 1, Integer::sum);
    }

    void remove(Contribution c) {
        sources--;
        for (Contribution.Name n : c.names()) decrement(names, n);
        for (String l : c.locations()) decrement(locations, l);
        for (String f : c.forms()) decrement(forms, f);
        for (String p : c.placeKinds()) decrement(placeKinds, p);
    }

    boolean isEmpty() {
        return sources <= 0;
    }

    private static <K> void decrement(Map<K, Integer> m, K k) {
        m.computeIfPresent(k, (key, n) -> n <= 1 ? null : n - 1);
    }

    /** Preferred names by language tag: the one most graphs give, ties to the alphabetically first. */
    Map<String, String> prefLabels() {
        Map<String, Contribution.Name> best = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (Map.Entry<Contribution.Name, Integer> e : names.entrySet()) {
            Contribution.Name n = e.getKey();
            if (!n.prop().equals("pref")) continue;
            Contribution.Name b = best.get(n.lang());
            int c = e.getValue();
            if (b == null || c > counts.get(n.lang()) || c == counts.get(n.lang()) && n.text().compareTo(b.text()) < 0) {
                best.put(n.lang(), n);
                counts.put(n.lang(), c);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        best.forEach((lang, n) -> out.put(lang, n.text()));
        return out;
    }

    /** The name to show: preferred Russian, Kazakh, Kazakh Latin, English, any preferred, else any name. */
    String label() {
        Map<String, String> pref = prefLabels();
        for (String lang : List.of("ru", "kk", "kk-Latn", "en")) {
            if (pref.containsKey(lang)) return pref.get(lang);
        }
        if (!pref.isEmpty()) return pref.values().iterator().next();
        Contribution.Name first = null;
        for (Contribution.Name n : names.keySet()) {
            if (first == null || n.prop().equals("label") && !first.prop().equals("label")) first = n;
        }
        return first == null ? "" : first.text();
    }
}
