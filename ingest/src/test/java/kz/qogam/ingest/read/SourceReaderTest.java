package kz.qogam.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    private static final String RU = "Молодежный общественный фонд «Ұрпақ Next» организовал ярмарку социальных идей и проектов в Актау.";
    private static final String KK = "Шымкент қаласында үкіметтік емес ұйымдардың жетекшілері бас қосқан дөңгелек үстел отырысы өтті.";
    private static final String KK_LATN = "Qasym-Jomart Toqaevtyń Volonterler forýmynda sóılegen sózi: Qurmetti eriktiler, Qazaqstannyń jastary!";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private final SourceReader reader = new SourceReader();

    @Test
    void reads_utf8_russian_text_with_its_language_title_and_hash() throws Exception {
        Document d = reader.read(write("a.txt", ("Заголовок новости о фонде\n\n" + RU).getBytes(StandardCharsets.UTF_8)));
        assertEquals(Language.RUSSIAN, d.language());
        assertEquals("UTF-8", d.source().encoding());
        assertEquals("Заголовок новости о фонде", d.title());
        assertEquals("a", d.id());
        assertEquals(64, d.source().contentHash().length());
        assertTrue(d.text().contains("«Ұрпақ Next»"));
    }

    @Test
    void detects_windows_1251_from_the_bytes_whatever_the_name() throws Exception {
        // Windows-1251 has no Kazakh letters: a Russian text in it spells Ұрпақ as Урпак.
        byte[] cp1251 = ("Новости: " + RU.replace("Ұрпақ", "Урпак")).getBytes(Charset.forName("windows-1251"));
        Document d = reader.read(write("utf8-looking-name.txt", cp1251));
        assertEquals("windows-1251", d.source().encoding());
        assertTrue(d.text().startsWith("Новости: Молодежный"));
        assertEquals(Language.RUSSIAN, d.language());
    }

    @Test
    void tells_kazakh_cyrillic_and_kazakh_latin_from_russian() throws Exception {
        assertEquals(Language.KAZAKH, reader.read(write("kk.txt", KK.getBytes(StandardCharsets.UTF_8))).language());
        assertEquals(Language.KAZAKH_LATIN, reader.read(write("kkl.txt", KK_LATN.getBytes(StandardCharsets.UTF_8))).language());
        assertEquals(Language.RUSSIAN, reader.read(write("ru.txt", RU.getBytes(StandardCharsets.UTF_8))).language());
    }

    @Test
    void refuses_a_text_in_another_language() throws Exception {
        var e = assertThrows(UnreadableSourceException.class, () -> reader.read(write("en.txt",
                "The quick brown fox jumps over the lazy dog near the river bank.".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("neither Russian nor Kazakh"), e.getMessage());
    }

    @Test
    void refuses_an_empty_file() throws Exception {
        var e = assertThrows(UnreadableSourceException.class, () -> reader.read(write("empty.txt", new byte[0])));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertTrue(e.getMessage().contains("empty.txt"), "names the file: " + e.getMessage());
    }

    @Test
    void refuses_a_binary_file() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        var e = assertThrows(UnreadableSourceException.class, () -> reader.read(write("image.txt", png)));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void refuses_broken_utf8_saying_where() throws Exception {
        byte[] good = (RU + " " + RU).getBytes(StandardCharsets.UTF_8);
        int space = new String(good, StandardCharsets.UTF_8).indexOf(' ');
        int at = new String(good, StandardCharsets.UTF_8).substring(0, space).getBytes(StandardCharsets.UTF_8).length;
        good[at] = (byte) 0xFF;
        var e = assertThrows(UnreadableSourceException.class, () -> reader.read(write("broken.txt", good)));
        assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("at byte " + at + ","), e.getMessage());
    }

    @Test
    void refuses_a_file_over_the_size_limit() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        var e = assertThrows(UnreadableSourceException.class, () -> reader.read(write("big.txt", big)));
        assertTrue(e.getMessage().contains("20.0 MB"), e.getMessage());
        assertTrue(e.getMessage().contains("--max-doc-size"), e.getMessage());
    }

    @Test
    void takes_only_the_visible_text_of_an_html_page() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Форум НПО</title><style>p{color:red}</style>"
                + "<script>var secret = 'скрипт не текст';</script></head><body>"
                + "<nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav>"
                + "<article><h1>Форум НПО</h1><p>" + RU + "</p><p>Второй абзац&nbsp;текста.</p></article>"
                + "<footer>© Все права защищены</footer></body></html>";
        Document d = reader.read(write("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Форум НПО", d.title());
        assertEquals("text/html", d.source().mediaType());
        assertTrue(d.text().contains("«Ұрпақ Next»"));
        assertTrue(d.text().contains("Второй абзац текста."));
        assertFalse(d.text().contains("скрипт"), d.text());
        assertFalse(d.text().contains("Главная"), d.text());
        assertFalse(d.text().contains("color"), d.text());
        assertFalse(d.text().contains("права защищены"), d.text());
    }

    @Test
    void refuses_an_html_page_that_is_only_scripts() throws Exception {
        String html = "<html><head><script>document.write('Текст из скрипта, который никто не читает как статью')</script></head>"
                + "<body><script src='app.js'></script><noscript>Включите JavaScript</noscript></body></html>";
        var e = assertThrows(UnreadableSourceException.class, () -> reader.read(write("spa.html", html.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("no visible text"), e.getMessage());
    }

    @Test
    void lists_sources_in_folders_sorted_and_skips_other_files() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        write("b.txt", RU.getBytes(StandardCharsets.UTF_8));
        write("sub/a.html", RU.getBytes(StandardCharsets.UTF_8));
        write("notes.pdf", new byte[] {1, 2, 3});
        List<Path> files = SourceReader.listSources(List.of(dir));
        assertEquals(List.of(dir.resolve("b.txt"), dir.resolve("sub/a.html")), files);
    }
}
