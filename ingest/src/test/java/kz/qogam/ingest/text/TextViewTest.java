package kz.qogam.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class TextViewTest {
    private static final Morphology MORPHOLOGY = Lexicons.forBase("http://localhost:8080").morphology();

    private static Document split(String text) {
        return Pipeline.builder().add(new SentenceSplitter()).add(new Tokenizer()).build()
                .process(Document.ofText("t", text, Language.KAZAKH));
    }

    @Test
    void stages_share_the_view_of_a_document_until_its_tokens_change() {
        Document d = split("Шымкент қаласында форум өтті. Жиын аяқталды.");
        TextView first = TextView.of(d, MORPHOLOGY);
        assertSame(first, TextView.of(d, MORPHOLOGY), "the same document, the same view");
        d.sentences().add(new Span(0, 5));
        TextView after = TextView.of(d, MORPHOLOGY);
        assertNotSame(first, after, "sentences changed");
        assertEquals(3, after.sentences().size());
        assertNotSame(after, TextView.of(split("Шымкент қаласында форум өтті. Жиын аяқталды."), MORPHOLOGY), "another document");
    }
}
