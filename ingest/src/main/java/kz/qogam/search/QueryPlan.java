package kz.qogam.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query cut into what it asks for, its Lucene query, and the explanation of a hit (which of its
 * names matched, and how) by the same rules in plain Java.
 *
 * <p>Whole-name tiers, each a constant score; a document scores its best (a disjunction-max):
 * <pre>
 * 100 exact      the whole name, case and ё aside            (name key = query key)
 *  95 abbrev.    an abbreviation the data gives (ОМП), also transliterated (OMP)
 *  85 prefix     a preferred name (skos:prefLabel) starts with the query
 *  80 prefix     any name starts with the query
 *  56 folded     the whole name, Kazakh letters as Russian, Latin read as Kazakh Latin
 *  52 translit.  the whole name by transliteration keys
 *  30 abbrev.    one word that is the initials of a multi-word name (ОМП → Общество молодых профессионалов)
 * </pre>
 * and the words: every query word must meet a word of one of the names, by its best route
 * <pre>
 *  70 exact      the same word, case and ё aside (a quoted part: the same words in a row)
 *  60 prefix     the last query word starts a word
 *  50 folded     Kazakh letters as Russian, a Latin word read as Kazakh Latin
 *  40 translit.  the transliteration key
 *  35 stemmed    a Russian or Kazakh stem (Муратовой, қаласында); place words (город, қаласы) may be left out
 *  10 fuzzy      one edit (a letter wrong, missing, extra, or two swapped) in a word of 5 letters or more
 * </pre>
 * scoring the average over the query's words, so that a document's score stays within the tier of
 * its words and below the whole-name tiers. Without script folding ({@code translit=false}) the
 * folded and transliterated routes are left out and stems and typos are looked for as written.
 */
final class QueryPlan {
    static final float EXACT = 100, ABBREVIATION = 95, PREF_PREFIX = 85, NAME_PREFIX = 80, WORDS_EXACT = 70, WORD_PREFIX = 60,
            NAME_FOLDED = 56, NAME_TRANSLIT = 52, WORDS_FOLDED = 50, WORDS_TRANSLIT = 40, STEMMED = 35,
            INITIALS = 30, FUZZY = 10;
    /** Words of a query looked at; the rest are ignored. */
    static final int MAX_WORDS = 16;
    /** Fuzzy matching is for words at least this long. */
    static final int FUZZY_MIN_LENGTH = 5;

    private static final Pattern QUOTED = Pattern.compile("[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]");

    final String text;
    /** The whole query's key (quotes dropped). */
    final String key;
    /** Quoted parts, as words. */
    final List<List<String>> phrases;
    /** Words outside quotes. */
    final List<String> words;
    final boolean translit;
    private final NameAnalysis names;
    /** Keys of the query's own words, computed once (the morphology is the costly part). */
    private final java.util.Map<String, Set<String>> stemsOf = new java.util.HashMap<>(), foldedStemsOf = new java.util.HashMap<>();
    private final java.util.Map<String, Boolean> designator = new java.util.HashMap<>();

    private QueryPlan(String text, String key, List<List<String>> phrases, List<String> words, boolean translit, NameAnalysis names) {
        this.text = text;
        this.key = key;
        this.phrases = phrases;
        this.words = words;
        this.translit = translit;
        this.names = names;
    }

    static QueryPlan parse(String q, boolean translit, NameAnalysis names) {
        List<List<String>> phrases = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher m = QUOTED.matcher(q);
        int pos = 0;
        while (m.find()) {
            rest.append(q, pos, m.start()).append(' ');
            List<String> p = NameAnalysis.words(m.group(1));
            if (!p.isEmpty()) phrases.add(cap(p));
            pos = m.end();
        }
        rest.append(q.substring(pos));
        List<String> words = cap(NameAnalysis.words(rest.toString()));
        String key = String.join(" ", cap(NameAnalysis.words(q)));
        return new QueryPlan(q, key, phrases, words, translit, names);
    }

    private static List<String> cap(List<String> ws) {
        return ws.size() > MAX_WORDS ? List.copyOf(ws.subList(0, MAX_WORDS)) : ws;
    }

    boolean isEmpty() {
        return key.isEmpty();
    }

