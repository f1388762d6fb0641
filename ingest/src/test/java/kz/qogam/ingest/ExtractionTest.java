package kz.qogam.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The standard pipeline, shipped models and all, on sentences where the rules and the name
 * finder meet: what a reader of the sentence expects the graph to say.
 */
class ExtractionTest {
    private static final Pipeline PIPELINE = Extraction.standardPipeline();

    private static Document extract(String text, Language language) {
        return PIPELINE.process(Document.ofText("t", text, language));
    }

    /** The posts as «person | organisation | role concept's local name». */
    private static List<String> posts(Document d) {
        return d.facts().stream().filter(f -> f.predicate() == Predicate.HOLDS_POST)
                .map(f -> f.subject().name().text() + " | " + f.object().name().text() + " | "
                        + (f.roleConcept() == null ? null : f.roleConcept().replaceAll(".*/", "")))
                .toList();
    }

    private static List<String> names(Document d, EntityKind kind) {
        return d.entities().stream().filter(e -> e.kind() == kind).map(e -> e.name().text()).toList();
    }

    @Test
    void a_clause_with_a_post_and_its_holder_is_no_event_name() {
        // The model reads the whole sentence up to «форумға» as an event's name.
        Document d = extract("«Нұр Отан» партиясы төрағасының бірінші орынбасары Бауыржан Байбек форумға қатысты.", Language.KAZAKH);
        assertTrue(d.mentions().stream().noneMatch(m -> m.type() == MentionType.EVENT && m.text().contains("Байбек")), d.mentions().toString());
        assertEquals(List.of("Бауыржан Байбек | Нұр Отан | deputy-chair"), posts(d));
    }

    @Test
    void a_place_with_its_kind_word_is_no_part_of_a_person_the_model_reads() {
        // «Кеше» (yesterday) and «Төлеби», a district named after a man, read as a person's name.
        Document d = extract("Кеше Төлеби ауданының әкімі Марат Жұмабаев мәлімдеді.", Language.KAZAKH);
        assertEquals(List.of("Марат Жұмабаев"), names(d, EntityKind.PERSON));
        assertEquals(List.of("Төлеби ауданы"), names(d, EntityKind.PLACE));
        assertEquals(List.of("Марат Жұмабаев | Төлеби ауданының әкімдігі | akim"), posts(d));
    }

    @Test
    void a_deputy_of_a_board_chair_holds_that_post_in_the_body_before_it() {
        Document kk = extract("Бектұрғанов Серік Шыңғысұлы — «Тобыл» әлеуметтік-кәсіпкерлік корпорациясы» АҚ басқарма төрағасының "
                + "орынбасары, Қостанай облысы.", Language.KAZAKH);
        assertEquals(List.of("Бектұрғанов Серік Шыңғысұлы | «Тобыл» әлеуметтік-кәсіпкерлік корпорациясы | deputy-chair"), posts(kk));
        Document ru = extract("Заместитель председателя правления АО «Социально-предпринимательская корпорация «Тобол» Серик Бектурганов "
                + "посетил форум.", Language.RUSSIAN);
        assertEquals(List.of("Серик Бектурганов | Социально-предпринимательская корпорация «Тобол» | deputy-chair"), posts(ru));
    }

    @Test
    void a_kazakh_place_the_model_reads_loses_a_short_case_ending_when_the_stem_is_a_known_name() {
        assertEquals(List.of("Маңғыстау"), names(extract("Маңғыстауда азаматтық қоғам өкілдерінің форумы өтті.", Language.KAZAKH),
                EntityKind.PLACE));
        assertEquals(List.of("Mańǵystaý"), names(extract("Mańǵystaýda azamattyq qoǵam ókilderiniń forýmy ótti.", Language.KAZAKH_LATIN),
                EntityKind.PLACE));
    }

    @Test
    void a_bare_legal_form_before_a_post_is_the_body_named_before() {
        assertEquals(List.of("Айгуль Сапарова | Ұрпақ | director"), posts(extract("Общественный фонд «Ұрпақ» провел акцию в Шымкенте. "
                + "Директор фонда Айгуль Сапарова рассказала о планах.", Language.RUSSIAN)));
        assertEquals(List.of("Айгүл Сапарова | Ұрпақ | director"), posts(extract("«Ұрпақ» қоғамдық қоры Шымкентте акция өткізді. "
                + "Қордың директоры Айгүл Сапарова жоспарлармен бөлісті.", Language.KAZAKH)));
    }
}
