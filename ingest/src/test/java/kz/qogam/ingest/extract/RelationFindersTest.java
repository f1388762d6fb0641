package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.text.TextView;
import org.junit.jupiter.api.Test;

/** Each relation finder alone, on a document resolved up to entities. */
class RelationFindersTest {
    private static Set<String> facts(RelationFinder finder, String text, Language lang) {
        return TestDocs.facts(found(finder, text, lang));
    }

    private static List<Fact> found(RelationFinder finder, String text, Language lang) {
        Document d = TestDocs.resolved(text, lang);
        return finder.find(TextView.of(d, LEXICONS.morphology()), EntityIndex.of(d));
    }

    @Test
    void posts_in_both_word_orders() {
        assertEquals(Set.of("holdsPost | Гульжанат Муратова | Ұрпақ Next | директор"),
                facts(new PostFinder(LEXICONS), "– сообщила директор молодежного общественного фонда «Ұрпақ Next» Гульжанат Муратова.", Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Сергей Худяков | Институт развития местного самоуправления | председатель"),
                facts(new PostFinder(LEXICONS), "говорит Сергей Худяков - председатель частного учреждения «Институт развития местного самоуправления».", Language.RUSSIAN));
    }

    @Test
    void a_line_of_a_post_and_a_person_alone_is_a_post_in_the_organisation_the_text_is_about() {
        String page = "Общественный фонд «Зеленый Алатау» основан в 2011 году. Фонд работает в Алматы.\n\n"
                + "Исполнительный директор — Тимур Ахметжанов.\n\nАнна Ким — председатель правления.";
        List<Fact> f = found(new PostFinder(LEXICONS), page, Language.RUSSIAN);
        assertEquals(Set.of("holdsPost | Тимур Ахметжанов | Зеленый Алатау | исполнительный директор",
                "holdsPost | Анна Ким | Зеленый Алатау | председатель правления"), TestDocs.facts(f));
        // A post with the words it governs, and a surname that is also a word before a given name and a patronymic.
        assertEquals(Set.of("holdsPost | Жумабекова А.К. | Зеленый Алатау | координатор", "holdsPost | Ли Елена Викторовна | Зеленый Алатау | юрист",
                "holdsPost | Жанар Омарова | Зеленый Алатау | психолог"),
                facts(new PostFinder(LEXICONS), page.replace("Исполнительный директор — Тимур Ахметжанов.\n\nАнна Ким — председатель правления.",
                        "Жумабекова А.К. – координатор проектов\nЛи Елена Викторовна – юрист\nПсихолог – Жанар Омарова"), Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Гульнара Ахметова | Зеленый Алатау | главный бухгалтер"), facts(new PostFinder(LEXICONS),
                page.replace("Исполнительный директор — Тимур Ахметжанов.\n\nАнна Ким — председатель правления.", "Главный бухгалтер – Гульнара Ахметова."),
                Language.RUSSIAN));
        assertTrue(f.stream().allMatch(x -> x.confidence() == PostFinder.MAIN_BODY));
        // A body's noun before a post refers back to the body the text named with it.
        assertEquals(Set.of("holdsPost | Дәурен Құрманғалиев | Ақ жүрек | жетекші"), facts(new PostFinder(LEXICONS),
                "Шымкентте «Ақ жүрек» жастар волонтерлік орталығы ашылды. Орталықтың жетекшісі Дәурен Құрманғалиев сөйледі.", Language.KAZAKH));
        // In the Latin alphabet, whose words are looked up in their Cyrillic reading.
        assertEquals(Set.of("holdsPost | Däuren Qūrmanğaliev | Aq jürek | jetekşı"), facts(new PostFinder(LEXICONS),
                "Şymkentte «Aq jürek» jastar volonterlık ortalyğy aşyldy. Ortalyqtyñ jetekşısı Däuren Qūrmanğaliev söiledı.", Language.KAZAKH_LATIN));
        // A line of a post with its body, a dash and the person.
        assertEquals(Set.of("holdsPost | Айгүл Бекенова | Мейірім | директор"), facts(new PostFinder(LEXICONS),
                "«Мейірім» қайырымдылық қоры 2012 жылы құрылған. Қордың директоры – Айгүл Бекенова.", Language.KAZAKH));
        assertEquals(Set.of("holdsPost | Марина Кузнецова | Доверие | директор"), facts(new PostFinder(LEXICONS),
                "Общественный фонд «Доверие» создан в 2009 году.\n\nДиректор фонда – Марина Кузнецова.", Language.RUSSIAN));
        // With no organisation the text is about, there is no post; nor in a sentence that says more.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Исполнительный директор — Тимур Ахметжанов.", Language.RUSSIAN));
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), page.replace("Тимур Ахметжанов.", "Тимур Ахметжанов уехал в Астану."),
                Language.RUSSIAN).stream().filter(x -> x.contains("Ахметжанов")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void a_body_that_opens_a_sentence_with_a_member_word_and_no_person_is_the_member() {
        assertEquals(Set.of("memberOf | Зеленый Алатау | Экологический альянс Казахстана"), facts(new PostFinder(LEXICONS),
                "Общественный фонд «Зеленый Алатау» основан в 2011 году. Фонд является членом Экологического альянса Казахстана.",
                Language.RUSSIAN));
        assertEquals(Set.of("memberOf | Жасыл Алатау | Қазақстанның экологиялық альянсы"), facts(new PostFinder(LEXICONS),
                "«Жасыл Алатау» қоғамдық қоры 2011 жылы құрылған. Қор Қазақстанның экологиялық альянсының мүшесі болып табылады.",
                Language.KAZAKH));
    }

    @Test
    void signatories_listed_with_their_body_and_post_hold_it() {
        String list = "Обращение подписали:\n1. Общественный фонд «Сана Сезім», председатель Елена Иванова\n"
                + "2. Ассоциация НПО Павлодарской области, президент Виктор Ким\n";
        assertEquals(Set.of("holdsPost | Елена Иванова | Сана Сезім | председатель",
                "holdsPost | Виктор Ким | Ассоциация НПО Павлодарской области | президент"), facts(new PostFinder(LEXICONS), list, Language.RUSSIAN));
        // The president is the association's, so no state is implied.
        Document d = TestDocs.resolved(list, Language.RUSSIAN);
        assertTrue(d.entities().stream().noneMatch(e -> e.name().text().equals("Казахстан")));
        assertEquals(Set.of("holdsPost | Елена Иванова | Сана Сезім | төраға"), facts(new PostFinder(LEXICONS),
                "Үндеуге қол қойғандар:\n1. \"Сана Сезім\" қоғамдық қоры, төрағасы Елена Иванова\n", Language.KAZAKH));
        // In running text the line says more, and the comma does not give the body.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Фонд «Сана Сезім», председатель которого Елена Иванова, провел акцию.",
                Language.RUSSIAN));
    }

    @Test
    void a_body_named_by_its_form_alone_and_the_body_a_member_sentence_leaves_unnamed_are_the_one_the_text_is_about() {
        String text = "Общественное объединение «Болашақ жастары» запустило проект. Об этом рассказала руководитель объединения Гульмира "
                + "Есимова. С 2019 года организация является членом Гражданского альянса Кызылординской области.";
        assertEquals(Set.of("holdsPost | Гульмира Есимова | Болашақ жастары | руководитель",
                "memberOf | Болашақ жастары | Гражданский альянс Кызылординской области"), facts(new PostFinder(LEXICONS), text, Language.RUSSIAN));
        // «объединение казахстанских партий» is a union of parties, no reference back.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Создана Коалиция (КГИ) - объединение казахстанских партий. Общественное "
                + "объединение «Ырыс» вошло в нее. Руководитель объединения казахстанских партий Анна Ким выступила.", Language.RUSSIAN)
                .stream().filter(f -> f.contains("Ырыс")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void a_body_may_be_a_member_of_several_joined_bodies() {
        assertEquals(Set.of("memberOf | Ырыс | Гражданский альянс Казахстана", "memberOf | Ырыс | Ассоциация НПО Алматинской области"), facts(new PostFinder(LEXICONS),
                "ОО «Ырыс» основано в 2009 году. ОО «Ырыс» является членом Гражданского альянса Казахстана и Ассоциации НПО Алматинской области.",
                Language.RUSSIAN));
        // «бірлестік» alone refers back to the public association the text named.
        assertEquals(Set.of("memberOf | Ырыс | Қазақстанның азаматтық альянсы", "memberOf | Ырыс | Жетісу ҮЕҰ қауымдастығы"),
                facts(new PostFinder(LEXICONS), "\"Ырыс\" қоғамдық бірлестігі 2009 жылы құрылған. Бірлестік Қазақстанның азаматтық альянсы "
                        + "мен Жетісу ҮЕҰ қауымдастығының мүшесі болып табылады.", Language.KAZAKH));
        // The member may open the sentence after a word to the reader.
        assertEquals(Set.of("memberOf | Ақ жүрек | Қазақстан волонтерлер қауымдастығы"), facts(new PostFinder(LEXICONS),
                "Шымкентте «Ақ жүрек» волонтерлік орталығы ашылды. Айта кетейік, «Ақ жүрек» орталығы Қазақстан волонтерлер қауымдастығына мүше.",
                Language.KAZAKH));
        // The first body's name may end with a clause between commas.
        assertEquals(Set.of("memberOf | Доверие | Казахстанский союз людей, живущих с ВИЧ", "memberOf | Доверие | Евразийская коалиция по здоровью"),
                facts(new PostFinder(LEXICONS), "Общественный фонд «Доверие» создан в 2009 году. Фонд является членом Казахстанского союза людей, "
                        + "живущих с ВИЧ, и Евразийской коалиции по здоровью.", Language.RUSSIAN));
        // Nor are the bodies it joined members of each other.
        assertEquals(Set.of("memberOf | Ырыс | Қазақстанның азаматтық альянсы"), facts(new MembershipFinder(LEXICONS), "\"Ырыс\" қоғамдық бірлестігі 2009 жылы құрылған. Бірлестік "
                + "Қазақстанның азаматтық альянсы мен Жетісу ҮЕҰ қауымдастығының мүшесі болып табылады.", Language.KAZAKH));
    }

    @Test
    void one_who_heads_a_body_by_a_verb_holds_its_head_post() {
        assertEquals(Set.of("holdsPost | Сауле Абдрахманова | Зеленый Алатау | руководитель"), facts(new PostFinder(LEXICONS),
                "Общественный фонд «Зеленый Алатау» основан в 2011 году. Фонд возглавляет Сауле Абдрахманова.", Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Айгерим Сейткалиева | Центр развития гражданских инициатив | руководитель"), facts(new PostFinder(LEXICONS),
                "Айгерим Сейткалиева руководит общественным объединением «Центр развития гражданских инициатив».", Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Сәуле Әбдірахманова | Жасыл Алатау | басшы"), facts(new PostFinder(LEXICONS),
                "«Жасыл Алатау» қоғамдық қоры 2011 жылы құрылған. Қорды Сәуле Әбдірахманова басқарады.", Language.KAZAKH));
        // A body the verb does not stand beside is not the one headed.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS),
                "Айгерим Сейткалиева, которая раньше руководила проектами, пришла в общественное объединение «Центр развития».", Language.RUSSIAN));
    }

    @Test
    void a_post_of_a_place_is_held_in_its_state_and_a_ministers_in_the_ministry() {
        assertEquals(Set.of("holdsPost | Николай Сорокин | Франция | президент"),
                facts(new PostFinder(LEXICONS), "Президент Франции Николай Сорокин прибыл в Париж.", Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Сергей Маэхара | Министерство иностранных дел Японии | министр"),
                facts(new PostFinder(LEXICONS), "Министр иностранных дел Японии Сергей Маэхара прибыл в Москву.", Language.RUSSIAN));
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Визит президента Франции назначен на май.", Language.RUSSIAN));
        // A president with no country by him: the one the text names most, as a less sure post.
        List<Fact> posts = found(new PostFinder(LEXICONS), "Россия и Казахстан подписали договор. Россия выплатит долг досрочно. "
                + "Премьер-министр Михаил Фрадков выступил с речью.", Language.RUSSIAN);
        assertEquals(Set.of("holdsPost | Михаил Фрадков | Россия | премьер-министр"), TestDocs.facts(posts));
        assertEquals(0.6, posts.get(0).confidence());
        // Two countries named as often: no guess; a body after the post: that body.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Россия и Казахстан подписали договор. Президент Иван Петров выступил.",
                Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Иван Петров | Ассоциация юристов | президент"),
                facts(new PostFinder(LEXICONS), "Россия и Россия. Президент Ассоциации юристов Иван Петров выступил.", Language.RUSSIAN));
        // The country named by its adjective (qg:adjective in the gazetteer).
        assertEquals(Set.of("holdsPost | Дмитрий Медведев | Россия | президент"),
                facts(new PostFinder(LEXICONS), "Вчера российский президент Дмитрий Медведев открыл нефтепровод.", Language.RUSSIAN));
    }

    @Test
    void occupations_the_scheme_does_not_list_are_posts_when_a_body_and_a_name_go_with_them() {
        // «полузащитник» and «фотограф» are in no scheme: the dictionary reads them as nouns naming people.
        assertEquals(Set.of("holdsPost | Фрэнк Лэмпард | Челси | полузащитник"),
                facts(new PostFinder(LEXICONS), "Полузащитник футбольного клуба «Челси» Фрэнк Лэмпард снялся в фильме.", Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Владимир Королёв | Пермский обозреватель | фотограф"),
                facts(new PostFinder(LEXICONS), "Владимир Королёв, фотограф независимого еженедельника «Пермский обозреватель», был арестован.",
                        Language.RUSSIAN));
        // A title between the body and the name.
        assertEquals(Set.of("holdsPost | Гульжанат Муратова | Ұрпақ Next | директор"),
                facts(new PostFinder(LEXICONS), "Директор фонда «Ұрпақ Next» профессор Гульжанат Муратова рассказала о проекте.", Language.RUSSIAN));
        // A body's representative (its spokesman) holds a post there.
        assertEquals(Set.of("holdsPost | Гульжанат Муратова | Ұрпақ Next | представитель"),
                facts(new PostFinder(LEXICONS), "Представитель фонда «Ұрпақ Next» Гульжанат Муратова рассказала о проекте.", Language.RUSSIAN));
        // A thing, not a person («чайник»), and a person with no body after him, are no post.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Чайник фонда «Ұрпақ Next» Гульжанат Муратова купила вчера.", Language.RUSSIAN));
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Известный фотограф Владимир Королёв был арестован.", Language.RUSSIAN));
    }

    @Test
    void a_body_a_post_implies_is_not_a_name_the_text_writes() {
        Document d = TestDocs.resolved("Президент Франции Николай Сорокин и министр иностранных дел Японии Сергей Маэхара прибыли "
                + "в Министерство культуры.", Language.RUSSIAN);
        List<String> implied = d.mentions().stream().filter(m -> ImpliedBodyFinder.isImplied(d, m)).map(m -> m.text()).toList();
        assertEquals(List.of("Президент Франции", "министр иностранных дел Японии"), implied);
        assertTrue(d.mentions().stream().anyMatch(m -> m.text().equals("Министерство культуры") && !ImpliedBodyFinder.isImplied(d, m)));
    }

    @Test
    void a_kazakh_minister_holds_the_listed_ministry_his_title_names() {
        assertEquals(Set.of("holdsPost | Ерлан Қошанов | Қазақстан Республикасының Денсаулық сақтау министрлігі | министр"),
                facts(new PostFinder(LEXICONS), "Жиынға денсаулық сақтау министрі Ерлан Қошанов қатысты.", Language.KAZAKH));
        assertEquals(Set.of("holdsPost | Aıda Balaeva | Qazaqstan Respýblıkasynyń Mádenıet jáne aqparat mınıstrligi | mınıstr"),
                facts(new PostFinder(LEXICONS), "Jeńimpazdardy Mádenıet jáne aqparat mınıstri Aıda Balaeva quttyqtady.", Language.KAZAKH_LATIN));
        // The words before «министрі» are its title.
        Document d = TestDocs.resolved("Жиынға денсаулық сақтау министрі Ерлан Қошанов қатысты.", Language.KAZAKH);
        assertTrue(d.mentions().stream().anyMatch(m -> m.type() == MentionType.TITLE && m.text().equals("денсаулық сақтау министрі")));
    }

    @Test
    void a_post_keeps_its_whole_title_and_its_body_may_follow_the_title() {
        // The name finder reads the title; the post word in it and the body before it make the post.
        List<Fact> posts = found(new PostFinder(LEXICONS), "Ақтау қалалық мәслихатының депутатына Асқар Керелбаевқа алғыс айтылды.",
                Language.KAZAKH);
        assertEquals(Set.of("holdsPost | Асқар Керелбаев | Ақтау қалалық мәслихаты | депутат"), TestDocs.facts(posts));
        assertEquals("Ақтау қалалық мәслихатының депутаты", posts.get(0).title(), "the title in the nominative");
        // «по государственным сборам» qualifies the post; the country comes after the title.
        posts = found(new PostFinder(LEXICONS), "Министр по государственным сборам Новой Зеландии Питер Данн подчеркнул это.", Language.RUSSIAN);
        assertEquals(Set.of("holdsPost | Питер Данн | Министерство по государственным сборам Новой Зеландии | министр"), TestDocs.facts(posts));
        assertEquals("Министр по государственным сборам", posts.get(0).title());
        // A title headed by another word is that word's post, held by the person before the comma.
        assertEquals(Set.of("holdsPost | Татьяна Скригонюк | пресс-служба МЧС по Санкт-Петербургу и Ленобласти | заместитель начальника"),
                facts(new PostFinder(LEXICONS), "— Татьяна Скригонюк, заместитель начальника пресс-службы МЧС по Санкт-Петербургу и Ленобласти, "
                        + "сообщила об этом.", Language.RUSSIAN));
        // A post word alone has no title.
        posts = found(new PostFinder(LEXICONS), "Выступил директор фонда «Шанырак» Иван Ким.", Language.RUSSIAN);
        assertEquals(1, posts.size(), posts.toString());
        assertNull(posts.get(0).title());
    }

    @Test
    void a_post_from_a_body_and_a_title_with_adjectives_before_the_name() {
        assertEquals(Set.of("holdsPost | Хуан Суареш | Организация по безопасности и сотрудничеству в Европе | наблюдатель"),
                facts(new PostFinder(LEXICONS), "В интервью наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш сообщил об этом.",
                        Language.RUSSIAN));
    }

    @Test
    void a_complement_of_the_post_may_stand_between_the_body_and_the_name() {
        assertEquals(Set.of("holdsPost | Александр Хлопонин | Россия | полпред"),
                facts(new PostFinder(LEXICONS), "Полпред президента РФ в Северо-Кавказском федеральном округе Александр Хлопонин выступил.",
                        Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Билл Герстенмайер | НАСА | директор"),
                facts(new PostFinder(LEXICONS), "Однако директор НАСА по космическим полётам Билл Герстенмайер высказался иначе.",
                        Language.RUSSIAN));
        // Not past another post: the name is that post's holder.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Директор НАСА по словам пресс-секретаря Билла Нельсона уехал.",
                Language.RUSSIAN));
    }

    @Test
    void a_body_may_start_with_the_last_word_of_the_post() {
        assertEquals(Set.of("holdsPost | Анна Смирнова | проект Mushroom works | руководитель проекта"),
                facts(new PostFinder(LEXICONS), "Об этом рассказала Анна Смирнова - руководитель проекта Mushroom works.", Language.RUSSIAN));
    }

    @Test
    void an_apposition_may_begin_before_its_post_word() {
        assertEquals(Set.of("holdsPost | Иван Петров | Ак жол | директор"),
                facts(new PostFinder(LEXICONS), "Иван Петров, бывший директор фонда «Ак жол», выступил.", Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Эдуард Мишлен | группа компаний Michelin | президент"),
                facts(new PostFinder(LEXICONS), "Они почтили Эдуарда Мишлена, одного из президентов группы компаний Michelin.", Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Гергей Ковач | Dog with two tails | лидер"),
                facts(new PostFinder(LEXICONS), "Выступит Гергей Ковач - политик и лидер партии «Dog with two tails».", Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Иван Петров | Ак жол | заместитель директора"),
                facts(new PostFinder(LEXICONS), "Иван Петров, исполняющий обязанности первого заместителя директора фонда «Ак жол», выступил.",
                        Language.RUSSIAN));
    }

    @Test
    void who_takes_or_leaves_a_post_holds_it() {
        assertEquals(Set.of("holdsPost | Владимир Путин | Россия | премьер-министр"),
                facts(new PostFinder(LEXICONS), "Владимир Путин согласился занять пост премьер-министра РФ.", Language.RUSSIAN));
        // Not across another post: the president proposes, the other takes the post.
        assertEquals(Set.of("holdsPost | Иван Петров | Россия | премьер-министр"),
                facts(new PostFinder(LEXICONS), "Президент предложил Ивану Петрову занять пост премьер-министра РФ.", Language.RUSSIAN));
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Иван Петров считает, что президент займёт пост премьер-министра РФ.",
                Language.RUSSIAN));
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Анна Петрова стала кандидатом на пост премьер-министра РФ.",
                Language.RUSSIAN));
    }

    @Test
    void russian_posts_in_a_row_share_their_holder_and_a_list_is_no_apposition() {
        assertEquals(Set.of("holdsPost | Ирина Ким | Маслихат города Алматы | депутат", "holdsPost | Ирина Ким | Шанырак | председатель"),
                facts(new PostFinder(LEXICONS), "Выступили депутат маслихата города Алматы, председатель общественного фонда «Шанырак» Ирина Ким.",
                        Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Сергей Удальцов | Левый фронт | координатор"),
                facts(new PostFinder(LEXICONS), "Среди задержанных правозащитник Лев Пономарев, координатор движения «Левый фронт» Сергей Удальцов.",
                        Language.RUSSIAN));
    }

    @Test
    void kazakh_posts_in_a_row_share_their_holder_whose_bodies_do_not_take_part() {
        String text = "Астанада еріктілер форумы өтті. Форумда Парламент Мәжілісінің депутаты, \"Ұлттық волонтерлік желі\" қоғамдық "
                + "бірлестігінің жетекшісі Вера Ким сөз сөйледі.";
        assertEquals(Set.of("holdsPost | Вера Ким | Мәжіліс | депутат", "holdsPost | Вера Ким | Ұлттық волонтерлік желі | жетекші"),
                facts(new PostFinder(LEXICONS), text, Language.KAZAKH));
        Document d = TestDocs.resolved(text, Language.KAZAKH);
        new PostFinder(LEXICONS).process(d);
        Set<String> taking = TestDocs.facts(new ParticipationFinder(LEXICONS).find(TextView.of(d, LEXICONS.morphology()), EntityIndex.of(d)));
        assertEquals(Set.of("participatesIn | Вера Ким | Еріктілер форумы"), taking);
    }

    @Test
    void kazakh_posts_after_their_organisation_and_for_several_people() {
        assertEquals(Set.of("holdsPost | Жанетте Жазықбаева | Шымкент қалалық Азаматтық Альянс | төраға орынбасары"),
                facts(new PostFinder(LEXICONS), "дейді Шымкент қалалық Азаматтық Альянс төрағасының орынбасары Жанетте Жазықбаева.", Language.KAZAKH));
        assertEquals(Set.of("holdsPost | Мұрат Әйтенов | Шымкент қаласының әкімдігі | әкім",
                        "holdsPost | Айгүл Қапбарова | Қазақстан Республикасының Парламенті | депутат",
                        "holdsPost | Ғани Ташқараев | Қазақстан Республикасының Парламенті | депутат"),
                facts(new PostFinder(LEXICONS), "Басқосуға Шымкент қаласының әкімі Мұрат Әйтенов, ҚР Парламентінің Сенаты мен Мәжілісінің "
                        + "депутаттары Айгүл Қапбарова мен Ғани Ташқараев қатысады.", Language.KAZAKH));
    }

    @Test
    void kazakh_posts_read_alike_in_the_latin_alphabets() {
        assertEquals(Set.of("holdsPost | Janette Jazyqbaeva | Shymkent qalalyq Azamattyq Alıans | tóraǵa orynbasary",
                        "holdsPost | Aıgúl Qapbarova | Qazaqstan Respýblıkasynyń Parlamenti | depýtat"),
                facts(new PostFinder(LEXICONS), "deıdi Shymkent qalalyq Azamattyq Alıans tóraǵasynyń orynbasary Janette Jazyqbaeva. "
                        + "Basqosýǵa QR Parlamentiniń Senaty men Májilisiniń depýtattary Aıgúl Qapbarova qatysady.", Language.KAZAKH_LATIN));
    }

    @Test
    void a_caption_gives_the_post_capitalised_right_after_the_name() {
        assertEquals(Set.of("holdsPost | Кирсан Илюмжинов | Международная шахматная федерация | президент"),
                facts(new PostFinder(LEXICONS), "Кирсан Илюмжинов Президент ФИДЕ", Language.RUSSIAN));
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Кирсан Илюмжинов встретил президента ФИДЕ.", Language.RUSSIAN));
    }

    @Test
    void a_unit_of_a_kazakh_body_may_stand_between_it_and_the_post() {
        assertEquals(Set.of("holdsPost | Серік Төлегенов | Атамекен | директор"),
                facts(new PostFinder(LEXICONS), "Форумда «Атамекен» ұлттық кәсіпкерлер палатасы өңірлік филиалының директоры Серік Төлегенов "
                        + "сөйледі.", Language.KAZAKH));
        // Not a word in another case: «палатасы арқылы директоры» has no unit.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Форумда «Атамекен» ұлттық кәсіпкерлер палатасына барған директоры "
                + "Серік Төлегенов сөйледі.", Language.KAZAKH));
    }

    @Test
    void where_and_when_an_event_takes_place() {
        String text = "Пятнадцать НПО Мангистауской области приняли участие в ярмарке социальных идей и проектов, "
                + "которая прошла четырнадцатого ноября в отеле «Ренессанс».";
        assertEquals(Set.of("takesPlaceIn | Ярмарка социальных идей и проектов | Мангистауская область",
                        "takesPlaceIn | Ярмарка социальных идей и проектов | Отель «Ренессанс»"),
                facts(new EventPlaceFinder(LEXICONS), text, Language.RUSSIAN));
        assertEquals(Set.of("date | Ярмарка социальных идей и проектов | --11-14"), facts(new EventDateFinder(LEXICONS), text, Language.RUSSIAN));
    }

    @Test
    void places_listed_after_a_preposition_of_origin_are_where_people_came_from() {
        assertEquals(Set.of("takesPlaceIn | Районный форум волонтеров | Жаркент"), facts(new EventPlaceFinder(LEXICONS),
                "В Жаркенте прошел районный форум волонтеров, где собрались волонтеры из Ушарала, Кызылорды и Аральского района.",
                Language.RUSSIAN));
        // Kazakh writes the case on the last of the list.
        assertEquals(Set.of("takesPlaceIn | Жастар форумы | Ақсай"), facts(new EventPlaceFinder(LEXICONS),
                "Ақсай қаласында жастар форумы өтті, оған Жаркент, Құлсары және Сарыағаш ауданынан келген жастар қатысты.", Language.KAZAKH));
    }

    @Test
    void the_regional_centre_named_so_is_the_centre_of_the_region_the_text_names() {
        assertEquals(Set.of("takesPlaceIn | Волонтерство | Кызылорда"), facts(new EventPlaceFinder(LEXICONS),
                "Управление Кызылординской области сообщает. В областном центре состоялся круглый стол «Волонтерство».", Language.RUSSIAN)
                .stream().filter(f -> !f.contains("область")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of("takesPlaceIn | Еріктілер | Қызылорда"), facts(new EventPlaceFinder(LEXICONS),
                "Қызылорда облысының әкімдігі хабарлайды. Облыс орталығында \"Еріктілер\" атты дөңгелек үстел өтті.", Language.KAZAKH)
                .stream().filter(f -> !f.contains("облысы")).collect(java.util.stream.Collectors.toSet()));
        // A body of that name is no place, nor is the centre of a region the text does not tell.
        Document d = TestDocs.resolved("Управление Кызылординской области сообщает. Областной центр занятости открыт. В областном "
                + "центре прошла встреча.", Language.RUSSIAN);
        assertEquals(1, d.mentions().stream().filter(m -> m.text().toLowerCase(java.util.Locale.ROOT).startsWith("областн")
                && m.type() == MentionType.PLACE && m.text().contains("центр")).count());
        assertEquals(Set.of(), facts(new EventPlaceFinder(LEXICONS), "В областном центре состоялся круглый стол «Волонтерство».",
                Language.RUSSIAN));
    }

    @Test
    void a_news_items_dateline_dates_the_event_it_reports_as_held() {
        assertEquals(Set.of("date | Облыстық азаматтық форум | --11-15"), facts(new EventDateFinder(LEXICONS),
                "Атырау, 15 қараша. Атырауда облыстық азаматтық форум өтті.", Language.KAZAKH));
        assertEquals(Set.of("date | Волонтер года | 2023-12-05"), facts(new EventDateFinder(LEXICONS),
                "Актобе. 5 декабря 2023 года. В Актобе прошел форум «Волонтер года».", Language.RUSSIAN));
        // An event held the day before («вчера», «кеше») took place the day before; not one held «накануне», nor one the report
        // only announces.
        assertEquals(Set.of("date | Волонтер года | 2023-12-04"), facts(new EventDateFinder(LEXICONS), "Актобе. 5 декабря 2023 года. "
                + "Вчера в Актобе прошел форум «Волонтер года».", Language.RUSSIAN));
        assertEquals(Set.of("date | Облыстық азаматтық форум | --02-29"), facts(new EventDateFinder(LEXICONS),
                "Атырау, 1 наурыз. Кеше Атырауда облыстық азаматтық форум өтті.", Language.KAZAKH));
        assertEquals(Set.of(), facts(new EventDateFinder(LEXICONS), "Актобе. 5 декабря 2023 года. Накануне в Актобе прошел форум "
                + "«Волонтер года».", Language.RUSSIAN));
        assertEquals(Set.of(), facts(new EventDateFinder(LEXICONS), "Актобе. 5 декабря 2023 года. В Актобе пройдет форум "
                + "«Волонтер года».", Language.RUSSIAN));
        // The year a report covers is not the day it is held; and an event one held took place too.
        assertEquals(Set.of("date | Итоговая конференция НПО | --12-03"), facts(new EventDateFinder(LEXICONS),
                "Усть-Каменогорск, 3 декабря. В областном центре прошла итоговая конференция НПО за 2024 год.", Language.RUSSIAN));
        assertEquals(Set.of("date | Таза аула | --11-28"), facts(new EventDateFinder(LEXICONS),
                "Түркістан, 28 қараша. Орталық «Таза аула» атты экологиялық акция өткізді.", Language.KAZAKH));
    }

    @Test
    void an_announcements_labelled_lines_give_its_events_date_place_organisers_and_speakers() {
        String text = "Программа форума «Диалог и партнерство»\n\nДата: 20 ноября 2024 года\nМесто проведения: г. Астана\n"
                + "Организаторы: Гражданский альянс Казахстана, Министерство культуры и информации Республики Казахстан\n\n"
                + "Спикеры:\n– Айгуль Соловьева, депутат Мажилиса;\n– Марат Башимов, председатель правления ОЮЛ «Гражданский альянс Алматы».\n\n"
                + "Контакты: Анна Ким";
        assertEquals(Set.of("date | Диалог и партнерство | 2024-11-20", "takesPlaceIn | Диалог и партнерство | Астана",
                "organizes | Гражданский альянс Казахстана | Диалог и партнерство",
                "organizes | Министерство культуры и информации Республики Казахстан | Диалог и партнерство",
                "participatesIn | Айгуль Соловьева | Диалог и партнерство", "participatesIn | Марат Башимов | Диалог и партнерство"),
                facts(new EventDetailsFinder(LEXICONS), text, Language.RUSSIAN));
        assertEquals(Set.of("date | Жастар форумы | 2024-11-20", "takesPlaceIn | Жастар форумы | Шымкент"),
                facts(new EventDetailsFinder(LEXICONS), "Облыстық жастар форумы өтеді.\n\nӨтетін күні: 2024 жылғы 20 қараша\nӨтетін орны: "
                        + "Шымкент қаласы", Language.KAZAKH));
        // A label inside a sentence is none.
        assertEquals(Set.of(), facts(new EventDetailsFinder(LEXICONS), "Прошел форум «Диалог». Он сказал: место проведения в Астане "
                + "хорошее.", Language.RUSSIAN));
    }

    @Test
    void places_a_kazakh_list_comes_from_are_not_where_the_event_is() {
        assertEquals(Set.of("takesPlaceIn | Тренинг | Қызылорда"), facts(new EventPlaceFinder(LEXICONS), "Қызылордада тренинг өтті. "
                + "Тренингке Жалағаш, Шиелі және Сырдария аудандарынан 35 адам қатысты.", Language.KAZAKH));
    }

    @Test
    void a_coarser_date_of_the_same_event_gives_way() {
        assertEquals(Set.of("date | Гражданский форум НПО | 2003-10"), facts(new EventDateFinder(LEXICONS),
                "В октябре 2003 года прошёл первый Гражданский форум НПО. Я помню первый форум, который проходил в 2003 году.", Language.RUSSIAN));
    }

    @Test
    void organiser_and_funder_of_an_event() {
        String text = "Молодежный общественный фонд «Ұрпақ Next» в рамках государственного социального заказа управления "
                + "внутренней политики Мангистауской области организовал ярмарку социальных идей.";
        assertEquals(Set.of("organizes | Ұрпақ Next | Ярмарка социальных идей"), facts(new OrganizerFinder(LEXICONS), text, Language.RUSSIAN));
        assertEquals(Set.of("fundedBy | Ярмарка социальных идей | Управление внутренней политики Мангистауской области"),
                facts(new FundingFinder(LEXICONS), text, Language.RUSSIAN));
    }

    @Test
    void an_organiser_named_after_the_event_organises_it_and_its_supporter_funds_it() {
        String text = "12 октября в Жаркенте состоялся районный форум волонтеров. Организатором выступил общественный фонд "
                + "«Жас Толқын» при поддержке акимата Панфиловского района.";
        assertEquals(Set.of("organizes | Жас Толқын | Районный форум волонтеров"), facts(new OrganizerFinder(LEXICONS), text, Language.RUSSIAN));
        assertEquals(Set.of("fundedBy | Районный форум волонтеров | Акимат Панфиловского района"),
                facts(new FundingFinder(LEXICONS), text, Language.RUSSIAN));
        // Acting as the organiser is no taking part.
        assertEquals(Set.of(), facts(new ParticipationFinder(LEXICONS), text, Language.RUSSIAN));
        assertEquals(Set.of("organizes | Жастар үні | Жастар форумы"), facts(new OrganizerFinder(LEXICONS),
                "Кеше Ленгір қаласында жастар форумы өтті. Ұйымдастырушысы – \"Жастар үні\" қоғамдық бірлестігі.", Language.KAZAKH));
        // Three sentences on, the organiser is of something else.
        assertEquals(Set.of(), facts(new OrganizerFinder(LEXICONS), "В Жаркенте состоялся районный форум волонтеров. Погода была хорошей. "
                + "Волонтеры убрали парк. Организатором конкурса рисунков выступил фонд «Жас Толқын».", Language.RUSSIAN)
                .stream().filter(f -> f.contains("форум")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void a_district_s_akim_named_by_the_kind_word_heads_the_akimat_of_the_district_the_text_names() {
        assertEquals(Set.of("holdsPost | Айжан Сейтказиева | Акимат Панфиловского района | заместитель акима"),
                facts(new PostFinder(LEXICONS), "Форум прошел в Панфиловском районе. Выступила заместитель акима района Айжан Сейтказиева.",
                        Language.RUSSIAN));
        assertEquals(Set.of("holdsPost | Айгүл Сәрсенова | Төлеби ауданының әкімдігі | әкім орынбасары"),
                facts(new PostFinder(LEXICONS), "Кеше Төлеби ауданында форум өтті. Форумды аудан әкімінің орынбасары Айгүл Сәрсенова ашты.",
                        Language.KAZAKH));
    }

    @Test
    void who_organises_jointly_with_the_organiser_organises_too() {
        assertEquals(Set.of("organizes | Қостанай облысының ішкі саясат басқармасы | Облыстық форум", "organizes | Адал | Облыстық форум"),
                facts(new OrganizerFinder(LEXICONS), "Қостанайда облыстық форум өтті. Форумды Қостанай облысы ішкі саясат басқармасы \"Адал\" "
                        + "қоғамдық қорымен бірлесіп ұйымдастырды.", Language.KAZAKH));
        assertEquals(Set.of("organizes | Управление по вопросам молодежной политики Кызылординской области | Волонтерство",
                "organizes | Дара | Волонтерство"), facts(new OrganizerFinder(LEXICONS), "Круглый стол «Волонтерство» организован "
                + "Управлением по вопросам молодежной политики Кызылординской области совместно с общественным объединением «Дара».",
                Language.RUSSIAN));
    }

    @Test
    void organisers_joined_by_and_all_organise_and_a_pronoun_refers_to_the_event_before() {
        String text = "2 октября в Павлодаре прошел круглый стол «Волонтерство». Его организовали общественное объединение «Центр "
                + "гражданских инициатив» и управление внутренней политики Павлодарской области при поддержке фонда «Саналы ұрпақ».";
        assertEquals(Set.of("organizes | Центр гражданских инициатив | Волонтерство",
                "organizes | Управление внутренней политики Павлодарской области | Волонтерство"),
                facts(new OrganizerFinder(LEXICONS), text, Language.RUSSIAN));
        assertEquals(Set.of("fundedBy | Волонтерство | Саналы ұрпақ"), facts(new FundingFinder(LEXICONS), text, Language.RUSSIAN));
        // A pronoun stands for the sentence before, not for one further back.
        assertEquals(Set.of(), facts(new OrganizerFinder(LEXICONS), "В Павлодаре прошел круглый стол «Волонтерство». Погода была хорошей. "
                + "Его организовали общественное объединение «Центр гражданских инициатив» и управление внутренней политики.",
                Language.RUSSIAN));
    }

    @Test
    void a_kazakh_regional_body_is_the_one_region_s() {
        assertEquals(Set.of("organizes | Атырау облыстық ішкі саясат басқармасы | Азаматтық қоғам"), facts(new OrganizerFinder(LEXICONS),
                "Атырау облысында «Азаматтық қоғам» атты үкіметтік емес ұйымдардың өңірлік форумы өтті. Іс-шараны облыстық ішкі саясат "
                        + "басқармасы ұйымдастырды.", Language.KAZAKH));
    }

    @Test
    void a_kazakh_city_body_is_the_one_city_s() {
        assertEquals(Set.of("organizes | Шымкент қалалық жастар саясаты басқармасы | Жастар форумы"), facts(new OrganizerFinder(LEXICONS),
                "Шымкент қаласында жастар форумы өтті. Форумды қалалық жастар саясаты басқармасы ұйымдастырды.", Language.KAZAKH));
    }

    @Test
    void whose_initiative_an_event_is_organises_it() {
        assertEquals(Set.of("organizes | Развитие | Семинар для руководителей некоммерческих организаций"),
                facts(new OrganizerFinder(LEXICONS), "15 сентября в Уральске по инициативе общественного фонда «Развитие» прошел обучающий "
                        + "семинар для руководителей некоммерческих организаций.", Language.RUSSIAN));
        assertEquals(Set.of("organizes | Бірге | Облыстық волонтерлер форумы"), facts(new OrganizerFinder(LEXICONS),
                "«Бірге» қоғамдық бірлестігінің бастамасымен Қостанайда облыстық волонтерлер форумы өтті.", Language.KAZAKH));
    }

    @Test
    void participants_and_quoted_speakers() {
        Set<String> f = facts(new ParticipationFinder(LEXICONS), "Прошла ярмарка социальных идей. Четыре НПО презентовали проекты, "
                + "среди них общественный фонд «Альянс», общественная организация «Шанырак». – Мы рады, – сказала Айзада Курманова.",
                Language.RUSSIAN);
        assertEquals(Set.of("participatesIn | Альянс | Ярмарка социальных идей", "participatesIn | Шанырак | Ярмарка социальных идей",
                "participatesIn | Айзада Курманова | Ярмарка социальных идей"), f);
    }

    @Test
    void a_body_a_post_word_runs_into_is_the_employer_not_a_participant() {
        assertEquals(Set.of("participatesIn | Ерлан Досжанов | Волонтер года"), facts(new ParticipationFinder(LEXICONS),
                "В Актобе прошел форум «Волонтер года». В форуме приняли участие руководитель управления внутренней политики "
                        + "Актюбинской области Ерлан Досжанов.", Language.RUSSIAN));
    }

    @Test
    void a_kazakh_event_in_the_genitive_owns_a_post_and_is_not_where_one_speaks() {
        Set<String> f = facts(new ParticipationFinder(LEXICONS), "Prezıdent Volonterler forýmynda sóıledi. Forýmda sondaı-aq Dosco "
                + "qoǵamdyq qorynyń dırektory Aınur Aımurzına, ekovolonter Baýyrjan Jaqypov, Halyqaralyq volonterler jylynyń Eýropa men "
                + "Ortalyq Azııa boıynsha aımaqtyq úılestirýshisi, BUU-daǵy qazaqstandyq erikti Zarına Mırabdýllaeva sóz sóıledi.",
                Language.KAZAKH_LATIN);
        assertTrue(f.contains("participatesIn | Zarına Mırabdýllaeva | Volonterler forýmy"), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.contains("jyly")), f.toString());
    }

    @Test
    void kazakh_concerning_is_no_taking_part() {
        assertEquals(Set.of(), facts(new ParticipationFinder(LEXICONS), "Volonterler forýmy sheshýshi sátte ótip jatyr. Halyqtan kelip "
                + "túsken usynystardy júıelep, jınaqtaý úshin Konstıtýtsııalyq komıssııa quryldy. Taǵy bir aıta ketetin mańyzdy jaıt: "
                + "Komıssııa Konstıtýtsııaǵa qatysty usynystyń bárin muqııat saralap shyqty.", Language.KAZAKH_LATIN));
        assertEquals(Set.of("participatesIn | Ерлан Жаманов | Еріктілер форумы"), facts(new ParticipationFinder(LEXICONS),
                "Астанада еріктілер форумы өтті. Форумға Ерлан Жаманов қатысты және сөз сөйледі.", Language.KAZAKH));
    }

    @Test
    void a_contest_s_winners_take_part_in_it() {
        assertEquals(Set.of("participatesIn | Шапағат | Мангистау – территория добра", "participatesIn | Ақниет | Мангистау – территория добра"),
                facts(new ParticipationFinder(LEXICONS), "В Актау прошел конкурс «Мангистау – территория добра». Победителями стали "
                        + "общественное объединение «Шапағат» из Жанаозена и фонд «Ақниет».", Language.RUSSIAN));
    }

    @Test
    void who_held_the_event_does_not_take_part_in_it() {
        Document d = TestDocs.resolved("В 2022 году фонд «Даму» провел областную конференцию «Местное самоуправление», в которой приняли "
                + "участие более 150 депутатов маслихатов.", Language.RUSSIAN);
        TestDocs.run(d, new OrganizerFinder(LEXICONS));
        assertEquals(Set.of("organizes | Даму | Местное самоуправление"), TestDocs.facts(d.facts()));
        assertEquals(Set.of(), TestDocs.facts(new ParticipationFinder(LEXICONS).find(TextView.of(d, LEXICONS.morphology()), EntityIndex.of(d))));
    }

    @Test
    void a_moderator_or_a_speaker_takes_part() {
        assertEquals(Set.of("participatesIn | Ержан Толеуов | Волонтерство"), facts(new ParticipationFinder(LEXICONS),
                "В Кызылорде прошел круглый стол «Волонтерство». Модератором круглого стола стал Ержан Толеуов.", Language.RUSSIAN));
    }

    @Test
    void who_opened_an_event_the_sentence_names_took_part_in_it() {
        assertEquals(Set.of("participatesIn | Ерлан Жаманов | Облыстық волонтерлер форумы"),
                facts(new ParticipationFinder(LEXICONS), "Қостанайда облыстық волонтерлер форумы өтті. Жиынды облыс әкімінің орынбасары "
                        + "Ерлан Жаманов ашты.", Language.KAZAKH));
        // Opening something else is no part in the event named before.
        assertEquals(Set.of(), facts(new ParticipationFinder(LEXICONS), "Прошла ярмарка социальных идей. Через месяц Айдар Сейтов "
                + "открыл новый офис.", Language.RUSSIAN));
    }

    @Test
    void an_employer_named_for_a_listed_person_is_no_participant() {
        Set<String> f = facts(new ParticipationFinder(LEXICONS), "Халықаралық «BARCAMP–2022» іс-шарасы басталды. Басқосуға ҚР Парламентінің "
                + "Сенаты мен Мәжілісінің депутаттары Айгүл Қапбарова мен Ғани Ташқараев, Шымкент қаласы мәслихатының депутаттары қатысады.",
                Language.KAZAKH);
        assertEquals(Set.of("participatesIn | Айгүл Қапбарова | BARCAMP–2022", "participatesIn | Ғани Ташқараев | BARCAMP–2022",
                "participatesIn | Шымкент қаласының мәслихаты | BARCAMP–2022"), f);
    }

    @Test
    void a_kazakh_speaker_who_tells_or_notes_takes_part_in_the_event_the_text_is_about() {
        assertEquals(Set.of("participatesIn | Асель Жұмабаева | Жастар форумы"), facts(new ParticipationFinder(LEXICONS),
                "Түркістанда жастар форумы өтті. «Жарқын болашақ» қоғамдық бірлестігінің төрағасы Асель Жұмабаева жобалар туралы айтып берді.",
                Language.KAZAKH));
        assertEquals(Set.of("participatesIn | Әсем Тұрсынова | Жобаларды басқару"), facts(new ParticipationFinder(LEXICONS),
                "Павлодарда «Жобаларды басқару» тақырыбында тренинг өтті. Тренер ретінде «Даму» қоғамдық қорының президенті Әсем "
                        + "Тұрсынова дәріс оқыды.", Language.KAZAKH));
        assertEquals(Set.of("participatesIn | Дина Ахметова | Жобаларды басқару"), facts(new ParticipationFinder(LEXICONS),
                "Павлодарда «Жобаларды басқару» тақырыбында тренинг өтті. Тренингті сарапшы Дина Ахметова жүргізді.", Language.KAZAKH));
        assertEquals(Set.of("participatesIn | Ерлан Нургалиев | Волонтерство"), facts(new ParticipationFinder(LEXICONS),
                "В Павлодаре прошел круглый стол «Волонтерство». По словам Ерлана Нургалиева, волонтеры провели 150 акций.", Language.RUSSIAN));
    }

    @Test
    void a_head_named_by_the_department_he_heads_holds_the_post_in_the_department_named_before() {
        assertEquals(Set.of("holdsPost | Бақытжан Омаров | Қызылорда облысының ішкі саясат басқармасы | басқарма басшысы"),
                facts(new PostFinder(LEXICONS), "Қызылорда облысының ішкі саясат басқармасы конкурс қорытындысын жариялады. "
                        + "Басқарма басшысы Бақытжан Омаров конкурс ашық өткенін атап өтті.", Language.KAZAKH));
        // Also where it shares the body's last word: «[… басқармасының] басшысы».
        assertEquals(Set.of("holdsPost | Талғат Қасенов | Павлодар облысының ішкі саясат басқармасы | басқарма басшысы"),
                facts(new PostFinder(LEXICONS), "Павлодар облысы ішкі саясат басқармасының басшысы Талғат Қасенов сөйледі.", Language.KAZAKH));
        assertEquals(Set.of("holdsPost | Бакытжан Омаров | Управление внутренней политики Кызылординской области | руководитель управления"),
                facts(new PostFinder(LEXICONS), "Управление внутренней политики Кызылординской области подвело итоги конкурса. "
                        + "Руководитель управления Бакытжан Омаров отметил, что конкурс прошел открыто.", Language.RUSSIAN));
        // «Басқарма төрағасы» is the chairman of a board, no department's head.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Қызылорда облысының ішкі саясат басқармасы конкурс өткізді. "
                + "Басқарма төрағасы Бақытжан Омаров сөйледі.", Language.KAZAKH).stream().filter(f -> f.contains("басқармасы"))
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void a_body_that_says_it_belongs_to_others_is_their_member() {
        assertEquals(Set.of("memberOf | Ертіс жастары | Ассоциация волонтерских организаций Казахстана",
                "memberOf | Ертіс жастары | Гражданский альянс Казахстана"), facts(new MembershipFinder(LEXICONS),
                "Фонд «Ертіс жастары» создан в 2016 году и входит в Ассоциацию волонтерских организаций Казахстана и Гражданский альянс Казахстана.",
                Language.RUSSIAN));
        assertEquals(Set.of("memberOf | Ертіс жастары | Қазақстан еріктілер қауымдастығы"), facts(new MembershipFinder(LEXICONS),
                "«Ертіс жастары» қоры 2016 жылы құрылған. «Ертіс жастары» қоры Қазақстан еріктілер қауымдастығының құрамына кіреді.",
                Language.KAZAKH));
    }

    @Test
    void parts_of_organisations_and_events() {
        assertEquals(Set.of("partOf | Сенат | Қазақстан Республикасының Парламенті", "partOf | Мәжіліс | Қазақстан Республикасының Парламенті"),
                facts(new PartOfFinder(LEXICONS), "ҚР Парламентінің Сенаты мен Мәжілісінің депутаттары.", Language.KAZAKH));
        assertEquals(Set.of("partOf | Лучшая НПО года | XII областной форум неправительственных организаций"),
                facts(new PartOfFinder(LEXICONS), "Прошёл XII областной форум неправительственных организаций. "
                        + "В рамках форума были подведены итоги регионального конкурса «Лучшая НПО года».", Language.RUSSIAN));
        Set<String> base = facts(new PartOfFinder(LEXICONS), "«Общество молодых профессионалов» (ОМП) – организация. "
                + "Работает дискуссионный клуб «Молодых демократов», который существует на базе Ресурсного центра ОМП.", Language.RUSSIAN);
        assertEquals(Set.of("partOf | Ресурсный центр ОМП | Общество молодых профессионалов",
                "partOf | Молодые демократы | Общество молодых профессионалов"), base);
    }

    @Test
    void members_a_sentence_names_with_the_coalition_they_joined_or_the_next_picks_out() {
        assertEquals(Set.of("memberOf | Ұрпақ | Азаматтық бастамалар коалициясы", "memberOf | Жасыл Әлем | Азаматтық бастамалар коалициясы"),
                facts(new MembershipFinder(LEXICONS), "\"Азаматтық бастамалар коалициясы\" құрылды. Коалицияға 25 ұйым кірді. Олардың "
                        + "қатарында \"Ұрпақ\" қоғамдық қоры және \"Жасыл Әлем\" қоғамдық бірлестігі бар.", Language.KAZAKH));
        assertEquals(Set.of("memberOf | Шанс | Коалиция гражданских инициатив"), facts(new MembershipFinder(LEXICONS),
                "Создана Коалиция гражданских инициатив. Общественное объединение «Шанс» присоединилось к коалиции в мае.", Language.RUSSIAN));
        // A sentence that names no coalition makes no one a member.
        assertEquals(Set.of(), facts(new MembershipFinder(LEXICONS), "Создана Коалиция гражданских инициатив. Фонд «Шанс» вошел в "
                + "состав жюри.", Language.RUSSIAN));
    }

    @Test
    void who_is_elected_to_a_post_holds_it() {
        assertEquals(Set.of("holdsPost | Гүлнар Сәкенова | Азаматтық бастамалар коалициясы | төраға",
                "holdsPost | Гүлнар Сәкенова | Ұрпақ | директор"), facts(new PostFinder(LEXICONS), "\"Азаматтық бастамалар коалициясы\" "
                + "құрылды. Коалицияның төрағасы болып \"Ұрпақ\" қоғамдық қорының директоры Гүлнар Сәкенова сайланды.", Language.KAZAKH));
        assertEquals(Set.of("holdsPost | Гульнар Сакенова | Коалиция гражданских инициатив | председатель",
                "holdsPost | Бахыт Омаров | Коалиция гражданских инициатив | заместитель председателя"), facts(new PostFinder(LEXICONS),
                "Создана Коалиция гражданских инициатив. Председателем коалиции избрана Гульнар Сакенова. Бахыт Омаров избран "
                        + "заместителем председателя коалиции.", Language.RUSSIAN));
    }

    @Test
    void a_kazakh_post_after_a_comma_that_ends_the_clause_is_the_persons_before_it() {
        assertEquals(Set.of("holdsPost | Гүлнар Бекова | Жастар үні | директор"), facts(new PostFinder(LEXICONS), "Форумда Гүлнар Бекова, "
                + "«Жастар үні» қорының директоры, сөз сөйледі.", Language.KAZAKH));
        // Not a plural, which is a group; not a post with its holder after it.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Шараға Жанар Сәрсенбаева, қалалық мәслихат депутаттары, волонтерлер "
                + "қатысты.", Language.KAZAKH));
        assertEquals(Set.of("holdsPost | Гүлнар Бекова | Жастар үні | директор"), facts(new PostFinder(LEXICONS), "Форумда Айдос Сарым, "
                + "«Жастар үні» қорының директоры Гүлнар Бекова сөйледі.", Language.KAZAKH));
    }

    @Test
    void a_kazakh_staff_line_may_open_with_the_noun_its_post_is_of() {
        assertEquals(Set.of("holdsPost | Данияр Қасымов | Таза өзен | үйлестіруші"), facts(new PostFinder(LEXICONS), "«Таза өзен» "
                + "қоғамдық қоры 2016 жылы құрылды. Қор Өскеменде жұмыс істейді.\n\nЖоба үйлестірушісі – Данияр Қасымов", Language.KAZAKH));
    }

    @Test
    void a_sentence_opening_with_a_bodys_own_post_and_its_holder_is_about_the_body_the_text_is_about() {
        assertEquals(Set.of("holdsPost | Әсел Мұқанова | Ана мен бала | төраға"), facts(new PostFinder(LEXICONS), "«Ана мен бала» "
                + "қоғамдық бірлестігінің жиналысы өтті. Бірлестік 2014 жылы құрылған. Бұрынғы төраға Әсел Мұқанова бірлестіктің 10 "
                + "жылдағы жұмысына тоқталды.", Language.KAZAKH));
        // Not a state post, nor a sentence naming another body.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Фонд «Дара» провел акцию. Фонд работает с 2012 года. Аким Ерлан "
                + "Ахметов поддержал фонд.", Language.RUSSIAN));
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Фонд «Дара» провел акцию. Фонд работает с 2012 года. Председатель "
                + "Анна Ким поблагодарила ассоциацию «Біз біргеміз».", Language.RUSSIAN));
    }

    @Test
    void a_department_whose_name_runs_into_a_bodys_is_its_unit_and_its_head_follows_both() {
        String text = "С докладом выступил директор департамента по работе с МСБ АО «Банк ЦентрКредит» Ерлан Досмухамбетов.";
        assertEquals(Set.of("holdsPost | Ерлан Досмухамбетов | Департамент по работе с МСБ | директор"),
                facts(new PostFinder(LEXICONS), text, Language.RUSSIAN));
        assertEquals(Set.of("partOf | Департамент по работе с МСБ | Банк ЦентрКредит"), facts(new PartOfFinder(LEXICONS), text, Language.RUSSIAN));
    }

    @Test
    void a_bodys_noun_after_a_post_refers_back_to_the_body_named_before() {
        assertEquals(Set.of("holdsPost | Марат Жумабаев | Общественный совет Павлодарской области | председатель",
                "holdsPost | Бахыт Ержанов | Региональная палата предпринимателей Кызылординской области | заместитель директора"),
                facts(new PostFinder(LEXICONS), "Прошло заседание Общественного совета Павлодарской области. Председателем совета избран "
                        + "Марат Жумабаев. Партнером выступает региональная палата предпринимателей Кызылординской области. Заместитель "
                        + "директора палаты Бахыт Ержанов выступил.", Language.RUSSIAN));
        // Not a noun that governs words of its own, nor one no body of the text has.
        assertEquals(Set.of(), facts(new PostFinder(LEXICONS), "Прошло заседание Общественного совета Павлодарской области. "
                + "Председатель совета директоров банка Марат Жумабаев выступил. Директор центра Айгуль Ким пришла.", Language.RUSSIAN));
    }

    @Test
    void a_kazakh_form_that_refers_back_before_a_quoted_name_is_the_member() {
        assertEquals(Set.of("memberOf | Ана мен бала | Азаматтық альянс"), facts(new PostFinder(LEXICONS), "«Ана мен бала» қоғамдық "
                + "бірлестігі 2014 жылы құрылған.\n\nБірлестік «Азаматтық альянс» қауымдастығының мүшесі болып табылады.", Language.KAZAKH));
    }

    @Test
    void members_listed_after_they_joined_a_coalition() {
        assertEquals(Set.of("memberOf | ОСДП | Коалиция гражданских инициатив", "memberOf | НАQ | Коалиция гражданских инициатив"),
                facts(new MembershipFinder(LEXICONS), "В Казахстане создана Коалиция гражданских инициатив.\n\nК Декларации присоединились:\n\n"
                        + "1. Политические партии: ОСДП\n2. Гражданские движения: НАQ\n\nДЕКЛАРАЦИЯ", Language.RUSSIAN));
    }

    @Test
    void founding_dates_from_the_sentence_or_the_dateline() {
        assertEquals(Set.of("foundedOn | Общество молодых профессионалов | 2005", "foundedOn | Молодые демократы | 2006"),
                facts(new FoundingFinder(LEXICONS), "«Общество молодых профессионалов» (ОМП) – это организация, основанная в 2005г. "
                        + "С 2006 года работает дискуссионный клуб «Молодых демократов», который существует на базе ОМП.", Language.RUSSIAN));
        assertEquals(Set.of("foundedOn | Мейірім | 2015"), facts(new FoundingFinder(LEXICONS), "«Мейірім» қайырымдылық қоры 2015 жылдан "
                + "бері Кентау қаласында жұмыс істейді.", Language.KAZAKH));
        assertEquals(Set.of("foundedOn | Коалиция гражданских инициатив | 2019-08-28"),
                facts(new FoundingFinder(LEXICONS), "В Казахстане создана Коалиция гражданских инициатив.\n\nг.Алматы\n28.08.2019", Language.RUSSIAN));
    }

    @Test
    void seats_from_the_name_the_address_and_the_dateline() {
        assertEquals(Set.of("basedIn | Акимат города Алматы | Алматы", "basedIn | Общество молодых профессионалов | Алматы"),
                facts(new BasedInFinder(LEXICONS), "контроль акимата города Алматы. «Общество молодых профессионалов» (ОМП) – организация. "
                        + "Обращайтесь в офис ОМП по адресу: г. Алматы, ул. Шарипова 104.", Language.RUSSIAN));
        assertEquals(Set.of("basedIn | Азаматтық ресурстық орталық | Шымкент"),
                facts(new BasedInFinder(LEXICONS), "Шымкенттегі «Азаматтық ресурстық орталық» алаңында бас қосты.", Language.KAZAKH));
        assertTrue(facts(new BasedInFinder(LEXICONS), "Коалиции гражданских инициатив Казахстана работает.", Language.RUSSIAN).isEmpty());
        // A list of signatories gives each one's city after a comma at the end of its line.
        assertEquals(Set.of("basedIn | Правовая инициатива | Алматы", "basedIn | Ұрпақ | Шымкент"),
                facts(new BasedInFinder(LEXICONS), "Подписали:\n1. ОО «Правовая инициатива», г. Алматы\n2. ОФ «Ұрпақ», г. Шымкент\n",
                        Language.RUSSIAN));
        assertTrue(facts(new BasedInFinder(LEXICONS), "ОФ «Ұрпақ», Алматы и Шымкент подписали меморандум.", Language.RUSSIAN).isEmpty());
    }

    @Test
    void a_body_is_based_where_the_text_says_it_works() {
        assertEquals(Set.of("basedIn | Мейірім | Кентау"), facts(new BasedInFinder(LEXICONS), "«Мейірім» қайырымдылық қоры 2015 "
                + "жылдан бері Кентау қаласында жұмыс істейді.", Language.KAZAKH));
        assertEquals(Set.of("basedIn | Зеленый Алтай | Риддер"), facts(new BasedInFinder(LEXICONS),
                "Общественное объединение «Зеленый Алтай» работает в Риддере.", Language.RUSSIAN));
        // Not from two places, nor from a place that is not where («из») nor without a verb of working or being.
        assertEquals(Set.of(), facts(new BasedInFinder(LEXICONS), "Общественное объединение «Зеленый Алтай» работает в Риддере, а "
                + "в Семее проводит акции.", Language.RUSSIAN));
        assertEquals(Set.of(), facts(new BasedInFinder(LEXICONS), "Общественное объединение «Зеленый Алтай» работает с волонтерами "
                + "из Риддера.", Language.RUSSIAN));
        assertEquals(Set.of(), facts(new BasedInFinder(LEXICONS), "Общественное объединение «Зеленый Алтай» провело акцию в Риддере.",
                Language.RUSSIAN));
    }

    @Test
    void cities_lie_in_their_region_and_buildings_in_their_city() {
        Document d = TestDocs.resolved("В Петропавловске прошёл XII областной форум НПО. Во дворце школьников состоялся XII областной форум НПО. #СКО",
                Language.RUSSIAN);
        TestDocs.run(d, new EventPlaceFinder(LEXICONS));
        List<Fact> found = new LocatedInFinder(LEXICONS).find(TextView.of(d, LEXICONS.morphology()), EntityIndex.of(d));
        assertEquals(Set.of("locatedIn | Петропавловск | Северо-Казахстанская область", "locatedIn | Дворец школьников | Петропавловск"),
                TestDocs.facts(found));
    }

    @Test
    void a_district_the_gazetteer_lacks_lies_in_the_one_region_the_text_names() {
        assertEquals(Set.of("locatedIn | Қазалы ауданы | Қызылорда облысы", "locatedIn | Арал ауданы | Қызылорда облысы"),
                facts(new LocatedInFinder(LEXICONS), "Қызылорда облысының басқармасы жоба бастады. Жоба Қазалы және Арал аудандарында жүзеге асады.",
                        Language.KAZAKH));
        assertEquals(Set.of(), facts(new LocatedInFinder(LEXICONS), "Жамбыл және Түркістан облыстарынан келді. Жоба Қазалы және Арал "
                + "аудандарында жүзеге асады.", Language.KAZAKH));
    }

    @Test
    void a_bare_domain_given_as_a_contact_is_a_home_page() {
        assertEquals(Set.of("homepage | Альянс экологических организаций Казахстана | aeok.kz"), facts(new ContactFactFinder(LEXICONS),
                "В Алматы создан Альянс экологических организаций Казахстана.\n\nКонтакты: aeok.kz", Language.RUSSIAN));
    }

    @Test
    void phones_and_the_first_home_page_go_to_the_organisation_the_text_is_about() {
        assertEquals(Set.of("phone | Общество молодых профессионалов | 727 3172031",
                        "homepage | Общество молодых профессионалов | https://omp.kz"),
                facts(new ContactFactFinder(LEXICONS), "«Общество молодых профессионалов» (ОМП) – организация.\nКонт. тел: 727 3172031.\n"
                        + "Наш сайт https://omp.kz и https://t.me/omp", Language.RUSSIAN));
    }

    @Test
    void contacts_under_a_statement_of_several_bodies_each_named_once_go_to_none() {
        assertTrue(facts(new ContactFactFinder(LEXICONS), "Просим Мажилис Парламента отклонить законопроект.\nПодписали: ОО «Правовая "
                + "инициатива»\nКонтакты: +7 (7292) 50-12-34", Language.RUSSIAN).isEmpty());
    }

    @Test
    void a_page_on_a_site_named_as_an_organisation_is_not_that_organisations() {
        String text = "«Общество молодых профессионалов» (ОМП) – организация.\nНаша страница в Facebook https://www.facebook.com/groups/4637/";
        assertTrue(TestDocs.resolved(text, Language.RUSSIAN).entities().stream().anyMatch(e -> e.name().text().equals("Facebook")));
        assertEquals(Set.of("homepage | Общество молодых профессионалов | https://www.facebook.com/groups/4637/"),
                facts(new ContactFactFinder(LEXICONS), text, Language.RUSSIAN));
    }
}
