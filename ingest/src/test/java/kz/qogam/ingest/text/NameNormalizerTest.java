package kz.qogam.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    @Test
    void normalises_as_the_gold_readme_says() {
        assertEquals("молодежное движение абадан", NameNormalizer.normalize("  «Молодёжное движение\nАбадан»,"));
        assertEquals("отель ренессанс", NameNormalizer.normalize("Отель «Ренессанс»"));
    }

    @Test
    void folds_kazakh_letters_for_comparing_spellings() {
        assertEquals(NameNormalizer.fold("Жазыкбаева"), NameNormalizer.fold("Жазықбаева"));
        assertEquals(NameNormalizer.fold("Айгуль"), NameNormalizer.fold("Айгүл"));
    }
}
