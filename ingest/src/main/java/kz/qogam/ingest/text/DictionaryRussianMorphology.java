package kz.qogam.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.text.RussianGrammar.AdjectiveEnding;
import kz.qogam.ingest.text.RussianGrammar.Case;
import kz.qogam.ingest.text.RussianGrammar.Feature;
import kz.qogam.ingest.text.RussianGrammar.Gn;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Russian {@link Morphology} from a dictionary: LanguageTool's Russian word forms (from AOT, in
 * the {@code org.languagetool:language-ru} jar) read directly with morfologik, an analysis
 * dictionary (form → lemma and tag) and a synthesis one (lemma and tag → form), plus
 * {@code ru-supplement.txt} for the Kazakhstan words they lack (Шымкент, акимат, Мангистауская).
 *
 * <p>A noun phrase is put in the nominative by analysing its words: the adjectives and the head
 * noun must agree on one case, gender and number, the head and the adjectives are then
 * synthesised in the nominative, and what follows the head (a genitive complement) stays as
 * written. A person's surname keeps its gender («Муратовой» → «Муратова», «Худякову» →
 * «Худяков»). Words the dictionary does not know, and Kazakh altogether, go to the rules it
 * wraps ({@link RuleMorphology}).
 *
 * <p>Thread-safe: the dictionaries are shared, each thread has its own lookups.
 */
public final class DictionaryRussianMorphology implements Morphology {
    private static final Pattern ROMAN_OR_NUMBER = Pattern.compile("[IVXLCM]+|\\d+(-?[а-я]+)?|№\\d*");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[а-яё]+(-[а-яё]+)*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?(\\p{Lu}\\.?)?");
    private static final Pattern CONJUNCTION = Pattern.compile("и|или");

    private final Morphology rules;
    private final GivenNames givenNames;
    private final Lexicon lexicon;
    private final Set<String> stressedAdjectiveStems = new HashSet<>();
    private final Map<String, Set<String>> keyCache = new ConcurrentHashMap<>();

    /** Russian from the dictionary, falling back on {@code rules}; Kazakh from {@code rules}. */
    public DictionaryRussianMorphology(Morphology rules, GivenNames givenNames) {
        this.rules = rules;
        this.givenNames = givenNames;
        this.lexicon = Lexicon.shared();
        for (String a : ResourceLines.read("ru-adjectives-stressed.txt")) {
            stressedAdjectiveStems.add(a.substring(0, a.length() - 2));
        }
    }

    /** The dictionary over {@link RuleMorphology#standard} with the same arguments. */
    public static DictionaryRussianMorphology standard(GivenNames givenNames, Collection<String> extraRussianNouns) {
        return new DictionaryRussianMorphology(RuleMorphology.standard(givenNames, extraRussianNouns), givenNames);
    }

    // ---------------------------------------------------------------- Morphology

    @Override
    public String nominative(String phrase, Language language, PhraseKind kind) {
        if (phrase == null || phrase.isBlank() || language != Language.RUSSIAN) return rules.nominative(phrase, language, kind);
        return kind == PhraseKind.PERSON_NAME ? personName(phrase) : nounPhrase(phrase, kind);
    }

    /**
     * The rules' keys, and the key of each noun or adjective lemma the dictionary reads in the
     * word («дворца» → «дворец», «детей» → «ребенок»). Remembered per word: the finders ask for
     * the same words again and again.
     */
    @Override
    public Set<String> lookupKeys(String word, Language language) {
        if (language != Language.RUSSIAN) return rules.lookupKeys(word, language);
        String lower = lower(word);
        Set<String> cached = keyCache.get(lower);
        if (cached != null) return cached;
        Set<String> out = new LinkedHashSet<>(rules.lookupKeys(lower, language));
        List<Reading> readings = lexicon.analyse(lower);
        // Not for a word that may be a function word: «после» is also «посол» in the prepositional.
        if (readings.stream().noneMatch(r -> r.pos() == Pos.FUNCTION)) {
            for (Reading r : readings) {
                if (r.pos() == Pos.NOUN || r.pos() == Pos.ADJECTIVE || r.pos() == Pos.SURNAME || r.pos() == Pos.NAME) {
                    out.add(RussianMorphology.stem(r.lemma()));
                }
            }
        }
        Set<String> keys = Collections.unmodifiableSet(out);
        if (keyCache.size() > Lexicon.CACHE_LIMIT) keyCache.clear();
        keyCache.put(lower, keys);
        return keys;
    }

