package kz.qogam.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void russian_and_kazakh_names_become_readable_ascii() {
        assertEquals("gulzhanat-muratova", Slugs.slug("Гульжанат Муратова"));
        assertEquals("urpaq-next", Slugs.slug("Ұрпақ Next"));
        assertEquals("obshchestvo-molodykh-professionalov", Slugs.slug("«Общество молодых профессионалов»"));
        assertEquals("shymkent", Slugs.slug("Шымкент"));
    }

    @Test
    void case_and_punctuation_do_not_change_the_slug() {
        assertEquals(Slugs.slug("Общество молодых профессионалов"), Slugs.slug("ОБЩЕСТВО  МОЛОДЫХ ПРОФЕССИОНАЛОВ!"));
    }

    @Test
    void long_names_are_cut_at_a_word_boundary() {
        String s = Slugs.slug("Управление внутренней политики Мангистауской области ".repeat(4));
        assertEquals(true, s.length() <= 80, s);
        assertEquals(false, s.endsWith("-"), s);
    }

    @Test
    void a_name_without_letters_gives_an_empty_slug() {
        assertEquals("", Slugs.slug("«—»"));
    }
}
