package kz.qogam.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.SourceInfo;

/**
 * Reads source files (plain text or HTML, UTF-8 or Windows-1251) into documents with their
 * cleaned text, language and title. Everything that makes a file unusable is an
 * {@link UnreadableSourceException} that says what was wrong and what to do.
 */
public final class SourceReader {
    /** Default largest file accepted: news texts are kilobytes; megabytes mean a dump, not an article. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final int MIN_LETTERS = 20;

    private final long maxBytes;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The source files under the given files and folders, sorted, so that ingest order is stable. */
    public static List<Path> listSources(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(SourceFormat::isSource).sorted().forEach(out::add);
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new IOException(p + ": no such file or folder");
            }
        }
        return out;
    }

    /** Reads one file. */
    public Document read(Path file) throws UnreadableSourceException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UnreadableSourceException(file, String.format(Locale.ROOT,
                        "the file is %.1f MB, over the limit of %.1f MB for one document; split it into articles or raise the limit (--max-doc-size)",
                        size / 1048576.0, maxBytes / 1048576.0));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableSourceException(file, "cannot read the file: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new UnreadableSourceException(file, "the file is empty; nothing to ingest");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableSourceException(file, "the file is binary (a NUL byte at offset " + i
                        + "), not text; give a .txt or .html file in UTF-8 or Windows-1251");
            }
        }
        EncodingDetector.Decoded decoded;
        try {
            decoded = EncodingDetector.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSourceException(file, e.getMessage());
        }
        SourceFormat format = SourceFormat.sniff(decoded.text());
        String title;
        String text;
        if (format == SourceFormat.HTML) {
            HtmlText.Page page = HtmlText.extract(decoded.text());
            text = TextCleaner.clean(page.text());
            title = page.title();
        } else {
            text = TextCleaner.clean(decoded.text());
            title = "";
        }
        if (countLetters(text) < MIN_LETTERS) {
            throw new UnreadableSourceException(file, format == SourceFormat.HTML
                    ? "the page has no visible text (only scripts, styles or navigation); nothing to ingest"
                    : "the file has fewer than " + MIN_LETTERS + " letters; nothing to ingest");
        }
        Language lang = LanguageDetector.detect(text).orElseThrow(() -> new UnreadableSourceException(file,
                "the text is neither Russian nor Kazakh (Cyrillic or Latin); Qogam extracts only those"));
        if (title.isBlank()) title = TitleGuesser.fromText(text);
        SourceInfo info = new SourceInfo(idOf(file), file.getFileName().toString(), format.mediaType(),
                decoded.charset().name(), SourceInfo.sha256(bytes));
        return new Document(info, text, lang, title);
    }

    /**
     * A document id from a file name: the name without extension when it is already IRI-safe
     * ({@code 001_81bcce55b78802ba}), else its transliterated slug.
     */
    public static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.matches("[A-Za-z0-9][A-Za-z0-9._~-]{0,199}")) return stem;
        String id = kz.qogam.ingest.rdf.Slugs.slug(stem);
        return id.isEmpty() ? "source" : id;
    }

    private static int countLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(s.charAt(i))) n++;
        }
        return n;
    }
}
