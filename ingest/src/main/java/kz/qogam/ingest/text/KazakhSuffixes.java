package kz.qogam.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Kazakh endings that a name takes in running text, in Cyrillic: the case endings (with their
 * variants after vowels, consonants and the 3rd-person possessive), the attributive «-ғы/-гі»
 * after the locative («Шымкенттегі»), the possessive and the plural. Each ending is allowed only
 * after the sounds it follows in the language, which keeps «Астана» from reading as «Аста» + «на»
 * and «Президенті» (possessive) as «Президен» + «ті» (the accusative is «-ті» only after a
 * voiceless consonant).
 */
final class KazakhSuffixes {
    private KazakhSuffixes() {}

    private enum After { VOWEL, VOWEL_OR_NASAL, CONSONANT, VOICELESS, POSSESSIVE, NASAL_OR_POSSESSIVE, ANY }

    private record Ending(String text, After after) {}

    /** Case endings, the attributive forms first so that the longest reading wins. */
    private static final List<Ending> CASES = List.of(
            e("ндағы", After.POSSESSIVE), e("ндегі", After.POSSESSIVE),
            e("дағы", After.ANY), e("дегі", After.ANY), e("тағы", After.VOICELESS), e("тегі", After.VOICELESS),
            e("ндан", After.POSSESSIVE), e("нден", After.POSSESSIVE),
            e("менен", After.ANY),
            e("ның", After.VOWEL_OR_NASAL), e("нің", After.VOWEL_OR_NASAL), e("дың", After.CONSONANT), e("дің", After.CONSONANT),
            e("тың", After.VOICELESS), e("тің", After.VOICELESS),
            e("нда", After.POSSESSIVE), e("нде", After.POSSESSIVE),
            e("дан", After.ANY), e("ден", After.ANY), e("тан", After.VOICELESS), e("тен", After.VOICELESS),
            e("нан", After.NASAL_OR_POSSESSIVE), e("нен", After.NASAL_OR_POSSESSIVE),
            e("мен", After.ANY), e("бен", After.CONSONANT), e("пен", After.VOICELESS),
            e("ға", After.ANY), e("ге", After.ANY), e("қа", After.VOICELESS), e("ке", After.VOICELESS),
            e("на", After.POSSESSIVE), e("не", After.POSSESSIVE),
            e("ны", After.VOWEL), e("ні", After.VOWEL), e("ды", After.CONSONANT), e("ді", After.CONSONANT),
            e("ты", After.VOICELESS), e("ті", After.VOICELESS),
            e("да", After.ANY), e("де", After.ANY), e("та", After.VOICELESS), e("те", After.VOICELESS),
            e("н", After.POSSESSIVE));

    private static final List<Ending> POSSESSIVES = List.of(
            e("сы", After.VOWEL), e("сі", After.VOWEL), e("ы", After.CONSONANT), e("і", After.CONSONANT));

    private static final List<Ending> PLURALS = List.of(
            e("лар", After.ANY), e("лер", After.ANY), e("дар", After.CONSONANT), e("дер", After.CONSONANT),
            e("тар", After.CONSONANT), e("тер", After.CONSONANT));

    private static final String VOWELS = "аәеёиоөуұүыіэюя";
    /** Voiceless consonants, and the voiced ones loanwords end in and say voiceless (клуб → клубқа). */
    private static final String VOICELESS = "кқпстфхцчшщбвгд";

    /**
     * The word without its case ending, or the word itself when it has none; {@code minStem} is
     * the shortest stem accepted, and {@code minEnding} the shortest ending stripped (long endings
     * are safe to strip from unknown words, two-letter ones need a known stem).
     */
    static String stripCase(String word, int minStem, int minEnding) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Ending e : CASES) {
            if (e.text().length() < minEnding) continue;
            if (lower.endsWith(e.text())) {
                String stem = word.substring(0, word.length() - e.text().length());
                if (stem.length() >= minStem && allowed(stem, e.after())) return stem;
            }
        }
        return word;
    }

    /**
     * Every stem the word may have under its endings (case, then possessive, then plural), the
     * word itself first, in lower case; a stem whose last consonant was voiced before a vowel
     * («бірлестігі») is also given with the dictionary's voiceless one («бірлестік»).
     */
    static Set<String> stems(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(lower);
        List<String> afterCase = new ArrayList<>();
        afterCase.add(lower);
        for (Ending e : CASES) {
            if (lower.endsWith(e.text())) {
                String stem = lower.substring(0, lower.length() - e.text().length());
                if (stem.length() >= 2 && allowed(stem, e.after())) afterCase.add(stem);
            }
        }
        for (String s : afterCase) {
            out.add(s);
            for (Ending p : POSSESSIVES) {
                if (s.endsWith(p.text())) {
                    String stem = s.substring(0, s.length() - p.text().length());
                    if (stem.length() >= 2 && allowed(stem, p.after())) {
                        out.add(stem);
                        out.add(devoice(stem));
                        for (Ending pl : PLURALS) {
                            if (stem.endsWith(pl.text()) && stem.length() - pl.text().length() >= 2) {
                                out.add(stem.substring(0, stem.length() - pl.text().length()));
                            }
                        }
                    }
                }
            }
            for (Ending pl : PLURALS) {
                if (s.endsWith(pl.text()) && s.length() - pl.text().length() >= 2) {
                    out.add(s.substring(0, s.length() - pl.text().length()));
                }
            }
        }
        return out;
    }

    private static String devoice(String stem) {
        char last = stem.charAt(stem.length() - 1);
        char v = switch (last) {
            case 'г' -> 'к';
            case 'ғ' -> 'қ';
            case 'б' -> 'п';
            default -> last;
        };
        return stem.substring(0, stem.length() - 1) + v;
    }

    private static boolean allowed(String stem, After after) {
        char last = Character.toLowerCase(stem.charAt(stem.length() - 1));
        // Kazakh «у» after a vowel is a consonant, [w], and takes the consonants' endings: байқауы, таудың.
        boolean vowel = VOWELS.indexOf(last) >= 0 && !(last == 'у' && stem.length() > 1 && VOWELS.indexOf(Character.toLowerCase(stem.charAt(stem.length() - 2))) >= 0);
        return switch (after) {
            case ANY -> true;
            case VOWEL -> vowel;
            case VOWEL_OR_NASAL -> vowel || last == 'м' || last == 'н' || last == 'ң';
            case CONSONANT -> !vowel;
            case VOICELESS -> VOICELESS.indexOf(last) >= 0;
            case POSSESSIVE -> last == 'ы' || last == 'і';
            case NASAL_OR_POSSESSIVE -> last == 'м' || last == 'н' || last == 'ң' || last == 'ы' || last == 'і';
        };
    }

    private static Ending e(String text, After after) {
        return new Ending(text, after);
    }
}
