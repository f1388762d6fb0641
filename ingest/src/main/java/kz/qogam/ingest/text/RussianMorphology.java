package kz.qogam.ingest.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ingest.text.RussianGrammar.AdjectiveEnding;
import kz.qogam.ingest.text.RussianGrammar.Case;
import kz.qogam.ingest.text.RussianGrammar.Feature;
import kz.qogam.ingest.text.RussianGrammar.Gn;

/**
 * Russian nominatives by rule: a noun phrase is read as adjectives, a head noun and a complement
 * that stays as it is; the adjectives' endings and the noun's ending must agree on one case,
 * gender and number, and the nouns we know settle what the endings alone cannot. People's names
 * follow their own rules: the given name tells gender and case, and the surname follows.
 */
final class RussianMorphology {
    private static final Pattern WORDS = Pattern.compile("\\S+");
    private static final Pattern ROMAN_OR_NUMBER = Pattern.compile("[IVXLCM]+|\\d+(-?[а-я]+)?|№\\d*");
    private static final Pattern CYRILLIC_WORD = Pattern.compile("[а-яёА-ЯЁ]+(-[а-яёА-ЯЁ]+)*");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?(\\p{Lu}\\.?)?");
    private static final Pattern PATRONYMIC = Pattern.compile("(.+(?:ович|евич|ьич|ич))(а|у|ем|е|ом)?|(.+(?:овн|евн|ичн))(а|ы|е|у|ой)");
    private static final Pattern KAZAKH_PATRONYMIC = Pattern.compile(".+(ұлы|улы|қызы|кызы)");
    /** Surname endings that do not decline (Шевченко, Черных, Дубяго) or a Kazakh form (Кенжеханұлы). */
    private static final Pattern INDECLINABLE_SURNAME = Pattern.compile(".+(ко|их|ых|аго|яго|ұлы|улы|қызы|кызы)");

    private static final List<String> STEM_ENDINGS = List.of(
            "ыми", "ими", "ями", "ами", "ого", "его", "ому", "ему", "иях", "иям", "ием", "ией",
            "ях", "ах", "ям", "ам", "ов", "ев", "ей", "ой", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие",
            "ия", "ии", "ию", "ую", "юю", "ых", "их", "ым", "им", "ом", "ем", "ью",
            "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й");

    private final RussianNouns nouns;
    private final Set<String> stressedAdjectiveStems;
    private final GivenNames givenNames;

    RussianMorphology(RussianNouns nouns, Set<String> stressedAdjectives, GivenNames givenNames) {
        this.nouns = nouns;
        this.givenNames = givenNames;
        this.stressedAdjectiveStems = new HashSet<>();
        for (String a : stressedAdjectives) {
            this.stressedAdjectiveStems.add(a.substring(0, a.length() - 2));
        }
    }

    // ---------------------------------------------------------------- noun phrases

    /**
     * The nominative of a noun phrase; {@code properName} leaves an unknown head noun alone unless
     * adjectives before it show the case («Молодых демократов»), since a quoted name may be
     * a nominative that only looks inflected.
     */
    String nounPhrase(String phrase, boolean properName) {
        List<int[]> spans = words(phrase);
        int n = spans.size();
        List<String> words = new ArrayList<>();
        for (int[] s : spans) words.add(phrase.substring(s[0], s[1]));
        int limit = n;
        for (int k = 0; k < n; k++) {
            char c = words.get(k).charAt(0);
            if ("«\"“„(".indexOf(c) >= 0) {
                limit = k;
                break;
            }
        }
        int i = 0;
        while (i < limit && ROMAN_OR_NUMBER.matcher(words.get(i)).matches()) i++;
        List<Integer> adjectives = new ArrayList<>();
        List<AdjectiveEnding> endings = new ArrayList<>();
        while (i < limit) {
            String lower = lower(words.get(i));
            if (!CYRILLIC_WORD.matcher(lower).matches() || !nouns.known(lower).isEmpty()) break;
            AdjectiveEnding e = RussianGrammar.adjectiveEnding(lower);
            if (e == null) break;
            adjectives.add(i);
            endings.add(e);
            i++;
        }
        if (i >= limit || !CYRILLIC_WORD.matcher(words.get(i)).matches()) return phrase;
        Set<Feature> agreed = null;
        for (AdjectiveEnding e : endings) {
            if (agreed == null) agreed = new HashSet<>(e.features());
            else agreed.retainAll(e.features());
        }
        if (agreed != null && agreed.isEmpty()) return phrase;
        String head = lower(words.get(i));
        List<RussianNouns.Reading> readings = nouns.known(head);
        if (readings.isEmpty() && (!properName || agreed != null)) readings = RussianNouns.guess(head);
        RussianNouns.Reading chosen = choose(readings, agreed);
        if (chosen == null) return phrase;

        String[] out = words.toArray(new String[0]);
        for (int k = 0; k < adjectives.size(); k++) {
            int at = adjectives.get(k);
            String lower = lower(words.get(at));
            String nom = RussianGrammar.adjectiveNominative(lower, endings.get(k), chosen.gn(), isStressed(lower, endings.get(k)));
            out[at] = restoreCase(words.get(at), nom);
        }
        out[i] = restoreCase(words.get(i), chosen.nominative());
        return rebuild(phrase, spans, out);
    }

