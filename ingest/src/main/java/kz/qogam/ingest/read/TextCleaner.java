package kz.qogam.ingest.read;

import java.util.regex.Pattern;

/**
 * Normalises a decoded text before extraction: one kind of line break and space, no invisible
 * characters, no runs of blank lines. Quotes and dashes are kept as written (they carry meaning
 * for the extractor: «…» delimits names); offsets in the graph refer to the cleaned text.
 */
final class TextCleaner {
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern TRAILING = Pattern.compile(" +\\n|\\n +");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextCleaner() {}

    static String clean(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        s = SPACES.matcher(s).replaceAll(" ");
        s = TRAILING.matcher(s).replaceAll("\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip();
    }
}
