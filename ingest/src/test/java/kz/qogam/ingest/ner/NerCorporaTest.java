package kz.qogam.ingest.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument;
import kz.qogam.ingest.eval.corpora.FactRuEvalReader;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The Russian training sentences of the hand-made factRuEval folder. */
class NerCorporaTest {
    @Test
    void occupationPositionsAreNamesWhereNoOtherNameIs() throws Exception {
        Path dir = Path.of(NerCorporaTest.class.getResource("/kz/qogam/ingest/eval/corpora/factrueval-mini").toURI());
        FactRuEvalDocument d = FactRuEvalReader.read(dir, "book_1");
        List<String> names = new ArrayList<>();
        for (NameSample s : NerCorpora.factRuEval(d, FactRuEvalReader.sentenceStartIds(dir, "book_1"))) {
            for (Span n : s.getNames()) {
                names.add(n.getType() + " " + String.join(" ", Arrays.asList(s.getSentence()).subList(n.getStart(), n.getEnd())));
            }
        }
        assertEquals(List.of("POSITION Мэр", "LOC Москвы", "PER Юрий Лужков", "PER Борисом Громовым", "POSITION координатором",
                "ORG движения « Солидарность", "LOC Химках"), names);
    }
}
