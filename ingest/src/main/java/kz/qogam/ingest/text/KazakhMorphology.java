package kz.qogam.ingest.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Language;

/**
 * Kazakh nominatives by rule (Cyrillic). A Kazakh noun phrase ends in its head, and only the
 * head takes the case ending: «Шымкент қаласында» → «Шымкент қаласы», «ауданына» → «ауданы»,
 * «бірлестігінің» → «бірлестігі». The possessive stays, since it belongs to the name
 * («Төлеби ауданы»).
 */
final class KazakhMorphology {
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)(\\s*)$");
    /** What a surname ends in once its case ending is off: «Тоқаевтың» → «Тоқаев». */
    private static final Pattern SURNAME = Pattern.compile(
            ".+(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ұлы|улы|қызы|кызы|ий|ая|ко|ук|юк|ян|дзе|швили)");

    private final GivenNames givenNames;

    KazakhMorphology(GivenNames givenNames) {
        this.givenNames = givenNames;
    }

    /**
     * The nominative of a phrase; {@code properName} strips only endings of three letters or more
     * («-ның», «-дағы»), since a short one may be part of the name itself («Қызылорда»).
     */
    String nounPhrase(String phrase, boolean properName) {
        return replaceLastWord(phrase, w -> KazakhSuffixes.stripCase(w, 3, properName ? 3 : 1));
    }

    /** The nominative of a person's name: the case ending comes off the last word if a name remains. */
    String personName(String phrase) {
        return replaceLastWord(phrase, w -> {
            String stem = KazakhSuffixes.stripCase(w, 3, 1);
            if (stem.equals(w)) return w;
            boolean name = SURNAME.matcher(stem.toLowerCase(java.util.Locale.ROOT)).matches()
                    || givenNames.isGivenName(stem, Language.KAZAKH);
            return name ? stem : w;
        });
    }

    Set<String> lookupKeys(String word) {
        return KazakhSuffixes.stems(word);
    }

    private static String replaceLastWord(String phrase, java.util.function.UnaryOperator<String> f) {
        Matcher m = LAST_WORD.matcher(phrase);
        if (!m.find()) return phrase;
        String word = m.group(1);
        // A closing quote or bracket stays where it is: «…» атты → only the word is changed.
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) end--;
        if (end == 0) return phrase;
        String changed = f.apply(word.substring(0, end));
        return phrase.substring(0, m.start(1)) + changed + word.substring(end) + m.group(2);
    }
}
