package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.Extraction;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class GazetteerPlaceFinderTest {
    private static final String PLACE = Extraction.DEFAULT_BASE + "/id/place/";

    private static List<Mention> places(String text, Language lang) {
        Document d = TestDocs.with(text, lang, new GazetteerPlaceFinder(LEXICONS));
        return TestDocs.mentions(d, MentionType.PLACE);
    }

    @Test
    void finds_inflected_russian_names_with_the_gazetteer_iri_and_name() {
        List<Mention> m = places("Представители Мангистауской области приехали в Петропавловске.", Language.RUSSIAN);
        assertEquals(List.of(PLACE + "mangystau-region", PLACE + "petropavl"), m.stream().map(Mention::concept).toList());
        assertEquals(List.of("Мангистауская область", "Петропавловск"), m.stream().map(Mention::normalized).toList());
    }

    @Test
    void takes_the_kazakh_kind_word_into_the_mention() {
        List<Mention> m = places("Шымкент қаласында жиын өтті. Шымкенттегі орталық.", Language.KAZAKH);
        assertEquals(List.of("Шымкент қаласында", "Шымкенттегі"), m.stream().map(Mention::text).toList());
        assertEquals(PLACE + "shymkent", m.get(0).concept());
    }

    @Test
    void finds_abbreviations_and_latin_script() {
        assertEquals(List.of(PLACE + "north-kazakhstan-region"), places("#форум #СКО", Language.RUSSIAN).stream().map(Mention::concept).toList());
        List<Mention> latin = places("Mańǵystaý oblysy qoǵamdyq keńesi, Qyzylorda qalasy", Language.KAZAKH_LATIN);
        // The name in the text's own Latin alphabet: 2018 (acute accents) here, 2021 below.
        assertEquals(List.of("Mańǵystaý oblysy", "Qyzylorda"), latin.stream().map(Mention::normalized).toList());
        List<Mention> y2021 = places("Mañğystau oblysy qoğamdyq keñesi, Şymkent qalasy", Language.KAZAKH_LATIN);
        assertEquals(List.of("Mañğystau oblysy", "Şymkent"), y2021.stream().map(Mention::normalized).toList());
    }

    @Test
    void an_indeclinable_name_is_matched_as_written_not_by_a_stem_it_shares() {
        List<Mention> m = places("Жители Аксая и Аксу, в городе Аксае, в Нидерландах и в Хромтау, из Кульсар; Актобы нет.", Language.RUSSIAN);
        assertEquals(List.of("aksay", "aksu", "aksay", "netherlands", "khromtau", "kulsary"),
                m.stream().map(x -> x.concept().substring(PLACE.length())).toList());
    }

    @Test
    void a_name_in_ej_in_the_genitive_and_a_name_written_after_its_kind_word() {
        assertEquals(List.of("semey", "semey", "abai-region"), places("Молодежь Семея и жители Семею; управление области Абай.",
                Language.RUSSIAN).stream().map(x -> x.concept().substring(PLACE.length())).toList());
        assertEquals(List.of(), places("на территории области в общем", Language.RUSSIAN));
    }

    @Test
    void a_name_in_an_adjective_s_form_declines_as_one() {
        assertEquals(List.of("rudny", "rudny", "rudny"), places("Из Рудного приехали. В Рудном прошел форум. Город Рудный.",
                Language.RUSSIAN).stream().map(x -> x.concept().substring(PLACE.length())).toList());
    }

    @Test
    void the_regions_of_a_list_a_plural_kind_word_ends() {
        assertEquals(List.of("jambyl-region", "turkistan-region"), places("Жоба Жамбыл және Түркістан облыстарында жүзеге асады.",
                Language.KAZAKH).stream().map(x -> x.concept().substring(PLACE.length())).toList());
        assertEquals(List.of("jambyl-region", "turkistan-region", "kyzylorda-region"), places("Проект реализуется в Жамбылской, "
                + "Туркестанской и Кызылординской областях.", Language.RUSSIAN).stream().map(x -> x.concept().substring(PLACE.length())).toList());
    }

    @Test
    void a_town_before_another_kind_word_names_that_other_place() {
        // «Сарыағаш ауданы» is the district named after the town; the town takes its own kind word.
        List<Mention> m = places("Сарыағаш ауданынан және Ақсай қаласынан келді.", Language.KAZAKH);
        assertEquals(List.of("Ақсай қаласынан"), m.stream().map(Mention::text).toList());
        assertEquals(PLACE + "aksay", m.get(0).concept());
    }

    @Test
    void leaves_out_lower_case_words_and_streets() {
        assertEquals(List.of(), places("казахстанских компаний; офис на ул. Шевченко", Language.RUSSIAN));
    }

    @Test
    void a_place_name_after_a_given_name_is_a_surname_unless_case_ended() {
        assertEquals(List.of(), places("Владимир Шевченко елтаңбаны жасады.", Language.KAZAKH));
        assertEquals(1, places("Айгүл Алматыда тұрады.", Language.KAZAKH).size());
    }
}
