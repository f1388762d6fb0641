package kz.qogam.ingest.text;

import java.util.List;
import java.util.Set;

/**
 * The pieces of Russian inflection the rules need: cases, gender/number, and the case endings
 * of adjectives. Kept apart from the algorithms so that both the noun tables and the phrase
 * normaliser read the same facts.
 */
final class RussianGrammar {
    private RussianGrammar() {}

    enum Case { NOM, GEN, DAT, ACC, INS, PREP }

    /** Gender in the singular, or plural (where Russian does not mark gender). */
    enum Gn { M, F, N, PL }

    /** One reading of a form: its case and gender/number. */
    record Feature(Case c, Gn gn) {}

    /** Singular readings first: names of organisations and events are mostly singular. */
    static final List<Case> CASE_PREFERENCE = List.of(Case.NOM, Case.GEN, Case.PREP, Case.DAT, Case.INS, Case.ACC);

    static final String VOWELS = "аеёиоуыэюя";
    static final String VELARS = "кгх";
    static final String SIBILANTS = "жшчщ";

    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    /** An adjective ending and what it can mean, longest endings first. */
    record AdjectiveEnding(String ending, Set<Feature> features) {}

    static final List<AdjectiveEnding> ADJECTIVE_ENDINGS = List.of(
            adj("ыми", f(Case.INS, Gn.PL)), adj("ими", f(Case.INS, Gn.PL)),
            adj("ого", f(Case.GEN, Gn.M), f(Case.GEN, Gn.N), f(Case.ACC, Gn.M)),
            adj("его", f(Case.GEN, Gn.M), f(Case.GEN, Gn.N), f(Case.ACC, Gn.M)),
            adj("ому", f(Case.DAT, Gn.M), f(Case.DAT, Gn.N)), adj("ему", f(Case.DAT, Gn.M), f(Case.DAT, Gn.N)),
            adj("ый", f(Case.NOM, Gn.M), f(Case.ACC, Gn.M)), adj("ий", f(Case.NOM, Gn.M), f(Case.ACC, Gn.M)),
            adj("ой", f(Case.NOM, Gn.M), f(Case.ACC, Gn.M), f(Case.GEN, Gn.F), f(Case.DAT, Gn.F), f(Case.INS, Gn.F), f(Case.PREP, Gn.F)),
            adj("ей", f(Case.GEN, Gn.F), f(Case.DAT, Gn.F), f(Case.INS, Gn.F), f(Case.PREP, Gn.F)),
            adj("ая", f(Case.NOM, Gn.F)), adj("яя", f(Case.NOM, Gn.F)),
            adj("ое", f(Case.NOM, Gn.N), f(Case.ACC, Gn.N)), adj("ее", f(Case.NOM, Gn.N), f(Case.ACC, Gn.N)),
            adj("ые", f(Case.NOM, Gn.PL), f(Case.ACC, Gn.PL)), adj("ие", f(Case.NOM, Gn.PL), f(Case.ACC, Gn.PL)),
            adj("ую", f(Case.ACC, Gn.F)), adj("юю", f(Case.ACC, Gn.F)),
            adj("ою", f(Case.INS, Gn.F)), adj("ею", f(Case.INS, Gn.F)),
            adj("ых", f(Case.GEN, Gn.PL), f(Case.PREP, Gn.PL), f(Case.ACC, Gn.PL)),
            adj("их", f(Case.GEN, Gn.PL), f(Case.PREP, Gn.PL), f(Case.ACC, Gn.PL)),
            adj("ым", f(Case.INS, Gn.M), f(Case.INS, Gn.N), f(Case.DAT, Gn.PL)),
            adj("им", f(Case.INS, Gn.M), f(Case.INS, Gn.N), f(Case.DAT, Gn.PL)),
            adj("ом", f(Case.PREP, Gn.M), f(Case.PREP, Gn.N)), adj("ем", f(Case.PREP, Gn.M), f(Case.PREP, Gn.N)));

    /** Nouns in these endings look like adjectives but are not: «объединение», «развитие», «оружие». */
    private static final List<String> NOUN_LOOKALIKES = List.of("ение", "ание", "тие", "вие", "жие", "ье");

    /** The adjective ending of a word, or null when it does not read as an adjective. */
    static AdjectiveEnding adjectiveEnding(String lowerWord) {
        for (String s : NOUN_LOOKALIKES) {
            if (lowerWord.endsWith(s)) return null;
        }
        for (AdjectiveEnding e : ADJECTIVE_ENDINGS) {
            // A stem of at least three letters: «мой», «ей», «им» are not adjectives of a name.
            if (lowerWord.endsWith(e.ending()) && lowerWord.length() - e.ending().length() >= 3) return e;
        }
        return null;
    }

    /**
     * The nominative of an adjective for a gender/number. {@code stressedEnding} says the masculine
     * takes a stressed «-ой» (областной, городской), which the written oblique forms do not show.
     */
    static String adjectiveNominative(String lowerWord, AdjectiveEnding ending, Gn gn, boolean stressedEnding) {
        String stem = lowerWord.substring(0, lowerWord.length() - ending.ending().length());
        char last = stem.charAt(stem.length() - 1);
        boolean velar = VELARS.indexOf(last) >= 0;
        boolean sibilant = SIBILANTS.indexOf(last) >= 0 || last == 'ц';
        char firstVowel = ending.ending().charAt(0);
        boolean soft = !velar && !sibilant && "еияю".indexOf(firstVowel) >= 0;
        if (stem.equals("треть")) return switch (gn) { // the one soft-sign ordinal: третий, третья, третье
            case M -> "третий"; case F -> "третья"; case N -> "третье"; case PL -> "третьи";
        };
        return stem + switch (gn) {
            case M -> stressedEnding ? "ой" : (velar || sibilant || soft) ? "ий" : "ый";
            case F -> soft ? "яя" : "ая";
            case N -> stressedEnding ? "ое" : (soft || sibilant) ? "ее" : "ое";
            case PL -> (velar || sibilant || soft) ? "ие" : "ые";
        };
    }

    private static AdjectiveEnding adj(String ending, Feature... features) {
        return new AdjectiveEnding(ending, Set.of(features));
    }

    private static Feature f(Case c, Gn gn) {
        return new Feature(c, gn);
    }
}
