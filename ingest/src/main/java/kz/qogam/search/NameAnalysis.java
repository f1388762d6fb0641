package kz.qogam.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.text.GivenNames;
import kz.qogam.ingest.text.KazakhLatin;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.RuleMorphology;
import kz.qogam.ontology.Ontology;
import kz.qogam.ontology.Qg;

/**
 * How names and queries are cut into words and what keys each word is found under. The index's
 * analysers ({@link SearchAnalyzers}) and the query side ({@link QueryPlan}) both use these
 * functions, so that a query word and a name word meet exactly when their keys do.
 *
 * <ul>
 *   <li>{@link #words}: NFC, lower case, ё → е, split at anything that is not a letter or a digit
 *       (quotes, hyphens, dashes, dots);</li>
 *   <li>{@link #folded}: Kazakh letters as their Russian counterparts (қ→к, ұ/ү→у, ө→о, ә→а,
 *       і→и, ң→н, ғ→г, һ→х), soft and hard signs dropped; a Latin word read as Kazakh Latin in both
 *       alphabets ({@link KazakhLatin}) and folded the same way, so «Jazyqbaeva» meets «Жазықбаева»;</li>
 *   <li>{@link Transliteration#key}: the ASCII skeleton shared with English and Russian
 *       transliterations («Zhazykbayeva»);</li>
 *   <li>{@link #stems} and {@link #foldedStems}: the extraction's {@link Morphology#lookupKeys}
 *       for Russian and for Kazakh, so «Муратовой» meets «Муратова» and «қаласында» meets «қаласы».</li>
 * </ul>
 */
