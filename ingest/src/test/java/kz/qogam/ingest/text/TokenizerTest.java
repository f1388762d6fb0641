package kz.qogam.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kz.qogam.ingest.doc.Token;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> tokens(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void keeps_hyphenated_words_whole_and_splits_punctuation() {
        assertEquals(List.of("Касым-Жомарт", "Токаев", ",", "вице-министр", "«", "Ұрпақ", "Next", "»", "."),
                tokens("Касым-Жомарт Токаев, вице-министр «Ұрпақ Next»."));
    }

    @Test
    void separates_a_dash_between_words() {
        assertEquals(List.of("Курманова", "-", "вице-министр", "BARCAMP", "–", "2022"), tokens("Курманова- вице-министр BARCAMP–2022"));
    }

    @Test
    void records_offsets_into_the_text() {
        Token t = Tokenizer.tokenize("  Алматы").get(0);
        assertEquals(2, t.start());
        assertEquals(8, t.end());
    }
}
