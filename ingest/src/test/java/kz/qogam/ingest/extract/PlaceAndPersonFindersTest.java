package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class PlaceAndPersonFindersTest {
    private static List<String> people(String text, Language lang) {
        return TestDocs.names(TestDocs.with(text, lang, new GazetteerPlaceFinder(LEXICONS), new RoleFinder(LEXICONS),
                new QuotedOrganizationFinder(LEXICONS), new PersonFinder(LEXICONS)), MentionType.PERSON);
    }

    @Test
    void facilities_take_a_quoted_name_or_their_complement() {
        List<String> places = TestDocs.names(TestDocs.with("прошла в отеле «Ренессанс». Во дворце школьников состоялся форум.",
                Language.RUSSIAN, new FacilityFinder(LEXICONS)), MentionType.PLACE);
        assertEquals(List.of("Отель «Ренессанс»", "Дворец школьников"), places);
        // «Дом» is a venue only with its name.
        assertEquals(List.of("Дом дружбы"), TestDocs.names(TestDocs.with("Конференция прошла в Доме дружбы. Он остался в доме.",
                Language.RUSSIAN, new FacilityFinder(LEXICONS)), MentionType.PLACE));
        // A venue with its name in an address's list; not a bare noun there.
        assertEquals(List.of("Отель «Radisson»", "Конференц-зал «Байтерек»"), TestDocs.names(TestDocs.with("Место проведения: г. Астана, "
                + "отель «Radisson», конференц-зал «Байтерек»", Language.RUSSIAN, new FacilityFinder(LEXICONS)), MentionType.PLACE));
        assertEquals(List.of(), TestDocs.names(TestDocs.with("Были Астана, отель и зал.", Language.RUSSIAN, new FacilityFinder(LEXICONS)),
                MentionType.PLACE));
    }

    @Test
    void finds_people_by_given_name_initials_or_surname_ending() {
        assertEquals(List.of("Гульжанат Муратова", "Г. Муратова"),
                people("сообщила директор Гульжанат Муратова. – Здесь, – продолжает Г. Муратова.", Language.RUSSIAN));
        assertEquals(List.of("Касым-Жомарт Кемелевич Токаев"), people("глава государства Касым-Жомарт Кемелевич Токаев поручил", Language.RUSSIAN));
        assertEquals(List.of("Айгүл Қапбарова", "Ғани Ташқараев"), people("депутаттары Айгүл Қапбарова мен Ғани Ташқараев", Language.KAZAKH));
        assertEquals(List.of("Aıda Balaeva"), people("Jeńimpazdardy Aıda Balaeva quttyqtady.", Language.KAZAKH_LATIN));
        // A given name the list lacks may end as some surnames do (-бек, -бай) when the surname after it does not.
        assertEquals(List.of("Құралбек Ақсарин"), people("Форумға облыс әкімі Құралбек Ақсарин қатысты.", Language.KAZAKH));
        // A preposition or a conjunction after an abbreviation opens a sentence, not a name.
        assertEquals(List.of(), people("Перегрузки доходят до 10 G. Из-за этого спуск тяжел. До 8 G. Но это недолго.", Language.RUSSIAN));
    }

    @Test
    void reads_surname_first_lists_and_latin_script() {
        assertEquals(List.of("Imandosov Samurat Jumanuly", "Qasym-Jomart Toqaev"),
                people("Imandosov Samurat Jumanuly — eńbek ardageri. Dedi Qasym-Jomart Toqaev.", Language.KAZAKH_LATIN));
        assertEquals(List.of("Fazyljan Anar Muratqyzy"), people("Fazyljan Anar Muratqyzy — dırektor.", Language.KAZAKH_LATIN));
        // A word of address or a title before a given name and a patronymic is no surname.
        assertEquals(List.of("Руслан Бақытбекұлы", "Нұрсұлтан Әбішұлы", "Шынар Асанқызы", "Нұрсұлтан Әбішұлы"),
                people("Әріптесім Руслан Бақытбекұлы айтты. Құрметті Нұрсұлтан Әбішұлы, рахмет. Тілшіміз Шынар Асанқызы зерттеді. "
                        + "Кездесу соңында Елбасы Нұрсұлтан Әбішұлы батасын берді.", Language.KAZAKH));
        // Nor is a thing's name one («Ata Zań», the Constitution).
        assertEquals(List.of(), people("Munyń bári elimizdiń Ata Zańyna negiz bolady.", Language.KAZAKH_LATIN));
        // A name said with a word of kinship or respect; not an adjective or a participle before an elder, nor a plural.
        assertEquals(List.of("Қуандық", "Эльбрус"), people("Қуандық ата келді. Эльбрус атаның жасы асқан. Марқайған ақсақал келді. "
                + "Қаланың ақсақалдары келді.", Language.KAZAKH));
    }

    @Test
    void finds_a_known_surname_alone_later_in_the_nominative() {
        assertEquals(List.of("Қасым-Жомарт Тоқаев", "Тоқаев"), people("Қасым-Жомарт Тоқаев келді. Тоқаевтың сөзі.", Language.KAZAKH));
    }

    @Test
    void takes_no_name_out_of_an_organisations_name() {
        assertEquals(List.of(), people("общественный фонд «Сергей Худяков» провёл акцию", Language.RUSSIAN));
    }
}
