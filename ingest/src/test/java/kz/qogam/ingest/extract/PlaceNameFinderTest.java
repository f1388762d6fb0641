package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class PlaceNameFinderTest {
    private static List<String> places(String text, Language lang) {
        return TestDocs.names(TestDocs.with(text, lang, new GazetteerPlaceFinder(LEXICONS), new PlaceNameFinder(LEXICONS)),
                MentionType.PLACE);
    }

    @Test
    void names_a_kazakh_district_with_its_kind_word() {
        assertEquals(List.of("Төлеби ауданы"), places("Қатысушылар Төлеби ауданына аттанды.", Language.KAZAKH));
    }

    @Test
    void names_russian_districts_and_villages() {
        assertEquals(List.of("Мунайлинский район"), places("Жители Мунайлинского района пришли.", Language.RUSSIAN));
        assertEquals(List.of("Акжар"), places("Встреча прошла в селе Акжар.", Language.RUSSIAN));
    }

    @Test
    void leaves_gazetteer_places_to_the_gazetteer() {
        assertEquals(List.of("Шымкент"), places("Жиын Шымкент қаласында өтті.", Language.KAZAKH));
    }

    @Test
    void a_quoted_name_with_a_kind_word_is_not_a_place() {
        assertEquals(List.of(), places("Фонд «Чистый город» провёл акцию.", Language.RUSSIAN));
        assertEquals(List.of(), places("«Жасыл аудан» қоғамдық қоры акция өткізді.", Language.KAZAKH));
    }
}