    /** As the rules: a word in its dictionary form is its own stem, which {@link #lookupKeys} of its forms include. */
    @Override
    public String lemmaKey(String lemma, Language language) {
        return rules.lemmaKey(lemma, language);
    }

    /**
     * As the rules, by the ending. (Asking the dictionary too, so that «музей» and «людей» are not
     * adjectives, was measured: it lets the organisation finders take «Коалицию людей» as a name
     * on the seeds, which their floors do not allow, for one more right organisation on the
     * factRuEval devset. The finders lean on the endings; they would need retuning first.)
     */
    @Override
    public boolean isAdjective(String word, Language language) {
        return rules.isAdjective(word, language);
    }

    @Override
    public boolean agrees(String adjective, String noun, Language language) {
        if (language != Language.RUSSIAN || lexicon.analyse(lower(noun)).stream().noneMatch(r -> r.pos() == Pos.NOUN)) return true;
        return agree(new String[] {adjective, noun}, 0, 1) != null;
    }

    @Override
    public boolean isGenitiveNoun(String word, Language language) {
        return language == Language.RUSSIAN
                && lexicon.analyse(lower(word)).stream().anyMatch(r -> r.pos() == Pos.NOUN && r.c() == Case.GEN);
    }

    @Override
    public boolean isAnimateNoun(String word, Language language) {
        return language == Language.RUSSIAN && lexicon.analyse(lower(word)).stream()
                .anyMatch(r -> r.pos() == Pos.NOUN && r.tag().contains(":Anim:") && r.tag().contains(":Sin:"));
    }

    @Override
    public WordClass wordClass(String word, Language language) {
        if (language != Language.RUSSIAN) return WordClass.OTHER;
        List<Reading> readings = lexicon.analyse(lower(word));
        if (readings.isEmpty()) return WordClass.OTHER;
        boolean person = readings.stream().anyMatch(r -> r.pos() == Pos.NAME || r.pos() == Pos.SURNAME || r.pos() == Pos.PATRONYMIC);
        boolean singularNoun = readings.stream().anyMatch(r -> r.pos() == Pos.NOUN && !r.tag().contains(":PL:"));
        if (person && !singularNoun) return WordClass.PERSON_NAME;
        boolean things = readings.stream().allMatch(r -> r.pos() == Pos.NOUN && r.tag().contains(":Inanim"));
        return things ? WordClass.THING : WordClass.OTHER;
    }

    @Override
    public boolean knows(String word, Language language) {
        return language == Language.RUSSIAN && !lexicon.analyse(lower(word)).isEmpty();
    }

    @Override
    public boolean isDictionaryGivenName(String word, Language language) {
        return language == Language.RUSSIAN && lexicon.analyse(lower(word)).stream().anyMatch(r -> r.pos() == Pos.NAME);
    }

    @Override
    public boolean isFunctionWord(String word, Language language) {
        return language == Language.RUSSIAN && lexicon.analyse(lower(word)).stream()
                .anyMatch(r -> r.tag().startsWith("PREP") || r.tag().startsWith("CONJ") || r.tag().startsWith("PNN"));
    }

    // ---------------------------------------------------------------- noun phrases

    /** One word of an agreeing group: a dictionary reading, or for an unknown adjective its ending. */
    private record Choice(Reading reading, AdjectiveEnding ending) {}

