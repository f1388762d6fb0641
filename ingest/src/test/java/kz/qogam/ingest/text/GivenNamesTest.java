package kz.qogam.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void a_name_listed_for_the_rules_only_is_a_name_but_no_feature() {
        // «Бану» does not decline: it is no dative of «Бан».
        assertEquals("Бану", NAMES.nominative("Бану", Language.RUSSIAN));
        assertEquals(GivenNames.Gender.FEMALE, NAMES.gender("Бану", Language.RUSSIAN));
        assertTrue(NAMES.isGivenName("Бану", Language.RUSSIAN));
        assertFalse(NAMES.isFeatureName("Бану", Language.RUSSIAN));
        assertTrue(NAMES.isFeatureName("Айгүл", Language.KAZAKH));
    }

    @Test
    void does_not_take_common_words_for_names() {
        assertNull(NAMES.nominative("Министерство", Language.RUSSIAN));
    }
}