    /** A single token with no quotes: an abbreviation may be meant. */
    private boolean singleWord() {
        return phrases.isEmpty() && words.size() == 1;
    }

    // ================================================================ Lucene queries

    /** The search query with typo matching. */
    Query search() {
        return search(true);
    }

    /** The search query: every tier, best tier wins; {@code fuzzy} adds the one-typo route. */
    Query search(boolean fuzzy) {
        if (isEmpty()) return new MatchNoDocsQuery("empty query");
        List<Query> tiers = new ArrayList<>();
        tiers.add(tier(new TermQuery(new Term(Fields.NAME, key)), EXACT));
        if (singleWord()) {
            BooleanQuery.Builder ab = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.ABBREVIATION, key)), Occur.SHOULD);
            if (translit) ab.add(new TermQuery(new Term(Fields.ABBREVIATION_TRANSLIT, Transliteration.key(key))), Occur.SHOULD);
            tiers.add(tier(ab.build(), ABBREVIATION));
        }
        tiers.add(tier(prefPrefix(key), PREF_PREFIX));
        tiers.add(tier(namePrefix(key), NAME_PREFIX));
        if (phrases.isEmpty() && translit) {
            tiers.add(tier(terms(Fields.NAME_FOLDED, NameAnalysis.foldedKeys(key)), NAME_FOLDED));
            String tk = NameAnalysis.translitKey(key);
            if (!tk.isEmpty()) tiers.add(tier(new TermQuery(new Term(Fields.NAME_TRANSLIT, tk)), NAME_TRANSLIT));
        }
        tiers.add(wordsQuery(fuzzy));
        if (singleWord()) {
            BooleanQuery.Builder ai = new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.INITIALS, words.get(0))), Occur.SHOULD);
            if (translit) ai.add(new TermQuery(new Term(Fields.INITIALS_TRANSLIT, Transliteration.key(words.get(0)))), Occur.SHOULD);
            tiers.add(tier(ai.build(), INITIALS));
        }
        return new DisjunctionMaxQuery(tiers, 0f);
    }

    /** The autocomplete query: names that start with the text, words that start with its words. */
    Query suggest() {
        if (isEmpty()) return new MatchNoDocsQuery("empty query");
        List<Query> tiers = new ArrayList<>();
        tiers.add(tier(prefPrefix(key), PREF_PREFIX));
        tiers.add(tier(namePrefix(key), NAME_PREFIX));
        List<String> all = NameAnalysis.words(text);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        BooleanQuery.Builder translitWords = new BooleanQuery.Builder();
        for (String w : cap(all)) {
            words.add(wordPrefix(Fields.WORDS, Fields.WORD_GRAMS, w), Occur.MUST);
            String t = Transliteration.key(w);
            if (t.isEmpty()) {
                translitWords.add(wordPrefix(Fields.WORDS, Fields.WORD_GRAMS, w), Occur.MUST);
            } else {
                translitWords.add(new BooleanQuery.Builder()
                        .add(wordPrefix(Fields.WORDS, Fields.WORD_GRAMS, w), Occur.SHOULD)
                        .add(wordPrefix(Fields.WORD_TRANSLIT, Fields.WORD_TRANSLIT_GRAMS, t), Occur.SHOULD).build(), Occur.MUST);
            }
        }
        tiers.add(tier(words.build(), WORD_PREFIX));
        if (translit) tiers.add(tier(translitWords.build(), WORDS_TRANSLIT));
        return new DisjunctionMaxQuery(tiers, 0f);
    }

    private static Query tier(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    private static Query namePrefix(String key) {
        return key.length() <= SearchAnalyzers.MAX_NAME_GRAM
                ? new TermQuery(new Term(Fields.NAME_GRAMS, key))
                : new PrefixQuery(new Term(Fields.NAME, key));
    }

    private static Query prefPrefix(String key) {
        return key.length() <= SearchAnalyzers.MAX_NAME_GRAM
                ? new TermQuery(new Term(Fields.PREF_NAME_GRAMS, key))
                : new PrefixQuery(new Term(Fields.PREF_NAME, key));
    }

    /** A word or the start of a word: its edge n-gram, or a prefix query past the longest n-gram. */
    private static Query wordPrefix(String field, String gramField, String prefix) {
        return prefix.codePointCount(0, prefix.length()) <= SearchAnalyzers.MAX_WORD_GRAM
                ? new TermQuery(new Term(gramField, prefix))
                : new PrefixQuery(new Term(field, prefix));
    }

    private static Query terms(String field, Collection<String> values) {
        Set<String> distinct = new LinkedHashSet<>(values);
        distinct.remove("");
        if (distinct.isEmpty()) return new MatchNoDocsQuery();
        if (distinct.size() == 1) return new TermQuery(new Term(field, distinct.iterator().next()));
        List<BytesRef> refs = new ArrayList<>();
        for (String v : distinct) refs.add(new BytesRef(v));
        return new TermInSetQuery(field, refs);
    }

    /**
     * Every word (and quoted part) must meet a word of a name; each scores its best route (a
     * disjunction-max), and the query scores the average over its words. Place words (город,
     * қаласында) may be left out when the query has other words.
     */
    private Query wordsQuery(boolean fuzzy) {
        int n = phrases.size() + words.size();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (List<String> p : phrases) b.add(tier(phrase(p), WORDS_EXACT / n), Occur.MUST);
        boolean optionalDesignators = words.stream().anyMatch(w -> !isDesignator(w));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            b.add(word(w, i == words.size() - 1, n, fuzzy), optionalDesignators && isDesignator(w) ? Occur.SHOULD : Occur.MUST);
        }
        return b.build();
    }

    private static Query phrase(List<String> p) {
        if (p.size() == 1) return new TermQuery(new Term(Fields.WORDS, p.get(0)));
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (String w : p) b.add(new Term(Fields.WORDS, w));
        return b.build();
    }

    /** The routes by which one query word meets a name word, each at its score (divided by the number of words). */
    private Query word(String w, boolean last, int n, boolean withFuzzy) {
        List<Query> routes = new ArrayList<>();
        routes.add(tier(new TermQuery(new Term(Fields.WORDS, w)), WORDS_EXACT / n));
        if (last) routes.add(tier(wordPrefix(Fields.WORDS, Fields.WORD_GRAMS, w), WORD_PREFIX / n));
        if (translit) routes.add(tier(terms(Fields.WORD_FOLDED, NameAnalysis.folded(w)), WORDS_FOLDED / n));
        String t = translit ? Transliteration.key(w) : "";
        if (!t.isEmpty()) routes.add(tier(new TermQuery(new Term(Fields.WORD_TRANSLIT, t)), WORDS_TRANSLIT / n));
        BooleanQuery.Builder stems = new BooleanQuery.Builder().add(terms(Fields.WORD_STEMS, stems(w)), Occur.SHOULD);
        if (translit) stems.add(terms(Fields.WORD_FOLDED_STEMS, foldedStems(w)), Occur.SHOULD);
        routes.add(tier(stems.build(), STEMMED / n));
        if (withFuzzy && fuzzyLength(w)) {
            BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
            if (translit) {
                // By transliteration key: ASCII, so cheap to match with an automaton, and one Cyrillic
                // or Latin letter wrong, missing, extra or swapped is one edit there too.
                if (t.length() >= FUZZY_MIN_LENGTH - 1) fuzzy.add(fuzzy(Fields.WORD_TRANSLIT, t), Occur.SHOULD);
            } else {
                fuzzy.add(fuzzy(Fields.WORDS, w), Occur.SHOULD);
            }
            routes.add(tier(fuzzy.build(), FUZZY / n));
        }
        return new DisjunctionMaxQuery(routes, 0f);
    }

    private static boolean fuzzyLength(String w) {
        return w.codePointCount(0, w.length()) >= FUZZY_MIN_LENGTH;
    }

    /**
     * One edit, transpositions count as one, at most 50 candidate terms. A term with letters beyond
     * ASCII keeps its first letter: Lucene's automaton for it is far costlier in UTF-8, and the
     * transliteration key (ASCII) still forgives a wrong first letter when script folding is on.
     */
    private static Query fuzzy(String field, String w) {
        boolean ascii = w.chars().allMatch(c -> c < 0x80);
        return new FuzzyQuery(new Term(field, w), 1, ascii ? 0 : 1, 50, true);
    }

    // ================================================================ explanation

    /** Which name matched and how: the best tier any single name of the hit reaches. */
    record Explanation(Contribution.Name name, float tier, String why) {}

    /**
     * The best name for this query among the hit's names; when no single name reaches the hit's
     * tier (its words matched across two names), the hit's tier is kept with the name that came closest.
     */
    Explanation explain(List<Contribution.Name> candidates, float luceneTier, boolean suggest) {
        Explanation best = null;
        for (Contribution.Name n : candidates) {
            float t = suggest ? suggestTier(n) : tier(n);
            if (best == null || t > best.tier || t == best.tier && better(n, best.name)) {
                best = new Explanation(n, t, why(t, n));
            }
        }
        if (best == null) return null;
        // Words matched across two names: no single name reaches a tier; say what the score says.
        if (best.tier == 0) return new Explanation(best.name, luceneTier, why(tierAtMost(luceneTier), best.name));
        return best;
    }

    private static final float[] TIERS = {EXACT, ABBREVIATION, PREF_PREFIX, NAME_PREFIX, WORDS_EXACT, WORD_PREFIX,
            NAME_FOLDED, NAME_TRANSLIT, WORDS_FOLDED, WORDS_TRANSLIT, STEMMED, INITIALS, FUZZY};

    /** The highest tier at or below a score (a multi-word score is an average of tiers). */
    static float tierAtMost(float score) {
        for (float t : TIERS) if (t <= score + 1e-3f) return t;
        return FUZZY;
    }

    /** Among names of one tier: the preferred name, then the shorter. */
    private static boolean better(Contribution.Name a, Contribution.Name b) {
        boolean ap = a.prop().equals("pref"), bp = b.prop().equals("pref");
        if (ap != bp) return ap;
        return a.text().length() < b.text().length();
    }

    static String why(float tier, Contribution.Name n) {
        if (tier >= EXACT) return n != null && n.isAbbreviation() ? "abbreviation" : "exact";
        if (tier >= ABBREVIATION) return "abbreviation";
        if (tier >= NAME_PREFIX) return "prefix"; // and PREF_PREFIX
        if (tier >= WORDS_EXACT) return "exact";
        if (tier >= WORD_PREFIX) return "prefix";
        if (tier == NAME_FOLDED || tier == WORDS_FOLDED) return "folded";
        if (tier == NAME_TRANSLIT || tier == WORDS_TRANSLIT) return "transliterated";
        if (tier >= STEMMED) return "stemmed";
        if (tier >= INITIALS) return "abbreviation";
        return "fuzzy";
    }

    private float suggestTier(Contribution.Name n) {
        String nk = NameAnalysis.key(n.text());
        if (nk.startsWith(key)) return n.prop().equals("pref") ? PREF_PREFIX : NAME_PREFIX;
        List<String> nw = NameAnalysis.words(n.text());
        List<String> qw = NameAnalysis.words(text);
        boolean all = true;
        for (String w : qw) {
            if (nw.stream().noneMatch(x -> x.startsWith(w))) all = false;
        }
        if (all) return WORD_PREFIX;
        if (!translit) return 0;
        List<String> nt = new ArrayList<>();
        for (String x : nw) nt.add(Transliteration.key(x));
        for (String w : qw) {
            String t = Transliteration.key(w);
            if (nw.stream().noneMatch(x -> x.startsWith(w)) && (t.isEmpty() || nt.stream().noneMatch(x -> x.startsWith(t)))) return 0;
        }
        return WORDS_TRANSLIT;
    }

    /** The tier one name reaches on its own (0 when it does not match). */
    float tier(Contribution.Name n) {
        String nk = NameAnalysis.key(n.text());
        if (nk.equals(key)) return EXACT;
        if (singleWord() && n.isAbbreviation()
                && (nk.equals(key) || translit && Transliteration.key(nk).equals(Transliteration.key(key)))) {
            return ABBREVIATION;
        }
        if (nk.startsWith(key)) return n.prop().equals("pref") ? PREF_PREFIX : NAME_PREFIX;
        List<String> nw = NameAnalysis.words(n.text());
        for (List<String> p : phrases) {
            if (java.util.Collections.indexOfSubList(nw, p) < 0) return 0;
        }
        float whole = 0;
        if (phrases.isEmpty() && translit) {
            Set<String> fk = new HashSet<>(NameAnalysis.foldedKeys(n.text()));
            fk.retainAll(NameAnalysis.foldedKeys(key));
            if (!fk.isEmpty()) whole = NAME_FOLDED;
            else if (NameAnalysis.translitKey(n.text()).equals(NameAnalysis.translitKey(key))) whole = NAME_TRANSLIT;
        }
        float words = this.words.isEmpty() ? WORDS_EXACT : wordsTier(nw);
        float initials = 0;
        if (singleWord()) {
            String w = this.words.get(0);
            for (String i : NameAnalysis.initials(n.text())) {
                if (i.equals(w) || translit && Transliteration.key(i).equals(Transliteration.key(w))) initials = INITIALS;
            }
        }
        return Math.max(whole, Math.max(words, initials));
    }

    private float wordsTier(List<String> nw) {
        NameWords info = new NameWords(nw);
        float min = Float.MAX_VALUE;
        boolean anyContent = words.stream().anyMatch(w -> !isDesignator(w));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            float level = wordLevel(w, i == words.size() - 1, info);
            if (level == 0 && anyContent && isDesignator(w)) level = STEMMED;
            min = Math.min(min, level);
        }
        return min == Float.MAX_VALUE ? 0 : min;
    }

    private float wordLevel(String w, boolean last, NameWords n) {
        if (n.words.contains(w)) return WORDS_EXACT;
        if (last && n.words.stream().anyMatch(x -> x.startsWith(w))) return WORD_PREFIX;
        if (translit && intersects(NameAnalysis.folded(w), n.folded())) return WORDS_FOLDED;
        String t = translit ? Transliteration.key(w) : "";
        if (!t.isEmpty() && n.translit().contains(t)) return WORDS_TRANSLIT;
        if (intersects(stems(w), n.stems()) || translit && intersects(foldedStems(w), n.foldedStems())) return STEMMED;
        if (fuzzyLength(w)) {
            if (translit) {
                if (t.length() >= FUZZY_MIN_LENGTH - 1) for (String x : n.translit()) if (oneEdit(t, x)) return FUZZY;
            } else {
                for (String x : n.words) if (oneEdit(w, x)) return FUZZY;
            }
        }
        return 0;
    }

    private Set<String> stems(String w) {
        return stemsOf.computeIfAbsent(w, names::stems);
    }

    private Set<String> foldedStems(String w) {
        return foldedStemsOf.computeIfAbsent(w, names::foldedStems);
    }

    private boolean isDesignator(String w) {
        return designator.computeIfAbsent(w, names::isDesignator);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    /** The keys of a name's words, computed when first asked for. */
    private final class NameWords {
        final List<String> words;
        private Set<String> folded, translit, stems, foldedStems;

        NameWords(List<String> words) {
            this.words = words;
        }

        Set<String> folded() {
            if (folded == null) {
                folded = new HashSet<>();
                for (String w : words) folded.addAll(NameAnalysis.folded(w));
            }
            return folded;
        }

        Set<String> translit() {
            if (translit == null) {
                translit = new HashSet<>();
                for (String w : words) translit.add(Transliteration.key(w));
            }
            return translit;
        }

        Set<String> stems() {
            if (stems == null) {
                stems = new HashSet<>();
                for (String w : words) stems.addAll(names.stems(w));
            }
            return stems;
        }

        Set<String> foldedStems() {
            if (foldedStems == null) {
                foldedStems = new HashSet<>();
                for (String w : words) foldedStems.addAll(names.foldedStems(w));
            }
            return foldedStems;
        }
    }

    /** Whether two words are at most one edit apart (substitution, insertion, deletion, or two adjacent letters swapped). */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) return true;
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1) return false;
        if (x.length == y.length) {
            int diff = -1, count = 0;
            for (int i = 0; i < x.length; i++) {
                if (x[i] != y[i]) {
                    if (count++ == 0) diff = i;
                }
            }
            if (count == 1) return true;
            return count == 2 && diff + 1 < x.length && x[diff] == y[diff + 1] && x[diff + 1] == y[diff];
        }
        int[] s = x.length < y.length ? x : y;
        int[] l = x.length < y.length ? y : x;
        int i = 0;
        while (i < s.length && s[i] == l[i]) i++;
        for (int k = i; k < s.length; k++) if (s[k] != l[k + 1]) return false;
        return true;
    }
}
