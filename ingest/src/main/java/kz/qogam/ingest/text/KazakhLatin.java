package kz.qogam.ingest.text;

import java.util.Map;

/**
 * Kazakh in the Latin alphabet, to and from Cyrillic. Two official Latin alphabets are in use:
 * <ul>
 *   <li>{@link Variant#ACUTE} (2018, as Kazinform writes it): á ǵ ń ó ú ý, {@code sh ch},
 *       {@code ı} for и/й, {@code i} for і, {@code u} for ұ and {@code ý} for у;</li>
 *   <li>{@link Variant#Y2021} (2021): ä ğ ñ ö ü ū ş ç, {@code ı} for і, {@code i} for и/й,
 *       {@code u} for у and {@code ū} for ұ.</li>
 * </ul>
 * They read {@code ı}, {@code i} and {@code u} differently, so a text's variant is detected from
 * the letters only one of them has. The extractor works on the Cyrillic reading of a Latin text
 * (gazetteers, name lists and suffix rules are Cyrillic) and writes names back in the text's own
 * alphabet; {@link Aligned} keeps the offsets of the Latin original for every Cyrillic letter.
 */
public final class KazakhLatin {
    /** The two Latin alphabets. */
    public enum Variant { ACUTE, Y2021 }

    /** Cyrillic text with, for each of its characters, the offset of the Latin character it came from. */
    public record Aligned(String text, int[] sourceOffsets) {
        /** The offset in the Latin source of the Cyrillic character at {@code i} ({@code i == length} maps to the end). */
        public int sourceOffset(int i, int sourceLength) {
            return i >= sourceOffsets.length ? sourceLength : sourceOffsets[i];
        }
    }

    private static final String ACUTE_ONLY = "áǵńóúýÁǴŃÓÚÝ";
    private static final String Y2021_ONLY = "äğñöüūşçÄĞÑÖÜŪŞÇİ";

    private static final Map<String, String> ACUTE_TO_CYR = Map.ofEntries(
            Map.entry("a", "а"), Map.entry("á", "ә"), Map.entry("b", "б"), Map.entry("d", "д"), Map.entry("e", "е"),
            Map.entry("f", "ф"), Map.entry("g", "г"), Map.entry("ǵ", "ғ"), Map.entry("h", "х"), Map.entry("i", "і"),
            Map.entry("ı", "и"), Map.entry("j", "ж"), Map.entry("k", "к"), Map.entry("l", "л"), Map.entry("m", "м"),
            Map.entry("n", "н"), Map.entry("ń", "ң"), Map.entry("o", "о"), Map.entry("ó", "ө"), Map.entry("p", "п"),
            Map.entry("q", "қ"), Map.entry("r", "р"), Map.entry("s", "с"), Map.entry("t", "т"), Map.entry("u", "ұ"),
            Map.entry("ú", "ү"), Map.entry("v", "в"), Map.entry("y", "ы"), Map.entry("ý", "у"), Map.entry("z", "з"),
            Map.entry("c", "ц"), Map.entry("w", "у"), Map.entry("x", "кс"));
    private static final Map<String, String> Y2021_TO_CYR = Map.ofEntries(
            Map.entry("a", "а"), Map.entry("ä", "ә"), Map.entry("b", "б"), Map.entry("d", "д"), Map.entry("e", "е"),
            Map.entry("f", "ф"), Map.entry("g", "г"), Map.entry("ğ", "ғ"), Map.entry("h", "х"), Map.entry("ı", "і"),
            Map.entry("i", "и"), Map.entry("j", "ж"), Map.entry("k", "к"), Map.entry("l", "л"), Map.entry("m", "м"),
            Map.entry("n", "н"), Map.entry("ñ", "ң"), Map.entry("o", "о"), Map.entry("ö", "ө"), Map.entry("p", "п"),
            Map.entry("q", "қ"), Map.entry("r", "р"), Map.entry("s", "с"), Map.entry("ş", "ш"), Map.entry("ç", "ч"),
            Map.entry("t", "т"), Map.entry("u", "у"), Map.entry("ū", "ұ"), Map.entry("ü", "ү"), Map.entry("v", "в"),
            Map.entry("y", "ы"), Map.entry("z", "з"), Map.entry("c", "ц"), Map.entry("w", "у"), Map.entry("x", "кс"));