    private static RussianNouns.Reading choose(List<RussianNouns.Reading> readings, Set<Feature> agreed) {
        for (boolean plural : new boolean[] {false, true}) {
            for (Case c : RussianGrammar.CASE_PREFERENCE) {
                for (RussianNouns.Reading r : readings) {
                    if ((r.gn() == Gn.PL) != plural || r.c() != c) continue;
                    if (agreed == null || agreed.contains(new Feature(r.c(), r.gn()))) return r;
                }
            }
        }
        return null;
    }

    private boolean isStressed(String lower, AdjectiveEnding e) {
        return stressedAdjectiveStems.contains(lower.substring(0, lower.length() - e.ending().length()));
    }

    // ---------------------------------------------------------------- people's names

    /** The nominative of a person's name: «Сергея Худякова» → «Сергей Худяков», «Г. Муратовой» → «Г. Муратова». */
    String personName(String phrase) {
        List<int[]> spans = words(phrase);
        String[] out = new String[spans.size()];
        GivenNames.Gender gender = null;
        Set<Case> cases = EnumSet.allOf(Case.class);
        for (int k = 0; k < spans.size(); k++) {
            String w = phrase.substring(spans.get(k)[0], spans.get(k)[1]);
            out[k] = w;
            if (INITIAL.matcher(w).matches()) continue;
            GivenNames.Gender g = givenNames.gender(w, kz.qogam.ingest.doc.Language.RUSSIAN);
            if (g != null && gender == null) {
                gender = g;
                out[k] = givenNames.nominative(w, kz.qogam.ingest.doc.Language.RUSSIAN);
                List<RussianNouns.Reading> rs = givenNames.russianReadings(lower(w));
                if (!rs.isEmpty() && rs.size() < Case.values().length) {
                    cases = EnumSet.noneOf(Case.class);
                    for (RussianNouns.Reading r : rs) cases.add(r.c());
                }
            }
        }
        for (int k = 0; k < out.length; k++) {
            String w = out[k];
            if (INITIAL.matcher(w).matches() || givenNames.gender(w, kz.qogam.ingest.doc.Language.RUSSIAN) != null) continue;
            String lower = lower(w);
            Matcher p = PATRONYMIC.matcher(lower);
            if (p.matches()) {
                out[k] = restoreCase(w, p.group(1) != null ? p.group(1) : p.group(3) + "а");
            } else if (!KAZAKH_PATRONYMIC.matcher(lower).matches()) {
                out[k] = restoreCase(w, surname(lower, gender, cases));
            }
        }
        return rebuild(phrase, spans, out);
    }