    /** Adjectives and their head noun read in one case and gender/number. */
    private record Group(Choice[] choices, Case c, Gn gn) {}

    private String nounPhrase(String phrase, PhraseKind kind) {
        List<int[]> spans = RussianMorphology.words(phrase);
        String[] words = new String[spans.size()];
        for (int k = 0; k < words.length; k++) words[k] = phrase.substring(spans.get(k)[0], spans.get(k)[1]);
        int limit = words.length;
        for (int k = 0; k < words.length; k++) {
            if ("«\"“„(".indexOf(words[k].charAt(0)) >= 0) {
                limit = k;
                break;
            }
        }
        int start = 0;
        while (start < limit && ROMAN_OR_NUMBER.matcher(words[start]).matches()) start++;
        if (start >= limit) return byRules(phrase, kind);
        boolean headline = phrase.chars().noneMatch(Character::isLowerCase);
        int run = start;
        while (run < limit - 1 && (adjectiveLike(words[run], headline)
                || (run > start && CONJUNCTION.matcher(words[run]).matches() && adjectiveLike(words[run + 1], headline)))) {
            run++;
        }
        for (int head = run; head >= start; head--) {
            if (abbreviation(words[head], headline)) {
                if (head > start) continue; // «сборной СССР»: the noun is before
                return phrase; // «ЦРУ», «ПАСЕ» do not decline in writing
            }
            String h = lower(words[head]);
            if (!CYRILLIC_WORD.matcher(h).matches() || lexicon.analyse(h).isEmpty()) return byRules(phrase, kind);
            // A body named for people in the plural stays plural («ассоциации «Женщины Востока»»), though the words
            // read as a genitive singular too: such a group is written in the nominative.
            if (kind == PhraseKind.PROPER_NAME && peopleInThePlural(words, start, head)) return phrase;
            Group group = agree(words, start, head);
            if (group == null) continue;
            // A name of one word shows no case («Челси»); a noun with words after it does: «проекта «Чистый город»»,
            // «Конгресса США».
            if (kind == PhraseKind.PROPER_NAME && head == start && head + 1 == words.length) return byRules(phrase, kind);
            if (group.c() == Case.NOM) return phrase;
            String[] out = words.clone();
            for (int k = start; k <= head; k++) {
                if (group.choices()[k - start] == null) continue; // «и» between adjectives
                String nominative = nominative(words[k], group.choices()[k - start], group.gn());
                if (nominative == null) return byRules(phrase, kind);
                out[k] = nominative;
            }
            return RussianMorphology.rebuild(phrase, spans, out);
        }
        return byRules(phrase, kind);
    }

    private String byRules(String phrase, PhraseKind kind) {
        return rules.nominative(phrase, Language.RUSSIAN, kind);
    }

    /** Whether a word may be an adjective of a phrase: a reading says so, or an unknown word has the ending. */
    private boolean adjectiveLike(String word, boolean headline) {
        if (abbreviation(word, headline)) return false;
        String w = lower(word);
        if (!CYRILLIC_WORD.matcher(w).matches()) return false;
        List<Reading> readings = lexicon.analyse(w);
        if (readings.isEmpty() || townsAdjective(readings)) return RussianGrammar.adjectiveEnding(w) != null;
        for (Reading r : readings) {
            if (r.agrees()) return true;
        }
        return false;
    }

