package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class ContactFinderTest {
    private static List<String> contacts(String text) {
        return TestDocs.names(TestDocs.with(text, Language.RUSSIAN, new ContactFinder(LEXICONS)), MentionType.CONTACT);
    }

    @Test
    void finds_phones_the_text_calls_phones() {
        assertEquals(List.of("727 3172031", "727 2927947"), contacts("Конт. тел: 727 3172031, 727 2927947 или представительства."));
        assertEquals(List.of("+7 (701) 123-45-67"), contacts("Звоните: +7 (701) 123-45-67."));
        // A cue in capitals, and the trunk prefix 8 with the number.
        assertEquals(List.of("8 (7282) 24-56-78", "8 7282 24 56 78"), contacts("Тел.: 8 (7282) 24-56-78\nТЕЛЕФОН: 8 7282 24 56 78"));
    }

    @Test
    void finds_web_addresses_without_the_punctuation_around_them() {
        assertEquals(List.of("https://www.facebook.com/groups/463717390850680/", "https://t.me/joi"),
                contacts("Наша страница в Facebook <https://www.facebook.com/groups/463717390850680/> ,\nTelegram <https://t.me/joi>."));
    }

    @Test
    void a_bare_domain_is_a_contact_where_the_line_gives_contacts() {
        assertEquals(List.of("aeok.kz", "+7 701 555 12 34"), contacts("Контакты: aeok.kz, тел. +7 701 555 12 34."));
        // Elsewhere it names a site, for the site-name finder.
        assertEquals(List.of(), contacts("Как сообщает 7152.kz, форум прошел. Об этом пишет сайт Lenta.ru."));
    }

    @Test
    void takes_no_uncued_number_for_a_phone() {
        assertEquals(List.of(), contacts("В 2003 году 1234567890 граждан пришли."));
    }
}
