package kz.qogam.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the word lists shipped under {@code kz/qogam/ingest/lexicon/}. */
public final class ResourceLines {
    private static final String FOLDER = "/kz/qogam/ingest/lexicon/";

    private ResourceLines() {}

    /** The lines of a list, trimmed, without blank lines and {@code #} comments (but with {@code ## } section lines). */
    public static List<String> read(String fileName) {
        String resource = FOLDER + fileName;
        try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("The resource " + resource + " is missing from the class path");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && (!l.startsWith("#") || l.startsWith("## ")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
