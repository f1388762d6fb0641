package kz.qogam.ingest.eval.corpora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.qogam.ingest.eval.corpora.ConllSentence.Chunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {

    @Test
    void reads_sentences_tokens_and_entities() throws Exception {
        List<ConllSentence> s = ConllReader.read(FakeExtractor.resource("conll-mini.txt"));
        assertEquals(3, s.size());
        assertEquals(List.of(1, 12, 19), s.stream().map(ConllSentence::line).toList());
        assertEquals("Президент Қасым-Жомарт Тоқаев Астанада Нұр Отан партиясының съезіне қатысты .", s.get(0).text());
        assertEquals(List.of(new Chunk(0, 1, "POSITION"), new Chunk(1, 3, "PERSON"), new Chunk(3, 4, "GPE"),
                new Chunk(4, 7, "ORGANISATION"), new Chunk(7, 8, "EVENT")), s.get(0).chunks());
        assertEquals("Нұр Отан партиясының", s.get(0).text(s.get(0).chunks().get(3)));
        // "Алматы I-GPE" after "Кеше B-DATE": a stray I- starts a new entity.
        assertEquals(List.of(new Chunk(0, 1, "DATE"), new Chunk(1, 3, "GPE")), s.get(1).chunks());
        // "форум I-EVENT" after a DATE: a new EVENT; CARDINAL is read like any label.
        assertEquals(List.of(new Chunk(0, 2, "DATE"), new Chunk(2, 3, "EVENT"), new Chunk(5, 6, "CARDINAL")), s.get(2).chunks());
        assertArrayEquals(new int[] {0, 5, 10, 16}, ConllReader.parse("2020 B-DATE\nжылы I-DATE\nформу O\nөтті O\n").get(0).starts());
    }

    @Test
    void reads_stray_inside_tags_as_conlleval_does() {
        assertEquals(List.of(new Chunk(0, 2, "X"), new Chunk(3, 4, "Y"), new Chunk(4, 6, "Y"), new Chunk(6, 7, "X")),
                ConllReader.chunks(List.of("I-X", "I-X", "O", "I-Y", "B-Y", "I-Y", "I-X")));
        assertEquals(List.of(new Chunk(0, 1, "X"), new Chunk(1, 2, "X")), ConllReader.chunks(List.of("B-X", "B-X")));
        assertEquals(List.of(), ConllReader.chunks(List.of("O", "O")));
    }

    @Test
    void tolerates_bom_crlf_tabs_extra_columns_and_docstart() {
        List<ConllSentence> s = ConllReader.parse("\uFEFF-DOCSTART- O\r\n\r\nАстана\tNNP\tB-GPE\r\nқаласы I-GPE\r\n\r\n\r\nИә O");
        assertEquals(2, s.size());
        assertEquals(List.of("Астана", "қаласы"), s.get(0).tokens());
        assertEquals(List.of(new Chunk(0, 2, "GPE")), s.get(0).chunks());
        assertEquals(List.of("Иә"), s.get(1).tokens());
    }

    @Test
    void refuses_what_is_not_iob2(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "Астана B-GPE\nқаласы GPE\n");
        IOException e = assertThrows(IOException.class, () -> ConllReader.read(f));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("'GPE'"), e.getMessage());
        Files.writeString(f, "Астана B-GPE\nжалғыз\n");
        e = assertThrows(IOException.class, () -> ConllReader.read(f));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IOException.class, () -> ConllReader.read(dir.resolve("missing.txt")));
    }

    @Test
    void reads_the_kaznerd_validation_split() throws Exception {
        Path file = FakeExtractor.root().resolve("data/datasets/KazNERD/IOB2_valid.txt");
        List<ConllSentence> s = ConllReader.read(file);
        Map<String, Integer> labels = new TreeMap<>();
        int tokens = 0;
        for (ConllSentence x : s) {
            tokens += x.tokens().size();
            for (Chunk c : x.chunks()) labels.merge(c.label(), 1, Integer::sum);
            for (String t : x.tokens()) assertTrue(!t.isEmpty() && t.chars().noneMatch(Character::isWhitespace));
        }
        System.out.printf("KazNERD IOB2_valid: %d sentences, %d tokens, %d entities %s%n", s.size(), tokens,
                labels.values().stream().mapToInt(Integer::intValue).sum(), labels);
        int scored = ConllEvaluation.LABELS.stream().mapToInt(l -> labels.getOrDefault(l, 0)).sum();
        System.out.printf("  of the 8 scored labels: %d entities %s%n", scored,
                ConllEvaluation.LABELS.stream().map(l -> l + "=" + labels.getOrDefault(l, 0)).toList());
        assertEquals(11167, s.size());
        assertEquals(25, labels.size());
        assertEquals(1352, labels.get("PERSON"));
        assertEquals(759, labels.get("ORGANISATION"));
        assertEquals(1693, labels.get("GPE"));
        assertEquals(204, labels.get("LOCATION"));
        assertEquals(601, labels.get("POSITION"));
        assertEquals(150, labels.get("EVENT"));
        assertEquals(195, labels.get("FACILITY"));
        assertEquals(2609, labels.get("DATE"));
    }
}
