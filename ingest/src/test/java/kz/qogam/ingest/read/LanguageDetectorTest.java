package kz.qogam.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import kz.qogam.ingest.doc.Language;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    @Test
    void tells_the_languages_apart_by_their_letters() {
        assertEquals(Optional.of(Language.KAZAKH), LanguageDetector.detect("Шымкент қаласында форум өтті."));
        assertEquals(Optional.of(Language.RUSSIAN), LanguageDetector.detect("В Шымкенте прошёл областной форум молодёжного общественного фонда «Ұрпақ Next»."));
        assertEquals(Optional.of(Language.KAZAKH_LATIN), LanguageDetector.detect("Qasym-Jomart Toqaev Volonterler forýmynda sóıledi."));
        assertEquals(Optional.empty(), LanguageDetector.detect("The forum took place in Shymkent."));
    }

    @Test
    void a_short_kazakh_sentence_without_kazakh_letters_is_told_by_its_words() {
        assertEquals(Optional.of(Language.KAZAKH), LanguageDetector.detect("Осыны басшылар көрмей ме екен ?"));
        assertEquals(Optional.of(Language.KAZAKH), LanguageDetector.detect("Араларында зейнеткерлер мен жалғызбасты аналар бар ."));
        assertEquals(Optional.of(Language.RUSSIAN), LanguageDetector.detect("Форум прошёл в Астане и собрал сто человек."));
        // or by its endings, or by a Kazakh letter in a common word, not only in a name
        assertEquals(Optional.of(Language.KAZAKH), LanguageDetector.detect("Аралассын деген оймен ."));
        assertEquals(Optional.of(Language.KAZAKH), LanguageDetector.detect("« Хабар » арнасы қосулы болсын !"));
        assertEquals(Optional.of(Language.RUSSIAN), LanguageDetector.detect("Результаты работы молодёжного фонда «Ұрпақ» в Шымкенте обсудили на форуме."));
    }
}
