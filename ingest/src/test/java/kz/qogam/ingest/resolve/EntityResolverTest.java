package kz.qogam.ingest.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.qogam.ingest.Extraction;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.extract.TestDocs;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    private static List<Entity> entities(String text, Language lang, EntityKind kind) {
        Document d = TestDocs.resolved(text, lang);
        return d.entities().stream().filter(e -> e.kind() == kind).toList();
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(e -> e.name().text()).toList();
    }

    @Test
    void an_initial_and_a_surname_are_the_person_named_in_full() {
        List<Entity> p = entities("сообщила директор Гульжанат Муратова. – Здесь, – продолжает Г. Муратова.", Language.RUSSIAN, EntityKind.PERSON);
        assertEquals(List.of("Гульжанат Муратова"), names(p));
        assertEquals(2, p.get(0).mentions().size());
    }

    @Test
    void a_russian_surname_alone_in_the_genitive_is_the_man_named_in_full() {
        List<Entity> p = entities("Руководитель управления Ерлан Досжанов выступил. По словам Досжанова, выделено 450 млн тенге.",
                Language.RUSSIAN, EntityKind.PERSON);
        assertEquals(List.of("Ерлан Досжанов"), names(p));
        assertEquals(2, p.get(0).mentions().size());
        List<Entity> initial = entities("Модератором выступил Данияр Ахметов. По словам Д. Ахметова, фонд создан в 2015 году.",
                Language.RUSSIAN, EntityKind.PERSON);
        assertEquals(List.of("Данияр Ахметов"), names(initial));
        // With a woman of that name in the text, the form is hers.
        List<Entity> two = entities("Ерлан Досжанов и Асель Досжанова выступили. По словам Досжановой, все пришли. Досжанова добавила.",
                Language.RUSSIAN, EntityKind.PERSON);
        assertEquals(List.of("Ерлан Досжанов", "Асель Досжанова"), names(two));
        assertEquals(1, two.get(0).mentions().size());
    }

    @Test
    void a_name_in_brackets_after_a_bodys_is_its_name_in_the_other_language() {
        List<Entity> ru = entities("Церемонию организовал Волонтерский центр «Жүрек жылуы» (Жүрек жылуы еріктілер орталығы) совместно "
                + "с акиматом города Семей. В Семее работают волонтеры.", Language.RUSSIAN, EntityKind.ORGANIZATION);
        Entity centre = ru.stream().filter(e -> e.name().text().equals("Жүрек жылуы")).findFirst().orElseThrow();
        assertTrue(centre.altLabels().stream().anyMatch(l -> l.text().equals("Жүрек жылуы еріктілер орталығы")), centre.altLabels().toString());
        assertEquals(2, ru.size());
        List<Entity> kk = entities("Форумды Қазақстан жастар конгресі (Конгресс молодежи Казахстана) ұйымдастырды.", Language.KAZAKH,
                EntityKind.ORGANIZATION);
        assertEquals(List.of("Қазақстан жастар конгресі"), names(kk));
        // Not a place or a person in brackets.
        assertEquals(List.of("Ұрпақ"), names(entities("«Ұрпақ» қоры (Шымкент қаласы) мен Айгүл (Айгүл Ким) келді.", Language.KAZAKH,
                EntityKind.ORGANIZATION)));
    }

    @Test
    void a_given_name_alone_is_the_one_person_named_in_full_with_it() {
        List<Entity> p = entities("Мы поговорили с Айгуль Сарсеновой. – Айгуль, сколько наблюдателей было у фонда?", Language.RUSSIAN,
                EntityKind.PERSON);
        assertEquals(List.of("Айгуль Сарсенова"), names(p));
        assertEquals(2, p.get(0).mentions().size());
        List<Entity> kk = entities("Біз Ерлан Тұрғынбаевпен сөйлестік. – Ерлан мырза, бірлестік қандай жобаларды жүзеге асырады?",
                Language.KAZAKH, EntityKind.PERSON);
        assertEquals(List.of("Ерлан Тұрғынбаев"), names(kk));
        // With two of that name in full, it is neither.
        List<Entity> two = entities("Айгуль Сарсенова и Айгуль Ким выступили. – Айгуль, сколько наблюдателей было?", Language.RUSSIAN,
                EntityKind.PERSON);
        assertEquals(1, two.get(0).mentions().size());
        assertEquals(1, two.get(1).mentions().size());
    }

    @Test
    void kazakh_and_russian_spellings_are_one_person() {
        List<Entity> p = entities("Жанетте Жазықбаева сөйледі. Жанетте Жазыкбаева келді.", Language.KAZAKH, EntityKind.PERSON);
        assertEquals(1, p.size());
    }

    @Test
    void an_abbreviation_is_the_organisation_it_stands_for() {
        List<Entity> o = entities("«Общество молодых профессионалов» (ОМП) – организация. ОМП работает.", Language.RUSSIAN, EntityKind.ORGANIZATION);
        assertEquals(List.of("Общество молодых профессионалов"), names(o));
        assertEquals("ОМП", o.get(0).abbreviation());
        assertTrue(o.get(0).altLabels().contains(new Label("ОМП", "ru")));
    }

    @Test
    void gazetteer_places_keep_the_gazetteer_iri_and_its_name_in_the_texts_language() {
        List<Entity> p = entities("Шымкент қаласында жиын өтті. Шымкенттегі орталық.", Language.KAZAKH, EntityKind.PLACE);
        assertEquals(1, p.size());
        assertEquals(Extraction.DEFAULT_BASE + "/id/place/shymkent", p.get(0).iri());
        assertEquals(new Label("Шымкент", "kk"), p.get(0).name());
        List<Entity> latin = entities("Shymkent qalasynda jıyn ótti.", Language.KAZAKH_LATIN, EntityKind.PLACE);
        // In the text's own Latin alphabet (2018: «sh», «ó»), not the gazetteer's 2021 «Şymkent».
        assertEquals(new Label("Shymkent", "kk-Latn"), latin.get(0).name());
    }

    @Test
    void a_body_named_with_its_place_and_without_is_one_unless_two_places_are_named() {
        List<Entity> o = entities("при поддержке управления внутренней политики Мангистауской области. Выступил руководитель управления "
                + "внутренней политики Ерлан Досжанов.", Language.RUSSIAN, EntityKind.ORGANIZATION);
        assertEquals(List.of("Управление внутренней политики Мангистауской области"), names(o));
        List<Entity> two = entities("Управление образования Мангистауской области и управление образования Атырауской области подписали "
                + "меморандум. Управление образования выступило первым.", Language.RUSSIAN, EntityKind.ORGANIZATION);
        assertEquals(3, two.size(), names(two).toString());
    }

    @Test
    void a_country_added_to_a_name_or_spelled_short_is_the_same_organisation() {
        List<Entity> o = entities("Создана Коалиция гражданских инициатив. Декларация Коалиции гражданских инициатив Казахстана. Министерство культуры РК.",
                Language.RUSSIAN, EntityKind.ORGANIZATION);
        assertEquals(List.of("Коалиция гражданских инициатив", "Министерство культуры Республики Казахстан"), names(o));
    }

    @Test
    void a_listed_bodys_quoted_name_with_another_noun_is_the_same_organisation() {
        List<Entity> o = entities("Бұл туралы «Хабар» телеарнасының тілшісі хабарлады. «Хабар» агенттігі жаңа жоба ашты.",
                Language.KAZAKH, EntityKind.ORGANIZATION);
        assertEquals(1, o.size(), names(o).toString());
    }

    @Test
    void an_event_is_named_by_its_numbered_name_rather_than_the_headline_s() {
        List<Entity> e = entities("В Уральске прошел областной форум гражданского общества\n\nУральск. В Уральске прошел VIII областной форум "
                + "гражданского общества «Диалог во имя развития».", Language.RUSSIAN, EntityKind.EVENT);
        assertEquals(List.of("VIII областной форум гражданского общества"), names(e));
    }

    @Test
    void a_kazakh_local_body_after_its_place_in_either_case_is_one_body() {
        List<Entity> o = entities("Тренингті Павлодар облысының ішкі саясат басқармасы ұйымдастырды. Павлодар облысы ішкі саясат "
                + "басқармасының басшысы сөйледі.", Language.KAZAKH, EntityKind.ORGANIZATION);
        assertEquals(List.of("Павлодар облысының ішкі саясат басқармасы"), names(o));
    }

    @Test
    void a_russian_name_s_opening_words_are_that_body_named_short() {
        List<Entity> o = entities("Партнеры: Глобальный фонд для борьбы со СПИДом, туберкулезом и малярией. При поддержке Глобального фонда "
                + "прошел семинар.", Language.RUSSIAN, EntityKind.ORGANIZATION);
        assertEquals(List.of("Глобальный фонд для борьбы со СПИДом, туберкулезом и малярией"), names(o));
        // Not when they open two names.
        assertEquals(3, entities("Вчера Национальный совет по правам человека и Национальный совет по делам молодежи встретились. Потом Национальный "
                + "совет заседал.", Language.RUSSIAN, EntityKind.ORGANIZATION).size());
    }

    @Test
    void a_bare_kind_word_joins_the_event_of_the_story_not_an_earlier_numbered_one() {
        List<Entity> e = entities("В Петропавловске прошёл XII областной форум НПО. В 2003 году прошёл первый Гражданский форум НПО. "
                + "Я помню первый форум. В рамках форума прошёл конкурс «Лучшая НПО».", Language.RUSSIAN, EntityKind.EVENT);
        assertEquals(List.of("XII областной форум НПО", "Гражданский форум НПО", "Лучшая НПО"), names(e));
        assertTrue(e.get(0).altLabels().stream().anyMatch(l -> l.text().equals("форума")));
        assertTrue(e.get(1).altLabels().stream().anyMatch(l -> l.text().equals("первый форум")));
    }

    @Test
    void a_described_event_is_the_one_of_its_kind_the_text_names() {
        List<Entity> e = entities("Круглый стол по вопросам экологии состоялся в Уральске\n\n5 октября в Уральске прошел круглый стол "
                + "«Экологические вызовы», организованный фондом «Жасыл Орал».", Language.RUSSIAN, EntityKind.EVENT);
        assertEquals(List.of("Экологические вызовы"), names(e));
        // Two described events of other kinds stay two.
        List<Entity> two = entities("Тренинг для молодых лидеров прошел в Атырау. В Актау прошел семинар для представителей НПО.",
                Language.RUSSIAN, EntityKind.EVENT);
        assertEquals(2, two.size(), names(two).toString());
    }

    @Test
    void an_event_the_headline_describes_or_names_is_the_one_of_its_kind_the_text_describes_or_names() {
        List<Entity> e = entities("Атырауда азаматтық қоғам форумы өтті\n\nАтырау, 15 қараша. Облыстық азаматтық форум өтті. Форумға "
                + "200 адам қатысты.", Language.KAZAKH, EntityKind.EVENT);
        assertEquals(1, e.size(), names(e).toString());
        // Also one the headline names: the text's numbered name is its name.
        List<Entity> named = entities("В Кокшетау прошел областной форум НПО\n\nКокшетау, 21 ноября. В Кокшетау прошел VI областной "
                + "гражданский форум Акмолинской области.", Language.RUSSIAN, EntityKind.EVENT);
        assertEquals(List.of("VI областной гражданский форум Акмолинской области"), names(named));
        // Not when the text describes two of that kind, nor from a first line that is a sentence of the text.
        assertEquals(3, entities("Атырауда азаматтық қоғам форумы өтті\n\nОблыстық азаматтық форум өтті. Кеше жастар форумы өтті.",
                Language.KAZAKH, EntityKind.EVENT).size());
        assertEquals(-1, EntityResolver.headlineEnd("В Атырау прошел форум.\n\nДалее текст."));
        assertEquals("Атырауда азаматтық қоғам форумы өтті".length(), EntityResolver.headlineEnd("Атырауда азаматтық қоғам форумы өтті\n\nАтырау, 15 қараша."));
    }

    @Test
    void a_kind_of_several_words_refers_back_to_the_titled_event() {
        List<Entity> e = entities("В Актау прошел круглый стол «Роль НПО в развитии местного самоуправления». "
                + "12 марта в Актау состоялся круглый стол, организованный фондом «Ұрпақ».", Language.RUSSIAN, EntityKind.EVENT);
        assertEquals(List.of("Роль НПО в развитии местного самоуправления"), names(e));
        assertEquals(2, e.get(0).mentions().size());
        List<Entity> kk = entities("«Жаңа саяси реформалар» атты дөңгелек үстел өтті. Дөңгелек үстелге 40 адам қатысты. Жиынға әкім келді.",
                Language.KAZAKH, EntityKind.EVENT);
        assertEquals(3, kk.get(0).mentions().size(), "«жиын» (gathering) refers back too");
    }

    @Test
    void an_event_named_by_a_theme_keeps_it_as_title() {
        List<Entity> e = entities("организовал ярмарку социальных идей на тему: «Казахстанский путь».", Language.RUSSIAN, EntityKind.EVENT);
        assertEquals("Казахстанский путь", e.get(0).title());
        List<Entity> titled = entities("регионального конкурса «Лучшая НПО»", Language.RUSSIAN, EntityKind.EVENT);
        assertNull(titled.get(0).title());
    }

    @Test
    void a_bare_legal_form_refers_back_to_the_body_its_form_named() {
        List<Entity> o = entities("Пришли члены партии «Яблоко». Глава партии Сергей Митрохин выступил.", Language.RUSSIAN,
                EntityKind.ORGANIZATION);
        assertEquals(List.of("Яблоко"), names(o));
        assertEquals(2, o.get(0).mentions().size(), "«партии» in the second sentence is the same party");
    }

    @Test
    void a_reference_to_nothing_named_is_reported_and_left_out() {
        Document d = TestDocs.resolved("Члены Коалиции собрались.", Language.RUSSIAN);
        assertTrue(d.entities().stream().noneMatch(e -> e.kind() == EntityKind.ORGANIZATION));
        assertTrue(d.problems().stream().anyMatch(p -> p.message().contains("Коалиции")), d.problems().toString());
    }
}
