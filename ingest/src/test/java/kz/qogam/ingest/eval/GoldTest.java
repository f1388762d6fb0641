package kz.qogam.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldTest {
    @Test
    void reads_the_format_of_the_gold_readme(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("001.json");
        Files.writeString(f, """
                {"document": "001.txt", "lang": "ru",
                 "entities": [
                   {"id": "urpaq", "type": "Organization", "name": "Ұрпақ Next", "aliases": ["ОФ «Ұрпақ Next»"], "form": "общественный фонд"},
                   {"id": "7152", "type": "Organization", "name": "7152.kz", "optional": true}],
                 "facts": [{"subject": "urpaq", "predicate": "foundedOn", "object": "2005", "note": "ignored"}]}
                """);
        Gold.Document g = Gold.read(f);
        assertEquals("001.txt", g.document());
        assertEquals(2, g.entities().size());
        assertEquals(java.util.Set.of("7152"), g.optionalIds());
        assertTrue(g.isEntity("urpaq"));
        assertFalse(g.isEntity("2005"));
    }
}