    private static final Map<Character, String> CYR_TO_ACUTE = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "á"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "ǵ"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "ıo"), Map.entry('ж', "j"),
            Map.entry('з', "z"), Map.entry('и', "ı"), Map.entry('й', "ı"), Map.entry('к', "k"), Map.entry('қ', "q"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "ń"), Map.entry('о', "o"),
            Map.entry('ө', "ó"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "ý"), Map.entry('ұ', "u"), Map.entry('ү', "ú"), Map.entry('ф', "f"), Map.entry('х', "h"),
            Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('і', "i"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "ıý"), Map.entry('я', "ıa"));
    private static final Map<Character, String> CYR_TO_2021 = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "ä"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "ğ"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "io"), Map.entry('ж', "j"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('қ', "q"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "ñ"), Map.entry('о', "o"),
            Map.entry('ө', "ö"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ұ', "ū"), Map.entry('ү', "ü"), Map.entry('ф', "f"), Map.entry('х', "h"),
            Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ç"), Map.entry('ш', "ş"), Map.entry('щ', "şç"),
            Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('і', "ı"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia"));

    private KazakhLatin() {}

    /** The variant a text is written in; the acute one when the text has letters of neither. */
    public static Variant detect(String text) {
        int acute = 0, y2021 = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ACUTE_ONLY.indexOf(c) >= 0) acute++;
            else if (Y2021_ONLY.indexOf(c) >= 0) y2021++;
        }
        return y2021 > acute ? Variant.Y2021 : Variant.ACUTE;
    }

    /** The Cyrillic reading of a Latin text; characters that are not Kazakh Latin letters pass unchanged. */
    public static Aligned toCyrillic(String latin, Variant variant) {
        Map<String, String> table = variant == Variant.ACUTE ? ACUTE_TO_CYR : Y2021_TO_CYR;
        StringBuilder out = new StringBuilder(latin.length());
        int[] offsets = new int[latin.length() * 2];
        int n = 0;
        int i = 0;
        while (i < latin.length()) {
            char c = latin.charAt(i);
            char lc = Character.toLowerCase(c);
            boolean upper = Character.isUpperCase(c);
            String cyr;
            int used = 1;
            char next = i + 1 < latin.length() ? Character.toLowerCase(latin.charAt(i + 1)) : 0;
            char afterNext = i + 2 < latin.length() ? Character.toLowerCase(latin.charAt(i + 2)) : 0;
            if (lc == 't' && next == 's' && afterNext == (variant == Variant.ACUTE ? 'ı' : 'i')) {
                // Loanwords write ц as «ts», and Kazakh has «тс» before и in none of its own: «Konstıtýtsııa» is Конституция
                // («ketsin», кетсін, keeps its т and с).
                cyr = "ц";
                used = 2;
            } else if (variant == Variant.ACUTE && (lc == 's' || lc == 'c') && next == 'h') {
                cyr = lc == 's' ? "ш" : "ч";
                used = 2;
            } else if (variant == Variant.ACUTE && lc == 'ı' && next == 'a') {
                // «ıa» is я; in «ııa» (ия) the first ı is read on its own as и.
                cyr = "я";
                used = 2;
            } else if (variant == Variant.ACUTE && lc == 'ı' && next == 'ý') {
                cyr = "ю";
                used = 2;
            } else if (variant == Variant.ACUTE && c == 'I') {
                cyr = capitalI(latin, i);
            } else if (variant == Variant.ACUTE && lc == 'ı') {
                cyr = afterVowel(latin, i) ? "й" : "и"; // и after a vowel is rare in Kazakh: «Qaıyrbek», «úıine»
            } else if (variant == Variant.Y2021 && lc == 'i' && (next == 'a' || next == 'u')) {
                // The 2021 alphabet writes я as «ia» and ю as «iu»: «partiiasy» is партиясы, «iuristerı» юристері.
                cyr = next == 'a' ? "я" : "ю";
                used = 2;
            } else if (variant == Variant.Y2021 && c == 'I') {
                cyr = "і"; // in 2021 the capital of ı is I, and İ is the capital of i
            } else if (variant == Variant.Y2021 && c == 'İ') {
                cyr = "и";
            } else if (variant == Variant.Y2021 && lc == 'i') {
                cyr = afterVowel(latin, i) ? "й" : "и";
            } else {
                cyr = table.get(String.valueOf(lc));
            }
            if (cyr == null) {
                cyr = String.valueOf(c);
            } else if (upper && !cyr.isEmpty()) {
                cyr = Character.toUpperCase(cyr.charAt(0)) + cyr.substring(1);
            }
            for (int k = 0; k < cyr.length(); k++) {
                if (n == offsets.length) offsets = java.util.Arrays.copyOf(offsets, n * 2);
                offsets[n++] = i;
            }
            out.append(cyr);
            i += used;
        }
        return new Aligned(out.toString(), java.util.Arrays.copyOf(offsets, n));
    }

    /**
     * The 2018 alphabet writes И (ı) and І (i) alike as a capital I. Vowel harmony tells them apart:
     * І before a front vowel or none in its part of the word («Ishki», «Ile», «Is-shara», «Iz»),
     * И before a back one («Iran», «Islam», «Ibraıym»).
     */
    private static String capitalI(String latin, int at) {
        for (int k = at + 1; k < latin.length() && Character.isLetter(latin.charAt(k)); k++) {
            char v = Character.toLowerCase(latin.charAt(k));
            if ("eáóúi".indexOf(v) >= 0) return "І";
            if ("aouyı".indexOf(v) >= 0) return "И";
        }
        return "І";
    }

    /** A Cyrillic Kazakh text in the given Latin alphabet. */
    public static String toLatin(String cyrillic, Variant variant) {
        Map<Character, String> table = variant == Variant.ACUTE ? CYR_TO_ACUTE : CYR_TO_2021;
        StringBuilder out = new StringBuilder(cyrillic.length() + 8);
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            String lat = table.get(Character.toLowerCase(c));
            if (lat == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !lat.isEmpty()) {
                boolean wordInCapitals = i + 1 < cyrillic.length() && Character.isUpperCase(cyrillic.charAt(i + 1));
                String head = variant == Variant.Y2021 && c == 'І' ? "I" : variant == Variant.Y2021 && (c == 'И' || c == 'Й') ? "İ"
                        : lat.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
                String tail = lat.substring(1);
                out.append(head).append(wordInCapitals ? tail.toUpperCase(java.util.Locale.ROOT) : tail);
            } else {
                out.append(lat);
            }
        }
        return out.toString();
    }

    private static boolean afterVowel(String s, int i) {
        return i > 0 && isVowel(Character.toLowerCase(s.charAt(i - 1)));
    }

    private static boolean isVowel(char c) {
        return "aáäeoóöuúüūyıiý".indexOf(c) >= 0;
    }
}
