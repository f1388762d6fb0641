package kz.qogam.ingest.ner;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.TreeSet;
import kz.qogam.ingest.text.Tokenizer;

/**
 * Names of the world's countries, continents and regions, and of the cities that name time zones,
 * in Russian or Kazakh, from the Unicode CLDR data that ICU carries: the project's gazetteer
 * holds Kazakhstan and its neighbours, but news names Дания, Гаити and Исламабад too. A feature
 * of the name finder ({@code wp=country:B}, {@code wp=city:I}, ...), not a source of entities.
 *
 * <p>Words are compared by stem ({@link NerFeatures.Stemmer}), so inflected forms match
 * (Латвию, Минска, Ресейдің, Иранның). The lists depend only on the ICU version, which the build pins.
 */
final class WorldPlaces {
    private record Name(String[] words, String[] stems, String kind) {}

    private static final Map<NerLanguage, WorldPlaces> CACHE = new EnumMap<>(NerLanguage.class);

    /** By the key of the first word. */
    private final Map<String, List<Name>> byFirst = new HashMap<>();

    private WorldPlaces(NerLanguage language) {
        NerFeatures.Stemmer stemmer = new NerFeatures.Stemmer(language);
        ULocale locale = new ULocale(language.code());
        TreeSet<String> countries = new TreeSet<>(), regions = new TreeSet<>(), cities = new TreeSet<>();
        for (Region r : Region.getAvailable(Region.RegionType.TERRITORY)) {
            countries.add(new ULocale("", r.toString()).getDisplayCountry(locale));
        }
        for (Region.RegionType t : new Region.RegionType[] {Region.RegionType.CONTINENT, Region.RegionType.SUBCONTINENT}) {
            for (Region r : Region.getAvailable(t)) regions.add(new ULocale("", r.toString()).getDisplayCountry(locale));
        }
        TimeZoneNames zones = TimeZoneNames.getInstance(locale);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String city = zones.getExemplarLocationName(id);
            if (city != null) cities.add(city);
        }
        countries.forEach(n -> add(n, "country", stemmer));
        regions.forEach(n -> add(n, "region", stemmer));
        cities.forEach(n -> add(n, "city", stemmer));
    }

    static synchronized WorldPlaces of(NerLanguage language) {
        return CACHE.computeIfAbsent(language, WorldPlaces::new);
    }

    private void add(String name, String kind, NerFeatures.Stemmer stemmer) {
        List<String> words = new ArrayList<>();
        for (var t : Tokenizer.tokenize(name)) {
            if (Character.isLetterOrDigit(t.text().charAt(0))) words.add(t.text());
        }
        // Codes ICU gives for regions it cannot name (CQ), and names of one or two letters, are no use.
        if (words.isEmpty() || name.equals(name.toUpperCase(Locale.ROOT)) || name.length() < 3) return;
        String[] stems = words.stream().map(stemmer::nameKey).toArray(String[]::new);
        List<Name> list = byFirst.computeIfAbsent(stems[0], k -> new ArrayList<>());
        for (Name n : list) {
            if (java.util.Arrays.equals(n.stems, stems)) return;
        }
        list.add(new Name(words.toArray(String[]::new), stems, kind));
    }

    /** A name of the lists at tokens [start, end), with its words as the list writes them. */
    record Match(int start, int end, String kind, String[] words) {
        private static final Pattern ADJECTIVE_ENDING = Pattern.compile(".*(ая|ий|ой|ое|ые|ый)");
        private static final Pattern FINAL_VOWEL = Pattern.compile(".*[аеёиоуыэюяьй]");

        /**
         * Whether the tokens are that name's words with endings, not merely words of a common stem
         * («Данн» is no form of «Дания»): each keeps its word but for the ending a case changes
         * (-ия keeps «и», an adjective's two-letter ending goes, another final vowel, «ь» or «й»
         * goes).
         */
        boolean inflects(String[] tokens) {
            for (int k = 0; k < words.length; k++) {
                String w = words[k].toLowerCase(Locale.ROOT), t = tokens[start + k].toLowerCase(Locale.ROOT);
                int keep = w.endsWith("ия") ? w.length() - 1
                        : ADJECTIVE_ENDING.matcher(w).matches() ? w.length() - 2
                        : FINAL_VOWEL.matcher(w).matches() ? w.length() - 1 : w.length();
                if (!t.startsWith(w.substring(0, keep))) return false;
            }
            return true;
        }
    }

    /**
     * Each longest match of a capitalised name, left to right. The stemmer is the caller's:
     * Snowball stemmers are not thread-safe.
     */
    List<Match> find(String[] tokens, NerFeatures.Stemmer stemmer) {
        List<List<String>> keys = new ArrayList<>(tokens.length);
        for (String t : tokens) keys.add(stemmer.textKeys(t));
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Name match = null;
            if (!tokens[i].isEmpty() && Character.isUpperCase(tokens[i].charAt(0))) {
                for (String key : keys.get(i)) {
                    for (Name n : byFirst.getOrDefault(key, List.of())) {
                        if ((match == null || n.stems.length > match.stems.length) && matches(n, keys, i)) match = n;
                    }
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            out.add(new Match(i, i + match.stems.length, match.kind, match.words));
            i += match.stems.length;
        }
        return out;
    }

    /** Adds {@code wp=<kind>:B} / {@code :I} to the tokens of each match ({@link #find}). */
    void mark(String[] tokens, List<List<String>> out, NerFeatures.Stemmer stemmer) {
        for (Match m : find(tokens, stemmer)) {
            for (int k = m.start(); k < m.end(); k++) out.get(k).add("wp=" + m.kind() + (k == m.start() ? ":B" : ":I"));
        }
    }

    /**
     * The kind ({@code country}, {@code city} or {@code region}) of the longest name that starts
     * at token {@code from} and ends by {@code to}, or null.
     */
    String kindAt(String[] tokens, int from, int to, NerFeatures.Stemmer stemmer) {
        List<List<String>> keys = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) keys.add(stemmer.textKeys(tokens[i]));
        Name match = null;
        for (String key : keys.get(0)) {
            for (Name n : byFirst.getOrDefault(key, List.of())) {
                if ((match == null || n.stems.length > match.stems.length) && matches(n, keys, 0)) match = n;
            }
        }
        return match == null ? null : match.kind;
    }

    /** The kind of a name of the lists that spans tokens [from, to) exactly, or null. */
    String kindOf(String[] tokens, int from, int to, NerFeatures.Stemmer stemmer) {
        List<List<String>> keys = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) keys.add(stemmer.textKeys(tokens[i]));
        for (String key : keys.get(0)) {
            for (Name n : byFirst.getOrDefault(key, List.of())) {
                if (n.stems.length == to - from && matches(n, keys, 0)) return n.kind;
            }
        }
        return null;
    }

    private static boolean matches(Name n, List<List<String>> keys, int from) {
        if (from + n.stems.length > keys.size()) return false;
        for (int k = 0; k < n.stems.length; k++) {
            if (!keys.get(from + k).contains(n.stems[k])) return false;
        }
        return true;
    }
}
