package kz.qogam.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Layer;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.pipeline.Stage;

/**
 * Splits the text into sentences. News texts from the web mix prose with headings, menus, lists
 * and lines wrapped at a fixed width, so line breaks matter as much as full stops:
 * <ul>
 *   <li>a blank line always ends a sentence;</li>
 *   <li>a single line break ends one unless the line was wrapped (it is long and does not end a
 *       clause, or the next line goes on in lower case);</li>
 *   <li>a line that starts a list item ({@code 1.}, {@code •}, {@code –}) starts a sentence;</li>
 *   <li>{@code . ! ? …} end a sentence when a capital, a quote or a dash follows, but not after an
 *       initial ({@code Г. Муратова}), a known abbreviation ({@code ул.}, {@code т.д.}) or a
 *       list number at the start of a line.</li>
 * </ul>
 */
public final class SentenceSplitter implements Stage {
    /** A line at least this long that stops without punctuation was wrapped, not ended. */
    private static final int WRAPPED_LINE = 50;
    /** A next line this short is a heading or a caption, not the rest of a wrapped line. */
    private static final int SHORT_LINE = 20;

    /** Two or three initials before their last dot: «А.С», «Д.К» (of «Муратов Д.К. – директор»). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(\\.\\p{Lu}){1,2}");

    /** Abbreviations after which a full stop does not end a sentence (lower case, without the dot). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "г", "гг", "ул", "пр", "просп", "д", "кв", "обл", "р", "респ", "им", "т", "тел", "конт", "св",
            "т.д", "т.е", "т.п", "т.к", "др", "см", "стр", "руб", "тыс", "млн", "млрд", "ж", "жж",
            "көш", "т.б", "т.с.с", "ст", "п", "ч", "акад", "проф", "доц", "рис", "гл", "вкл", "мин");

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public void process(Document doc) {
        doc.sentences().clear();
        doc.sentences().addAll(split(doc.text()));
    }

    /** The sentences of a text, trimmed of surrounding white space, in order. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int cut = -1;
            if (c == '\n') {
                if (endsAtLineBreak(text, i)) cut = i;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && (".!?…»\"”)".indexOf(text.charAt(end)) >= 0)) end++;
                if (endsAtPunctuation(text, i, end)) {
                    cut = end;
                    i = end - 1;
                }
            }
            if (cut >= 0) {
                add(out, text, start, cut);
                start = cut;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<Span> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to > from) out.add(new Span(from, to));
    }

    private static boolean endsAtLineBreak(String text, int nl) {
        int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
        String line = text.substring(lineStart, nl).strip();
        int nextEnd = text.indexOf('\n', nl + 1);
        if (nextEnd < 0) nextEnd = text.length();
        String next = text.substring(nl + 1, nextEnd).strip();
        if (line.isEmpty() || next.isEmpty()) return true;
        if (startsListItem(next)) return true;
        char last = line.charAt(line.length() - 1);
        if (".!?…:;".indexOf(last) >= 0) return true;
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) return false;
        boolean continues = Character.isLetterOrDigit(last) || last == ',' || last == '-' || last == '–';
        return !(continues && line.length() >= WRAPPED_LINE && next.length() >= SHORT_LINE);
    }

    private static boolean startsListItem(String line) {
        if (line.startsWith("•") || line.startsWith("·") || line.startsWith("- ") || line.startsWith("– ")
                || line.startsWith("— ") || line.startsWith("#")) {
            return true;
        }
        int i = 0;
        while (i < line.length() && Character.isDigit(line.charAt(i))) i++;
        return i > 0 && i < 4 && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
                && line.charAt(i + 1) == ' ';
    }

    /** Whether the punctuation at {@code at} (running to {@code end}) ends a sentence. */
    private static boolean endsAtPunctuation(String text, int at, int end) {
        int n = text.length();
        if (end >= n) return true;
        if (!Character.isWhitespace(text.charAt(end))) return false;
        int next = end;
        while (next < n && Character.isWhitespace(text.charAt(next))) next++;
        if (next >= n) return true;
        char following = text.charAt(next);
        boolean opens = Character.isUpperCase(following) || Character.isDigit(following)
                || "«\"“„-–—•(".indexOf(following) >= 0;
        if (!opens) return false;
        if (text.charAt(at) != '.') return true;
        String word = wordBefore(text, at);
        if (word.isEmpty()) return true;
        // An initial: «Г. Муратова», «А.С. Пушкин».
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || INITIALS.matcher(word).matches()) return false;
        if (ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) return false;
        // A list number at the start of a line: «1. Политические партии».
        if (word.chars().allMatch(Character::isDigit) && word.length() < 4) {
            int lineStart = text.lastIndexOf('\n', at) + 1;
            return !text.substring(lineStart, at).strip().equals(word);
        }
        return true;
    }

    /** The letters (and inner dots, as in «т.д») just before a dot. */
    private static String wordBefore(String text, int dot) {
        int i = dot;
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || (text.charAt(i - 1) == '.'
                && i > 1 && Character.isLetter(text.charAt(i - 2))))) {
            i--;
        }
        return text.substring(i, dot);
    }
}
