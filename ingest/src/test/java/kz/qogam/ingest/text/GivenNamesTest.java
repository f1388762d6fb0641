package kz.qogam.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import kz.qogam.ingest.doc.Language;
import org.junit.jupiter.api.Test;

class GivenNamesTest {
    private static final GivenNames NAMES = GivenNames.standard();

    @Test
    void knows_russian_case_forms_of_a_name() {
        assertEquals("Сергей", NAMES.nominative("Сергея", Language.RUSSIAN));
        assertEquals("Айзада", NAMES.nominative("Айзадой", Language.RUSSIAN));
        assertEquals(GivenNames.Gender.FEMALE, NAMES.gender("Айзаде", Language.RUSSIAN));
    }

    @Test
    void knows_kazakh_endings_and_both_spellings() {
        assertEquals("Мұрат", NAMES.nominative("Мұратқа", Language.KAZAKH));
        assertEquals("Айгүл", NAMES.nominative("Айгүл", Language.KAZAKH));
        assertEquals("Самұрат", NAMES.nominative("Самұрат", Language.KAZAKH)); // listed as «Самурат»
    }

    @Test
    void takes_a_double_name_by_its_first_part() {
        assertEquals("Касым-Жомарт", NAMES.nominative("Касым-Жомарта", Language.RUSSIAN));
    }

    @Test
    void does_not_take_common_words_for_names() {
        assertNull(NAMES.nominative("Министерство", Language.RUSSIAN));
    }
}
