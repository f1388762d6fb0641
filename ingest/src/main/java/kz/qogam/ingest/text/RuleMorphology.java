package kz.qogam.ingest.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import kz.qogam.ingest.doc.Language;

/**
 * {@link Morphology} from suffix rules and small word lists: Russian noun phrases and names by
 * agreement of endings ({@link RussianMorphology}), Kazakh by case endings on the last word
 * ({@link KazakhMorphology}). Nouns it should know beyond its own list (the heads of the
 * ontology's scheme labels) are given when it is built.
 */
public final class RuleMorphology implements Morphology {
    /** Kazakh adjectives made from nouns: «-лық/-лік/-дық/-тық» (азаматтық), «-ғы/-гі» (кешегі), «-лы/-лі» (белгілі). */
    private static final java.util.regex.Pattern KAZAKH_ADJECTIVE = java.util.regex.Pattern.compile(
            ".{2,}(лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|шіл|шыл|лы|лі)");

    private final RussianMorphology russian;
    private final KazakhMorphology kazakh;

    private RuleMorphology(RussianMorphology russian, KazakhMorphology kazakh) {
        this.russian = russian;
        this.kazakh = kazakh;
    }

    /**
     * The shipped word lists plus the given Russian nouns (nominative singular; phrases are
     * reduced to their head noun, the first word that is not an adjective).
     */
    public static RuleMorphology standard(GivenNames givenNames, Collection<String> extraRussianNouns) {
        RussianNouns nouns = new RussianNouns();
        Set<String> listed = new HashSet<>();
        for (String line : ResourceLines.read("ru-nouns.txt")) {
            String[] f = line.split("\\s+");
            RussianGrammar.Gn gender = null;
            boolean indeclinable = false;
            String oblique = null;
            for (int i = 1; i < f.length; i++) {
                switch (f[i]) {
                    case "m" -> gender = RussianGrammar.Gn.M;
                    case "f" -> gender = RussianGrammar.Gn.F;
                    case "n" -> gender = RussianGrammar.Gn.N;
                    case "pl" -> gender = RussianGrammar.Gn.PL;
                    case "indecl" -> indeclinable = true;
                    default -> oblique = f[i];
                }
            }
            nouns.add(f[0], gender, oblique, indeclinable);
            listed.add(f[0]);
        }
        for (String phrase : extraRussianNouns) {
            String head = headNoun(phrase);
            if (head != null && listed.add(head)) nouns.add(head, null, null, false);
        }
        Set<String> stressed = new HashSet<>(ResourceLines.read("ru-adjectives-stressed.txt"));
        return new RuleMorphology(new RussianMorphology(nouns, stressed, givenNames), new KazakhMorphology(givenNames));
    }

    @Override
    public String nominative(String phrase, Language language, PhraseKind kind) {
        if (phrase == null || phrase.isBlank()) return phrase;
        if (language == Language.RUSSIAN) {
            return switch (kind) {
                case PERSON_NAME -> russian.personName(phrase);
                case PROPER_NAME -> russian.nounPhrase(phrase, true);
                case NOUN_PHRASE -> russian.nounPhrase(phrase, false);
            };
        }
        return switch (kind) {
            case PERSON_NAME -> kazakh.personName(phrase);
            case PROPER_NAME -> kazakh.nounPhrase(phrase, true);
            case NOUN_PHRASE -> kazakh.nounPhrase(phrase, false);
        };
    }

    @Override
    public Set<String> lookupKeys(String word, Language language) {
        return language == Language.RUSSIAN ? russian.lookupKeys(word) : kazakh.lookupKeys(word);
    }

    @Override
    public boolean isAdjective(String word, Language language) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (language == Language.RUSSIAN) return RussianGrammar.adjectiveEnding(lower) != null;
        return KAZAKH_ADJECTIVE.matcher(lower).matches();
    }

    @Override
    public String lemmaKey(String lemma, Language language) {
        String lower = lemma.toLowerCase(Locale.ROOT);
        return language == Language.RUSSIAN ? RussianMorphology.stem(lower) : lower;
    }

    /** The first word of a Russian phrase that does not read as an adjective, in lower case. */
    private static String headNoun(String phrase) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.matches("[а-яё-]+")) return null;
            if (RussianGrammar.adjectiveEnding(w) == null) return w.length() > 2 ? w : null;
        }
        return null;
    }
}
