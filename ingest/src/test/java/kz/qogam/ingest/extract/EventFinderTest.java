package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class EventFinderTest {
    private static List<Mention> events(String text, Language lang) {
        Document d = TestDocs.with(text, lang, new GazetteerPlaceFinder(LEXICONS), new NationalBodyFinder(LEXICONS), new EventFinder(LEXICONS));
        return TestDocs.mentions(d, MentionType.EVENT);
    }

    private static List<String> named(String text, Language lang) {
        return events(text, lang).stream().filter(m -> !Anaphora.isAnaphor(m)).map(Mention::normalized).toList();
    }

    @Test
    void names_an_event_by_its_kind_word_and_complement() {
        assertEquals(List.of("XII областной форум неправительственных организаций"),
                named("В Петропавловске прошёл XII областной форум неправительственных организаций", Language.RUSSIAN));
        assertEquals(List.of("Ярмарка социальных идей и проектов"),
                named("приняли участие в ярмарке социальных идей и проектов в целях демонстрации", Language.RUSSIAN));
    }

    @Test
    void a_genitive_complement_ends_with_its_noun_even_one_the_dictionary_also_reads_as_an_adjective() {
        // «предпринимателей» is read both ways; after «социальных», with a comma next, it is the noun.
        assertEquals(List.of("Областной форум социальных предпринимателей"),
                named("В Павлодаре состоялся областной форум социальных предпринимателей, организованный фондом.", Language.RUSSIAN));
    }

    @Test
    void a_kind_described_by_adjectives_names_the_event_where_the_sentence_says_it_takes_place() {
        assertEquals(List.of("Региональный гражданский форум"), named("Вчера в Актау прошел региональный гражданский форум.", Language.RUSSIAN));
        assertEquals(List.of("Өңірлік азаматтық форум"), named("Кеше Ақтау қаласында өңірлік азаматтық форум өтті.", Language.KAZAKH));
        // A wish or a habit is no event: «за честные выборы», «в гражданских кампаниях» only refer.
        assertEquals(List.of(), named("Мы за честные выборы в Республике Казахстан.", Language.RUSSIAN));
        assertEquals(List.of(), named("Вы сможете принять участие в гражданских кампаниях.", Language.RUSSIAN));
        // Words that point at events describe none: «подобные семинары будут проводиться» is a plan of several.
        assertEquals(List.of(), named("Она отметила, что подобные семинары будут проводиться ежеквартально.", Language.RUSSIAN));
        // The next one of a series is another event, which the text does not name.
        assertEquals(List.of(), events("Следующий семинар пройдет в Аксае.", Language.RUSSIAN));
        assertEquals(List.of(), events("Келесі жиын Қарқаралыда өтеді.", Language.KAZAKH));
    }

    @Test
    void a_bare_kazakh_noun_before_a_kind_in_the_possessive_describes_the_event() {
        assertEquals(List.of("Облыстық волонтерлер форумы"), named("Қостанайда облыстық волонтерлер форумы өтті.", Language.KAZAKH));
        // A noun in the possessive is a head itself; «атап өтті» is celebrated, not took place.
        assertEquals(List.of(), named("Партия аппараты съезді өткізуге дайындалуы тиіс.", Language.KAZAKH));
        assertEquals(List.of(), named("Жергілікті халық қызғалдақ фестивалін атап өтті.", Language.KAZAKH));
    }

    @Test
    void what_an_event_is_for_or_about_describes_it_where_the_sentence_says_it_takes_place() {
        assertEquals(List.of("Тренинг для молодых лидеров"), named("Тренинг для молодых лидеров прошел в Атырау.", Language.RUSSIAN));
        assertEquals(List.of("Круглый стол по вопросам экологии"), named("Круглый стол по вопросам экологии состоялся в Уральске.",
                Language.RUSSIAN));
        assertEquals(List.of("Семинар для представителей НПО региона"), named("В Актау прошел семинар для представителей НПО региона.",
                Language.RUSSIAN));
        // Without a verb of taking place it only refers back.
        assertEquals(List.of(), named("Фонд готовит тренинг для молодых лидеров.", Language.RUSSIAN));
        // Kazakh says it before the kind.
        assertEquals(List.of("Жастар саясаты бойынша дөңгелек үстел"), named("Шымкентте жастар саясаты бойынша дөңгелек үстел өтті.",
                Language.KAZAKH));
        assertEquals(List.of("Жастарға арналған тренинг"), named("Кеше Ақтауда жастарға арналған тренинг өтті.", Language.KAZAKH));
    }

    @Test
    void a_kind_word_alone_beside_a_verb_of_taking_place_describes_the_event() {
        assertEquals(List.of("Круглый стол"), named("В Павлодаре прошел круглый стол.", Language.RUSSIAN));
        assertEquals(List.of("Пресс-конференция"), named("Вчера в Актау состоялась пресс-конференция.", Language.RUSSIAN));
        assertEquals(List.of("Баспасөз мәслихаты"), named("Нәтижелер «Сыр» қонақүйінде өткен баспасөз мәслихатында жарияланды.", Language.KAZAKH));
        assertEquals(List.of("Дөңгелек үстел"), named("Кеше Шымкентте дөңгелек үстел өтті.", Language.KAZAKH));
        // Not far from the verb, not several, not a general word.
        assertEquals(List.of(), named("Прошел месяц, и на круглом столе подвели итоги.", Language.RUSSIAN));
        assertEquals(List.of(), named("В этом году фонд провел семинары.", Language.RUSSIAN));
        assertEquals(List.of(), named("Кеше іс-шара өтті.", Language.KAZAKH));
    }

    @Test
    void a_kazakh_title_may_stand_right_before_the_adjectives_of_its_kind() {
        assertEquals(List.of("Жастар және азаматтық қоғам"), named("«Жастар және азаматтық қоғам» өңірлік форумының бағдарламасы",
                Language.KAZAKH));
    }

    @Test
    void a_programmes_panel_session_is_an_event_and_the_time_before_it_is_not_its_number() {
        List<Mention> found = events("10:20–11:30 Панельная сессия «Роль НПО в развитии регионов»", Language.RUSSIAN);
        assertEquals(List.of("Роль НПО в развитии регионов"), found.stream().map(Mention::normalized).toList());
        assertEquals("Панельная сессия «Роль НПО в развитии регионов»", found.get(0).text());
    }

    @Test
    void a_kazakh_title_may_stand_before_whose_event_it_is() {
        assertEquals(List.of("Азаматтық қоғам және жаңа Қазақстан"), named("Атырауда «Азаматтық қоғам және жаңа Қазақстан» атты үкіметтік "
                + "емес ұйымдардың өңірлік форумы өтті.", Language.KAZAKH));
    }

    @Test
    void a_kazakh_title_may_stand_before_a_number_and_an_adjective() {
        assertEquals(List.of("Жобаларды басқару"), named("Павлодарда «Жобаларды басқару» тақырыбында екі күндік тренинг өтті.", Language.KAZAKH));
    }

    @Test
    void a_count_of_events_names_none() {
        assertEquals(List.of(), named("В этом году фонд провел 12 тренингов.", Language.RUSSIAN));
        assertEquals(List.of(), named("Волонтеры провели 150 акций.", Language.RUSSIAN));
        assertEquals(List.of("XII форум"), named("Прошел XII форум.", Language.RUSSIAN));
    }

    @Test
    void a_reference_back_in_a_latin_text_is_written_in_its_alphabet() {
        List<Mention> back = events("Is-sharany qor uıymdastyrdy.", Language.KAZAKH_LATIN);
        assertEquals(List.of("is-sharany"), back.stream().map(Mention::normalized).toList());
    }

    @Test
    void a_theme_names_an_event_its_kind_word_alone_does_not() {
        assertEquals(List.of("Экологические вызовы Западного Казахстана"),
                named("состоялся круглый стол на тему «Экологические вызовы Западного Казахстана»", Language.RUSSIAN));
        assertEquals(List.of("Жастар және азаматтық қоғам"),
                named("«Жастар және азаматтық қоғам» тақырыбында дөңгелек үстел өтті.", Language.KAZAKH));
        // Adjectives may stand between «атты» and the kind.
        assertEquals(List.of("Абай – асыл ойдың данасы"), named("«Абай – асыл ойдың данасы» атты көшпелі көрме ұйымдастырылады.",
                Language.KAZAKH));
    }

    @Test
    void keeps_a_theme_as_title_but_names_by_a_title_beside_the_kind_word() {
        List<Mention> fair = events("организовал ярмарку социальных идей на тему: «Казахстанский путь - 2050».", Language.RUSSIAN);
        assertEquals("Ярмарка социальных идей", fair.get(0).normalized());
        assertTrue(fair.get(0).text().contains("«Казахстанский путь - 2050»"));
        assertEquals(List.of("Лучшая неправительственная организация года"),
                named("подведены итоги регионального конкурса «Лучшая неправительственная организация года».", Language.RUSSIAN));
        assertEquals(List.of("Жаңа саяси реформалардың перспективалары", "BARCAMP–2022"),
                named("«Жаңа саяси реформалардың перспективалары» атты дөңгелек үстел отырысы өтті. Халықаралық «BARCAMP–2022» іс-шарасы басталды.",
                        Language.KAZAKH));
    }

    @Test
    void leaves_a_spelled_out_ordinal_out_of_the_name() {
        assertEquals(List.of("Гражданский форум НПО"), named("В Казахстане прошёл первый Гражданский форум НПО.", Language.RUSSIAN));
    }

    @Test
    void marks_a_bare_kind_word_as_referring_back() {
        List<Mention> ru = events("В рамках форума подвели итоги.", Language.RUSSIAN);
        List<Mention> kk = events("Басқосуға әкім қатысады.", Language.KAZAKH);
        assertEquals(List.of("форума", "Басқосуға"), java.util.stream.Stream.concat(ru.stream(), kk.stream()).map(Mention::text).toList());
        assertTrue(ru.stream().allMatch(Anaphora::isAnaphor) && kk.stream().allMatch(Anaphora::isAnaphor));
    }

    @Test
    void takes_no_meeting_of_a_body_for_an_event() {
        assertEquals(List.of(), events("На последнем заседании национального Курултая глава государства поручил.", Language.RUSSIAN));
    }
}
