package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class SiteNameFinderTest {
    private static List<String> sites(String text) {
        return TestDocs.names(TestDocs.with(text, Language.RUSSIAN, new ContactFinder(LEXICONS), new SiteNameFinder(LEXICONS)),
                MentionType.ORGANIZATION);
    }

    @Test
    void a_site_named_as_a_source_is_an_organisation() {
        assertEquals(List.of("baltinfo.ru", "Lenta.ru", "7152.kz"),
                sites("Об этом сообщает baltinfo.ru. Lenta.ru напоминает о конкурсе. Подробнее на 7152.kz."));
    }

    @Test
    void a_domain_inside_a_link_or_an_address_is_a_contact() {
        assertEquals(List.of(), sites("Страница: https://www.facebook.com/groups/1/ и почта info@ngo.kz, сайт www.ngo.kz/about."));
    }
}
