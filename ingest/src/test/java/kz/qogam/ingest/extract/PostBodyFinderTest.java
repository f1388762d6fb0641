package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class PostBodyFinderTest {
    private static List<String> bodies(String text) {
        return TestDocs.mentions(TestDocs.with(text, Language.RUSSIAN, new RoleFinder(LEXICONS), new PersonFinder(LEXICONS),
                new PostBodyFinder(LEXICONS)), MentionType.ORGANIZATION).stream().map(Mention::text).toList();
    }

    @Test
    void an_abbreviation_or_a_ministrys_short_name_between_a_post_and_a_name_is_the_body() {
        assertEquals(List.of("NASA"), bodies("Вчера глава NASA Иван Петров выступил."));
        assertEquals(List.of("Минкомсвязи"), bodies("По словам главы Минкомсвязи Игоря Щеголёва, всё готово."));
        assertEquals("https://qogam.kz/ns/legal-form/ministry",
                TestDocs.mentions(TestDocs.with("По словам главы Минкомсвязи Игоря Щеголёва, всё готово.", Language.RUSSIAN,
                        new RoleFinder(LEXICONS), new PersonFinder(LEXICONS), new PostBodyFinder(LEXICONS)), MentionType.ORGANIZATION)
                        .get(0).concept());
    }

    @Test
    void not_without_a_name_after_it_nor_a_town_or_a_surname() {
        assertEquals(List.of(), bodies("Вчера глава NASA выступил."));
        assertEquals(List.of(), bodies("Вчера глава Минска Игорь Петров выступил."));
        assertEquals(List.of(), bodies("Вчера глава Игорь Петров выступил."));
        assertEquals(List.of(), bodies("Вчера помощник Минина Игорь Петров выступил."));
    }
}
