package kz.qogam.search;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;

/**
 * The transliteration key of a word: a lossy ASCII skeleton that a name has in common with its
 * spellings in the other scripts and transliteration habits. Russian and Kazakh Cyrillic, both
 * Kazakh Latin alphabets (2018 acute and 2021), and the usual English and Russian-passport
 * spellings of a name all reach the same key:
 *
 * <pre>
 * Жазықбаева  (Kazakh Cyrillic)  → jazikbaeva
 * Жазыкбаева  (Russian spelling) → jazikbaeva
 * Jazyqbaeva  (Kazakh Latin)     → jazikbaeva
 * Zhazykbayeva (English)         → jazikbaeva
 * </pre>
 *
 * <p>How: Cyrillic letters go to Latin by one table (ж→j, х/һ→h, ц→ts, ч→ch, ш/щ→sh, ы/і/и/й→i,
 * қ→k, ғ→g, ң→n, ө→o, ұ/ү/у→u, ә→a, ю→iu, я→ia, ь/ъ dropped), the Kazakh Latin letters by another
 * (ä→a, ğ/ǵ→g, ı→i, ñ/ń→n, ö/ó→o, ü/ú/ū/ý→u, ş→sh, ç→ch), anything else by ICU
 * {@code Any-Latin; Latin-ASCII}; then the spelling habits are folded: dzh/dj/zh→j, kh→h, gh→g,
 * shch→sh, ts→c, q/ck→k, x→ks, w→v, ph→f, y→i, a word-initial «ye» (Yerbol) → e, doubled letters
 * once, and an i between two vowels dropped (Tokayev/Токаев, Bayeva/Баева).
 */
public final class Transliteration {
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "j"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('і', "i"), Map.entry('к', "k"),
            Map.entry('қ', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "n"),
            Map.entry('о', "o"), Map.entry('ө', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('ф', "f"),
            Map.entry('х', "h"), Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"),
            Map.entry('щ', "sh"), Map.entry('ъ', ""), Map.entry('ы', "i"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('є', "ie"), Map.entry('ї', "i"), Map.entry('ґ', "g"),
            Map.entry('ў', "u"));
    /** Kazakh Latin letters (2018 acute and 2021) and a few others whose ICU ASCII form is not the Kazakh reading. */
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('ä', "a"), Map.entry('á', "a"), Map.entry('ğ', "g"), Map.entry('ǵ', "g"), Map.entry('ı', "i"),
            Map.entry('ñ', "n"), Map.entry('ń', "n"), Map.entry('ö', "o"), Map.entry('ó', "o"), Map.entry('ü', "u"),
            Map.entry('ú', "u"), Map.entry('ū', "u"), Map.entry('ý', "u"), Map.entry('ş', "sh"), Map.entry('ç', "ch"),
            Map.entry('\'', ""), Map.entry('’', ""), Map.entry('ʼ', ""));

    /** ICU transliterators are not thread-safe; one per thread. */
    private static final ThreadLocal<Transliterator> ANY_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Transliteration() {}

    /** The key of one word (any script, any case); empty when the word has no letters or digits. */
    public static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length() + 4);
        boolean other = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String m = CYRILLIC.get(c);
            if (m == null) m = LATIN.get(c);
            if (m != null) {
                latin.append(m);
            } else {
                latin.append(c);
                if (c > 0x7f) other = true;
            }
        }
        String ascii = other ? ANY_ASCII.get().transliterate(latin.toString()).toLowerCase(Locale.ROOT) : latin.toString();
        return fold(ascii);
    }

    /** The spelling habits folded, on a lower-case ASCII string. */
    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            if (s.startsWith("shch", i)) {
                out.append("sh");
                i += 4;
            } else if (s.startsWith("dzh", i)) {
                out.append('j');
                i += 3;
            } else if (s.startsWith("dj", i) || s.startsWith("zh", i)) {
                out.append('j');
                i += 2;
            } else if (s.startsWith("kh", i)) {
                out.append('h');
                i += 2;
            } else if (s.startsWith("gh", i)) {
                out.append('g');
                i += 2;
            } else if (s.startsWith("ph", i)) {
                out.append('f');
                i += 2;
            } else if (s.startsWith("ts", i) || s.startsWith("tz", i)) {
                out.append('c');
                i += 2;
            } else if (s.startsWith("ck", i)) {
                out.append('k');
                i += 2;
            } else if (s.startsWith("ch", i) || s.startsWith("sh", i)) {
                out.append(c).append('h');
                i += 2;
            } else {
                switch (c) {
                    case 'q' -> out.append('k');
                    case 'x' -> out.append("ks");
                    case 'w' -> out.append('v');
                    case 'y' -> out.append('i');
                    default -> out.append(c);
                }
                i++;
            }
        }
        // A word-initial «ie» is the English «ye» of a Cyrillic е (Yerbol, Yevgeny).
        if (out.length() > 2 && out.charAt(0) == 'i' && out.charAt(1) == 'e') out.deleteCharAt(0);
        String once = collapse(out);
        StringBuilder dropped = new StringBuilder(once.length());
        for (int k = 0; k < once.length(); k++) {
            char c = once.charAt(k);
            if (c == 'i' && k > 0 && k + 1 < once.length() && isVowel(once.charAt(k - 1)) && isVowel(once.charAt(k + 1))) continue;
            dropped.append(c);
        }
        return collapse(dropped);
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (out.length() > 0 && out.charAt(out.length() - 1) == c && !Character.isDigit(c)) continue;
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'u';
    }
}
