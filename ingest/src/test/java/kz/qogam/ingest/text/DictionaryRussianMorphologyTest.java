package kz.qogam.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.text.Morphology.PhraseKind;
import org.junit.jupiter.api.Test;

class DictionaryRussianMorphologyTest {
    private static final Morphology M = DictionaryRussianMorphology.standard(GivenNames.standard(), List.of("ярмарка", "общественный фонд"));

    private static String ru(String phrase) {
        return M.nominative(phrase, Language.RUSSIAN);
    }

    private static String person(String phrase) {
        return M.nominative(phrase, Language.RUSSIAN, PhraseKind.PERSON_NAME);
    }

    private static String proper(String phrase) {
        return M.nominative(phrase, Language.RUSSIAN, PhraseKind.PROPER_NAME);
    }

    @Test
    void puts_the_head_and_its_adjectives_in_the_nominative_and_keeps_the_complement() {
        assertEquals("Общество молодых профессионалов", ru("Общества молодых профессионалов"));
        assertEquals("Мангистауская область", ru("Мангистауской области"));
        assertEquals("Управление внутренней политики Мангистауской области", ru("Управления внутренней политики Мангистауской области"));
        assertEquals("управление внутренней политики Мангистауской области", ru("управлением внутренней политики Мангистауской области"));
        assertEquals("ярмарка социальных идей и проектов", ru("ярмарке социальных идей и проектов"));
        assertEquals("первый гражданский форум", ru("первом гражданском форуме"));
        assertEquals("XII областной форум", ru("XII областного форума"));
        assertEquals("дворец школьников", ru("дворце школьников"));
    }

    @Test
    void puts_regions_and_cities_in_the_nominative() {
        assertEquals("Туркестанская область", ru("Туркестанской области"));
        assertEquals("Северо-Казахстанская область", ru("Северо-Казахстанской области"));
        assertEquals("Восточно-Казахстанская область", ru("Восточно-Казахстанской области"));
        assertEquals("Мунайлинский район", ru("Мунайлинском районе"));
        assertEquals("Карагандинский областной маслихат", ru("Карагандинского областного маслихата"));
        assertEquals("акимат города Шымкента", ru("акимата города Шымкента"));
        assertEquals("Шымкент", ru("Шымкенте"));
        assertEquals("Нур-Султан", ru("Нур-Султана"));
        assertEquals("Кызылорда", ru("Кызылорде"));
        assertEquals("Актобе", ru("Актобе"));
    }

    @Test
    void puts_ministries_and_organisations_in_the_nominative() {
        assertEquals("Министерство образования и науки Республики Казахстан",
                ru("Министерства образования и науки Республики Казахстан"));
        assertEquals("Министерство информации и общественного развития", ru("Министерством информации и общественного развития"));
        assertEquals("Казахстанское международное бюро по правам человека", ru("Казахстанского международного бюро по правам человека"));
        assertEquals("Общественный фонд", ru("Общественному фонду"));
        assertEquals("Ассамблея народа Казахстана", ru("Ассамблеи народа Казахстана"));
        assertEquals("Национальная палата предпринимателей", ru("Национальной палатой предпринимателей"));
        assertEquals("Гражданский альянс Казахстана", ru("Гражданского альянса Казахстана"));
        assertEquals("Совет по делам молодёжи", ru("Совете по делам молодёжи"));
        assertEquals("Всемирная продовольственная и сельскохозяйственная организация",
                ru("Всемирной продовольственной и сельскохозяйственной организации"));
        assertEquals("сборная СССР", ru("сборной СССР"));
    }

