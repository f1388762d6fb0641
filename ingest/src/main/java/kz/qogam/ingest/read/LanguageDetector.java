package kz.qogam.ingest.read;

import java.util.Optional;
import kz.qogam.ingest.doc.Language;

/**
 * Tells Russian, Kazakh in Cyrillic and Kazakh in the 2021 Latin alphabet apart by their letters:
 * Kazakh Cyrillic has letters Russian lacks (ә ғ қ ң ө ұ ү һ і), and Kazakh Latin has its own:
 * the 2021 alphabet's ä ğ ı ñ ö q ş ū ü and the 2018 one's acutes (á ǵ ń ó ú ý, as Kazinform
 * writes). Letter statistics decide this reliably on any text longer than a line.
 */
public final class LanguageDetector {
    private static final String KAZAKH_CYRILLIC = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    private static final String KAZAKH_LATIN = "äğıñöşūüÄĞÑÖŞŪÜİáǵńóúýÁǴŃÓÚÝ";

    private LanguageDetector() {}

    /** The text's language, or empty when it is neither Russian nor Kazakh. */
    public static Optional<Language> detect(String text) {
        int cyr = 0, kkCyr = 0, latin = 0, kkLatin = 0, q = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (block == Character.UnicodeBlock.CYRILLIC) {
                cyr++;
                if (KAZAKH_CYRILLIC.indexOf(c) >= 0) kkCyr++;
            } else if (c < 0x250) {
                latin++;
                if (KAZAKH_LATIN.indexOf(c) >= 0) kkLatin++;
                if (c == 'q' || c == 'Q') q++;
            }
        }
        if (cyr == 0 && latin == 0) return Optional.empty();
        if (cyr >= latin) {
            // Russian texts quote Kazakh names (Ұрпақ, Нұр Отан): a few Kazakh letters do not make a
            // Kazakh text. In Kazakh they are over a tenth of the letters.
            return Optional.of(kkCyr * 100 >= cyr * 5 ? Language.KAZAKH : Language.RUSSIAN);
        }
        // Kazakh Latin: some letters with diacritics, and q far more often than English or German have it.
        boolean kazakhLatin = kkLatin * 200 >= latin && (kkLatin + q) * 100 >= latin * 3;
        return kazakhLatin ? Optional.of(Language.KAZAKH_LATIN) : Optional.empty();
    }
}
