package kz.qogam.ingest.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.doc.Token;

/**
 * One sentence as the finders read it: its tokens, each token's reading (the token itself, or
 * its Cyrillic reading in a Latin-script Kazakh text) and the keys under which it is looked up
 * in word lists.
 */
public final class SentenceView {
    private final TextView text;
    private final Span span;
    private final List<Token> tokens;
    private final String[] forms;
    private final Set<String>[] keys;

    @SuppressWarnings("unchecked")
    SentenceView(TextView text, Span span, List<Token> tokens, String[] forms) {
        this.text = text;
        this.span = span;
        this.tokens = tokens;
        this.forms = forms;
        this.keys = new Set[tokens.size()];
    }

    public TextView text() {
        return text;
    }

    public Span span() {
        return span;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The token as read: Cyrillic for Latin-script Kazakh, else as written. */
    public String form(int i) {
        return forms[i];
    }

    public String lower(int i) {
        return forms[i].toLowerCase(Locale.ROOT);
    }

    /** Whether the token's reading equals one of the words, ignoring case. */
    public boolean is(int i, String... words) {
        if (i < 0 || i >= size()) return false;
        String l = lower(i);
        for (String w : words) {
            if (l.equals(w)) return true;
        }
        return false;
    }

    /**
     * The lookup keys of the token ({@link Morphology#lookupKeys}); an abbreviation is also its own
     * key, and so in Kazakh is one whose case ending is written after a hyphen («БҰҰ-дағы»).
     */
    public Set<String> keys(int i) {
        if (keys[i] == null) {
            Set<String> k = new java.util.LinkedHashSet<>(text.morphology().lookupKeys(forms[i], text.readingLanguage()));
            if (isUpper(i)) k.add(forms[i]);
            String abbreviation = hyphenatedAbbreviation(forms[i]);
            if (abbreviation != null && text.readingLanguage() == kz.qogam.ingest.doc.Language.KAZAKH
                    && text.morphology().lookupKeys(forms[i].replace("-", ""), text.readingLanguage())
                            .contains(abbreviation.toLowerCase(Locale.ROOT))) {
                k.add(abbreviation);
            }
            keys[i] = k;
        }
        return keys[i];
    }

    /** The part in capitals before a hyphen and lower-case letters («БҰҰ» of «БҰҰ-дағы»), or null. */
    private static String hyphenatedAbbreviation(String form) {
        int hyphen = form.indexOf('-');
        if (hyphen < 2 || hyphen == form.length() - 1) return null;
        for (int k = 0; k < form.length(); k++) {
            char c = form.charAt(k);
            if (k < hyphen ? !Character.isUpperCase(c) : k > hyphen && !Character.isLowerCase(c)) return null;
        }
        return form.substring(0, hyphen);
    }

    public int start(int i) {
        return tokens.get(i).start();
    }

    public int end(int i) {
        return tokens.get(i).end();
    }

    public boolean isWord(int i) {
        return i >= 0 && i < size() && tokens.get(i).isWord();
    }

    public boolean isCapitalized(int i) {
        return isWord(i) && Character.isUpperCase(forms[i].codePointAt(0));
    }

    /**
     * Capitalised where capitals mean a name: not in a sentence written all in capitals (a
     * headline such as «ҮКІМЕТТІК ЕМЕС ҰЙЫМ ЖЕТЕКШІЛЕРІ»).
     */
    public boolean isProper(int i) {
        return isCapitalized(i) && !inCapitals();
    }

    private Boolean inCapitals;

    /** Whether the sentence is written (mostly) in capitals, as a headline: its capitals tell no name from a word. */
    public boolean inCapitals() {
        if (inCapitals == null) {
            int words = 0, upper = 0;
            for (int k = 0; k < size(); k++) {
                if (!isWord(k) || forms[k].chars().noneMatch(Character::isLetter)) continue;
                words++;
                if (isUpper(k)) upper++;
            }
            inCapitals = words >= 3 && upper * 10 >= words * 6;
        }
        return inCapitals;
    }

    /** All letters capitals and more than one of them: an abbreviation (ОМП, ҚР, НАQ). */
    public boolean isUpper(int i) {
        if (!isWord(i)) return false;
        String f = forms[i];
        int letters = 0;
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters > 1;
    }

    /** Whether the token is a single punctuation mark among the given ones. */
    public boolean isPunct(int i, String marks) {
        return i >= 0 && i < size() && !tokens.get(i).isWord() && tokens.get(i).text().length() == 1
                && marks.indexOf(tokens.get(i).text().charAt(0)) >= 0;
    }

    /** The character span from the start of token {@code from} to the end of token {@code to - 1}. */
    public Span span(int from, int to) {
        return new Span(start(from), end(to - 1));
    }

    /** The document text of tokens [from, to). */
    public String textOf(int from, int to) {
        return text.document().text(span(from, to));
    }

    /** The reading of tokens [from, to), with the text's own spacing. */
    public String readingOf(int from, int to) {
        return text.reading(span(from, to));
    }

    /** Whether a line break lies between token {@code i} and the next one. */
    public boolean lineBreakAfter(int i) {
        if (i + 1 >= size()) return false;
        String between = text.document().text().substring(end(i), start(i + 1));
        return between.indexOf('\n') >= 0;
    }

    /**
     * The readings of the tokens joined by single spaces, for patterns over words: a match from
     * character {@code a} to {@code b} covers tokens {@link Joined#tokenAt}{@code (a)} to
     * {@code tokenAt(b - 1)}.
     */
    public Joined joined() {
        StringBuilder sb = new StringBuilder();
        int[] at = new int[forms.length == 0 ? 0 : java.util.Arrays.stream(forms).mapToInt(f -> f.length() + 1).sum()];
        for (int i = 0; i < forms.length; i++) {
            if (i > 0) {
                at[sb.length()] = i;
                sb.append(' ');
            }
            for (int k = 0; k < forms[i].length(); k++) at[sb.length() + k] = i;
            sb.append(forms[i]);
        }
        return new Joined(sb.toString(), java.util.Arrays.copyOf(at, sb.length()));
    }

    /** Token readings joined by spaces, and the token of each character (a space belongs to the token after it). */
    public record Joined(String text, int[] tokenOf) {
        public int tokenAt(int charIndex) {
            return tokenOf[charIndex];
        }
    }

    /** The index of the first token that starts at or after the offset, or {@link #size()}. */
    public int indexAt(int offset) {
        for (int i = 0; i < size(); i++) {
            if (start(i) >= offset) return i;
        }
        return size();
    }
}
