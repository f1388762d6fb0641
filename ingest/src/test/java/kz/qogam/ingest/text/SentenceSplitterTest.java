package kz.qogam.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Layer;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splits_at_full_stops_before_a_capital_or_a_dash() {
        assertEquals(List.of("Форум прошёл.", "– Мы рады, – сказала она.", "Всё."),
                sentences("Форум прошёл. – Мы рады, – сказала она. Всё."));
    }

    @Test
    void keeps_initials_and_abbreviations_inside_a_sentence() {
        assertEquals(List.of("– Здесь, – продолжает Г. Муратова.", "Офис: г. Алматы, ул. Шарипова 104."),
                sentences("– Здесь, – продолжает Г. Муратова. Офис: г. Алматы, ул. Шарипова 104."));
        // Initials after the surname: «Муратов Д.К. – исполнительный директор».
        assertEquals(List.of("Муратов Д.К. – исполнительный директор", "А.С. Пушкин писал."),
                sentences("Муратов Д.К. – исполнительный директор\nА.С. Пушкин писал."));
    }

    @Test
    void joins_lines_wrapped_at_a_fixed_width_and_splits_list_items() {
        String text = "1. Гражданские движения: НАQ, За реформу МВД, Молодежное движение\n"
                + "Абадан, Альянс независимых наблюдателей, Недра принадлежат народу,\n"
                + "2. Гражданские активисты";
        assertEquals(List.of("1. Гражданские движения: НАQ, За реформу МВД, Молодежное движение\n"
                        + "Абадан, Альянс независимых наблюдателей, Недра принадлежат народу,", "2. Гражданские активисты"),
                sentences(text));
    }

    @Test
    void ends_a_heading_at_its_line() {
        assertEquals(List.of("Форум", "17:11, Вчера", "В Петропавловске прошёл форум"),
                sentences("Форум\n17:11, Вчера\n\nВ Петропавловске прошёл форум"));
    }

    @Test
    void adds_the_sentences_layer_to_a_document() {
        Document d = Document.ofText("t", "Бір. Екі.", Language.KAZAKH);
        new SentenceSplitter().process(d);
        assertEquals(2, d.sentences().size());
        assertEquals(java.util.Set.of(Layer.SENTENCES), new SentenceSplitter().provides());
    }
}
