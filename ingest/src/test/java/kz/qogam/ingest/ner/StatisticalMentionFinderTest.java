package kz.qogam.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.qogam.ingest.Extraction;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.pipeline.Pipeline;
import kz.qogam.ingest.text.SentenceSplitter;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;
import kz.qogam.ingest.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The stage with the shipped models. */
class StatisticalMentionFinderTest {
    private static final Lexicons LEXICONS = Lexicons.forBase(Extraction.DEFAULT_BASE);

    private static Document run(StatisticalMentionFinder finder, String text, Language language) {
        Pipeline p = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(finder).build();
        return p.process(Document.ofText("t", text, language));
    }

    private static Document run(String text, Language language) {
        return run(new StatisticalMentionFinder(NerModels.shipped(), LEXICONS, StatisticalMentionFinder.Policy.ALL,
                StatisticalMentionFinder.STANDARD_TYPES), text, language);
    }

    private static boolean has(Document doc, MentionType type, String text) {
        return doc.mentions().stream().anyMatch(m -> m.type() == type && m.text().equals(text));
    }

    @Test
    void findsRussianNames() {
        Document doc = run("Президент России Владимир Путин встретился в Москве с главой компании «Газпром» Алексеем Миллером.",
                Language.RUSSIAN);
        assertTrue(has(doc, MentionType.PERSON, "Владимир Путин"), doc.mentions().toString());
        assertTrue(has(doc, MentionType.PERSON, "Алексеем Миллером"), doc.mentions().toString());
        assertTrue(has(doc, MentionType.PLACE, "Москве"), doc.mentions().toString());
        for (Mention m : doc.mentions()) {
            assertEquals(StatisticalMentionFinder.CONFIDENCE, m.confidence(), m.toString());
            assertEquals(doc.text(m.span()), m.text());
        }
    }

    @Test
    void anAbbreviationOfADiseaseOrAMeasureIsNoName() {
        Document doc = run("Общественный фонд «Доверие» – некоммерческая организация, созданная в марте 2009 года для защиты прав людей, "
                + "живущих с ВИЧ, и их семей.", Language.RUSSIAN);
        assertFalse(doc.mentions().stream().anyMatch(m -> m.text().equals("ВИЧ")), doc.mentions().toString());
        // Nor media in general, with the place they are of (the rules' place is there first).
        Document media = kz.qogam.ingest.extract.TestDocs.resolved("В нем приняли участие около 400 человек – представители НПО, "
                + "государственных органов, бизнеса и СМИ Западно-Казахстанской области.", Language.RUSSIAN);
        assertFalse(media.mentions().stream().anyMatch(m -> m.type() == MentionType.ORGANIZATION), media.mentions().toString());
    }

    @Test
    void aQuotedNameAfterAThingsNounIsThatThingsInRussian() {
        Document project = kz.qogam.ingest.extract.TestDocs.resolved("В 2018–2020 годах фонд при поддержке Европейского союза реализовал "
                + "проект «Голос села» в Ескельдинском районе.", Language.RUSSIAN);
        assertFalse(project.mentions().stream().anyMatch(m -> m.text().contains("Голос")), project.mentions().toString());
        // Not where a pronoun closes the noun's phrase: the quote is a subject of its own.
        Document facebook = kz.qogam.ingest.extract.TestDocs.resolved("В рамках этого проекта «Фэйсбук» предоставляет бесплатный доступ.",
                Language.RUSSIAN);
        assertTrue(facebook.mentions().stream().anyMatch(m -> m.type() == MentionType.ORGANIZATION && m.text().contains("Фэйсбук")),
                facebook.mentions().toString());
    }

    @Test
    void findsKazakhNamesPostsAndPlaces() {
        Document doc = run("Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Түркістан облысына жұмыс сапарымен барды.",
                Language.KAZAKH);
        assertTrue(has(doc, MentionType.PERSON, "Қасым-Жомарт Тоқаев"), doc.mentions().toString());
        assertTrue(doc.mentions().stream().anyMatch(m -> m.type() == MentionType.ROLE), doc.mentions().toString());
        // Each post the model reads is also kept whole, as the post's title.
        for (Mention role : doc.mentions().stream().filter(m -> m.type() == MentionType.ROLE).toList()) {
            assertTrue(doc.mentions().stream().anyMatch(m -> m.type() == MentionType.TITLE && m.span().equals(role.span())), role.toString());
        }
        assertTrue(doc.mentions().stream().anyMatch(m -> m.type() == MentionType.PLACE && m.text().startsWith("Түркістан")),
                doc.mentions().toString());
    }

    @Test
    void readsLatinKazakhThroughItsCyrillicReading() {
        String text = "Qazaqstan Respýblıkasynyń Prezıdenti Qasym-Jomart Toqaev Túrkistan oblysyna jumys saparymen bardy.";
        Document doc = run(text, Language.KAZAKH_LATIN);
        Mention person = doc.mentions().stream().filter(m -> m.type() == MentionType.PERSON).findFirst().orElseThrow(
                () -> new AssertionError(doc.mentions().toString()));
        assertEquals("Qasym-Jomart Toqaev", person.text());
        assertEquals(text.indexOf("Qasym"), person.start());
    }

    @Test
    void aLanguageWithoutAModelIsReportedNotGuessed() {
        StatisticalMentionFinder finder = new StatisticalMentionFinder(NerModels.of(Map.of()), LEXICONS,
                StatisticalMentionFinder.Policy.ALL, StatisticalMentionFinder.STANDARD_TYPES);
        Document doc = run(finder, "Владимир Путин приехал.", Language.RUSSIAN);
        assertTrue(doc.mentions().isEmpty());
        assertEquals(1, doc.problems().size());
        assertTrue(doc.problems().get(0).message().contains("ru.bin"), doc.problems().toString());
    }

    @Test
    void datesAreLeftToTheRulesUnlessAsked() {
        String text = "2019 жылғы 5 қыркүйекте Астанада форум өтті.";
        assertTrue(run(text, Language.KAZAKH).mentions().stream().noneMatch(m -> m.type() == MentionType.DATE));
    }

    // ------------------------------------------------------------------ merge policies

    private static Document withRuleMention(Mention rule) {
        Document doc = Document.ofText("t", "Мэр Москвы Сергей Собянин открыл парк.", Language.RUSSIAN);
        doc.mentions().add(rule);
        return doc;
    }

    private static Mention mention(Document doc, int start, int end, MentionType type, double confidence) {
        Span s = new Span(start, end);
        return new Mention(s, doc.text(s), type, doc.text(s), null, confidence);
    }

    private static StatisticalMentionFinder finder(StatisticalMentionFinder.Policy policy) {
        return new StatisticalMentionFinder(NerModels.of(Map.of()), LEXICONS, policy, StatisticalMentionFinder.STANDARD_TYPES);
    }

