package kz.qogam.ingest.read;

import java.util.Optional;
import java.util.Set;
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

    /** Letters in a short text, one whose function words may tell its language when its letters do not. */
    private static final int SHORT = 1000;

    /** Kazakh words written without the letters Russian lacks: postpositions, particles, auxiliaries. */
    private static final Set<String> KAZAKH_WORDS = Set.of("бар", "жоқ", "мен", "бен", "пен", "керек", "осы", "сол", "бойынша",
            "жатыр", "емес", "кейін", "бола", "болды", "болады", "болып", "деп", "деді", "дейді", "екен", "еді", "ме", "ма", "ба",
            "бе", "па", "пе", "да", "де", "алды", "алып", "берді", "етті", "етеді", "арқылы", "бірге", "дейін",
            "бастап", "туралы", "адам", "жыл", "жылы", "келген", "жалпы", "арнайы");
    /** Russian words Kazakh does not have: prepositions, conjunctions, pronouns. */
    private static final Set<String> RUSSIAN_WORDS = Set.of("и", "в", "во", "на", "что", "с", "со", "по", "к", "из", "за", "от",
            "для", "это", "как", "о", "об", "а", "но", "у", "же", "при", "до", "она", "они", "мы", "вы", "я", "был", "была",
            "было", "были", "также", "который", "которая", "которые", "его", "ее", "её", "их", "или", "то", "так", "уже");

    /** Kazakh case, plural and participle endings without a letter Russian lacks, which Russian words do not end in. */
    private static final java.util.regex.Pattern KAZAKH_ENDING =
            java.util.regex.Pattern.compile("\\p{L}{2,}(ның|дың|тың|ға|дағы|тағы|лары|дары|тары|ынан|ында|ған|ген|мен)");

    /** Whether a Cyrillic text has more Kazakh function words and endings than Russian function words. */
    private static boolean kazakhWords(String text) {
        int kazakh = 0, russian = 0;
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (KAZAKH_WORDS.contains(w) || KAZAKH_ENDING.matcher(w).matches()) kazakh++;
            else if (RUSSIAN_WORDS.contains(w)) russian++;
        }
        return kazakh > russian;
    }

    /**
     * Whether a fifth or more of a Cyrillic text's lower-case words have a letter Russian lacks
     * («« Хабар » арнасы қосулы болсын !»), where a Russian text has them in the names it quotes.
     */
    private static boolean kazakhCommonWords(String text) {
        int lower = 0, kazakh = 0;
        for (String w : text.split("[^\\p{L}-]+")) {
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || Character.UnicodeBlock.of(w.charAt(0)) != Character.UnicodeBlock.CYRILLIC) continue;
            lower++;
            if (w.chars().anyMatch(c -> KAZAKH_CYRILLIC.indexOf(c) >= 0)) kazakh++;
        }
        return lower > 0 && kazakh * 5 >= lower;
    }

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
            // Russian texts quote Kazakh names (Ұрпақ, Нұр Отан): a few Kazakh letters do not make a Kazakh text.
            // In Kazakh they are over a twentieth of the letters, or in a fifth of the common words at least.
            if (kkCyr * 100 >= cyr * 5 || kkCyr > 0 && kazakhCommonWords(text)) return Optional.of(Language.KAZAKH);
            // A short Kazakh sentence may have none of them («Осыны басшылар көрмей ме екен ?»): its function words tell.
            // A text of more than a few lines without them is Russian.
            return Optional.of(cyr < SHORT && kazakhWords(text) ? Language.KAZAKH : Language.RUSSIAN);
        }
        // Kazakh Latin: some letters with diacritics, and q far more often than English or German have it.
        boolean kazakhLatin = kkLatin * 200 >= latin && (kkLatin + q) * 100 >= latin * 3;
        return kazakhLatin ? Optional.of(Language.KAZAKH_LATIN) : Optional.empty();
    }
}