    @Test
    void tells_people_from_things_and_nouns_naming_people() {
        for (String w : List.of("Топалов", "Берлускони", "Лиза", "Мирзоянов", "Иванов")) {
            assertEquals(Morphology.WordClass.PERSON_NAME, M.wordClass(w, Language.RUSSIAN), w);
        }
        for (String w : List.of("Дюссельдорфе", "Киева", "Концерн")) assertEquals(Morphology.WordClass.THING, M.wordClass(w, Language.RUSSIAN), w);
        // A name that is also a thing (Пушкин the town, Роза the flower), a word nobody knows, and Kazakh: the dictionary cannot tell.
        for (String w : List.of("Пушкин", "Роза", "Гиффордс")) assertEquals(Morphology.WordClass.OTHER, M.wordClass(w, Language.RUSSIAN), w);
        assertEquals(Morphology.WordClass.OTHER, M.wordClass("Тоқаев", Language.KAZAKH));
        assertTrue(M.isAnimateNoun("экономист", Language.RUSSIAN));
        assertTrue(M.isAnimateNoun("вратарём", Language.RUSSIAN));
        assertFalse(M.isAnimateNoun("чайник", Language.RUSSIAN));
        assertFalse(M.isAnimateNoun("экономисты", Language.RUSSIAN), "plural");
        assertFalse(M.isAnimateNoun("экономист", Language.KAZAKH));
    }

    @Test
    void leaves_abbreviations_as_written() {
        assertEquals("ЦРУ", ru("ЦРУ"));
        assertEquals("ПАСЕ", ru("ПАСЕ"));
        assertEquals("форум НПО", ru("форуме НПО"));
    }

    @Test
    void keeps_the_plural_of_a_plural_phrase() {
        assertEquals("неправительственные организации", ru("неправительственных организаций"));
        assertEquals("молодые специалисты", ru("молодыми специалистами"));
        assertEquals("общественные объединения", ru("общественные объединения"));
        assertEquals("Молодые демократы", proper("Молодых демократов"));
        // People in the plural read as a genitive singular too; a body's name keeps them plural.
        assertEquals("Женщины Востока", proper("Женщины Востока"));
        assertEquals("Молодой учитель", proper("Молодого учителя"));
        assertEquals("Общество молодых профессионалов", proper("Общества молодых профессионалов"));
    }

    @Test
    void reads_a_towns_name_in_the_instrumental_as_its_adjective_before_a_noun() {
        assertEquals("Зыряновский район", ru("Зыряновском районе"));
        assertEquals("Зыряновск", ru("Зыряновском"));
    }

    @Test
    void keeps_capitals_and_a_nominative_as_written() {
        assertEquals("ОБЩЕСТВО МОЛОДЫХ ПРОФЕССИОНАЛОВ", ru("ОБЩЕСТВА МОЛОДЫХ ПРОФЕССИОНАЛОВ"));
        assertEquals("Мангистауская область", ru("Мангистауская область"));
        assertEquals("XII областной форум", ru("XII областной форум"));
    }

    @Test
    void changes_a_quoted_name_only_when_its_words_show_the_case() {
        assertEquals("Дети Азии", proper("Дети Азии"));
        assertEquals("Ұрпақ Next", proper("Ұрпақ Next"));
        assertEquals("Бота", proper("Бота"));
        // A noun with words after it shows the case: it goes into the nominative, the words after it stay.
        assertEquals("проект «Чистый город»", proper("проекта «Чистый город»"));
        assertEquals("группа компаний Michelin", proper("группы компаний Michelin"));
        assertEquals("правительство Израиля", proper("правительства Израиля"));
        assertEquals("Конгресс США", proper("Конгресса США"));
        assertEquals("Голос Америки", proper("Голоса Америки"));
        assertEquals("Врачи без границ", proper("Врачи без границ"));
    }

