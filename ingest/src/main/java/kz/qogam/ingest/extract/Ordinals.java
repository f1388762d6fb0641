package kz.qogam.ingest.extract;

import java.util.regex.Pattern;

/**
 * Ordinal words and numerals before an event («первый форум», «XII областной форум», «үшінші»,
 * «алғашқы» (first)):
 * a spelled-out ordinal tells events apart but is not part of the name, a numeral is.
 */
public final class Ordinals {
    private static final Pattern WORD = Pattern.compile(
            "(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|последн)[а-я]*"
                    + "|(бірінші|алғашқы|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы|соңғы)[а-яәғқңөұүһі]*");
    private static final Pattern NUMERAL = Pattern.compile("(?i)[IVXLC]+|\\d{1,3}(-?[а-яәі]+)?");

    private Ordinals() {}

    /** A spelled-out ordinal in any form, lower case. */
    public static boolean isWord(String lower) {
        return WORD.matcher(lower).matches();
    }

    /** A Roman or Arabic ordinal numeral (XII, 5-й). */
    public static boolean isNumeral(String token) {
        return NUMERAL.matcher(token).matches();
    }

    /** Arabic digits alone, a count rather than a rank («12 тренингов»). */
    public static boolean isCardinal(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    /** A Kazakh cardinal spelled out, one to ten («екі күндік тренинг», a two-day training). */
    public static boolean isCardinalWord(String lower) {
        return KAZAKH_CARDINALS.contains(lower);
    }

    private static final java.util.Set<String> KAZAKH_CARDINALS = java.util.Set.of("бір", "екі", "үш", "төрт", "бес", "алты", "жеті",
            "сегіз", "тоғыз", "он");

    /** The ordinal's stem, so «первый», «первом» and «первого» compare equal; null for a non-ordinal. */
    public static String key(String lower) {
        var m = WORD.matcher(lower);
        if (!m.matches()) return isNumeral(lower) ? lower : null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
