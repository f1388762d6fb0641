package kz.qogam.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class NameAnalysisTest {
    private static final NameAnalysis NAMES = NameAnalysis.standard();

    @Test
    void words_are_lower_case_with_yo_as_ye_and_split_at_punctuation() {
        assertEquals(List.of("роо", "общество", "молодых", "профессионалов"), NameAnalysis.words("РОО «Общество молодых профессионалов»"));
        assertEquals(List.of("касым", "жомарт", "токаев"), NameAnalysis.words("Касым-Жомарт  Токаев"));
        assertEquals(List.of("объединенные", "арабские", "эмираты"), NameAnalysis.words("Объединённые Арабские Эмираты"));
        assertEquals(List.of("barcamp", "2022"), NameAnalysis.words("BARCAMP–2022"));
        assertEquals("роо общество молодых профессионалов", NameAnalysis.key("РОО «Общество молодых профессионалов»"));
    }

    @Test
    void kazakh_letters_fold_to_russian_and_latin_words_are_read_as_kazakh_latin() {
        assertEquals(Set.of("жазыкбаева"), NameAnalysis.folded("жазықбаева"));
        assertTrue(NameAnalysis.folded("jazyqbaeva").contains("жазыкбаева"), NameAnalysis.folded("jazyqbaeva").toString());
        assertTrue(NameAnalysis.folded("ūrpaq").contains("урпак"));
        assertTrue(NameAnalysis.folded("urpaq").contains("урпак"));
        assertTrue(NameAnalysis.foldedKeys("Urpaq Next").contains("урпак next") || NameAnalysis.foldedKeys("Urpaq Next").contains("урпак некст"));
    }

    @Test
    void russian_and_kazakh_inflections_share_a_stem_with_the_nominative() {
        assertShare("муратовой", "муратова");
        assertShare("общества", "общество");
        assertShare("профессионалов", "профессионалы");
        assertShare("мангистауской", "мангистауская");
        assertShare("қаласында", "қаласы");
        assertShare("ауданына", "ауданы");
        assertShare("бірлестігінің", "бірлестігі");
    }

    private static void assertShare(String form, String nominative) {
        Set<String> a = new HashSet<>(NAMES.stems(form));
        a.retainAll(NAMES.stems(nominative));
        assertFalse(a.isEmpty(), form + " " + NAMES.stems(form) + " / " + nominative + " " + NAMES.stems(nominative));
    }

    @Test
    void place_words_are_designators_in_any_form() {
        assertTrue(NAMES.isDesignator("қаласында"));
        assertTrue(NAMES.isDesignator("города"));
        assertTrue(NAMES.isDesignator("oblysy"));
        assertFalse(NAMES.isDesignator("шымкент"));
    }

    @Test
    void initials_with_and_without_function_words() {
        assertEquals(Set.of("кги"), NameAnalysis.initials("Коалиция гражданских инициатив"));
        assertEquals(Set.of("ясиип", "ясип"), NameAnalysis.initials("Ярмарка социальных идей и проектов"));
        assertTrue(NameAnalysis.initials("Шымкент").isEmpty());
        assertTrue(NameAnalysis.looksLikeAbbreviation("ОМП"));
        assertTrue(NameAnalysis.looksLikeAbbreviation("НАQ"));
        assertFalse(NameAnalysis.looksLikeAbbreviation("Сенат"));
        assertFalse(NameAnalysis.looksLikeAbbreviation("Ұрпақ Next"));
    }

    @Test
    void the_analysers_stack_keys_on_the_word_position() throws IOException {
        SearchAnalyzers a = new SearchAnalyzers(NAMES);
        assertEquals(List.of("1:жазыкбаева"), tokens(a, Fields.WORD_FOLDED, "Жазықбаева"));
        assertEquals(List.of("1:jazikbaeva"), tokens(a, Fields.WORD_TRANSLIT, "Jazyqbaeva"));
        List<String> grams = tokens(a, Fields.WORD_GRAMS, "ACM");
        assertEquals(List.of("1:a", "0:ac", "0:acm"), grams);
        List<String> names = tokens(a, Fields.NAME_GRAMS, "ұрпақ next");
        assertTrue(names.contains("0:ұр") && names.contains("0:ұрпақ next"), names.toString());
        List<String> stems = tokens(a, Fields.WORD_STEMS, "Шымкент қаласында");
        assertTrue(stems.get(0).startsWith("1:шымкент"), stems.toString());
        assertTrue(stems.contains("0:қаласы") || stems.contains("1:қаласы"), stems.toString());
    }

    private static List<String> tokens(SearchAnalyzers a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(pos.getPositionIncrement() + ":" + term);
            ts.end();
        }
        return out;
    }
}
