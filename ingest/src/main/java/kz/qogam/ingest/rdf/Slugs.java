package kz.qogam.ingest.rdf;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/** Readable, stable IRI segments from names in any script: «Ұрпақ Next» → {@code urpaq-next}. */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    /**
     * Kazakh letters first, as the 2021 Latin alphabet spells them without diacritics (қ→q, ұ→u),
     * so Kazakh names keep their usual romanisation; then any script to ASCII.
     */
    private static final Transliterator TO_ASCII = Transliterator.createFromRules("qogam-slug",
            "Ә > A; ә > a; Ғ > G; ғ > g; Қ > Q; қ > q; Ң > N; ң > n; Ө > O; ө > o; Ұ > U; ұ > u; Ү > U; ү > u;"
                    + " Һ > H; һ > h; І > I; і > i; Ё > E; ё > e; Ж > Zh; ж > zh; Х > Kh; х > kh; Ц > Ts; ц > ts;"
                    + " Ч > Ch; ч > ch; Ш > Sh; ш > sh; Щ > Shch; щ > shch; Ы > Y; ы > y; Ъ > ; ъ > ; Ь > ; ь > ;"
                    + " Ю > Yu; ю > yu; Я > Ya; я > ya; Й > I; й > i; :: Any-Latin; :: Latin-ASCII;",
            Transliterator.FORWARD);

    private Slugs() {}

    /** Lower-case ASCII letters, digits and single hyphens, at most 80 characters; empty for a name with no letters. */
    public static String slug(String name) {
        String ascii;
        synchronized (TO_ASCII) {
            ascii = TO_ASCII.transliterate(name);
        }
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return s;
    }
}
