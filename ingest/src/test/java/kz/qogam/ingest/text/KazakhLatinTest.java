package kz.qogam.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KazakhLatinTest {
    @Test
    void reads_the_2018_acute_alphabet_as_cyrillic() {
        assertEquals("Қасым-Жомарт Тоқаевтың Маңғыстау облысы Испания Қостанай",
                KazakhLatin.toCyrillic("Qasym-Jomart Toqaevtyń Mańǵystaý oblysy Ispanııa Qostanaı", KazakhLatin.Variant.ACUTE).text());
        // A loanword's «ts» before и is ц; Kazakh's own тс stays («кетсін»).
        assertEquals("Конституцияға кетсін", KazakhLatin.toCyrillic("Konstıtýtsııaǵa ketsin", KazakhLatin.Variant.ACUTE).text());
        // A capital I is И or І as the vowels after it say: front or none for І, back for И.
        assertEquals("Іс-шараны Ішкі Іле Із Иран Ислам Ибрайым",
                KazakhLatin.toCyrillic("Is-sharany Ishki Ile Iz Iran Islam Ibraıym", KazakhLatin.Variant.ACUTE).text());
    }

    @Test
    void reads_the_2021_alphabet_as_cyrillic() {
        assertEquals("Шымкент қаласында бір үйіне", KazakhLatin.toCyrillic("Şymkent qalasynda bır üiıne", KazakhLatin.Variant.Y2021).text());
        assertEquals("Цирк кетсін", KazakhLatin.toCyrillic("Tsirk ketsın", KazakhLatin.Variant.Y2021).text());
        // я is «ia» and ю «iu» in 2021.
        assertEquals("корпорациясы партиясы Аяулым Испания юристері",
                KazakhLatin.toCyrillic("korporatsiiasy partiiasy Aiaulym İspaniia iuristerı", KazakhLatin.Variant.Y2021).text());
    }

    @Test
    void tells_the_two_alphabets_apart() {
        assertEquals(KazakhLatin.Variant.ACUTE, KazakhLatin.detect("Mańǵystaý oblysy, Shymkent qalasynda"));
        assertEquals(KazakhLatin.Variant.Y2021, KazakhLatin.detect("Mañğystau oblysy, Şymkent qalasynda"));
    }

    @Test
    void writes_cyrillic_back_in_the_texts_alphabet() {
        assertEquals("Shymkent qalasy", KazakhLatin.toLatin("Шымкент қаласы", KazakhLatin.Variant.ACUTE));
        assertEquals("Şymkent qalasy", KazakhLatin.toLatin("Шымкент қаласы", KazakhLatin.Variant.Y2021));
    }

    @Test
    void keeps_the_offset_of_every_latin_letter() {
        KazakhLatin.Aligned a = KazakhLatin.toCyrillic("Shymkent", KazakhLatin.Variant.ACUTE);
        assertEquals("Шымкент", a.text());
        assertEquals(2, a.sourceOffset(1, 8)); // «ы» comes from «y» after the two letters of «Sh»
        assertEquals(8, a.sourceOffset(7, 8));
    }
}