    @Test
    void puts_names_in_the_nominative_keeping_the_gender_of_the_surname() {
        assertEquals("Гульжанат Муратова", person("Гульжанат Муратовой"));
        assertEquals("Сергей Худяков", person("Сергея Худякова"));
        assertEquals("Худяков", person("Худякову"));
        assertEquals("Муратова", person("Муратовой"));
        assertEquals("Худяков", person("Худяковым"));
        assertEquals("Г. Муратова", person("Г. Муратовой"));
        assertEquals("Айзада Курманова", person("Айзаде Курмановой"));
        assertEquals("Анна Петрова", person("Анной Петровой"));
        assertEquals("Лев Толстой", person("Льва Толстого"));
        assertEquals("Наталья Сергеевна Иванова", person("Натальи Сергеевны Ивановой"));
        assertEquals("Иван Петрович Сидоров", person("Ивану Петровичу Сидорову"));
        assertEquals("Юрий Долгорукий", person("Юрию Долгорукому"));
        assertEquals("Чарльз Дарвин", person("Чарльзу Дарвину"));
        assertEquals("Рамзан Кадыров", person("Рамзана Кадырова"));
        // «Муратова» and «Худякова» alone may be a woman's nominative: they stay.
        assertEquals("Муратова", person("Муратова"));
        assertEquals("Худякова", person("Худякова"));
    }

    @Test
    void leaves_kazakh_to_the_rules() {
        assertEquals("Шымкент қаласы", M.nominative("Шымкент қаласында", Language.KAZAKH));
        assertEquals("Тоқаев", M.nominative("Тоқаевтың", Language.KAZAKH, PhraseKind.PERSON_NAME));
    }

    @Test
    void falls_back_on_the_rules_for_words_the_dictionary_does_not_know() {
        Morphology rules = RuleMorphology.standard(GivenNames.standard(), List.of("ярмарка", "общественный фонд"));
        for (String phrase : List.of("Ақжолтайской ассоциации", "Бокейординского района", "Жаңаөзен", "Smart Aqtobe")) {
            assertEquals(rules.nominative(phrase, Language.RUSSIAN), ru(phrase), phrase);
        }
        assertEquals("Бокейординский район", ru("Бокейординского района"));
        for (String word : List.of("Ақжолтайской", "Шымкентбаевой", "qwerty")) {
            assertTrue(M.lookupKeys(word, Language.RUSSIAN).containsAll(rules.lookupKeys(word, Language.RUSSIAN)), word);
        }
    }

    @Test
    void gives_inflected_and_dictionary_forms_a_common_key() {
        String[][] pairs = {
            {"области", "область"}, {"дворце", "дворец"}, {"отца", "отец"}, {"церкви", "церковь"},
            {"Мангистауской", "Мангистауская"}, {"акимата", "акимат"}, {"маслихате", "маслихат"},
            {"Шымкента", "Шымкент"}, {"министерствами", "министерство"}, {"детей", "дети"}, {"людей", "люди"},
        };
        for (String[] p : pairs) {
            assertTrue(M.lookupKeys(p[0], Language.RUSSIAN).contains(M.lemmaKey(p[1], Language.RUSSIAN)), p[0] + " → " + p[1]);
            assertTrue(M.lookupKeys(p[1], Language.RUSSIAN).contains(M.lemmaKey(p[1], Language.RUSSIAN)), p[1]);
        }
        assertTrue(M.lookupKeys("төрағасының", Language.KAZAKH).contains(M.lemmaKey("төраға", Language.KAZAKH)));
        // «после» is also a form of «посол», but a preposition first: it gets no key of the noun.
        assertTrue(M.lookupKeys("посла", Language.RUSSIAN).contains(M.lemmaKey("посол", Language.RUSSIAN)));
        assertFalse(M.lookupKeys("После", Language.RUSSIAN).contains(M.lemmaKey("посол", Language.RUSSIAN)));
    }

    @Test
    void reads_adjectives_by_their_ending_as_the_rules_do() {
        assertTrue(M.isAdjective("Мангистауской", Language.RUSSIAN));
        assertTrue(M.isAdjective("областного", Language.RUSSIAN));
        assertTrue(M.isAdjective("Мунайлинского", Language.RUSSIAN));
        assertFalse(M.isAdjective("области", Language.RUSSIAN));
        assertTrue(M.isAdjective("азаматтық", Language.KAZAKH));
    }
}
