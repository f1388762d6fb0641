package kz.qogam.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.text.Morphology.PhraseKind;
import org.junit.jupiter.api.Test;

class RuleMorphologyTest {
    private static final Morphology M = RuleMorphology.standard(GivenNames.standard(), List.of("ярмарка", "общественный фонд"));

    private static String ru(String phrase) {
        return M.nominative(phrase, Language.RUSSIAN);
    }

    @Test
    void puts_russian_adjective_and_noun_phrases_in_the_nominative() {
        assertEquals("Мангистауская область", ru("Мангистауской области"));
        assertEquals("Общество молодых профессионалов", ru("Общества молодых профессионалов"));
        assertEquals("ярмарка социальных идей и проектов", ru("ярмарке социальных идей и проектов"));
        assertEquals("управление внутренней политики Мангистауской области", ru("управления внутренней политики Мангистауской области"));
        assertEquals("первый гражданский форум", ru("первом гражданском форуме"));
        assertEquals("XII областной форум", ru("XII областной форум"));
        assertEquals("дворец школьников", ru("дворце школьников"));
        assertEquals("Северо-Казахстанская область", ru("Северо-Казахстанской области"));
    }

    @Test
    void keeps_capitals_as_written() {
        assertEquals("ОБЩЕСТВО МОЛОДЫХ ПРОФЕССИОНАЛОВ", ru("ОБЩЕСТВА МОЛОДЫХ ПРОФЕССИОНАЛОВ"));
    }

    @Test
    void changes_a_quoted_name_only_when_its_words_show_the_case() {
        assertEquals("Молодые демократы", M.nominative("Молодых демократов", Language.RUSSIAN, PhraseKind.PROPER_NAME));
        assertEquals("Дети Азии", M.nominative("Дети Азии", Language.RUSSIAN, PhraseKind.PROPER_NAME));
        assertEquals("Ұрпақ Next", M.nominative("Ұрпақ Next", Language.RUSSIAN, PhraseKind.PROPER_NAME));
    }

    @Test
    void puts_russian_names_in_the_nominative_keeping_gender() {
        assertEquals("Сергей Худяков", M.nominative("Сергея Худякова", Language.RUSSIAN, PhraseKind.PERSON_NAME));
        assertEquals("Гульжанат Муратова", M.nominative("Гульжанат Муратовой", Language.RUSSIAN, PhraseKind.PERSON_NAME));
        assertEquals("Айзада Курманова", M.nominative("Айзаде Курмановой", Language.RUSSIAN, PhraseKind.PERSON_NAME));
        assertEquals("Г. Муратова", M.nominative("Г. Муратовой", Language.RUSSIAN, PhraseKind.PERSON_NAME));
        assertEquals("Худяков", M.nominative("Худяковым", Language.RUSSIAN, PhraseKind.PERSON_NAME));
        // «Муратова» alone may be a woman's nominative: it stays.
        assertEquals("Муратова", M.nominative("Муратова", Language.RUSSIAN, PhraseKind.PERSON_NAME));
    }

    @Test
    void takes_kazakh_case_endings_off_the_head_and_keeps_the_possessive() {
        assertEquals("Шымкент қаласы", M.nominative("Шымкент қаласында", Language.KAZAKH));
        assertEquals("Төлеби ауданы", M.nominative("Төлеби ауданына", Language.KAZAKH));
        assertEquals("бірлестігі", M.nominative("бірлестігінің", Language.KAZAKH));
        assertEquals("Шымкент", M.nominative("Шымкенттегі", Language.KAZAKH));
        assertEquals("Тоқаев", M.nominative("Тоқаевтың", Language.KAZAKH, PhraseKind.PERSON_NAME));
        assertEquals("Қазақстан Президенті", M.nominative("Қазақстан Президентіне", Language.KAZAKH));
        // «-ті» is the accusative only after a voiceless consonant: here it is «Президент» + possessive «-і».
        assertEquals("Қазақстан Республикасының Президенті", M.nominative("Қазақстан Республикасының Президенті", Language.KAZAKH));
        assertEquals("клуб", M.nominative("клубқа", Language.KAZAKH));
    }

    @Test
    void does_not_cut_a_kazakh_name_that_only_looks_inflected() {
        assertEquals("Қызылорда", M.nominative("Қызылорда", Language.KAZAKH, PhraseKind.PROPER_NAME));
        assertEquals("Астана", M.nominative("Астана", Language.KAZAKH, PhraseKind.PROPER_NAME));
    }

    @Test
    void gives_inflected_and_dictionary_forms_a_common_key() {
        assertTrue(M.lookupKeys("области", Language.RUSSIAN).contains(M.lemmaKey("область", Language.RUSSIAN)));
        assertTrue(M.lookupKeys("дворце", Language.RUSSIAN).contains(M.lemmaKey("дворец", Language.RUSSIAN)));
        assertTrue(M.lookupKeys("төрағасының", Language.KAZAKH).contains(M.lemmaKey("төраға", Language.KAZAKH)));
        assertTrue(M.lookupKeys("бірлестігінің", Language.KAZAKH).contains(M.lemmaKey("бірлестік", Language.KAZAKH)));
        // «у» after a vowel is a consonant and takes the consonants' endings.
        assertTrue(M.lookupKeys("байқауы", Language.KAZAKH).contains(M.lemmaKey("байқау", Language.KAZAKH)));
        assertTrue(M.lookupKeys("таудың", Language.KAZAKH).contains(M.lemmaKey("тау", Language.KAZAKH)));
    }
}
