package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.Tokenizer;

/**
 * Multi-word names looked up in running text whatever their case endings: each word of a name is
 * stored under its {@link Morphology#lemmaKey} and each word of the text is tried under all its
 * {@link Morphology#lookupKeys}, so «Мангистауской области» finds «Мангистауская область» and
 * «Шымкент қаласында» finds «Шымкент қаласы». Abbreviations are matched exactly (case too).
 *
 * @param <T> what a name stands for
 */
public final class PhraseTable<T> {
    /** A name in the table: what it stands for, as written, and its language tag. */
    public record Entry<T>(T value, String label, String lang) {}

    /** A match in a sentence: tokens [start, end) and the names they match. */
    public record Match<T>(int start, int end, List<Entry<T>> entries) {
        public T value() {
            return entries.get(0).value();
        }

        public int length() {
            return end - start;
        }
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<Entry<T>> entries = new ArrayList<>();
    }

    private final Morphology morphology;
    private final Node<T> root = new Node<>();

    public PhraseTable(Morphology morphology) {
        this.morphology = morphology;
    }

    /**
     * Adds a name. {@code lang} is {@code ru} or {@code kk} (names in other tags are ignored:
     * Latin-script Kazakh is read in Cyrillic); an abbreviation (all capitals) is matched exactly.
     */
    public void add(String label, String lang, T value) {
        Language language;
        if (lang.equals("ru")) language = Language.RUSSIAN;
        else if (lang.equals("kk") || lang.isEmpty()) language = Language.KAZAKH;
        else return;
        List<String> words = Tokenizer.tokenize(label).stream().map(t -> t.text()).toList();
        if (words.isEmpty()) return;
        Node<T> node = root;
        for (String w : words) {
            String key = isAbbreviation(w) ? w : morphology.lemmaKey(w, language);
            node = node.next.computeIfAbsent(key, k -> new Node<>());
        }
        Entry<T> e = new Entry<>(value, label, lang);
        if (!node.entries.contains(e)) node.entries.add(e);
    }

    /** The longest name that starts at token {@code i}, or null. */
    public Match<T> longestAt(SentenceView s, int i) {
        return longestAt(s, i, null);
    }

    private Match<T> longestAt(SentenceView s, int i, Predicate<Entry<T>> keep) {
        List<Match<T>> best = new ArrayList<>(1);
        walk(s, i, i, root, best, keep);
        return best.isEmpty() ? null : best.get(0);
    }

    /** Whether some name opens with the word, as written (its dictionary form): «Маңғыстау» opens «Маңғыстау облысы». */
    public boolean opens(String word, Language language) {
        return root.next.containsKey(morphology.lemmaKey(word, language));
    }

    /** The one-word names a word (in any form) is, or an empty list. */
    public List<Entry<T>> ofWord(String word, Language language) {
        for (String key : morphology.lookupKeys(word, language)) {
            Node<T> node = root.next.get(key);
            if (node != null && !node.entries.isEmpty()) return List.copyOf(node.entries);
        }
        return List.of();
    }

    /** Every longest, non-overlapping match in the sentence, left to right. */
    public List<Match<T>> findAll(SentenceView s) {
        return findAll(s, null);
    }

    /**
     * Every longest, non-overlapping match in the sentence of the entries {@code keep} accepts (all
     * when null), as if the table held no others: a longer name it leaves out hides no shorter one.
     */
    public List<Match<T>> findAll(SentenceView s, Predicate<Entry<T>> keep) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Match<T> m = longestAt(s, i, keep);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Follows every key of token {@code i} down the trie, keeping in {@code best} (0 or 1 element) the longest match. */
    private void walk(SentenceView s, int start, int i, Node<T> node, List<Match<T>> best, Predicate<Entry<T>> keep) {
        if (i >= s.size()) return;
        Set<String> keys = s.keys(i);
        for (String k : keys) {
            Node<T> child = node.next.get(k);
            if (child == null) continue;
            if (!child.entries.isEmpty() && (best.isEmpty() || i + 1 - start > best.get(0).length())) {
                List<Entry<T>> kept = keep == null ? List.copyOf(child.entries) : child.entries.stream().filter(keep).toList();
                if (!kept.isEmpty()) {
                    best.clear();
                    best.add(new Match<>(start, i + 1, kept));
                }
            }
            walk(s, start, i + 1, child, best, keep);
        }
    }

    private static boolean isAbbreviation(String w) {
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters > 1;
    }
}
