package kz.qogam.ingest.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.text.GivenNames;
import kz.qogam.ingest.text.NameNormalizer;

/**
 * People: mentions with the same surname are one person when their given names agree — spelled
 * alike, or one only an initial («Г. Муратова» = «Гульжанат Муратова»), or absent («Токаев»); a
 * given name alone, maybe with a word of address («Айгуль», «Ерлан мырза»), is the one person named
 * in full with it.
 * Kazakh and Russian spellings of a name are the same name («Жазықбаева» = «Жазыкбаева»). The
 * canonical name is the fullest one with a given name.
 */
final class PersonResolver {
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern PATRONYMIC = Pattern.compile(".+(ович|евич|ич|овна|евна|ична|ұлы|улы|қызы|кызы)");
    private static final Pattern SURNAME = Pattern.compile(".{2,}(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|енко)");

    private final GivenNames givenNames;
    private final UnaryOperator<String> toReading;

    /** {@code toReading} gives a name's Cyrillic reading (for the list of given names) in a Latin-script text. */
    PersonResolver(GivenNames givenNames, UnaryOperator<String> toReading) {
        this.givenNames = givenNames;
        this.toReading = toReading;
    }

    /** A name taken apart: the surname's key and the given name's (or its initial); {@code givenOnly}: no surname at all. */
    private record Parts(String surname, String given, boolean initialOnly, boolean givenOnly) {
        boolean partial() {
            return given == null || initialOnly || givenOnly;
        }
    }

    /** Words of address that go with a given name alone: «Ерлан мырза», «Айгүл ханым». */
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("мырза", "ханым", "апай", "аға", "ағай", "господин", "госпожа");

    List<Entity> resolve(List<Mention> mentions, String lang, Language reading) {
        List<Cluster> clusters = new ArrayList<>();
        List<Parts> parts = new ArrayList<>();
        List<Mention> ordered = new ArrayList<>(mentions);
        // Full names first, so that short forms find the person they stand for.
        ordered.sort(Comparator.comparing((Mention m) -> parts(m, reading).partial()).thenComparing(Mention::span));
        for (Mention m : ordered) {
            Parts p = parts(m, reading);
            List<Cluster> same = new ArrayList<>();
            for (int i = 0; i < clusters.size(); i++) {
                if (samePerson(parts.get(i), p)) same.add(clusters.get(i));
            }
            // «По словам Досжанова», «Д. Ахметова»: a Russian surname in «-а», alone or after an initial, is a man's in the
            // genitive as well as a woman's; it is the man named in full when no woman of that name is.
            if (same.isEmpty() && (p.given() == null || p.initialOnly()) && reading == Language.RUSSIAN) {
                for (int i = 0; i < clusters.size(); i++) {
                    Parts full = parts.get(i);
                    if (full.given() != null && (full.surname() + "а").equals(p.surname())
                            && (p.given() == null || full.given().charAt(0) == p.given().charAt(0))) same.add(clusters.get(i));
                }
            }
            // «– Айгуль, сколько …», «Ерлан мырза»: a given name alone is the one person of the text named in full with it.
            if (same.isEmpty() && p.givenOnly()) {
                for (int i = 0; i < clusters.size(); i++) {
                    Parts full = parts.get(i);
                    if (!full.partial() && full.given().equals(p.given())) same.add(clusters.get(i));
                }
                if (same.size() > 1) same.clear();
            }
            Cluster c = same.size() == 1 && p.givenOnly() ? same.get(0) : Cluster.antecedent(same, m.start());
            if (c == null) {
                clusters.add(new Cluster(m));
                parts.add(p);
            } else {
                c.mentions.add(m);
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Cluster c : clusters) {
            String name = CanonicalNames.choose(c.mentions, Comparator.comparing((String n) -> hasGivenName(n, reading) ? 0 : 1)
                    .thenComparing(n -> -n.split("\\s+").length));
            Entity e = new Entity(EntityKind.PERSON, new Label(name, lang));
            c.mentions.sort(Comparator.comparing(Mention::span));
            c.mentions.forEach(e::addMention);
            CanonicalNames.apply(e, name, lang);
            out.add(e);
        }
        return out;
    }

    private static boolean samePerson(Parts a, Parts b) {
        if (!a.surname().equals(b.surname())) return false;
        if (a.given() == null || b.given() == null) return true;
        if (a.initialOnly() || b.initialOnly()) return a.given().charAt(0) == b.given().charAt(0);
        return a.given().equals(b.given());
    }

    private Parts parts(Mention m, Language reading) {
        String[] words = m.normalized().strip().split("\\s+");
        String given = null;
        boolean initialOnly = false;
        List<String> rest = new ArrayList<>();
        for (String w : words) {
            if (INITIAL.matcher(w).matches()) {
                if (given == null) {
                    given = NameNormalizer.fold(w.substring(0, 1));
                    initialOnly = true;
                }
            } else if (given == null && givenNames.isGivenName(toReading.apply(w), reading)) {
                given = NameNormalizer.fold(w);
            } else if (!PATRONYMIC.matcher(toReading.apply(w).toLowerCase(java.util.Locale.ROOT)).matches()
                    && !HONORIFICS.contains(toReading.apply(w).toLowerCase(java.util.Locale.ROOT))) {
                rest.add(w);
            }
        }
        if (rest.isEmpty() && given != null && !initialOnly) return new Parts(given, given, false, true);
        // The surname: the word that ends like one, else the last that is neither given name nor patronymic.
        String surname = rest.stream().filter(w -> SURNAME.matcher(toReading.apply(w).toLowerCase(java.util.Locale.ROOT)).matches())
                .findFirst().orElse(rest.isEmpty() ? words[words.length - 1] : rest.get(rest.size() - 1));
        surname = NameNormalizer.fold(surname);
        return new Parts(surname, given, initialOnly, false);
    }

    private boolean hasGivenName(String name, Language reading) {
        for (String w : name.split("\\s+")) {
            if (givenNames.isGivenName(toReading.apply(w), reading)) return true;
        }
        return false;
    }
}
