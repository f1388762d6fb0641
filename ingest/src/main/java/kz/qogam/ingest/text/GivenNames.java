package kz.qogam.ingest.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qogam.ingest.doc.Language;

/**
 * Given names of people in Kazakhstan, Russian and Kazakh spellings, from the resource
 * {@code kz/qogam/ingest/lexicon/given-names.txt}. Finds a name in any of its forms: Russian
 * case forms («Сергея», «Айзаде») and Kazakh case endings («Мұратқа»).
 */
public final class GivenNames {
    /** A name's gender, EITHER for names both men and women bear (Жанат, Бақыт). */
    public enum Gender { MALE, FEMALE, EITHER }

    /** By folded key ({@link #fold}). */
    private final Map<String, Gender> genders = new HashMap<>();
    /** Every spelling as listed, lower case, for the Russian case forms. */
    private final Map<String, Gender> spellings = new HashMap<>();
    /** Folded keys of the names listed for the rules only, which the name finder's features do not mark. */
    private final java.util.Set<String> rulesOnly = new java.util.HashSet<>();
    private final RussianNouns russianForms = new RussianNouns();

    private GivenNames() {}

    /** The shipped list. */
    public static GivenNames standard() {
        return parse(ResourceLines.read("given-names.txt"));
    }

    /**
     * A list in the resource's format: {@code ## male} / {@code ## female} sections of names; a
     * section headed {@code ## male rules} or {@code ## female rules} lists names for the rules only.
     */
    static GivenNames parse(List<String> lines) {
        GivenNames names = new GivenNames();
        Gender section = null;
        boolean rules = false;
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.startsWith("## ")) {
                String[] head = l.substring(3).strip().split("\\s+");
                section = head[0].equals("female") ? Gender.FEMALE : Gender.MALE;
                rules = head.length > 1 && head[1].equals("rules");
            } else if (!l.isEmpty() && !l.startsWith("#")) {
                if (section == null) throw new IllegalArgumentException("A name before the first '## male' or '## female' line: " + l);
                for (String name : l.split("\\s+")) {
                    names.add(name, section);
                    (rules ? names.rulesOnly : listed).add(fold(name.toLowerCase(Locale.ROOT)));
                }
            }
        }
        // A spelling for the rules of a name listed before («Сәлтанат», «Салтанат») leaves that name a feature.
        names.rulesOnly.removeAll(listed);
        names.spellings.forEach(names::addRussianForms);
        return names;
    }

    private void add(String name, Gender g) {
        String lower = name.toLowerCase(Locale.ROOT);
        genders.merge(fold(lower), g, (a, b) -> a == b ? a : Gender.EITHER);
        spellings.merge(lower, g, (a, b) -> a == b ? a : Gender.EITHER);
    }

    /** Names are compared by {@link NameNormalizer#fold}: «Айгүл» and «Айгуль» are one name. */
    private static String fold(String lower) {
        return NameNormalizer.fold(lower);
    }

    private void addRussianForms(String key, Gender g) {
        char last = key.charAt(key.length() - 1);
        boolean vowelEnd = RussianGrammar.isVowel(last);
        // Women's names that end in a consonant (Гульжанат, Айгерім) and names in -и, -у, -е do not decline.
        boolean indeclinable = (g == Gender.FEMALE && !vowelEnd && last != 'ь')
                || (vowelEnd && last != 'а' && last != 'я');
        RussianGrammar.Gn gn = g == Gender.FEMALE ? RussianGrammar.Gn.F : RussianGrammar.Gn.M;
        russianForms.add(key, gn, null, indeclinable);
    }

    /** Whether the word is a given name in some form. */
    public boolean isGivenName(String word, Language language) {
        return nominative(word, language) != null;
    }

    /**
     * Whether the word is a given name the name finder's features mark: one not listed for the
     * rules only, which the shipped models were trained without.
     */
    public boolean isFeatureName(String word, Language language) {
        String nominative = nominative(word, language);
        return nominative != null && !rulesOnly.contains(fold(nominative.toLowerCase(Locale.ROOT)));
    }

    /** The name in its dictionary form (as the text spells it), or null when the word is no given name. */
    public String nominative(String word, Language language) {
        String lower = word.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        if (dash > 0) {
            // «Касым-Жомарта»: a double name is known when its first part is, and declines in its last.
            if (!genders.containsKey(fold(lower.substring(0, dash)))) return null;
            String last = nominative(word.substring(dash + 1), language);
            return word.substring(0, dash + 1) + (last != null ? last : word.substring(dash + 1));
        }
        if (genders.containsKey(fold(lower))) return word;
        if (language == Language.RUSSIAN) {
            for (RussianNouns.Reading r : russianReadings(lower)) {
                return RussianMorphology.restoreCase(word, r.nominative());
            }
        } else {
            String stem = KazakhSuffixes.stripCase(word, 2, 1);
            if (genders.containsKey(fold(stem.toLowerCase(Locale.ROOT)))) return stem;
        }
        return null;
    }

    /** The gender of a given name in any form, or null when the word is no given name. */
    public Gender gender(String word, Language language) {
        String nom = nominative(word, language);
        if (nom == null) return null;
        String key = fold(nom.toLowerCase(Locale.ROOT));
        int dash = key.indexOf('-');
        return genders.get(dash > 0 ? key.substring(0, dash) : key);
    }

    /** The Russian case readings of a given name's form (singular only). */
    List<RussianNouns.Reading> russianReadings(String lowerForm) {
        int dash = lowerForm.lastIndexOf('-');
        if (dash > 0) return russianReadings(lowerForm.substring(dash + 1));
        return russianForms.known(lowerForm).stream().filter(r -> r.gn() != RussianGrammar.Gn.PL).toList();
    }
}