public final class NameAnalysis {
    /** Words that name what kind of place a name is; a query may add or leave them out. */
    private static final Set<String> DESIGNATORS = Set.of(
            "город", "г", "гор", "область", "обл", "район", "р-н", "село", "поселок", "посёлок", "аул", "станция",
            "қала", "қаласы", "облыс", "облысы", "аудан", "ауданы", "ауыл", "ауылы", "кент", "кенті",
            "city", "region", "oblast", "district", "village", "town", "qala", "qalasy", "oblysy", "audany", "auyly");
    /** Function words left out of initials: «Ярмарка социальных идей и проектов» is also «ЯСИП». */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "и", "в", "во", "на", "по", "для", "с", "со", "при", "о", "об", "к", "из", "за", "от", "до",
            "және", "мен", "бен", "пен", "of", "and", "the", "for", "in", "on", "at", "de");

    private final Morphology morphology;

    public NameAnalysis(Morphology morphology) {
        this.morphology = morphology;
    }

    private static volatile NameAnalysis standard;

    /**
     * With the extraction's rule morphology, built as the extraction builds it: the shipped word
     * lists, the given names, and the Russian labels of the ontology's concepts as extra nouns.
     */
    public static NameAnalysis standard() {
        NameAnalysis s = standard;
        if (s == null) {
            synchronized (NameAnalysis.class) {
                if (standard == null) {
                    List<String> nouns = new ArrayList<>();
                    var vocabulary = Ontology.vocabulary();
                    vocabulary.listStatements(null, Qg.prefLabel, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
                        if (st.getObject().isLiteral() && "ru".equals(st.getLiteral().getLanguage())) nouns.add(st.getString());
                    });
                    standard = new NameAnalysis(RuleMorphology.standard(GivenNames.standard(), nouns));
                }
                s = standard;
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- words and whole names

    /** The words of a name or a query: lower case, ё as е, NFC; punctuation and quotes split and vanish. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK && w.length() > 0) {
                w.appendCodePoint(cp == 'ё' ? 'е' : cp);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    /** The exact key of a whole name: its words joined by single spaces. «РОО «Общество…»» → «роо общество…». */
    public static String key(String text) {
        return String.join(" ", words(text));
    }

    /** The transliteration key of a whole name: each word's {@link Transliteration#key}, joined by spaces. */
    public static String translitKey(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            String k = Transliteration.key(w);
            if (!k.isEmpty()) out.add(k);
        }
        return String.join(" ", out);
    }

    /**
     * The folded keys of a whole name: every combination is not needed, so one key per reading of the
     * Latin words (as it is, 2018 alphabet, 2021 alphabet), words joined by spaces.
     */
    public static Set<String> foldedKeys(String text) {
        List<String> ws = words(text);
        Set<String> out = new LinkedHashSet<>();
        for (int reading = 0; reading < 3; reading++) {
            List<String> parts = new ArrayList<>(ws.size());
            for (String w : ws) {
                List<String> f = new ArrayList<>(folded(w));
                parts.add(f.get(Math.min(reading, f.size() - 1)));
            }
            out.add(String.join(" ", parts));
        }
        return out;
    }

    // ---------------------------------------------------------------- per word

    /** Whether the word has a Cyrillic letter. */
    public static boolean isCyrillic(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.CYRILLIC) return true;
        }
        return false;
    }

    /** Whether the word has a Latin letter and no Cyrillic one. */
    public static boolean isLatin(String word) {
        boolean latin = false;
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(word.charAt(i));
            if (s == Character.UnicodeScript.CYRILLIC) return false;
            if (s == Character.UnicodeScript.LATIN) latin = true;
        }
        return latin;
    }

    /**
     * The Cyrillic readings of a word: itself when Cyrillic; for a Latin word its Kazakh reading in
     * the 2018 and the 2021 alphabet (lower case); nothing for other words.
     */
    public static Set<String> cyrillicReadings(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (isCyrillic(word)) {
            out.add(word);
        } else if (isLatin(word)) {
            out.add(KazakhLatin.toCyrillic(word, KazakhLatin.Variant.ACUTE).text().toLowerCase(Locale.ROOT));
            out.add(KazakhLatin.toCyrillic(word, KazakhLatin.Variant.Y2021).text().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Kazakh letters as their Russian counterparts, soft and hard signs dropped (lower-case input). */
    public static String foldKazakh(String lower) {
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == 'ь' || c == 'ъ') continue;
            int k = "әғқңөұүһіё".indexOf(c);
            sb.append(k >= 0 ? "агкноуухие".charAt(k) : c);
        }
        return sb.toString();
    }

    /** Lower-case Latin without diacritics (ICU Latin-ASCII), for Latin words compared as Latin. */
    static String asciiLatin(String lower) {
        boolean plain = true;
        for (int i = 0; i < lower.length() && plain; i++) plain = lower.charAt(i) < 0x80;
        if (plain) return lower;
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('ı', 'i');
    }

    /**
     * The folded forms of a word (from {@link #words}): Cyrillic folded; a Latin word as plain ASCII
     * Latin and as its two Kazakh Cyrillic readings folded; the first form is the primary one.
     */
    public static Set<String> folded(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (isLatin(word)) {
            out.add(asciiLatin(word));
            for (String c : cyrillicReadings(word)) out.add(foldKazakh(c));
        } else {
            out.add(foldKazakh(word));
        }
        return out;
    }

    /** The stems of a word as it is written (no script folding): Russian and Kazakh lookup keys. */
    public Set<String> stems(String word) {
        Set<String> out = new LinkedHashSet<>();
        if (!isCyrillic(word) || word.length() < 3) {
            out.add(word);
            return out;
        }
        out.addAll(morphology.lookupKeys(word, Language.RUSSIAN));
        out.addAll(morphology.lookupKeys(word, Language.KAZAKH));
        return out;
    }

    /** The stems of every Cyrillic reading of a word, folded (Kazakh letters as Russian). */
    public Set<String> foldedStems(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : cyrillicReadings(word)) {
            if (c.length() < 3) {
                out.add(foldKazakh(c));
                continue;
            }
            out.addAll(morphology.lookupKeys(foldKazakh(c), Language.RUSSIAN));
            for (String k : morphology.lookupKeys(c, Language.KAZAKH)) out.add(foldKazakh(k));
        }
        if (out.isEmpty()) out.addAll(folded(word));
        return out;
    }

    /** Whether the word (in any form) only says what kind of place a name is: город, қаласында, oblysy. */
    public boolean isDesignator(String word) {
        if (DESIGNATORS.contains(word)) return true;
        for (String s : stems(word)) {
            if (DESIGNATORS.contains(s)) return true;
        }
        for (String s : foldedStems(word)) {
            if (DESIGNATORS.contains(s)) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- abbreviations

    /** Whether a label reads as an abbreviation: one word of 2–8 letters or digits, all capitals (ОМП, КГИ, СКО, НАQ). */
    public static boolean looksLikeAbbreviation(String label) {
        String s = label.strip();
        if (s.length() < 2 || s.length() > 8) return false;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c) || !Character.isLetterOrDigit(c) && c != '-') return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 2;
    }

    /**
     * The initials a name's abbreviation may be: of every word, and of every word but the function
     * words, lower case; none for a name of fewer than two words. «Коалиция гражданских инициатив» →
     * «кги»; «Ярмарка социальных идей и проектов» → «ясиип», «ясип».
     */
    public static Set<String> initials(String name) {
        Set<String> out = new LinkedHashSet<>();
        List<String> ws = new ArrayList<>();
        for (String w : words(name)) {
            if (Character.isLetter(w.codePointAt(0))) ws.add(w);
        }
        if (ws.size() < 2) return out;
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String w : ws) {
            all.appendCodePoint(w.codePointAt(0));
            if (!FUNCTION_WORDS.contains(w)) content.appendCodePoint(w.codePointAt(0));
        }
        if (all.length() >= 2) out.add(all.toString());
        if (content.length() >= 2) out.add(content.toString());
        return out;
    }
}