    /**
     * Readings of words [start, head] that agree, adjectives with the head noun, in the first
     * case and gender/number of {@link RussianGrammar#CASE_PREFERENCE}, singular first; null when none do.
     */
    private Group agree(String[] words, int start, int head) {
        List<Reading> heads = new ArrayList<>();
        for (Reading r : lexicon.analyse(lower(words[head]))) {
            if (r.pos() == Pos.NOUN) heads.add(r);
        }
        if (heads.isEmpty()) return null;
        for (boolean plural : new boolean[] {false, true}) {
            for (Case c : RussianGrammar.CASE_PREFERENCE) {
                for (Reading h : heads) {
                    if ((h.gn() == Gn.PL) != plural || (h.c() != null && h.c() != c)) continue;
                    Choice[] group = new Choice[head - start + 1];
                    group[head - start] = new Choice(h, null);
                    boolean all = true;
                    for (int k = start; k < head && all; k++) {
                        if (CONJUNCTION.matcher(words[k]).matches()) continue;
                        group[k - start] = adjective(words[k], c, h.gn());
                        all = group[k - start] != null;
                    }
                    if (all) return new Group(group, c, h.gn());
                }
            }
        }
        return null;
    }

    /**
     * Whether a word the dictionary knows only as a town in «-ск» may be its adjective too, which it
     * lacks: «Зыряновском районе» is the town's district, not «Зыряновск районе».
     */
    private static boolean townsAdjective(List<Reading> readings) {
        return readings.stream().allMatch(r -> r.pos() == Pos.NOUN && r.lemma().endsWith("ск") && r.c() != Case.NOM);
    }

    /** Whether words [start, head] read as a nominative plural group whose head names people. */
    private boolean peopleInThePlural(String[] words, int start, int head) {
        boolean people = lexicon.analyse(lower(words[head])).stream().anyMatch(r -> r.pos() == Pos.NOUN
                && r.c() == Case.NOM && r.gn() == Gn.PL && r.tag().contains(":Anim:"));
        for (int k = start; k < head && people; k++) {
            people = CONJUNCTION.matcher(words[k]).matches() || adjective(words[k], Case.NOM, Gn.PL) != null;
        }
        return people;
    }

    /** The reading of an adjective in a case and gender/number, or null when it has none. */
    private Choice adjective(String word, Case c, Gn gn) {
        String w = lower(word);
        List<Reading> readings = lexicon.analyse(w);
        if (readings.isEmpty() || townsAdjective(readings)) {
            AdjectiveEnding e = RussianGrammar.adjectiveEnding(w);
            return e != null && (gn == null ? e.features().stream().anyMatch(f -> f.c() == c) : e.features().contains(new Feature(c, gn)))
                    ? new Choice(null, e) : null;
        }
        Reading participle = null;
        for (Reading r : readings) {
            if (!r.agrees() || r.c() != c || (gn != null && r.gn() != gn)) continue;
            if (r.pos() == Pos.ADJECTIVE) return new Choice(r, null);
            if (participle == null) participle = r;
        }
        return participle == null ? null : new Choice(participle, null);
    }

    /** A word of the group in the nominative, in the letter case of the text; null when it cannot be made. */
    private String nominative(String word, Choice choice, Gn gn) {
        String w = lower(word);
        String form;
        if (choice.reading() == null) {
            AdjectiveEnding e = choice.ending();
            Gn g = gn != null ? gn : e.features().iterator().next().gn();
            boolean stressed = stressedAdjectiveStems.contains(w.substring(0, w.length() - e.ending().length()));
            form = RussianGrammar.adjectiveNominative(w, e, g, stressed);
        } else {
            Reading r = choice.reading();
            form = r.c() == null ? w : lexicon.synthesise(r.lemma(), r.nominativeTag());
        }
        return form == null ? null : written(word, form);
    }

    // ---------------------------------------------------------------- people's names

