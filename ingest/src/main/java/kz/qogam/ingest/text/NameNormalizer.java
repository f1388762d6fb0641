package kz.qogam.ingest.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison form of a name, as {@code data/gold/README.md} defines it: Unicode NFC, lower
 * case, ё → е, quotes removed, surrounding punctuation removed, runs of white space folded to one
 * space. Two names that normalise alike are the same name for scoring and for resolution.
 */
public final class NameNormalizer {
    private static final Pattern QUOTES = Pattern.compile("[«»\"“”„'‘’‹›]");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");

    private NameNormalizer() {}

    /**
     * A looser key for telling whether two spellings are one name: the normal form with Kazakh
     * letters as their Russian counterparts and without soft signs, so «Жазықбаева» and
     * «Жазыкбаева», «Айгүл» and «Айгуль» share a key.
     */
    public static String fold(String name) {
        String lower = normalize(name);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int k = "әғқңөұүһі".indexOf(c);
            if (c == 'ь' || c == 'ъ') continue;
            sb.append(k >= 0 ? "агкноуухи".charAt(k) : c);
        }
        return sb.toString();
    }

    public static String normalize(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        s = QUOTES.matcher(s).replaceAll("");
        s = SPACE.matcher(s).replaceAll(" ");
        return EDGE_PUNCTUATION.matcher(s).replaceAll("");
    }
}
