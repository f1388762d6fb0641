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
    private static final String KAZAKH_LATIN = "äğıñöqşūüÄĞÑÖQŞŪÜİáǵńóúýÁǴŃÓÚÝ";

    private LanguageDetector() {}

    /** The text's language, or empty when it is neither Russian nor Kazakh. */
    public static Optional<Language> detect(String text) {
        int cyr = 0, kkCyr = 0, latin = 0, kkLatin = 0;
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
            }
        }
        if (cyr == 0 && latin == 0) return Optional.empty();
        if (cyr >= latin) {
            // Russian texts quote Kazakh names (Ұрпақ, Нұр Отан): a few Kazakh letters do not make a Kazakh text.
            return Optional.of(kkCyr * 100 >= cyr * 2 ? Language.KAZAKH : Language.RUSSIAN);
        }
        return kkLatin * 100 >= latin ? Optional.of(Language.KAZAKH_LATIN) : Optional.empty();
    }
}