    private String personName(String phrase) {
        String byRules = rules.nominative(phrase, Language.RUSSIAN, PhraseKind.PERSON_NAME);
        List<int[]> spans = RussianMorphology.words(phrase);
        List<int[]> ruleSpans = RussianMorphology.words(byRules);
        if (spans.size() != ruleSpans.size()) return byRules;
        String[] words = new String[spans.size()];
        String[] out = new String[spans.size()];
        for (int k = 0; k < words.length; k++) {
            words[k] = phrase.substring(spans.get(k)[0], spans.get(k)[1]);
            out[k] = byRules.substring(ruleSpans.get(k)[0], ruleSpans.get(k)[1]);
        }

        // The given name tells gender and narrows the case: from the project's list, else from the dictionary.
        GivenNames.Gender gender = null;
        Set<Case> cases = null;
        int given = -1;
        for (int k = 0; k < words.length && given < 0; k++) {
            if (INITIAL.matcher(words[k]).matches()) continue;
            GivenNames.Gender g = givenNames.gender(words[k], Language.RUSSIAN);
            if (g == null) continue;
            given = k;
            gender = g == GivenNames.Gender.EITHER ? null : g;
            List<RussianNouns.Reading> rs = givenNames.russianReadings(lower(words[k]));
            if (!rs.isEmpty() && rs.size() < Case.values().length) {
                cases = EnumSet.noneOf(Case.class);
                for (RussianNouns.Reading r : rs) cases.add(r.c());
            }
        }
        List<Reading> givenReadings = List.of();
        for (int k = 0; k < words.length && given < 0; k++) {
            List<Reading> names = singular(words[k], Pos.NAME, null, null);
            if (names.isEmpty()) continue;
            given = k;
            givenReadings = names;
            gender = gender(names);
            cases = cases(names);
        }
        // A patronymic narrows them further («Сергеевны»).
        for (int k = 0; k < words.length; k++) {
            if (k == given) continue;
            List<Reading> patronymic = singular(words[k], Pos.PATRONYMIC, gender, cases);
            if (patronymic.isEmpty()) continue;
            if (gender == null) gender = gender(patronymic);
            Set<Case> c = cases(patronymic);
            if (c != null) cases = c;
        }

        boolean changed = false;
        for (int k = 0; k < words.length; k++) {
            if (INITIAL.matcher(words[k]).matches()) continue;
            if (k == given) {
                if (givenReadings.isEmpty()) continue;
                String nominative = nameNominative(words[k], singular(words[k], Pos.NAME, gender, cases));
                if (nominative != null && !nominative.equals(out[k])) {
                    out[k] = nominative;
                    changed = true;
                }
                continue;
            }
            List<Reading> surnames = singular(words[k], Pos.SURNAME, gender, cases);
            if (surnames.isEmpty()) continue;
            String nominative = nameNominative(words[k], surnames);
            if (nominative != null && !nominative.equals(out[k])) {
                out[k] = nominative;
                changed = true;
            }
        }
        return changed ? RussianMorphology.rebuild(phrase, spans, out) : byRules;
    }

    /** The word as it is when it may be a nominative, else the nominative of its preferred reading. */
    private String nameNominative(String word, List<Reading> readings) {
        if (readings.isEmpty()) return null;
        for (Reading r : readings) {
            if (r.c() == Case.NOM || r.c() == null) return word;
        }
        for (Case c : RussianGrammar.CASE_PREFERENCE) {
            for (Reading r : readings) {
                if (r.c() != c) continue;
                String form = lexicon.synthesise(r.lemma(), r.nominativeTag());
                if (form != null) return written(word, form);
            }
        }
        return null;
    }

    /** The singular readings of a word as a part of a name, of the gender and in the cases given (null: any). */
    private List<Reading> singular(String word, Pos pos, GivenNames.Gender gender, Set<Case> cases) {
        String w = lower(word);
        if (!CYRILLIC_WORD.matcher(w).matches()) return List.of();
        List<Reading> out = new ArrayList<>();
        for (Reading r : lexicon.analyse(w)) {
            if (r.pos() != pos || r.gn() == Gn.PL || r.gn() == Gn.N) continue;
            if (gender == GivenNames.Gender.MALE && r.gn() != Gn.M) continue;
            if (gender == GivenNames.Gender.FEMALE && r.gn() != Gn.F) continue;
            if (cases != null && r.c() != null && !cases.contains(r.c())) continue;
            out.add(r);
        }
        return out;
    }

