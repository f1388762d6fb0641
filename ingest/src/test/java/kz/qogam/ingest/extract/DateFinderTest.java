package kz.qogam.ingest.extract;

import static kz.qogam.ingest.extract.TestDocs.LEXICONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static List<String> dates(String text, Language lang) {
        return TestDocs.names(TestDocs.with(text, lang, new DateFinder(LEXICONS)), MentionType.DATE);
    }

    @Test
    void gives_each_date_its_own_precision() {
        assertEquals(List.of("--11-14"), dates("Ярмарка прошла четырнадцатого ноября в отеле.", Language.RUSSIAN));
        assertEquals(List.of("2005"), dates("Организация, основанная в 2005г. группой казахстанцев.", Language.RUSSIAN));
        assertEquals(List.of("2003-10"), dates("В октябре 2003 года прошёл первый форум.", Language.RUSSIAN));
        assertEquals(List.of("2019-08-28"), dates("г.Алматы\n28.08.2019", Language.RUSSIAN));
        assertEquals(List.of("2021-03-05"), dates("Встреча 5 марта 2021 года.", Language.RUSSIAN));
    }

    @Test
    void reads_kazakh_dates_in_both_scripts() {
        assertEquals(List.of("2022-11-14"), dates("Жиын 2022 жылғы 14 қарашада өтті.", Language.KAZAKH));
        assertEquals(List.of("2030"), dates("Úkimet 2030 jylǵa deıingi kezeńdi qamtıdy.", Language.KAZAKH_LATIN));
    }

    @Test
    void takes_no_bare_number_for_a_year() {
        assertEquals(List.of(), dates("Тема: «Казахстанский путь - 2050».", Language.RUSSIAN));
        assertEquals(List.of(), dates("13 активных НПО представили проекты.", Language.RUSSIAN));
    }
}
