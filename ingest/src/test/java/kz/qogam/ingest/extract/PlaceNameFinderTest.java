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
        // «ауданы» is «аудан» with the possessive, not «ауда» with the accusative «-ны».
        assertEquals(List.of("Алатау ауданы", "Бейнеу ауданы"), places("Жиынға Алатау ауданы әкімі мен Бейнеу ауданының өкілі келді.",
                Language.KAZAKH));
        assertEquals(List.of("Alatau aýdany"), places("Jıynǵa Alatau aýdany ákimi keldi.", Language.KAZAKH_LATIN));
    }

    @Test
    void a_kazakh_district_opening_a_sentence_is_one_where_the_text_names_it_elsewhere() {
        assertEquals(List.of("Төлеби ауданы", "Төлеби ауданы"),
                places("Төлеби ауданында форум өтті\n\nКеше Төлеби ауданының жастары жиналды.", Language.KAZAKH));
        assertEquals(List.of(), places("Сауда ауданында дүкен ашылды.", Language.KAZAKH));
    }

    @Test
    void a_kazakh_kind_word_without_the_possessive_names_no_place() {
        // «the city's residents», «in a village»: a name before them is someone's.
        assertEquals(List.of(), places("Премьер Асқар Мамин қала тұрғындарының өмірін жақсартуды тапсырды.", Language.KAZAKH));
        assertEquals(List.of(), places("Министр Бердібек Сапарбаев ауылда болды.", Language.KAZAKH));
    }

    @Test
    void names_russian_districts_and_villages() {
        assertEquals(List.of("Мунайлинский район"), places("Жители Мунайлинского района пришли.", Language.RUSSIAN));
        assertEquals(List.of("Акжар"), places("Встреча прошла в селе Акжар.", Language.RUSSIAN));
        // A given name and a surname after the kind word are a person's.
        assertEquals(List.of(), places("Выступила руководитель отдела города Динара Сеитова.", Language.RUSSIAN));
    }

    @Test
    void each_name_of_a_list_a_plural_kind_word_ends_is_a_place_of_that_kind() {
        // «Қазалы» alone is the town the gazetteer knows; before «аудандарында» it is the district.
        assertEquals(List.of("Қазалы ауданы", "Жалағаш ауданы", "Арал ауданы"),
                places("Жоба Қазалы, Жалағаш және Арал аудандарында жүзеге асады.", Language.KAZAKH));
        assertEquals(List.of("Qazaly aýdany", "Aral aýdany"), places("Joba Qazaly jáne Aral aýdandarynda júzege asady.", Language.KAZAKH_LATIN));
        assertEquals(List.of("Казалинский район", "Аральский район"), places("Проект реализуется в Казалинском и Аральском районах.", Language.RUSSIAN));
        assertEquals(List.of("Шиелийский район", "Жалагашский район"), places("Жители Шиелийского и Жалагашского районов пришли.", Language.RUSSIAN));
        // A district named for a town the dictionary knows only as a noun: «Зыряновском» is also the town in the instrumental.
        assertEquals(List.of("Зыряновский район"), places("Мониторинг охватил 40 проектов в Зыряновском районе.", Language.RUSSIAN));
        // The gazetteer's own places of that kind stay its; one name is no list.
        assertEquals(List.of("Алматы", "Астана"), places("Форумға Алматы және Астана қалаларынан жастар келді.", Language.KAZAKH));
        assertEquals(List.of(), places("Жиынға облыс аудандарының өкілдері келді.", Language.KAZAKH));
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