    private static GivenNames.Gender gender(List<Reading> readings) {
        Set<Gn> g = EnumSet.noneOf(Gn.class);
        for (Reading r : readings) {
            if (r.gn() != null) g.add(r.gn());
        }
        if (g.size() != 1) return null;
        return g.contains(Gn.M) ? GivenNames.Gender.MALE : g.contains(Gn.F) ? GivenNames.Gender.FEMALE : null;
    }

    private static Set<Case> cases(List<Reading> readings) {
        Set<Case> c = EnumSet.noneOf(Case.class);
        for (Reading r : readings) {
            if (r.c() == null) return null;
            c.add(r.c());
        }
        return c.isEmpty() ? null : c;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A word in capitals that reads as an abbreviation: in a phrase that has small letters, or of
     * five letters or fewer in a phrase all in capitals (a headline's «ОБЩЕСТВА» is a word).
     */
    private static boolean abbreviation(String word, boolean headline) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (!Character.isLetter(ch)) continue;
            if (!Character.isUpperCase(ch)) return false;
            letters++;
        }
        return letters > 1 && (!headline || letters <= 5);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A dictionary form in the letter case of the text, and with «е» for «ё» where the text does not write «ё». */
    private static String written(String original, String form) {
        String f = original.indexOf('ё') < 0 && original.indexOf('Ё') < 0 ? form.replace('ё', 'е') : form;
        return RussianMorphology.restoreCase(original, f);
    }

    // ---------------------------------------------------------------- readings

    /** What a reading is, as far as phrases and names need it. */
    enum Pos { NOUN, NAME, PATRONYMIC, SURNAME, ADJECTIVE, PARTICIPLE, FUNCTION, OTHER }

    /**
     * One reading of a form: its lemma, the dictionary's tag (such as {@code NN:Inanim:Fem:Sin:R}),
     * and what the tag says. {@code c} is null for a word that does not decline; {@code gn} is
     * null when the tag gives neither gender nor number.
     */
    record Reading(String lemma, String tag, Pos pos, Case c, Gn gn) {
        /** An adjective, ordinal or participle in a case: a word that agrees with its noun. */
        boolean agrees() {
            return (pos == Pos.ADJECTIVE || pos == Pos.PARTICIPLE) && c != null;
        }

        /** The tag of the nominative of this reading, same gender and number. */
        String nominativeTag() {
            String[] f = tag.split(":", -1);
            for (int i = f.length - 1; i > 0; i--) {
                if (caseOf(f[i]) != null) {
                    f[i] = "Nom";
                    break;
                }
            }
            return String.join(":", f);
        }

        /** The reading of a tag, or null for readings phrases do not use (colloquial, vocative). */
        static Reading parse(String lemma, String tag) {
            String[] f = tag.split(":", -1);
            Pos pos = switch (f[0]) {
                case "NN" -> f.length < 2 ? Pos.NOUN : switch (f[1]) {
                    case "Name" -> Pos.NAME;
                    case "Patr" -> Pos.PATRONYMIC;
                    case "Fam" -> Pos.SURNAME;
                    default -> Pos.NOUN;
                };
                case "ADJ" -> f.length > 1 && (f[1].equals("Posit") || f[1].equals("Sup")) ? Pos.ADJECTIVE : Pos.OTHER;
                case "Ord" -> Pos.ADJECTIVE;
                case "PT" -> Pos.PARTICIPLE;
                case "ADV", "PREP", "CONJ", "PARTICLE", "PNN", "PRDC", "PARENTHESIS", "INTERJECTION" -> Pos.FUNCTION;
                default -> Pos.OTHER;
            };
            Case c = null;
            Gn gender = null;
            boolean plural = false;
            for (int i = 1; i < f.length; i++) {
                switch (f[i]) {
                    case "Talk", "Z" -> {
                        return null;
                    }
                    case "Masc" -> gender = Gn.M;
                    case "Fem" -> gender = Gn.F;
                    case "Neut" -> gender = Gn.N;
                    case "PL" -> plural = true;
                    default -> {
                        Case k = caseOf(f[i]);
                        if (k != null) c = k;
                    }
                }
            }
            if ((pos == Pos.ADJECTIVE || pos == Pos.PARTICIPLE) && c == null) pos = Pos.OTHER;
            return new Reading(lemma, tag, pos, c, plural ? Gn.PL : gender);
        }

        private static Case caseOf(String field) {
            return switch (field) {
                case "Nom" -> Case.NOM;
                case "R", "2R" -> Case.GEN;
                case "D" -> Case.DAT;
                case "V" -> Case.ACC;
                case "T" -> Case.INS;
                case "P", "2P" -> Case.PREP;
                default -> null;
            };
        }
    }

    // ---------------------------------------------------------------- the dictionaries

    /** The analysis and synthesis dictionaries with LanguageTool's additions and our supplement, loaded once. */
    static final class Lexicon {
        private static final String FOLDER = "/org/languagetool/resource/ru/";
        private static final int CACHE_LIMIT = 50_000;
        private static volatile Lexicon shared;

        private final ThreadLocal<DictionaryLookup> analyser;
        private final ThreadLocal<DictionaryLookup> synthesiser;
        /** Forms the binary dictionaries lack: LanguageTool's added.txt and ru-supplement.txt. */
        private final Map<String, List<Reading>> addedForms = new HashMap<>();
        private final Map<String, String> addedSynthesis = new HashMap<>();
        private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>();

        static Lexicon shared() {
            Lexicon l = shared;
            if (l == null) {
                synchronized (Lexicon.class) {
                    l = shared;
                    if (l == null) shared = l = new Lexicon();
                }
            }
            return l;
        }

        private Lexicon() {
            Dictionary analysis = read("russian.dict");
            Dictionary synthesis = read("russian_synth.dict");
            analyser = ThreadLocal.withInitial(() -> new DictionaryLookup(analysis));
            synthesiser = ThreadLocal.withInitial(() -> new DictionaryLookup(synthesis));
            for (String line : lines(Lexicon.class.getResourceAsStream(FOLDER + "added.txt"), FOLDER + "added.txt")) {
                String[] f = line.split("\t");
                if (f.length == 3) addForm(f[0], f[1], f[2]);
            }
            for (String line : lines(DictionaryRussianMorphology.class.getResourceAsStream("ru-supplement.txt"), "ru-supplement.txt")) {
                String[] f = line.split("\\s+");
                if (f.length == 3) {
                    addForm(f[0], f[1], f[2]);
                } else if (f.length == 2 && f[1].contains(":")) {
                    addForm(f[0], f[0], f[1]);
                } else if (f.length == 2) {
                    addLike(f[0], f[1]);
                } else {
                    throw new IllegalStateException("ru-supplement.txt: cannot read the line «" + line + "»");
                }
            }
        }

        private static Dictionary read(String name) {
            URL url = Lexicon.class.getResource(FOLDER + name);
            if (url == null) throw new IllegalStateException("The Russian dictionary " + FOLDER + name + " is missing from the class path (org.languagetool:language-ru)");
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + url, e);
            }
        }

