package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
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
        Entry<T> e = new Entry<>(value, label, lang);
        List<String> keys = words.stream().map(w -> isAbbreviation(w) ? w : morphology.lemmaKey(w, language)).toList();
        addPath(keys, e);
        // A Russian name in -ай, -ей takes -я in the genitive, whose stem drops «ая», «ея» as an adjective's ending would:
        // «Аксая» is «Аксай», «Семея» «Семей».
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (language == Language.RUSSIAN && last.length() > 3 && (last.endsWith("ай") || last.endsWith("ей"))) {
            List<String> genitive = new ArrayList<>(keys);
            genitive.set(keys.size() - 1, morphology.lemmaKey(last.substring(0, last.length() - 1) + "я", language));
            addPath(genitive, e);
        }
    }

    private void addPath(List<String> keys, Entry<T> e) {
        Node<T> node = root;
        for (String key : keys) node = node.next.computeIfAbsent(key, k -> new Node<>());
        if (!node.entries.contains(e)) node.entries.add(e);
    }

    /** The longest name that starts at token {@code i}, or null. */
    public Match<T> longestAt(SentenceView s, int i) {
        return longestAt(s, i, (BiPredicate<Entry<T>, Integer>) null);
    }

    /**
     * The longest name that starts at token {@code i} among the entries {@code keep} accepts when
     * they would end before token {@code end}, or null: «Аксая» may match «Аксу» by its stem, which a
     * caller that knows the name does not decline refuses, leaving «Аксай».
     */
    public Match<T> longestAt(SentenceView s, int i, BiPredicate<Entry<T>, Integer> keep) {
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

    /**
     * The names the words make together, each word in any form: «Жамбылской», «области» is
     * «Жамбылская область». Empty when they make none.
     */
    public List<Entry<T>> phrase(List<String> words, Language language) {
        List<Node<T>> nodes = List.of(root);
        for (String w : words) {
            List<Node<T>> next = new ArrayList<>();
            for (Node<T> n : nodes) {
                for (String key : morphology.lookupKeys(w, language)) {
                    Node<T> child = n.next.get(key);
                    if (child != null && !next.contains(child)) next.add(child);
                }
            }
            nodes = next;
        }
        return nodes.stream().flatMap(n -> n.entries.stream()).distinct().toList();
    }

    /** Every longest, non-overlapping match in the sentence, left to right. */
    public List<Match<T>> findAll(SentenceView s) {
        return findAll(s, (BiPredicate<Entry<T>, Integer>) null);
    }

    /**
     * Every longest, non-overlapping match in the sentence of the entries {@code keep} accepts (all
     * when null), as if the table held no others: a longer name it leaves out hides no shorter one.
     */
    public List<Match<T>> findAll(SentenceView s, Predicate<Entry<T>> keep) {
        return findAll(s, keep == null ? (BiPredicate<Entry<T>, Integer>) null : (e, end) -> keep.test(e));
    }

    /** As {@link #findAll(SentenceView, Predicate)}, where {@code keep} also sees the token each match would end before. */
    public List<Match<T>> findAll(SentenceView s, BiPredicate<Entry<T>, Integer> keep) {
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
    private void walk(SentenceView s, int start, int i, Node<T> node, List<Match<T>> best, BiPredicate<Entry<T>, Integer> keep) {
        if (i >= s.size()) return;
        Set<String> keys = s.keys(i);
        for (String k : keys) {
            Node<T> child = node.next.get(k);
            if (child == null) continue;
            if (!child.entries.isEmpty() && (best.isEmpty() || i + 1 - start > best.get(0).length())) {
                List<Entry<T>> kept = keep == null ? List.copyOf(child.entries) : child.entries.stream().filter(e -> keep.test(e, i + 1)).toList();
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