    // Surname endings, compiled once: surname() runs on every capitalised word of a person's name.
    private static final Pattern OV_OJ = Pattern.compile(".+(ов|ев|ёв|ин|ын)ой");
    private static final Pattern SK_OJ = Pattern.compile(".+(ск|цк)ой");
    private static final Pattern SK_UJU = Pattern.compile(".+(ск|цк)ую");
    private static final Pattern OV_YM = Pattern.compile(".+(ов|ев|ёв|ин|ын)ым");
    private static final Pattern OV_E_U = Pattern.compile(".+(ов|ев|ёв|ин|ын)(е|у)");
    private static final Pattern OV_U = Pattern.compile(".+(ов|ев|ёв|ин|ын)у");
    private static final Pattern SK_OBLIQUE = Pattern.compile(".+(ск|цк)(ого|ому|им|ом)");
    private static final Pattern OV_A = Pattern.compile(".+(ов|ев|ёв|ин|ын)а");
    private static final Pattern CONSONANT_OBLIQUE = Pattern.compile(".+[бвгджзклмнпрстфхцчшщ](а|у|ом|е)");

    private static String surname(String w, GivenNames.Gender gender, Set<Case> cases) {
        if (INDECLINABLE_SURNAME.matcher(w).matches()) return w;
        boolean nominativePossible = cases.contains(Case.NOM);
        // Endings that only an inflected form has: a woman's «-овой», a man's «-овым», «-ове».
        if (OV_OJ.matcher(w).matches()) return w.substring(0, w.length() - 2) + "а";
        if (SK_OJ.matcher(w).matches() && gender == GivenNames.Gender.FEMALE) return w.substring(0, w.length() - 2) + "ая";
        if (SK_UJU.matcher(w).matches()) return w.substring(0, w.length() - 2) + "ая";
        if (OV_YM.matcher(w).matches()) return w.substring(0, w.length() - 2);
        if (OV_E_U.matcher(w).matches() && gender != GivenNames.Gender.FEMALE) return w.substring(0, w.length() - 1);
        if (OV_U.matcher(w).matches() && gender == GivenNames.Gender.FEMALE) return w.substring(0, w.length() - 1) + "а";
        Matcher oblique = SK_OBLIQUE.matcher(w);
        if (oblique.matches() && gender != GivenNames.Gender.FEMALE) return w.substring(0, oblique.start(2)) + "ий";
        // «Худякова» is a woman's nominative or a man's genitive: the given name decides.
        if (gender == GivenNames.Gender.MALE && !nominativePossible) {
            if (OV_A.matcher(w).matches()) return w.substring(0, w.length() - 1);
            Matcher m = CONSONANT_OBLIQUE.matcher(w);
            if (m.matches()) return w.substring(0, m.start(1));
        }
        return w;
    }

    // ---------------------------------------------------------------- lookup keys

    /** A light stem: the word less its longest inflectional ending, keeping at least three letters. */
    static String stem(String lowerWord) {
        String w = lowerWord.replace('ё', 'е');
        if (w.length() <= 3 || !CYRILLIC_WORD.matcher(w).matches()) return w;
        for (String e : STEM_ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= 3) return w.substring(0, w.length() - e.length());
        }
        return w;
    }

    Set<String> lookupKeys(String word) {
        String lower = lower(word);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(stem(lower));
        for (RussianNouns.Reading r : nouns.known(lower)) keys.add(stem(r.nominative()));
        return keys;
    }

    // ---------------------------------------------------------------- helpers

    /** The [start, end) spans of the words of a phrase. */
    static List<int[]> words(String phrase) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORDS.matcher(phrase);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /** The phrase with each word span replaced by the new word, spacing and punctuation kept. */
    static String rebuild(String phrase, List<int[]> spans, String[] words) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (int k = 0; k < spans.size(); k++) {
            sb.append(phrase, pos, spans.get(k)[0]).append(words[k]);
            pos = spans.get(k)[1];
        }
        return sb.append(phrase.substring(pos)).toString();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The new word in the letter case of the old: all capitals stay capitals, capitals stay where they were. */
    static String restoreCase(String original, String lower) {
        long letters = original.chars().filter(Character::isLetter).count();
        if (letters > 1 && original.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return lower.toUpperCase(Locale.ROOT);
        }
        char[] out = lower.toCharArray();
        for (int i = 0; i < out.length && i < original.length(); i++) {
            if (Character.isUpperCase(original.charAt(i))) out[i] = Character.toUpperCase(out[i]);
        }
        return new String(out);
    }
}