        private static List<String> lines(InputStream in, String name) {
            if (in == null) throw new IllegalStateException("The resource " + name + " is missing from the class path");
            try (in) {
                return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
        }

        private void addForm(String form, String lemma, String tag) {
            Reading r = Reading.parse(lemma, tag);
            if (r == null) return;
            List<Reading> list = addedForms.computeIfAbsent(form, k -> new ArrayList<>());
            if (!list.contains(r)) list.add(r);
            addedSynthesis.putIfAbsent(lemma + "|" + tag, form);
        }

        /**
         * Adds the forms of {@code lemma} made like those of {@code model}: each form of the model
         * keeps what it shares with the model's lemma and puts its own ending on the new lemma
         * («ташкент» → «ташкентом», so «шымкент» → «шымкентом»).
         */
        private void addLike(String lemma, String model) {
            Set<String> prefixes = new LinkedHashSet<>();
            for (Reading r : lookup(analyser.get(), model)) {
                if (!r.lemma().equals(model)) continue;
                String[] f = r.tag().split(":");
                if (r.pos() == Pos.NOUN && f.length >= 3) prefixes.add(f[0] + ":" + f[1] + ":" + f[2]);
                if (r.pos() == Pos.ADJECTIVE) prefixes.add(f[0] + ":" + f[1]);
            }
            if (prefixes.isEmpty()) throw new IllegalStateException("ru-supplement.txt: the model «" + model + "» is not a noun or adjective the dictionary knows");
            List<String> cases = List.of("Nom", "R", "D", "V", "T", "P");
            for (String prefix : prefixes) {
                List<String> numbers = prefix.startsWith("ADJ") ? List.of("Masc", "Fem", "Neut", "PL") : List.of("Sin", "PL");
                for (String number : numbers) {
                    for (String c : cases) {
                        String tag = prefix + ":" + number + ":" + c;
                        for (WordData wd : synthesiser.get().lookup(model + "|" + tag)) {
                            String form = wd.getStem().toString();
                            int p = 0;
                            while (p < form.length() && p < model.length() && form.charAt(p) == model.charAt(p)) p++;
                            int cut = model.length() - p;
                            if (cut > lemma.length()) continue;
                            addForm(lemma.substring(0, lemma.length() - cut) + form.substring(p), lemma, tag);
                        }
                    }
                }
            }
        }

        /** The readings of a lower-case word; empty when neither the dictionary nor the supplement knows it. */
        List<Reading> analyse(String lower) {
            List<Reading> cached = cache.get(lower);
            if (cached != null) return cached;
            List<Reading> readings = CYRILLIC_WORD.matcher(lower).matches() ? compute(lower) : List.of();
            if (cache.size() > CACHE_LIMIT) cache.clear();
            cache.put(lower, readings);
            return readings;
        }

        private List<Reading> compute(String lower) {
            List<Reading> out = new ArrayList<>(lookup(analyser.get(), lower));
            for (Reading r : addedForms.getOrDefault(lower, List.of())) {
                if (!out.contains(r)) out.add(r);
            }
            int dash = lower.lastIndexOf('-');
            if (out.isEmpty() && dash > 0 && lower.length() - dash > 3) {
                // «северо-казахстанской», «нур-султана»: the last part declines, the first stays.
                String prefix = lower.substring(0, dash + 1);
                for (Reading r : analyse(lower.substring(dash + 1))) {
                    if (r.pos() == Pos.NOUN || r.pos() == Pos.ADJECTIVE) out.add(new Reading(prefix + r.lemma(), r.tag(), r.pos(), r.c(), r.gn()));
                }
            }
            return List.copyOf(out);
        }

        private static List<Reading> lookup(DictionaryLookup lookup, String lower) {
            List<Reading> out = new ArrayList<>();
            for (WordData wd : lookup.lookup(lower)) {
                Reading r = Reading.parse(wd.getStem().toString(), wd.getTag().toString());
                if (r != null && !out.contains(r)) out.add(r);
            }
            return out;
        }

        /** The form of a lemma with a tag, or null when the dictionary has none. */
        String synthesise(String lemma, String tag) {
            String added = addedSynthesis.get(lemma + "|" + tag);
            if (added != null) return added;
            List<WordData> forms = synthesiser.get().lookup(lemma + "|" + tag);
            if (!forms.isEmpty()) return forms.get(0).getStem().toString();
            int dash = lemma.lastIndexOf('-');
            if (dash > 0) {
                String last = synthesise(lemma.substring(dash + 1), tag);
                return last == null ? null : lemma.substring(0, dash + 1) + last;
            }
            return null;
        }
    }
}