    @Test
    void fillGapsKeepsEveryRuleMention() {
        Document doc = Document.ofText("t", "Мэр Москвы Сергей Собянин открыл парк.", Language.RUSSIAN);
        Mention rule = mention(doc, 0, 10, MentionType.ORGANIZATION, 0.6);
        doc.mentions().add(rule);
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.FILL_GAPS);
        f.merge(doc, mention(doc, 4, 10, MentionType.PLACE, 0.99));   // overlaps the rule's organisation
        f.merge(doc, mention(doc, 11, 25, MentionType.PERSON, 0.95)); // a gap
        f.merge(doc, mention(doc, 0, 3, MentionType.ROLE, 0.9));      // a role competes only with roles
        assertEquals(List.of("ORGANIZATION Мэр Москвы", "ROLE Мэр", "PERSON Сергей Собянин"), describe(doc));
    }

    @Test
    void keepSureLetsSureAndCoveringRuleMentionsStandAndReplacesWeakOnes() {
        Document doc = Document.ofText("t", "Мэр Москвы Сергей Собянин и Юрий Лужков открыли парк «Зарядье».", Language.RUSSIAN);
        int moscow = doc.text().indexOf("Москвы"), sobyanin = doc.text().indexOf("Собянин"), luzhkov = doc.text().indexOf("Юрий");
        int park = doc.text().indexOf("парк");
        doc.mentions().add(mention(doc, moscow, moscow + 6, MentionType.PLACE, 0.95));             // a gazetteer place: sure
        doc.mentions().add(mention(doc, sobyanin, sobyanin + 7, MentionType.PERSON, 0.7));         // a surname alone: weak
        doc.mentions().add(mention(doc, luzhkov, luzhkov + 11, MentionType.PERSON, 0.85));          // a full name: sure
        doc.mentions().add(mention(doc, park, park + 4, MentionType.ORGANIZATION, 0.3));           // a kind word referring back
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        f.merge(doc, mention(doc, moscow, moscow + 3, MentionType.PLACE, 0.8));                    // inside the rules' place
        f.merge(doc, mention(doc, 0, moscow + 6, MentionType.ORGANIZATION, 0.8));                  // contains a place: may
        f.merge(doc, mention(doc, sobyanin - 7, sobyanin + 7, MentionType.PERSON, 0.8));           // replaces the surname
        f.merge(doc, mention(doc, luzhkov - 2, luzhkov + 4, MentionType.PERSON, 0.8));             // crosses a sure name
        f.merge(doc, mention(doc, park - 8, park + 4, MentionType.ORGANIZATION, 0.8));             // «открыли парк»: lower case only
        f.merge(doc, mention(doc, park, doc.text().length() - 1, MentionType.ORGANIZATION, 0.8));  // «парк «Зарядье»»: names more
        assertEquals(List.of("ORGANIZATION Мэр Москвы", "PLACE Москвы", "PERSON Сергей Собянин", "PERSON Юрий Лужков",
                "ORGANIZATION парк «Зарядье»"), describe(doc));
    }

    @Test
    void keepSureTakesNoCommonNounAndAFullNameForAnOrganisation() {
        Document doc = Document.ofText("t", "Пришёл глава партии Сергея Митрохина и Фонд Джорджа Сороса.", Language.RUSSIAN);
        int party = doc.text().indexOf("партии"), mitrokhin = doc.text().indexOf("Сергея"), fund = doc.text().indexOf("Фонд");
        int soros = doc.text().indexOf("Джорджа");
        doc.mentions().add(mention(doc, mitrokhin, mitrokhin + 16, MentionType.PERSON, 0.85));
        doc.mentions().add(mention(doc, soros, soros + 14, MentionType.PERSON, 0.85));
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        f.merge(doc, mention(doc, party, mitrokhin + 16, MentionType.ORGANIZATION, 0.8)); // «партии Сергея Митрохина»: his party
        f.merge(doc, mention(doc, fund, soros + 14, MentionType.ORGANIZATION, 0.8));      // «Фонд Джорджа Сороса»: a name
        assertEquals(List.of("PERSON Сергея Митрохина", "ORGANIZATION Фонд Джорджа Сороса", "PERSON Джорджа Сороса"), describe(doc));
    }

    @Test
    void aNameBeforeAThingsNounIsNoOrganisation() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "« Сұңқар » тұрғын үй кешенінде Wipon жүйесі бар , « Бөбек » қорының кеңсесі де . "
                        + "Медициналық сақтандыру жүйесіне қосылды . « Қобыланды » жырына қатысты , « Денешынықтыру » пәнінен озды .",
                        Language.KAZAKH));
        SentenceView s = TextView.of(doc, LEXICONS.morphology()).sentences().get(0);
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        assertTrue(f.namesAThing(s, 1, 2, true), "«Сұңқар» тұрғын үй кешенінде");
        assertTrue(f.namesAThing(s, 6, 7, true), "Wipon жүйесі");
        assertFalse(f.namesAThing(s, 11, 12, true), "«Бөбек» қорының");
        SentenceView system = TextView.of(doc, LEXICONS.morphology()).sentences().get(1);
        assertTrue(f.namesAThing(system, 0, 3, true), "a name that ends with the noun: Медициналық сақтандыру жүйесіне");
        assertFalse(f.namesAThing(system, 2, 3, true), "the noun alone is no name ending with it");
        SentenceView works = TextView.of(doc, LEXICONS.morphology()).sentences().get(2);
        assertTrue(f.namesAThing(works, 1, 2, true), "an epic: «Қобыланды» жырына");
        assertTrue(f.namesAThing(works, 7, 8, true), "a school subject: «Денешынықтыру» пәнінен");
    }

    @Test
    void aListOfQuotedNamesSharesItsNounAndAnEventsKindMakesANameTheEvents() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Ол « Айбын » , « Құрмет » және « Ерлігі үшін » төсбелгілерін тапсырды . "
                        + "Junior Eurovision халықаралық балалар ән байқауы өтті . Қауіпсіздік кеңесінің отырысы өтті . "
                        + "« Аманат » азаматтық платформасының өкілдері сайлау барысын бақылады .", Language.KAZAKH));
        List<SentenceView> s = TextView.of(doc, LEXICONS.morphology()).sentences();
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        assertTrue(f.namesAThing(s.get(0), 2, 3, true), "«Айбын», … төсбелгілері");
        assertTrue(f.namesAThing(s.get(0), 6, 7, true), "«Құрмет» және … төсбелгілері");
        assertTrue(f.namesAThing(s.get(1), 0, 2, true), "Junior Eurovision … байқауы");
        assertFalse(f.namesAThing(s.get(1), 0, 2, false), "a place's name before an event's kind stays a place");
        assertFalse(f.namesAThing(s.get(2), 0, 2, true), "the genitive owns the event: Қауіпсіздік кеңесінің отырысы");
        assertFalse(f.namesAThing(s.get(3), 1, 2, true), "an event's kind past a genitive is another phrase's: платформасының … сайлау");
    }

    @Test
    void aKazakhTitleEndingWithAPluralNamesAGroup() {
        SentenceView s = TextView.of(Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Үкімет басшылары мен Үкімет басшысы келді .", Language.KAZAKH)), LEXICONS.morphology()).sentences().get(0);
        assertTrue(StatisticalMentionFinder.endsWithAGroup(s, 0, 2), "Үкімет басшылары");
        assertFalse(StatisticalMentionFinder.endsWithAGroup(s, 3, 5), "Үкімет басшысы");
    }

    @Test
    void aKazakhOrganisationEndsWithACapitalOrABodysNoun() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Білім және ғылым министрлігі , Kazakh TV , « Бөбек » және Новак Джоковичті қабылдады .",
                        Language.KAZAKH));
        SentenceView s = TextView.of(doc, LEXICONS.morphology()).sentences().get(0);
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        assertTrue(f.headedByABody(s, 0, 4), "Білім және ғылым министрлігі");
        assertTrue(f.headedByABody(s, 5, 7), "Kazakh TV");
        assertTrue(f.headedByABody(s, 8, 11), "« Бөбек »");
        assertFalse(f.headedByABody(s, 12, 15), "Новак Джоковичті қабылдады");
        SentenceView plural = TextView.of(Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Голливуд компанияларының өкілдері келді .", Language.KAZAKH)), LEXICONS.morphology()).sentences().get(0);
        assertFalse(f.headedByABody(plural, 0, 2), "a body's noun in the plural names several: Голливуд компанияларының");
    }

    @Test
    void aRunOfLatinWordsNothingReadInARussianTextIsAnOrganisation() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Компания Hewlett-Packard купит 3Com, сообщает The Wall Street Journal. "
                        + "Коды операционной системы Windows раскроют в XXI веке, после полёта STS-124. "
                        + "Нажмите Ctrl+Enter или напишите в Telegram <https://t.me/joi>.", Language.RUSSIAN));
        finder(StatisticalMentionFinder.Policy.KEEP_SURE).latinNames(TextView.of(doc, LEXICONS.morphology()), false);
        // Not a thing's name after its noun, a Roman numeral, a code, keys or a link's label.
        assertEquals(List.of("Hewlett-Packard", "3Com", "The Wall Street Journal"),
                doc.mentions().stream().filter(m -> m.type() == MentionType.ORGANIZATION).map(Mention::text).toList());
    }

    @Test
    void anAbbreviationIsNoPersonInRussian() {
        // factRuEval's book_258: the model reads the carmaker as a person.
        Document doc = run("Украинский автомобиль «Славута», олицетворявший целую эпоху завода \"ЗАЗ\", уходит в историю. "
                + "Производство этих машин завершилось несколько дней назад, а вместо них на конвейер поставили новые автомобили ЗАЗ Forza.",
                Language.RUSSIAN);
        assertFalse(has(doc, MentionType.PERSON, "ЗАЗ"), doc.mentions().toString());
    }

    @Test
    void aQuotationBeforeDepIsWhatWasSaidNotAName() {
        Document doc = run("Olardyń kóbin men qoldaımyn, eń paıdaly usynystaryńyzdy júzege asyrýǵa tapsyrma beremin. "
                + "Halqymyz «Aqyl – jastan» dep beker aıtpaǵan.", Language.KAZAKH_LATIN);
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().contains("Aqyl")), doc.mentions().toString());
        SentenceView said = TextView.of(run("Халқымыз «Ақыл – жастан» деп бекер айтпаған.", Language.KAZAKH), LEXICONS.morphology())
                .sentences().get(0);
        assertTrue(StatisticalMentionFinder.quotedSaying(said, 2, 5));
        assertFalse(StatisticalMentionFinder.quotedSaying(said, 3, 5), "only a whole quotation");
        SentenceView called = TextView.of(run("Мұндағы «Сексен кесік, сегіз арал» деп аталатын су айдыны бар.", Language.KAZAKH),
                LEXICONS.morphology()).sentences().get(0);
        assertFalse(StatisticalMentionFinder.quotedSaying(called, 2, 7), "«…» деп аталатын gives a name");
    }

    @Test
    void aPostWordIsNoPartOfARussianPersonsName() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .build().process(Document.ofText("t", "Кирсан Илюмжинов Президент ФИДЕ . Депутаты Приморья попросили . Недоглядел Посла Японии .",
                        Language.RUSSIAN));
        List<SentenceView> s = TextView.of(doc, LEXICONS.morphology()).sentences();
        assertEquals("[0..2) PER", StatisticalMentionFinder.beforePost(doc, s.get(0), new opennlp.tools.util.Span(0, 3, "PER")).toString());
        assertNull(StatisticalMentionFinder.beforePost(doc, s.get(1), new opennlp.tools.util.Span(0, 2, "PER")));
        assertNull(StatisticalMentionFinder.beforePost(doc, s.get(2), new opennlp.tools.util.Span(0, 2, "PER")));
        assertEquals("[0..2) PER", StatisticalMentionFinder.beforePost(doc, s.get(0), new opennlp.tools.util.Span(0, 2, "PER")).toString());
    }

    @Test
    void aPostWordAloneIsNoName() {
        Pipeline p = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .add(new StatisticalMentionFinder(NerModels.shipped(), LEXICONS, StatisticalMentionFinder.Policy.ALL,
                        StatisticalMentionFinder.STANDARD_TYPES)).build();
        Document doc = p.process(Document.ofText("t", "Наша команда:\nПредседатель правления — Анара Букенова\nИсполнительный директор — "
                + "Ольга Ткаченко\nПсихолог — Жанар Омарова\nБухгалтер — Светлана Пак\n\nНаши партнеры: акимат Карагандинской области.",
                Language.RUSSIAN));
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().equals("Бухгалтер") && m.type().entityKind() != null), doc.mentions().toString());
        assertTrue(has(doc, MentionType.PERSON, "Светлана Пак"));
    }

    @Test
    void theAdjectiveThatOpensAHolidaysNameIsNoName() {
        Document doc = run("Семей, 5 декабря. В Международный день волонтеров в Семее наградили лучших добровольцев города.", Language.RUSSIAN);
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().equals("Международный")), doc.mentions().toString());
        assertTrue(has(doc, MentionType.PLACE, "Семее"));
    }

    @Test
    void aCommonNounThatOpensASentenceIsNoPlace() {
        Document doc = run("Что вы скажете о новом законе о выборах? Закон стал лучше, но многое зависит от комиссии. Киев стал ближе.",
                Language.RUSSIAN);
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().equals("Закон")), doc.mentions().toString());
        assertTrue(has(doc, MentionType.PLACE, "Киев"));
    }

    @Test
    void aStreetsNamesakeIsNoPerson() {
        Document doc = run("Бірлестіктің кеңсесі Қызылорда қаласы, Әйтеке би көшесі, 27 мекенжайында орналасқан.", Language.KAZAKH);
        assertTrue(doc.mentions().stream().noneMatch(m -> m.type() == MentionType.PERSON), doc.mentions().toString());
    }

    @Test
    void aPersonAfterANameTheModelRanOnIsCutOff() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Основатель MySQL Майкл Видениус заявил . Полузащитник клуба Челси Фрэнк Лэмпард забил . "
                        + "Фонд Владимира Потанина помог .", Language.RUSSIAN));
        List<SentenceView> s = TextView.of(doc, LEXICONS.morphology()).sentences();
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        TextView view = TextView.of(doc, LEXICONS.morphology());
        opennlp.tools.util.Span[] founder = f.peopleAfterNames(view, s.get(0),
                new opennlp.tools.util.Span[] {new opennlp.tools.util.Span(1, 3, "ORG"), new opennlp.tools.util.Span(3, 4, "ORG")});
        assertEquals("[[1..2) ORG, [2..4) PER]", java.util.Arrays.toString(founder));
        opennlp.tools.util.Span[] player = f.peopleAfterNames(view, s.get(1), new opennlp.tools.util.Span[] {new opennlp.tools.util.Span(1, 5, "ORG")});
        assertEquals("[[1..3) ORG, [3..5) PER]", java.util.Arrays.toString(player));
        opennlp.tools.util.Span[] fund = f.peopleAfterNames(view, s.get(2), new opennlp.tools.util.Span[] {new opennlp.tools.util.Span(0, 3, "ORG")});
        assertEquals("[[0..3) ORG]", java.util.Arrays.toString(fund), "a body named after a person, in the genitive, stays whole");
    }

    @Test
    void aKazakhTextsLatinNameIsAnOrganisationOnlyWithAKazakhEnding() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Kia-сы бар , Bek Air-дің аудиті , Twitter-дегі парақша . IELTS сертификаты , Wi-Fi-ға қосылып , "
                        + "IT-мамандарды оқытады .", Language.KAZAKH));
        finder(StatisticalMentionFinder.Policy.KEEP_SURE).latinNames(TextView.of(doc, LEXICONS.morphology()), true);
        assertEquals(List.of("Kia-сы", "Bek Air-дің", "Twitter-дегі"),
                doc.mentions().stream().filter(m -> m.type() == MentionType.ORGANIZATION).map(Mention::text).toList());
    }

    @Test
    void keepSureDoesNotRunAListTogether() {
        Document doc = Document.ofText("t", "Гражданские движения: НАQ, За реформу МВД.", Language.RUSSIAN);
        int naq = doc.text().indexOf("НАQ"), mvd = doc.text().indexOf("За реформу"), end = doc.text().indexOf(".");
        doc.mentions().add(mention(doc, naq, naq + 3, MentionType.ORGANIZATION, 0.8));
        doc.mentions().add(mention(doc, mvd, end, MentionType.ORGANIZATION, 0.8));
        finder(StatisticalMentionFinder.Policy.KEEP_SURE).merge(doc, mention(doc, 0, end, MentionType.ORGANIZATION, 0.8));
        assertEquals(List.of("ORGANIZATION НАQ", "ORGANIZATION За реформу МВД"), describe(doc));
    }

    @Test
    void keepSureLeavesOutWhatTheRulesWouldNotCallAName() {
        Document doc = run("При министерстве разработаны рабочие группы. Вас приглашают в НПО и в Фонд Сороса. Коалиция открыта. "
                + "Коалиция гражданских инициатив растёт. Депутат альянса Иван Петров.", Language.RUSSIAN);
        TextView view = TextView.of(doc, LEXICONS.morphology());
        List<SentenceView> s = view.sentences();
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        assertFalse(f.named(view, s.get(0), 0, 5));  // begins with a preposition
        assertFalse(f.named(view, s.get(1), 0, 1));  // a pronoun
        assertFalse(f.named(view, s.get(1), 3, 4));  // «НПО», a kind word alone
        assertTrue(f.named(view, s.get(1), 6, 8));   // «Фонд Сороса»
        assertFalse(f.named(view, s.get(2), 0, 2));  // a kind word capitalised only as the sentence's first
        assertTrue(f.named(view, s.get(3), 0, 3));
        assertFalse(f.named(view, s.get(4), 1, 2));  // «альянса», lower case
        assertTrue(f.named(view, s.get(4), 2, 4));
    }

    @Test
    void aSurnameTakenForAPlaceIsThePersonTheTextNamesInFull() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Сильвио Берлускони прибыл. Берлускони заявил о победе. Вашингтон ответил. «Газпром» молчит.",
                        Language.RUSSIAN));
        add(doc, "Сильвио Берлускони", MentionType.PERSON, null, 0.85);
        add(doc, "Берлускони заявил", MentionType.PLACE, null, StatisticalMentionFinder.CONFIDENCE);
        add(doc, "Вашингтон", MentionType.PLACE, null, StatisticalMentionFinder.CONFIDENCE);
        add(doc, "Газпром", MentionType.ORGANIZATION, "https://qogam.kz/ns/legal-form/company", 0.8);
        StatisticalMentionFinder.surnames(TextView.of(doc, LEXICONS.morphology()), NerLanguage.RUSSIAN,
                new NerFeatures.Stemmer(NerLanguage.RUSSIAN));
        assertEquals(List.of("PERSON Сильвио Берлускони", "PERSON Берлускони", "PLACE Вашингтон", "ORGANIZATION Газпром"),
                doc.mentions().stream().map(m -> m.type() + " " + m.text()).toList());
    }

    @Test
    void aCountryOfTheWorldListsIsAPlaceAndAPersonsNameGivesWayToIt() {
        Document doc = run(StatisticalMentionFinder.standard(LEXICONS), "Об этом заявил министр финансов Новой Зеландии Майкл Каллен.",
                Language.RUSSIAN);
        assertTrue(doc.mentions().stream().anyMatch(m -> m.type() == MentionType.PLACE && m.text().equals("Новой Зеландии")
                && "https://qogam.kz/ns/place-kind/country".equals(m.concept())), doc.mentions().toString());
        // A name the model ran into the country («[Зеландии Майкл Каллен]») is cut to the person's.
        SentenceView s = TextView.of(doc, LEXICONS.morphology()).sentences().get(0);
        Mention country = doc.mentions().stream().filter(m -> m.text().equals("Новой Зеландии")).findFirst().orElseThrow();
        opennlp.tools.util.Span cut = StatisticalMentionFinder.withoutCountry(s, new opennlp.tools.util.Span(6, 9, "PER"),
                List.of(country), NerLanguage.RUSSIAN);
        assertEquals(new opennlp.tools.util.Span(7, 9, "PER"), cut);
        assertNull(StatisticalMentionFinder.withoutCountry(s, new opennlp.tools.util.Span(5, 7, "PER"), List.of(country), NerLanguage.RUSSIAN));
        // A word that only shares its stem with a country («Данн», «Дания») is none.
        Document dunne = run(StatisticalMentionFinder.standard(LEXICONS), "Министр Питер Данн подчеркнул, что Дании это не грозит.",
                Language.RUSSIAN);
        assertTrue(dunne.mentions().stream().noneMatch(m -> m.type() == MentionType.PLACE && m.text().equals("Данн")), dunne.mentions().toString());
        assertTrue(dunne.mentions().stream().anyMatch(m -> m.type() == MentionType.PLACE && m.text().equals("Дании")), dunne.mentions().toString());
        // Other names stay as found.
        assertEquals(new opennlp.tools.util.Span(6, 9, "LOC"),
                StatisticalMentionFinder.withoutCountry(s, new opennlp.tools.util.Span(6, 9, "LOC"), List.of(country), NerLanguage.RUSSIAN));
    }

    @Test
    void aPersonThatIsAWordOfAPlaceTheTextNamesIsThatPlace() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "В Восточном Иерусалиме спокойно. Иерусалиму это важно. Юрий Гагарин жил на проспекте Гагарина. "
                        + "Гагарина помнят.", Language.RUSSIAN));
        int east = doc.text().indexOf("Восточном");
        doc.mentions().add(new Mention(new Span(east, east + 20), "Восточном Иерусалиме", MentionType.PLACE, null, null, 0.8));
        add(doc, "Иерусалиму", MentionType.PERSON, null, StatisticalMentionFinder.CONFIDENCE);
        add(doc, "Юрий Гагарин", MentionType.PERSON, null, 0.85);
        int avenue = doc.text().indexOf("проспекте Гагарина");
        doc.mentions().add(new Mention(new Span(avenue, avenue + 18), "проспекте Гагарина", MentionType.PLACE, null, null, 0.8));
        int again = doc.text().lastIndexOf("Гагарина");
        doc.mentions().add(new Mention(new Span(again, again + 8), "Гагарина", MentionType.PERSON, null, null, StatisticalMentionFinder.CONFIDENCE));
        StatisticalMentionFinder.placesNamedElsewhere(TextView.of(doc, LEXICONS.morphology()), new NerFeatures.Stemmer(NerLanguage.RUSSIAN),
                LEXICONS.givenNames());
        assertEquals(List.of("PLACE Восточном Иерусалиме", "PLACE Иерусалиму", "PERSON Юрий Гагарин", "PLACE проспекте Гагарина", "PERSON Гагарина"),
                doc.mentions().stream().map(m -> m.type() + " " + m.text()).toList(), "the surname of a person named in full stays his");
    }

    @Test
    void aNameAfterARiverOrASquareIsAPlace() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Рыба погибла в реке Славянке. Митинг на площади Тяньаньмынь. Острова Уайт нет. Мэр города Лужков уехал.",
                        Language.RUSSIAN));
        List<SentenceView> s = TextView.of(doc, LEXICONS.morphology()).sentences();
        assertTrue(StatisticalMentionFinder.namesAFeature(s.get(0), 4, LEXICONS.morphology()));
        assertTrue(StatisticalMentionFinder.namesAFeature(s.get(1), 3, LEXICONS.morphology()));
        assertTrue(StatisticalMentionFinder.namesAFeature(s.get(2), 0, LEXICONS.morphology()));
        assertFalse(StatisticalMentionFinder.namesAFeature(s.get(3), 2, LEXICONS.morphology()), "a mayor is named after «города»");
    }

    @Test
    void aWordTheDictionaryKnowsOnlyAsAPersonsNameIsAPersonWhereNothingElseReadIt() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Путин также подпишет договоры. Тем не менее «Новой волны» нет. Роза цветёт. Кремль и Путин молчат. Офис на ул. Шарипова 104.",
                        Language.RUSSIAN));
        add(doc, "Кремль", MentionType.PLACE, null, StatisticalMentionFinder.CONFIDENCE);
        StatisticalMentionFinder.dictionaryNames(TextView.of(doc, LEXICONS.morphology()));
        // Not a function word («Тем»), a word in quotes, a street, a word that is a thing too («Роза»), nor one beside a capital.
        assertEquals(List.of("PERSON Путин Путин", "PLACE Кремль Кремль", "PERSON Путин Путин"),
                doc.mentions().stream().sorted(java.util.Comparator.comparing(Mention::span)).map(m -> m.type() + " " + m.text() + " " + m.normalized()).toList());
        assertEquals(StatisticalMentionFinder.GUESS, doc.mentions().stream().filter(m -> m.type() == MentionType.PERSON).findFirst().orElseThrow().confidence());
    }

    @Test
    void aNameFoundOnceIsTheSameNameWhereTheTextRepeatsIt() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Компания Vestas закрыла завод. Рабочие Vestas протестуют. Вашингтон молчит. "
                        + "В Вашингтоне тихо. Сокол летит. Сокол пришёл. Там Сокол. Концерн «Майкрософт» ответил. Спор с «Майкрософт» идёт.",
                        Language.RUSSIAN));
        int concern = doc.text().indexOf("Концерн");
        doc.mentions().add(new Mention(new Span(concern, concern + 20), "Концерн «Майкрософт»", MentionType.ORGANIZATION, "Майкрософт",
                null, 0.75));
        add(doc, "Vestas закрыла", MentionType.ORGANIZATION, null, StatisticalMentionFinder.CONFIDENCE);
        add(doc, "Вашингтон молчит", MentionType.PLACE, null, StatisticalMentionFinder.CONFIDENCE);
        add(doc, "Сокол летит", MentionType.ORGANIZATION, null, StatisticalMentionFinder.CONFIDENCE);
        int person = doc.text().indexOf("Сокол пришёл");
        doc.mentions().add(new Mention(new Span(person, person + 5), "Сокол", MentionType.PERSON, "Сокол", null, StatisticalMentionFinder.CONFIDENCE));
        StatisticalMentionFinder.namedAgain(TextView.of(doc, LEXICONS.morphology()), new NerFeatures.Stemmer(NerLanguage.RUSSIAN));
        // «Сокол» is a person elsewhere in the text: the third one stays unread.
        assertEquals(List.of("ORGANIZATION Vestas", "ORGANIZATION Vestas", "PLACE Вашингтон", "PLACE Вашингтоне", "ORGANIZATION Сокол",
                        "PERSON Сокол", "ORGANIZATION Концерн «Майкрософт»", "ORGANIZATION Майкрософт"),
                doc.mentions().stream().sorted(java.util.Comparator.comparing(Mention::span)).map(m -> m.type() + " " + m.text()).toList());
    }

    @Test
    void aPostOrATerritoryTheModelTookForAnOrganisationIsNone() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .build().process(Document.ofText("t", "Федеральный министр транспорта Германии уехал. Администрация президента молчит. "
                        + "Жители Свердловской области пришли. Жители Новой Зеландии тоже. Читайте в статье Частного корреспондента.",
                        Language.RUSSIAN));
        TextView view = TextView.of(doc, LEXICONS.morphology());
        List<SentenceView> s = view.sentences();
        assertTrue(StatisticalMentionFinder.headedByPost(view, s.get(0), 0, 4));
        assertFalse(StatisticalMentionFinder.headedByPost(view, s.get(1), 0, 2), "the administration is a body");
        assertFalse(StatisticalMentionFinder.headedByPost(view, s.get(4), 3, 5), "a capitalised name inside a sentence: a magazine");
        assertTrue(StatisticalMentionFinder.namesATerritory(LEXICONS, view, s.get(2), 1, 3));
        assertFalse(StatisticalMentionFinder.namesATerritory(LEXICONS, view, s.get(3), 1, 3), "no kind word");
    }

    @Test
    void anOrganisationCapitalisedOnlyAsItOpensTheSentenceIsNone() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build().process(Document.ofText("t",
                "«Социальное предпринимательство помогает людям», — отметил он. Национальный банк повысил ставку. "
                        + "Единая Россия выдвинула кандидата. Он сказал: социальное предпринимательство важно.", Language.RUSSIAN));
        TextView view = TextView.of(doc, LEXICONS.morphology());
        List<SentenceView> s = view.sentences();
        StatisticalMentionFinder finder = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        assertTrue(finder.capitalisedAsSentenceOnly(view, s.get(0), 1, 3));
        assertFalse(finder.capitalisedAsSentenceOnly(view, s.get(1), 0, 2), "a bank is a body");
        assertFalse(finder.capitalisedAsSentenceOnly(view, s.get(2), 0, 2), "a capital inside the name");
        assertFalse(finder.capitalisedAsSentenceOnly(view, s.get(0), 2, 3), "inside the sentence");
        // One common noun the dictionary knows, opening the sentence, before «из» (from): no name; alone, or a word in
        // capitals, it may be one.
        Document one = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build().process(Document.ofText("t",
                "Делегация из Аксу прибыла в Павлодар. Кремль опроверг слухи. НПО из Уральска провели акцию.", Language.RUSSIAN));
        TextView o = TextView.of(one, LEXICONS.morphology());
        assertTrue(finder.capitalisedAsSentenceOnly(o, o.sentences().get(0), 0, 1));
        assertFalse(finder.capitalisedAsSentenceOnly(o, o.sentences().get(1), 0, 1), "alone: factRuEval's «Кремль»");
        assertFalse(finder.capitalisedAsSentenceOnly(o, o.sentences().get(2), 0, 1), "capitals");

        // A common noun before a kind word that refers back: the fund's mission, not an organisation.
        Document about = kz.qogam.ingest.Extraction.standardPipeline("http://localhost:8080").process(Document.ofText("t",
                "Общественный фонд «Зеленый Алатау» основан в 2011 году. Миссия фонда — сохранение природы.", Language.RUSSIAN));
        TextView v = TextView.of(about, LEXICONS.morphology());
        assertTrue(finder.capitalisedAsSentenceOnly(v, v.sentences().get(1), 0, 2));
        assertTrue(about.entities().stream().noneMatch(e -> e.name().text().startsWith("Миссия")));
        // Such a kind word and a clause after it: «Фонд работает в Алматы».
        Document works = kz.qogam.ingest.Extraction.standardPipeline("http://localhost:8080").process(Document.ofText("t",
                "Общественный фонд «Зеленый Алатау» основан в 2011 году. Фонд работает в Алматы.", Language.RUSSIAN));
        TextView w = TextView.of(works, LEXICONS.morphology());
        assertTrue(finder.capitalisedAsSentenceOnly(w, w.sentences().get(1), 0, 5));
        assertEquals(List.of("Зеленый Алатау"), works.entities().stream().filter(e -> e.kind() == kz.qogam.ingest.doc.EntityKind.ORGANIZATION)
                .map(e -> e.name().text()).toList());
    }

    @Test
    void villagesAfterTheirKindWordAndInTheLocativeAndNoVerbInAName() {
        Document d = kz.qogam.ingest.Extraction.standardPipeline("http://localhost:8080").process(Document.ofText("t",
                "Семинар прошел в Кордае. Жители Жанакорганского района приняли участие. В поселке Шубаркудук открыли центр.",
                Language.RUSSIAN));
        List<String> places = d.entities().stream().filter(e -> e.kind() == kz.qogam.ingest.doc.EntityKind.PLACE).map(e -> e.name().text()).toList();
        assertTrue(places.containsAll(List.of("Кордай", "Жанакорганский район", "Шубаркудук")), places.toString());
        assertTrue(d.entities().stream().noneMatch(e -> e.kind() != kz.qogam.ingest.doc.EntityKind.PLACE && e.kind() != kz.qogam.ingest.doc.EntityKind.EVENT),
                d.entities().stream().map(e -> e.kind() + " " + e.name().text()).toList().toString());
    }

    @Test
    void aRussianNameEndsBeforeTheWordsThatBringInAHelper() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build().process(Document.ofText("t",
                "Семинар проведен совместно с Центром поддержки гражданских инициатив при содействии управления.", Language.RUSSIAN));
        SentenceView s = TextView.of(doc, LEXICONS.morphology()).sentences().get(0);
        opennlp.tools.util.Span cut = StatisticalMentionFinder.beforeHelper(s, new opennlp.tools.util.Span(4, 10, "ORG"));
        assertEquals(8, cut.getEnd());
        opennlp.tools.util.Span whole = new opennlp.tools.util.Span(4, 8, "ORG");
        assertEquals(whole, StatisticalMentionFinder.beforeHelper(s, whole));
        // Nor does a name hold «из» (from): «[НПО] из Уральска».
        Document from = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build().process(Document.ofText("t",
                "Представители НПО из Уральска выступили.", Language.RUSSIAN));
        SentenceView f = TextView.of(from, LEXICONS.morphology()).sentences().get(0);
        assertEquals(2, StatisticalMentionFinder.beforeHelper(f, new opennlp.tools.util.Span(1, 4, "ORG")).getEnd());
    }

    @Test
    void aKazakhOrganisationEndingWithAPostIsATitle() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .build().process(Document.ofText("t", "Мәдениет және ақпарат министрі келді . Ұлттық банк басқармасы келді .", Language.KAZAKH));
        TextView view = TextView.of(doc, LEXICONS.morphology());
        assertTrue(StatisticalMentionFinder.endsWithPost(LEXICONS, view, view.sentences().get(0), 0, 4));
        assertFalse(StatisticalMentionFinder.endsWithPost(LEXICONS, view, view.sentences().get(0), 0, 3), "the post word is left out");
        assertFalse(StatisticalMentionFinder.endsWithPost(LEXICONS, view, view.sentences().get(1), 0, 3), "a board is a body");
    }

    @Test
    void aKazakhPostAfterANamedPlaceOrBodyIsATitleWithIt() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer())
                .add(new kz.qogam.ingest.extract.GazetteerPlaceFinder(LEXICONS)).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .build().process(Document.ofText("t", "Оны Астана қаласының әкімі қарсы алды . Алматы облысында әкімі жоқ . "
                        + "Шымкент қаласының депутаттары келді .", Language.KAZAKH));
        doc.mentions().sort(java.util.Comparator.comparing(Mention::span));
        KazakhTitles.afterNames(LEXICONS, TextView.of(doc, LEXICONS.morphology()));
        // Not after a place in the locative, nor a plural.
        assertEquals(List.of("Астана қаласының әкімі"), doc.mentions().stream().filter(m -> m.type() == MentionType.TITLE).map(Mention::text).toList());
        // A body quoted with its legal form.
        Document quoted = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .add(new kz.qogam.ingest.extract.QuotedOrganizationFinder(LEXICONS))
                .build().process(Document.ofText("t", "Бүгін « Генералдар кеңесі » қоғамдық бірлестігінің төрағасы келді .", Language.KAZAKH));
        KazakhTitles.afterNames(LEXICONS, TextView.of(quoted, LEXICONS.morphology()));
        assertEquals(List.of("« Генералдар кеңесі » қоғамдық бірлестігінің төрағасы"),
                quoted.mentions().stream().filter(m -> m.type() == MentionType.TITLE).map(Mention::text).toList());
        assertEquals("Астана қаласының әкімі", doc.mentions().stream().filter(m -> m.type() == MentionType.TITLE).findFirst().orElseThrow().normalized());
        // A national body in the possessive is no modifier of the post; a post that shares the body's last word takes the body in.
        Document bodies = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .add(new kz.qogam.ingest.extract.NationalBodyFinder(LEXICONS))
                .build().process(Document.ofText("t", "Мемлекеттік қызмет істері агенттігі төрағасының айтуынша , бәрі дұрыс . "
                        + "Ол Парламент Сенатының төрағасы болған .", Language.KAZAKH));
        bodies.mentions().sort(java.util.Comparator.comparing(Mention::span));
        KazakhTitles.afterNames(LEXICONS, TextView.of(bodies, LEXICONS.morphology()));
        assertEquals(List.of("Мемлекеттік қызмет істері агенттігі төрағасының", "Парламент Сенатының төрағасы"),
                bodies.mentions().stream().filter(m -> m.type() == MentionType.TITLE).map(Mention::text).toList());
        // A body quoted without its legal form: the title takes the quotes in.
        Document bare = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .build().process(Document.ofText("t", "Өз кезегінде « Роскосмос » басшысы келді .", Language.KAZAKH));
        int at = bare.text().indexOf("Роскосмос");
        bare.mentions().add(new Mention(new kz.qogam.ingest.doc.Span(at, at + 9), "Роскосмос", MentionType.ORGANIZATION, "Роскосмос", null, 0.5));
        bare.mentions().sort(java.util.Comparator.comparing(Mention::span));
        KazakhTitles.afterNames(LEXICONS, TextView.of(bare, LEXICONS.morphology()));
        assertEquals(List.of("« Роскосмос » басшысы"), bare.mentions().stream().filter(m -> m.type() == MentionType.TITLE).map(Mention::text).toList());
        // A post of a unit of the named body takes the body and the unit in; a board's chairman is a post, not a body.
        Document unit = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .add(new kz.qogam.ingest.extract.QuotedOrganizationFinder(LEXICONS)).add(new kz.qogam.ingest.extract.NamedBodyFinder(LEXICONS))
                .build().process(Document.ofText("t", "Бүгін « Алагеум Электрик » компаниясы бақылау кеңесінің төрағасы келді . "
                        + "Сондай-ақ Аграрлық несие корпорациясының басқарма төрағасы сөйледі . "
                        + "Олардың арасында « Хабар 24 » телеарнасы жаңалықтар бөлімінің тілшісі бар . "
                        + "Бұл үйлерді « Ақтерек » шаруа қожалығының басшысы салдырған .", Language.KAZAKH));
        unit.mentions().sort(java.util.Comparator.comparing(Mention::span));
        KazakhTitles.afterNames(LEXICONS, TextView.of(unit, LEXICONS.morphology()));
        assertEquals(List.of("« Алагеум Электрик » компаниясы бақылау кеңесінің төрағасы", "Аграрлық несие корпорациясының басқарма төрағасы",
                        "« Хабар 24 » телеарнасы жаңалықтар бөлімінің тілшісі", "« Ақтерек » шаруа қожалығының басшысы"),
                unit.mentions().stream().filter(m -> m.type() == MentionType.TITLE).map(Mention::text).toList());
        assertEquals(List.of("« Алагеум Электрик » компаниясы", "Аграрлық несие корпорациясының", "« Хабар 24 » телеарнасы",
                        "« Ақтерек » шаруа қожалығының"),
                unit.mentions().stream().filter(m -> m.type() == MentionType.ORGANIZATION && !kz.qogam.ingest.extract.Anaphora.isAnaphor(m))
                        .map(Mention::text).toList());
    }

    @Test
    void aKazakhTitleWithNoPostWordOverAPlaceOrBodyIsNone() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .add(new kz.qogam.ingest.extract.GazetteerPlaceFinder(LEXICONS)).add(new kz.qogam.ingest.extract.NationalBodyFinder(LEXICONS))
                .build().process(Document.ofText("t", "Сонымен Ұлттық банк онлайн жүйесін бақылайды . Ол Қазақстанның халық әртісі атанды . "
                        + "Мәжіліс төрағасы сөйледі .", Language.KAZAKH));
        TextView view = TextView.of(doc, LEXICONS.morphology());
        List<SentenceView> s = view.sentences();
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        assertTrue(f.overNamesWithoutPost(view, s.get(0), 1, 4), "Ұлттық банк онлайн");
        assertFalse(f.overNamesWithoutPost(view, s.get(1), 1, 4), "a title of honour after a place in the genitive");
        assertFalse(f.overNamesWithoutPost(view, s.get(2), 0, 2), "a post word: Мәжіліс төрағасы");
    }

    @Test
    void aKazakhNameThatIsOrEndsWithAThingsNounNamesTheThing() {
        SentenceView s = TextView.of(Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Бұл Ата Заңына және Заң мен тәртіпке негіз , Асқар Заңғаров келді .", Language.KAZAKH)),
                LEXICONS.morphology()).sentences().get(0);
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        assertTrue(f.endsWithAThingsNoun(s, 1, 3), "Ата Заңына: the Constitution");
        assertTrue(f.endsWithAThingsNoun(s, 4, 5), "Заң: law");
        assertFalse(f.endsWithAThingsNoun(s, 10, 12), "Асқар Заңғаров");
    }

    @Test
    void aKazakhAdjectiveOfLackIsNoName() {
        assertTrue(StatisticalMentionFinder.privative("қауіпсіз"));
        assertTrue(StatisticalMentionFinder.privative("qaýipsiz"));
        assertFalse(StatisticalMentionFinder.privative("сіз"), "the pronoun");
        assertFalse(StatisticalMentionFinder.privative("сыздықов"), "a surname that begins so");
    }

    @Test
    void aKazakhWordTheTextWritesInLowerCaseIsNoPerson() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Заң мен тәртіп керек . Бұл заңның талабы . Қайрат Әбдірахманов келді .", Language.KAZAKH));
        TextView view = TextView.of(doc, LEXICONS.morphology());
        Set<String> lower = StatisticalMentionFinder.lowerCaseKeys(view);
        assertTrue(StatisticalMentionFinder.writtenLowerCase(view, "Заң", lower), "«заңның» is the same word in the genitive");
        assertFalse(StatisticalMentionFinder.writtenLowerCase(view, "Қайрат", lower));
    }

    @Test
    void aNameIsCutAfterASpacedDash() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "ASTANA.KAZINFORM – Aqorda habarlady , Erikti bolý – ıgi , Batys Eýropa –Batys Qytaı",
                        Language.KAZAKH_LATIN));
        SentenceView s = TextView.of(doc, LEXICONS.morphology()).sentences().get(0);
        int dash = 0;
        while (!s.isPunct(dash, "–")) dash++;
        opennlp.tools.util.Span across = new opennlp.tools.util.Span(0, dash + 2, "ORGANISATION");
        assertEquals(new opennlp.tools.util.Span(dash + 1, dash + 2, "ORGANISATION"), StatisticalMentionFinder.afterSpacedDash(s, across));
        int second = dash + 1;
        while (!s.isPunct(second, "–")) second++;
        assertNull(StatisticalMentionFinder.afterSpacedDash(s, new opennlp.tools.util.Span(second - 2, second + 2, "GPE")), "nothing capitalised after it");
        int third = second + 1;
        while (!s.isPunct(third, "–")) third++;
        opennlp.tools.util.Span joined = new opennlp.tools.util.Span(third - 2, third + 3, "FACILITY");
        assertEquals(joined, StatisticalMentionFinder.afterSpacedDash(s, joined), "a dash with no space after it");
    }

    @Test
    void aKazakhTitleInTheGenitiveTakesAnOrdinalDeputyOrAnotherPostAfterIt() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .build().process(Document.ofText("t", "Премьер-министрінің бірінші орынбасары келді . Президенттің көмекшісі келді . "
                        + "Президенттің көмекшілері келді .", Language.KAZAKH));
        TextView view = TextView.of(doc, LEXICONS.morphology());
        List<SentenceView> s = view.sentences();
        Span first = new Span(0, "Премьер-министрінің".length());
        assertEquals("Премьер-министрінің бірінші орынбасары", doc.text(KazakhTitles.withDeputy(LEXICONS, view, s.get(0), first)));
        int at = doc.text().indexOf("Президенттің");
        Span president = new Span(at, at + "Президенттің".length());
        assertEquals("Президенттің көмекшісі", doc.text(KazakhTitles.withDeputy(LEXICONS, view, s.get(1), president)));
        int plural = doc.text().lastIndexOf("Президенттің");
        Span group = new Span(plural, plural + "Президенттің".length());
        assertEquals(group, KazakhTitles.withDeputy(LEXICONS, view, s.get(2), group), "assistants are a group, not a post");
    }

    @Test
    void aKazakhTitleInTheGenitiveTakesTheDeputysWordAfterIt() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Премьер-министрдің орынбасары Асқар Мамин келді . Премьер-министр Асқар Мамин келді .",
                        Language.KAZAKH));
        TextView view = TextView.of(doc, LEXICONS.morphology());
        StatisticalMentionFinder f = finder(StatisticalMentionFinder.Policy.KEEP_SURE);
        Mention genitive = new Mention(new Span(0, 18), "Премьер-министрдің", MentionType.ROLE, "премьер-министр", null, 0.8);
        assertEquals("Премьер-министрдің орынбасары", f.title(view, view.sentences().get(0), genitive, NerLanguage.KAZAKH).text());
        int second = doc.text().lastIndexOf("Премьер-министр");
        Mention plain = new Mention(new Span(second, second + 15), "Премьер-министр", MentionType.ROLE, "премьер-министр", null, 0.8);
        assertEquals("Премьер-министр", f.title(view, view.sentences().get(1), plain, NerLanguage.KAZAKH).text());
    }

    @Test
    void aCapitalisedKazakhPostWordInsideASentenceIsATitle() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).add(new kz.qogam.ingest.extract.RoleFinder(LEXICONS))
                .build().process(Document.ofText("t", "Бүгін Президенті келді . Президент келді . Бүгін облыс әкімі келді .", Language.KAZAKH));
        KazakhTitles.capitalised(LEXICONS, TextView.of(doc, LEXICONS.morphology()));
        // Not the first word of a sentence, nor a post word in lower case.
        assertEquals(List.of("Президенті"), doc.mentions().stream().filter(m -> m.type() == MentionType.TITLE).map(Mention::text).toList());
        KazakhTitles.capitalised(LEXICONS, TextView.of(doc, LEXICONS.morphology()));
        assertEquals(1, doc.mentions().stream().filter(m -> m.type() == MentionType.TITLE).count(), "a title already there stands");
    }

    /** Adds a mention of the first word of {@code words} (all of it when it is one word or a full name). */
    private static void add(Document doc, String words, MentionType type, String concept, double confidence) {
        int at = doc.text().indexOf(words);
        String text = type == MentionType.PERSON ? words : words.split(" ")[0];
        doc.mentions().add(new Mention(new Span(at, at + text.length()), text, type, text, concept, confidence));
    }

    @Test
    void noNameAcrossMarkupAndNoHolidayForAnEvent() {
        Document doc = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", "Telegram <https://t.me/joi> и Ctrl+Enter", Language.RUSSIAN));
        SentenceView s = TextView.of(doc, LEXICONS.morphology()).sentences().get(0);
        assertFalse(StatisticalMentionFinder.markup(s, 0, 1), "Telegram");
        assertTrue(StatisticalMentionFinder.markup(s, 0, 3), "Telegram <https");
        assertTrue(StatisticalMentionFinder.markup(s, s.size() - 1, s.size()), "Enter after a plus sign");
        assertTrue(StatisticalMentionFinder.isHoliday("күніне"));
        assertTrue(StatisticalMentionFinder.isHoliday("мерекесі"));
        assertTrue(StatisticalMentionFinder.isHoliday("день"));
        assertFalse(StatisticalMentionFinder.isHoliday("форумы"));
        assertFalse(StatisticalMentionFinder.isHoliday("күнделік"));
    }

    @Test
    void modelOnlyRemovesTheRulesNamesButNotWhatTheModelCannotFind() {
        String text = "Мэр Москвы Сергей Собянин 5 мая открыл парк.";
        Pipeline rulesOnly = Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build();
        Document doc = rulesOnly.process(Document.ofText("t", text, Language.RUSSIAN));
        doc.mentions().add(mention(doc, 0, 3, MentionType.ROLE, 0.9));
        doc.mentions().add(mention(doc, 26, 31, MentionType.DATE, 0.9));
        doc.mentions().add(mention(doc, 39, 43, MentionType.ORGANIZATION, 0.9)); // «парк», a rule's mistake
        new StatisticalMentionFinder(NerModels.shipped(), LEXICONS, StatisticalMentionFinder.Policy.MODEL_ONLY,
                StatisticalMentionFinder.STANDARD_TYPES).process(doc);
        assertTrue(has(doc, MentionType.DATE, "5 мая"), doc.mentions().toString());
        assertTrue(doc.mentions().stream().noneMatch(m -> m.text().equals("парк")), doc.mentions().toString());
        assertTrue(has(doc, MentionType.PERSON, "Сергей Собянин"), doc.mentions().toString());
    }

    private static List<String> describe(Document doc) {
        List<String> out = new ArrayList<>();
        for (Mention m : doc.mentions().stream().sorted(java.util.Comparator.comparing(Mention::span)).toList()) {
            out.add(m.type() + " " + m.text());
        }
        return out;
    }

    // ------------------------------------------------------------------ threads

    @Test
    void oneStageServesManyThreads() throws Exception {
        List<String> texts = List.of(
                "Президент России Владимир Путин встретился в Москве с Алексеем Миллером.",
                "Вчера в Алматы прошёл форум, его открыл аким города Ерболат Досаев.",
                "Министр иностранных дел Казахстана Мурат Нуртлеу прибыл в Пекин.");
        StatisticalMentionFinder finder = new StatisticalMentionFinder(NerModels.shipped(), LEXICONS,
                StatisticalMentionFinder.Policy.ALL, StatisticalMentionFinder.STANDARD_TYPES);
        List<List<String>> expected = new ArrayList<>();
        for (String t : texts) expected.add(describe(run(finder, t, Language.RUSSIAN)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String t = texts.get(i % texts.size());
                futures.add(pool.submit(() -> describe(run(finder, t, Language.RUSSIAN))));
            }
            for (int i = 0; i < futures.size(); i++) assertEquals(expected.get(i % texts.size()), futures.get(i).get());
        } finally {
            pool.shutdownNow();
        }
    }
}
