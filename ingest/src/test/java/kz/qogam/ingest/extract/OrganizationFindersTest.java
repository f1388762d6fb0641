package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.pipeline.Stage;
import org.junit.jupiter.api.Test;

/** The organisation finders, each run on a document that has what the finders before it add. */
class OrganizationFindersTest {
    private static Document doc(String text, Language lang, Stage... stages) {
        Stage[] before = {new GazetteerPlaceFinder(LEXICONS), new RoleFinder(LEXICONS), new NationalBodyFinder(LEXICONS),
                new EventFinder(LEXICONS)};
        Document d = TestDocs.with(text, lang, before);
        TestDocs.run(d, stages);
        return d;
    }

    private static List<String> named(Document d) {
        return TestDocs.mentions(d, MentionType.ORGANIZATION).stream().filter(m -> !Anaphora.isAnaphor(m)).map(Mention::normalized).toList();
    }

    @Test
    void a_russian_body_for_something_or_of_people_living_with_something_keeps_it_in_its_name() {
        assertEquals(List.of("Глобальный фонд для борьбы со СПИДом, туберкулезом и малярией"), named(doc("Партнеры: Глобальный фонд для борьбы "
                + "со СПИДом, туберкулезом и малярией, ЮНЭЙДС.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
        assertEquals(List.of("Казахстанский союз людей, живущих с ВИЧ"), named(doc("Фонд является членом Казахстанского союза людей, "
                + "живущих с ВИЧ, и коалиции.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
        // A description after a capital is no name's complement: «Коалицию людей и групп, занимающих …».
        assertEquals(List.of(), named(doc("Мы согласились создать Коалицию людей и групп, занимающих активную позицию.", Language.RUSSIAN,
                new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void a_lower_case_body_of_whom_of_a_region_is_named() {
        assertEquals(List.of("Региональная палата предпринимателей Кызылординской области"), named(doc("Партнером проекта выступает "
                + "региональная палата предпринимателей Кызылординской области.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
        // Not a part of a city, nor a body of a city in lower case.
        assertEquals(List.of(), named(doc("Они пришли в центр города Алматы и в офис компании.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void a_body_named_with_a_list_that_and_closes_keeps_the_whole_list() {
        assertEquals(List.of("Министерство экологии, геологии и природных ресурсов РК"), named(doc(
                "Конкурс объявлен Министерством экологии, геологии и природных ресурсов РК.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
        // «и» before a capital opens another body's name.
        assertEquals(List.of("Гражданский альянс Казахстана"), named(doc("Объединение является членом Гражданского альянса Казахстана и "
                + "Ассоциации НПО.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))).subList(0, 1));
        // Bodies listed one after another stay apart.
        assertEquals(List.of("Министерство финансов", "Министерство юстиции Республики Казахстан"), named(doc(
                "Письмо направили в Министерство финансов, Министерство юстиции РК и акимат.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void quoted_names_take_the_legal_form_before_or_after_them() {
        Document ru = doc("Молодежный общественный фонд «Ұрпақ Next» организовал ярмарку, а РОО «Общества молодых профессионалов» нет.",
                Language.RUSSIAN, new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Ұрпақ Next", "Общество молодых профессионалов"), named(ru));
        // A name with a word the dictionary does not know is no Russian one to put in the nominative.
        assertEquals(List.of("Таза Ауа"), named(doc("Среди них общественный фонд «Таза Ауа».", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS))));
        // Nor one that opens with a place, nor one of people in the plural.
        assertEquals(List.of("Караганды Энерго"), named(doc("Партнер — ТОО «Караганды Энерго».", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS))));
        assertEquals(List.of("Женщины Востока"), named(doc("Выступила президент ассоциации «Женщины Востока».", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS))));
        Mention urpaq = TestDocs.mentions(ru, MentionType.ORGANIZATION).get(0);
        assertEquals("Молодежный общественный фонд «Ұрпақ Next»", urpaq.text());
        assertTrue(urpaq.concept().endsWith("/public-foundation"));
        Document kk = doc("«Ұрпақ» қоғамдық қорының директоры сөйледі.", Language.KAZAKH, new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Ұрпақ"), named(kk));
        // A word or two between the Kazakh name and its noun say what kind of body it is; a building's noun is no body's.
        Document between = doc("«Зейнеткер-2» саяжай серіктестігіндегі жер. «Сұңқар» тұрғын үй кешені салынды.", Language.KAZAKH,
                new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Зейнеткер-2"), named(between));
        // A form in the plural is of several bodies, which one name does not name.
        assertEquals(List.of(), named(doc("Атырауда «Азаматтық қоғам» атты үкіметтік емес ұйымдардың форумы өтті.", Language.KAZAKH,
                new QuotedOrganizationFinder(LEXICONS))));
        // More say what it does, ending with a verbal noun and its object; not what it is reached by.
        assertEquals(List.of("Әділ сөз"), named(doc("1. «Әділ сөз» халықаралық сөз бостандығын қорғау қоры, директоры Тамара Қалиева",
                Language.KAZAKH, new QuotedOrganizationFinder(LEXICONS))));
        assertEquals(List.of(), named(doc("«1406» нөмірі арқылы тәулік бойы сақтандыру қорының операторларына хабарласыңыз.", Language.KAZAKH,
                new QuotedOrganizationFinder(LEXICONS))));
        // A case-ended word between says the quote is something else's: a theme.
        assertEquals(List.of(), named(doc("\"Азаматтық қоғам және мемлекет\" тақырыбында ҮЕҰ-лардың форумы өтті.", Language.KAZAKH,
                new QuotedOrganizationFinder(LEXICONS))));
    }

    @Test
    void communal_state_institutions_and_enterprises_by_their_abbreviations() {
        Document d = doc("Партнерами стали КГУ «Центр поддержки молодежи» и ГККП «Дворец школьников».", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Центр поддержки молодежи", "Дворец школьников"), named(d));
        assertTrue(TestDocs.mentions(d, MentionType.ORGANIZATION).get(0).concept().endsWith("/state-institution"));
    }

    @Test
    void a_quote_left_open_ends_at_the_comma() {
        Document d = doc("общественная организация «Бейнеуская гражданская инициатива, а также общественная организация «Шанырак».",
                Language.RUSSIAN, new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Бейнеуская гражданская инициатива", "Шанырак"), named(d));
    }

    @Test
    void nested_quotes_written_with_one_closing_mark_close_together() {
        Document d = doc("Заместитель председателя правления АО «Социально-предпринимательская корпорация «Тобол» Серик Бектурганов приехал.",
                Language.RUSSIAN, new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Социально-предпринимательская корпорация «Тобол»"), named(d));
        assertEquals("АО «Социально-предпринимательская корпорация «Тобол»", TestDocs.mentions(d, MentionType.ORGANIZATION).get(0).text());
        // Not when the outer quotation goes on after the inner one: it holds someone's words.
        Document speech = doc("«Халық пен биліктің арасында «алтын көпір» рөлін атқаратын қоғамдық бірлестіктер көп.", Language.KAZAKH,
                new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of(), named(speech));
    }

    @Test
    void a_genitive_complement_may_stand_between_an_organisation_noun_and_the_quoted_name() {
        Document d = doc("Председатель правления Национальной палаты предпринимателей «Атамекен» Раимбек Баталов выступил.",
                Language.RUSSIAN, new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Атамекен"), named(d));
        assertEquals("Национальной палаты предпринимателей «Атамекен»", TestDocs.mentions(d, MentionType.ORGANIZATION).get(0).text());
        // Adjectives may stand in the complement: the whole is the name's alias.
        d = doc("Ее организовал Центр поддержки гражданских инициатив «Шанс».", Language.RUSSIAN, new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Шанс"), named(d));
        assertEquals("Центр поддержки гражданских инициатив «Шанс»", TestDocs.mentions(d, MentionType.ORGANIZATION).get(0).text());
        d = doc("Фонд является членом Национальной ассоциации родителей детей с инвалидностью «Біз біргеміз».", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Біз біргеміз"), named(d));
        // Not a capitalised word, which is a name of its own.
        assertEquals(List.of(), named(doc("Собрание палаты Казахстана «Атамекен» выступило.", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS))));
    }

    @Test
    void a_congress_is_a_body_in_kazakh() {
        // Listed as «конгрес», the spelling before the possessive: in Russian news «конгресс» is more often the congress held
        // (factRuEval ORG lost three names when it was listed).
        assertEquals(List.of("Қазақстан жастар конгресі"), named(doc("Форумда Қазақстан жастар конгресінің президенті сөйледі.",
                Language.KAZAKH, new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void a_participle_before_a_legal_form_is_not_part_of_the_name() {
        Document d = doc("Прошел круглый стол, организованный общественным объединением «Центр поддержки гражданских инициатив».",
                Language.RUSSIAN, new QuotedOrganizationFinder(LEXICONS));
        assertEquals("общественным объединением «Центр поддержки гражданских инициатив»",
                TestDocs.mentions(d, MentionType.ORGANIZATION).get(0).text());
    }

    @Test
    void a_quoted_name_headed_by_an_organisation_noun_needs_no_form_but_an_event_title_is_no_organisation() {
        Document d = doc("Шымкенттегі «Азаматтық ресурстық орталық» алаңында. Конкурса «Лучшая неправительственная организация года» итоги.",
                Language.KAZAKH, new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Азаматтық ресурстық орталық"), named(d));
        // A legal form heading the name classifies it.
        Document c = doc("\"Азаматтық бастамалар коалициясы\" құрылды.", Language.KAZAKH, new QuotedOrganizationFinder(LEXICONS));
        assertTrue(TestDocs.mentions(c, MentionType.ORGANIZATION).get(0).concept().endsWith("/coalition"));
    }

    @Test
    void a_quoted_name_after_a_things_noun_names_the_thing() {
        // The name names the thing wherever the text uses it.
        Document d = doc("Экипаж вернулся на корабле «Союз ТМА-12». Старт следующего «Союза» отложен.", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of(), named(d));
        assertEquals(List.of("Союз журналистов"), named(doc("Вчера «Союз журналистов» выступил.", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS))));
    }

    @Test
    void a_concern_a_newspaper_or_a_theatre_before_a_quoted_name_makes_it_an_organisation() {
        Document d = doc("Концерн «Майкрософт» ответил газете «Ведомости», а радиостанция «Маяк» промолчала.", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Майкрософт", "Ведомости", "Маяк"), named(d));
    }

    @Test
    void an_abbreviation_the_scheme_does_not_list_before_a_quoted_name_makes_it_an_organisation() {
        Document d = doc("Руководитель РКК „Энергия“ и директор ГУП «Водоканал» выступили, а ЕС «Газпром» не ответил.",
                Language.RUSSIAN, new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Энергия", "Водоканал", "Европейский союз"), named(d), "not after a known body's abbreviation");
        // A law's title is no organisation, and does not take the legal form of the next one.
        Document law = doc("Согласно Закону РК «Об общественных объединениях» ОФ «Ак жол» зарегистрирован.", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS));
        assertEquals(List.of("Ак жол"), named(law));
    }

    @Test
    void a_kazakh_body_before_a_quoted_name_with_its_own_form_is_a_body() {
        assertEquals(List.of("Қостанай облысының ішкі саясат басқармасы", "Адал"), named(doc("Форумды Қостанай облысы ішкі саясат "
                + "басқармасы \"Адал\" қоғамдық қорымен бірлесіп ұйымдастырды.", Language.KAZAKH, new QuotedOrganizationFinder(LEXICONS),
                new NamedBodyFinder(LEXICONS))));
        // Its form may follow words that say what kind of body it is.
        assertEquals(List.of("Түркістан облысының жастар ресурстық орталығы", "Жасыл ел"), named(doc("Түркістан облысының жастар "
                + "ресурстық орталығы «Жасыл ел» жастар еңбек жасағымен бірлесіп акция өткізді.", Language.KAZAKH,
                new QuotedOrganizationFinder(LEXICONS), new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void a_body_takes_what_it_deals_with_after_po() {
        assertEquals(List.of("Управление по вопросам молодежной политики Кызылординской области", "Комитет по делам молодежи",
                "Министерство по чрезвычайным ситуациям Республики Казахстан"), named(doc("Семинар организован Управлением по вопросам "
                + "молодежной политики Кызылординской области. Пришел Комитет по делам молодежи. В Министерстве по чрезвычайным "
                + "ситуациям РК прошла встреча.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
        // The one it is named after ends the name.
        assertEquals(List.of("Актюбинский региональный университет имени К. Жубанова"), named(doc("Победителями стали студенты "
                + "Актюбинского регионального университета имени К. Жубанова.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
        // «области» alone is the one region the text names.
        assertEquals(List.of("Управление внутренней политики Актюбинской области"), named(doc("Жители Актюбинской области пришли. "
                + "Выступил руководитель управления внутренней политики области.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
        // What it is for, after «за»: not a sentence's «за».
        assertEquals(List.of("Коалиция за чистый воздух", "Движение за честные выборы"), named(doc("В Алматы создана Коалиция за чистый "
                + "воздух. Пришли активисты Движения за честные выборы. Он голосовал за чистый воздух.", Language.RUSSIAN,
                new NamedBodyFinder(LEXICONS))));
        // Not past a legal form that opens a quoted name of its own.
        assertEquals(List.of("Департамент по работе с МСБ", "Банк ЦентрКредит"), named(doc("Выступил директор департамента по работе "
                + "с МСБ АО «Банк ЦентрКредит» Ерлан Досмухамбетов.", Language.RUSSIAN, new QuotedOrganizationFinder(LEXICONS),
                new NamedBodyFinder(LEXICONS))));
        // Not a sentence's «по» after a word the sentence opens with.
        assertEquals(List.of(), named(doc("Совет по телефону дал сосед.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void unquoted_bodies_take_their_genitive_complement() {
        Document d = doc("в рамках заказа управления внутренней политики Мангистауской области организовал; контроль акимата города Алматы.",
                Language.RUSSIAN, new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Управление внутренней политики Мангистауской области", "Акимат города Алматы"), named(d));
        Document c = doc("В Казахстане создана Коалиция гражданских инициатив (далее КГИ) - объединение партий. Члены Коалиции.",
                Language.RUSSIAN, new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Коалиция гражданских инициатив"), named(c));
        // «Коалиции» only refers back; «партий», in the plural, is no one body.
        assertEquals(List.of("Коалиции"),
                TestDocs.mentions(c, MentionType.ORGANIZATION).stream().filter(Anaphora::isAnaphor).map(Mention::text).toList());
        // A bare legal form in the singular refers back to the body of that kind the text named («партия «Яблоко»»).
        Document party = doc("Пришли несколько членов партии «Яблоко», включая главу партии Сергея Митрохина.", Language.RUSSIAN,
                new QuotedOrganizationFinder(LEXICONS), new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("партии"),
                TestDocs.mentions(party, MentionType.ORGANIZATION).stream().filter(Anaphora::isAnaphor).map(Mention::text).toList());
        // In Kazakh so does a legal form the text has named an organisation with, and only then («су қоры» is a reserve).
        Document fund = doc("«Жасыл Алатау» қоғамдық қоры 2011 жылы құрылған. Қорды Сәуле Әбдірахманова басқарады.", Language.KAZAKH,
                new QuotedOrganizationFinder(LEXICONS), new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Қорды"),
                TestDocs.mentions(fund, MentionType.ORGANIZATION).stream().filter(Anaphora::isAnaphor).map(Mention::text).toList());
        Document none = doc("Биыл өңірде су қоры азайды. Қорды толықтыру қажет.", Language.KAZAKH,
                new QuotedOrganizationFinder(LEXICONS), new NamedBodyFinder(LEXICONS));
        assertEquals(List.of(), TestDocs.mentions(none, MentionType.ORGANIZATION));
    }

    @Test
    void kazakh_bodies_take_their_modifiers_and_local_bodies_the_genitive() {
        Document d = doc("Шымкент қалалық Азаматтық Альянс төрағасы мен Шымкент қаласы мәслихатының депутаттары.",
                Language.KAZAKH, new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Шымкент қалалық Азаматтық Альянс", "Шымкент қаласының мәслихаты"), named(d));
        // A Latin-script name may open the sentence; a Cyrillic capital there proves nothing.
        assertEquals(List.of("Astana LRT компаниясы"), named(doc("Astana LRT компаниясы автопарктерді субсидиялады.", Language.KAZAKH,
                new NamedBodyFinder(LEXICONS))));
        assertEquals(List.of("500 Startups компаниясы"), named(doc("500 Startups компаниясының кеңсесі осында.", Language.KAZAKH,
                new NamedBodyFinder(LEXICONS))));
        assertEquals(List.of(), named(doc("Биыл жастар орталығы ашылды.", Language.KAZAKH, new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void a_kazakh_name_may_have_only_its_first_word_capitalised() {
        Document d = doc("Талқылау Еуразиялық интеграция институтының қабырғасында өтті. Бір кездері Мемлекеттік қызмет істері "
                + "жөніндегі агенттік болған.", Language.KAZAKH, new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Еуразиялық интеграция институты", "Мемлекеттік қызмет істері жөніндегі агенттік"), named(d));
        // A ministry, committee or agency may open the sentence with its compound name; a local office or a centre may not.
        assertEquals(List.of("Мәдениет министрлігі", "Автомобиль жолдары комитеті"), named(doc("Мәдениет министрлігі қолжазбаларды "
                + "сатып алады. Автомобиль жолдары комитеті жолды ақылы қылмақ. Полиция департаменті хабарлады. Облыс орталығы "
                + "жабылды.", Language.KAZAKH, new NamedBodyFinder(LEXICONS))));
        // Not from the first word of a sentence, a post or a place in a case that governs.
        assertEquals(List.of(), named(doc("Биыл жастар орталығы ашылды. Жиынға Президент жастар орталығын шақырды.", Language.KAZAKH,
                new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void a_place_may_open_a_kazakh_name_over_lower_case_words_but_not_in_the_attributive() {
        Document d = doc("Ол Шымкент журналистика академиясының мүшесі. Алматы облысының төтенше жағдайлар департаменті хабарлады.",
                Language.KAZAKH, new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Шымкент журналистика академиясы", "Алматы облысының төтенше жағдайлар департаменті"), named(d));
        // A region named by a cardinal point and a name; a body named after someone.
        assertEquals(List.of("Шығыс Қазақстан облыстық төтенше жағдайлар департаменті", "Гагарин атындағы әскери-әуе академиясы"),
                named(doc("Ол Шығыс Қазақстан облыстық төтенше жағдайлар департаментінің қызметкері. Ол Гагарин атындағы әскери-әуе "
                        + "академиясында оқыды.", Language.KAZAKH, new NamedBodyFinder(LEXICONS))));
        // The one it is named after opens a name a capital opens too; whom it unites, in the plural, is part of it.
        assertEquals(List.of("Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті", "Қазақстан еріктілер қауымдастығы"),
                named(doc("Форумда Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университетінің студенттері сөйледі. Қор Қазақстан "
                        + "еріктілер қауымдастығының құрамына кіреді.", Language.KAZAKH, new NamedBodyFinder(LEXICONS))));
        // What it does, a verbal noun with its object, may make a long name; a participle opens a clause, not a name.
        assertEquals(List.of("Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы"),
                named(doc("Қор Қарағанды облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасының қолдауымен жоба "
                        + "жасады.", Language.KAZAKH, new NamedBodyFinder(LEXICONS))));
        // Read alike in the Latin alphabet, whose words the morphology puts in the nominative in the Cyrillic reading.
        assertEquals(List.of("Qarağandy oblysynyñ jūmyspen qamtudy üilestıru jäne äleumettık bağdarlamalar basqarmasy"),
                named(doc("Qor Qarağandy oblysynyñ jūmyspen qamtudy üilestıru jäne äleumettık bağdarlamalar basqarmasynyñ qoldauymen joba "
                        + "jasady.", Language.KAZAKH_LATIN, new NamedBodyFinder(LEXICONS))));
        assertEquals(List.of(), named(doc("Бүгін Алматы, Шымкент қалалары және облыстардың әкімдері қатысқан кеңес өтті.", Language.KAZAKH,
                new NamedBodyFinder(LEXICONS))));
        // After a list's number a capital opens the name.
        assertEquals(List.of("Қазақстандық адам құқықтары жөніндегі халықаралық бюро"), named(doc("3. Қазақстандық адам құқықтары "
                + "жөніндегі халықаралық бюро, директоры Евгений Жовтис", Language.KAZAKH, new NamedBodyFinder(LEXICONS))));
        // «-дағы» says where the body is; a plural names several; a place in a governing case or a particle ends the name.
        assertEquals(List.of("Шығыс консерваториясы"), named(doc("Шымкенттегі Шығыс консерваториясы ашылды.", Language.KAZAKH,
                new NamedBodyFinder(LEXICONS))));
        assertEquals(List.of(), named(doc("Алматы облысындағы инфекциялық ауруханаларда орын жоқ. Алматы қаласын тарихи орталық деді. "
                + "Алматымен де серіктестікті жалғастырамыз.", Language.KAZAKH, new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void a_kazakh_noun_before_a_quoted_name_makes_it_a_body_only_in_the_nominative_and_before_no_things_noun() {
        assertEquals(List.of(), named(doc("Облыс орталығындағы «Бейбарыс» алаңына ақ отаулар тігілді. Орталық «Опен Спейс» жүйесінде "
                + "жұмыс істейді.", Language.KAZAKH, new QuotedOrganizationFinder(LEXICONS))));
        // A form after the name is the name's own; the noun before it is another body («Бас прокуратура»).
        assertEquals(List.of("Қазақстан Республикасының Бас прокуратурасы", "Бек Эйр"), named(doc("Бас прокуратура «Бек Эйр» компаниясын тексерді.", Language.KAZAKH,
                new QuotedOrganizationFinder(LEXICONS))));
    }

    @Test
    void a_kazakh_name_is_capitalised_and_a_noun_before_its_head_makes_it_possessive() {
        Document d = doc("Қаңтар айында Алматыдағы ұлттық университетте орталық ашылды. — Әскери бөлімдегі көңіл-күй жақсы. "
                + "Әдиет мектепке барады. Ол Цукуба университетінде оқиды.", Language.KAZAKH, new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Цукуба университеті"), named(d));
    }

    @Test
    void a_military_unit_is_named_by_its_number() {
        Document d = doc("Шара 55 / 12 әскери бөлімінде өтті. Шайқаста 101-інші атқыштар бригадасынан көп жауынгер қаза тапты. "
                + "Мұнда екі бригада жұмыс істейді, 22 жедел медициналық бригада бар.", Language.KAZAKH, new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("55 / 12 әскери бөлімінде", "101-інші атқыштар бригадасынан"),
                TestDocs.mentions(d, MentionType.ORGANIZATION).stream().filter(m -> !Anaphora.isAnaphor(m)).map(Mention::text).toList());
    }

    @Test
    void a_post_word_right_before_its_compounds_head_is_part_of_the_name() {
        Document d = doc("Бұл — Президент оркестрі. Сонымен Президент Volonterler forýmynda сөйледі. Сапарда Елбасы Мәскеу "
                        + "мемлекеттік университетінің ректорымен кездесті.", Language.KAZAKH,
                new RoleFinder(LEXICONS), new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Президент оркестрі", "Мәскеу мемлекеттік университеті"), named(d));
    }

    @Test
    void a_place_alone_before_a_kazakh_noun_says_whose_it_is_unless_a_state_body() {
        Document d = doc("Германия компаниясы жобаны қаржыландырды. Алматының орталығында дүкен ашылды. АҚШ Орталық Азияға қатысты "
                + "стратегия жариялады. Шымкент қаласы мәслихатының сессиясы өтті.", Language.KAZAKH, new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Шымкент қаласының мәслихаты"), named(d));
    }

    @Test
    void names_joined_before_a_plural_kazakh_head_are_each_a_body() {
        Document d = doc("Кездесуге Amazon Web Services және Royal Dutch Shell компанияларының басшылары келді.", Language.KAZAKH,
                new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Amazon Web Services", "Royal Dutch Shell"), named(d));
    }

    @Test
    void a_movements_aim_after_a_preposition_of_the_genitive_is_part_of_its_name() {
        Document d = doc("Сказал лидер Движения против нелегальной иммиграции Александр Белов. Выступил член Комитета в защиту свободы слова. "
                + "Отдел против воли директора закрыли.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS));
        assertEquals(List.of("Движение против нелегальной иммиграции", "Комитет в защиту свободы слова"), named(d));
    }

    @Test
    void a_verb_or_a_pronoun_is_no_complement() {
        Document d = doc("При министерстве разработаны группы. Участие в управлении своей страной.", Language.RUSSIAN,
                new NamedBodyFinder(LEXICONS));
        assertEquals(List.of(), named(d));
        // Nor a noun after «и» the dictionary knows in no genitive: the next clause's subject.
        assertEquals(List.of("Министерство финансов"), named(doc("Итоги подвело Министерство финансов и палата предпринимателей "
                + "согласилась.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
    }

    @Test
    void a_national_body_in_the_plural_is_none_unless_its_name_is_plural() {
        assertEquals(List.of("Қазақстан Республикасының Қарулы күштері"),
                named(doc("Үкіметтер де жұмыс істейді. Қарулы күштеріндегі тәртіп күшейді.", Language.KAZAKH)));
    }

    @Test
    void a_body_may_have_names_the_rules_alone_read() {
        assertEquals(List.of("Еуропалық одақ", "Ақорда"), named(doc("Еуроодақ өкілдері Ақордада болды.", Language.KAZAKH)));
        // National media; a number after a quoted one's name makes another («Хабар 24»).
        assertEquals(List.of("«Хабар» агенттігі", "«Қазақпарат» халықаралық ақпарат агенттігі"),
                named(doc("Жұлдыз Атагелдиева, «Хабар». Бұл туралы Kazinform хабарлады. «Хабар 24» телеарнасы.", Language.KAZAKH)));
        // A body named after a post holds the post word («Тұңғыш Президент қоры»); the UN's council is not Kazakhstan's.
        assertEquals(List.of("Қазақстан Республикасының Тұңғыш Президенті — Елбасы қоры", "Қазақстан Республикасының Қауіпсіздік Кеңесі",
                        "БҰҰ Қауіпсіздік Кеңесі"),
                named(doc("Тұңғыш Президент — Елбасы қоры қаражат бөлді. Қауіпсіздік кеңесінің отырысы өтті. БҰҰ Қауіпсіздік Кеңесі "
                        + "қарар қабылдады.", Language.KAZAKH)));
    }

    @Test
    void national_bodies_get_their_listed_names_unless_another_countrys() {
        Document d = doc("ҚР Парламентінің Сенаты мен Мәжілісінің депутаттары.", Language.KAZAKH);
        assertEquals(List.of("Қазақстан Республикасының Парламенті", "Сенат", "Мәжіліс"), named(d));
        Document ru = doc("депутаты Парламента и Конституционный суд России.", Language.RUSSIAN);
        assertEquals(List.of("Парламент Республики Казахстан"), named(ru));
        // A Kazakh sentence may open with the body; a Russian one's capital proves nothing.
        assertEquals(List.of("Мәжіліс"), named(doc("Мәжіліс заң жобасын қабылдады.", Language.KAZAKH)));
        assertEquals(List.of(), named(doc("Правительство приняло решение.", Language.RUSSIAN)));
        // Kazakhstan's ministries; in Russian a name other countries' ministries share only with the country.
        assertEquals(List.of("Қазақстан Республикасының Мәдениет және ақпарат министрлігі"),
                named(doc("Мәдениет және ақпарат министрлігінің баспасөз қызметі хабарлады.", Language.KAZAKH)));
        assertEquals(List.of("Министерство юстиции Республики Казахстан"), named(doc("Письмо направлено в Министерство юстиции РК.", Language.RUSSIAN)));
        assertEquals(List.of(), named(doc("Письмо направлено в Министерство юстиции.", Language.RUSSIAN)));
        // A Kazakh body named with its country: ours with it, another country's not ours.
        assertEquals(List.of("Қазақстан Республикасының Үкіметі"), named(doc("Қазақстан Үкіметі шешім қабылдады.", Language.KAZAKH)));
        Document ours = doc("Қазақстан Үкіметі шешім қабылдады.", Language.KAZAKH);
        assertTrue(ours.mentions().stream().anyMatch(m -> m.text().equals("Қазақстан Үкіметі")));
        assertEquals(List.of(), named(doc("Ресей Үкіметі шешім қабылдады.", Language.KAZAKH)));
        assertTrue(doc("Қазақстанда Үкімет шешім қабылдады.", Language.KAZAKH).mentions().stream().anyMatch(m -> m.text().equals("Үкімет")));
        // An abbreviation with its Kazakh case ending after a hyphen.
        assertEquals(List.of("Біріккен Ұлттар Ұйымы"), named(doc("БҰҰ-дағы өкілі сөйледі.", Language.KAZAKH)));
    }

    @Test
    void lists_under_a_legal_form_are_organisations_of_it() {
        Document d = doc("К Декларации присоединились:\n1. Гражданские движения: НАQ, За реформу МВД, Молодежное движение\n"
                + "Абадан, Клуб любителей Конституции", Language.RUSSIAN, new OrganizationListFinder(LEXICONS));
        assertEquals(List.of("НАQ", "За реформу МВД", "Абадан", "Клуб любителей Конституции"), named(d));
    }

    @Test
    void a_defined_abbreviation_names_the_organisation_wherever_it_is_used() {
        Document d = doc("«Общество молодых профессионалов» (ОМП) – организация. На базе ОМП работает клуб. ОМП-ның офисі.",
                Language.RUSSIAN, new QuotedOrganizationFinder(LEXICONS), new AbbreviationFinder(LEXICONS));
        List<Mention> abbr = TestDocs.mentions(d, MentionType.ORGANIZATION).stream().filter(m -> m.text().equals("ОМП")).toList();
        assertEquals(3, abbr.size());
        assertTrue(abbr.stream().allMatch(m -> m.normalized().equals("Общество молодых профессионалов")));
        // In the Latin alphabet, whose abbreviation is read in Cyrillic.
        Document latin = doc("\"Azamattyq bastamalar koalitsiiasy\" (ABK) qūryldy. ABK-nyñ maqsaty – dialog.", Language.KAZAKH_LATIN,
                new QuotedOrganizationFinder(LEXICONS), new AbbreviationFinder(LEXICONS));
        assertEquals(2, TestDocs.mentions(latin, MentionType.ORGANIZATION).stream().filter(m -> m.text().equals("ABK")).count());
    }

    @Test
    void a_post_implies_its_body() {
        Document ru = doc("рассказала Айзада Курманова- вице-министр культуры РК", Language.RUSSIAN, new ImpliedBodyFinder(LEXICONS));
        assertEquals(List.of("Министерство культуры РК"), named(ru));
        Document kk = doc("Басқосуға Шымкент қаласының әкімі Мұрат Әйтенов қатысады.", Language.KAZAKH, new ImpliedBodyFinder(LEXICONS));
        assertEquals(List.of("Шымкент қаласының әкімдігі"), named(kk));
    }

    @Test
    void the_region_or_the_city_of_an_akim_is_the_one_the_text_names() {
        Document ru = doc("АКТАУ. В Мангистауской области прошел форум. Выступил заместитель акима области Нурлан Сеитов.", Language.RUSSIAN,
                new ImpliedBodyFinder(LEXICONS));
        assertEquals(List.of("Акимат Мангистауской области"), named(ru));
        // «области» stands for that region, so the body is based there.
        assertTrue(TestDocs.mentions(ru, MentionType.PLACE).stream().anyMatch(m -> m.text().equals("области")
                && m.normalized().equals("Мангистауская область")));
        Document kk = doc("Маңғыстау облысында форум өтті. Оған облыс әкімінің орынбасары Нұрлан Сейітов қатысты.", Language.KAZAKH,
                new ImpliedBodyFinder(LEXICONS));
        assertEquals(List.of("Маңғыстау облысының әкімдігі"), named(kk));
        Document city = doc("Ақтауда жиын өтті. Оған қала әкімі Нұрлан Сейітов қатысты.", Language.KAZAKH, new ImpliedBodyFinder(LEXICONS));
        assertEquals(List.of("Ақтау қаласының әкімдігі"), named(city));
        // A Russian city after «города» in the genitive, as the text writes it or by its ending.
        assertEquals(List.of("Акимат города Павлодара"), named(doc("В Павлодаре прошел форум. Выступил заместитель акима города Нурлан "
                + "Сеитов.", Language.RUSSIAN, new ImpliedBodyFinder(LEXICONS))));
        assertEquals(List.of("Отдел внутренней политики города Павлодара"), named(doc("Павлодар. Прошел форум. Выступила руководитель "
                + "отдела внутренней политики города Динара Сеитова.", Language.RUSSIAN, new NamedBodyFinder(LEXICONS))));
        // A kind word of a place's own name is that name's: the body keeps its whole mention.
        Document named = doc("Басқосуға Шымкент қаласының әкімі Мұрат Әйтенов қатысады.", Language.KAZAKH, new ImpliedBodyFinder(LEXICONS));
        assertEquals(List.of("Шымкент қаласының әкімі"), TestDocs.mentions(named, MentionType.ORGANIZATION).stream().map(Mention::text).toList());
        // With two regions, or none, named, «акимат области» is no body of ours: the same words would join every region's.
        Document two = doc("Форум собрал НПО Мангистауской и Атырауской областей, Атырауской области и Мангистауской области. "
                + "Выступил аким области Иван Петров.", Language.RUSSIAN, new ImpliedBodyFinder(LEXICONS));
        assertEquals(List.of(), named(two));
    }

    @Test
    void a_local_body_named_by_its_level_is_the_body_of_the_region_or_city_the_text_names() {
        Document ru = doc("АКТАУ. В Мангистауской области прошел форум. Выступили депутат областного маслихата Айгуль Жумабаева "
                + "и председатель областной общественной палаты Марат Бекешев.", Language.RUSSIAN, new LocalBodyFinder(LEXICONS));
        assertEquals(List.of("Маслихат Мангистауской области", "Общественная палата Мангистауской области"), named(ru));
        Document kk = doc("Маңғыстау облысында форум өтті. Оған облыстық мәслихат депутаты Айгүл Жұмабаева қатысты.", Language.KAZAKH,
                new LocalBodyFinder(LEXICONS));
        assertEquals(List.of("Маңғыстау облыстық мәслихаты"), named(kk));
        // The youth resource centre every region and city has.
        assertEquals(List.of("Шымкент қалалық жастар ресурстық орталығы"), named(doc("Шымкент қаласында жиын болды. Қалалық жастар "
                + "ресурстық орталығында семинар өтті.", Language.KAZAKH, new LocalBodyFinder(LEXICONS))));
        assertEquals(List.of("Молодежный ресурсный центр Актюбинской области"), named(doc("В Актюбинской области прошел форум. Директор "
                + "областного молодежного ресурсного центра выступил.", Language.RUSSIAN, new LocalBodyFinder(LEXICONS))));
        // A body that names its place is left to the finders of names; with no region named there is none.
        assertEquals(List.of(), named(doc("Маңғыстау облысында Қызылорда облыстық мәслихатының депутаты сөйледі.", Language.KAZAKH,
                new LocalBodyFinder(LEXICONS))));
        assertEquals(List.of(), named(doc("Выступила депутат областного маслихата Айгуль Жумабаева.", Language.RUSSIAN,
                new LocalBodyFinder(LEXICONS))));
    }
}
