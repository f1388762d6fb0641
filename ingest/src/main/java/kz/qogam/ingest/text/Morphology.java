package kz.qogam.ingest.text;

import java.util.Set;
import kz.qogam.ingest.doc.Language;

/**
 * Word forms: the nominative of a phrase and the keys under which an inflected word is found in a
 * list of nominative names. The first implementation is {@link RuleMorphology} (suffix rules and
 * small word lists); a dictionary-backed one can replace it without touching the finders.
 *
 * <p>Kazakh in the Latin alphabet is handled by the callers, who pass its Cyrillic reading
 * ({@link KazakhLatin}) with {@link Language#KAZAKH}.
 */
public interface Morphology {
    /** What a phrase is, because each inflects (and may be changed) differently. */
    enum PhraseKind {
        /** A common noun phrase: adjectives, a head noun, then a complement that stays as it is. */
        NOUN_PHRASE,
        /** A person's name: given name, patronymic, surname in any order; initials stay. */
        PERSON_NAME,
        /** A proper name as quoted in the text: changed only when the words show it is inflected. */
        PROPER_NAME
    }

    /**
     * The nominative (dictionary) form of a phrase, keeping the letter case of each word.
     * Returns the phrase unchanged when it cannot tell.
     */
    String nominative(String phrase, Language language, PhraseKind kind);

    /** The nominative of a common noun phrase. */
    default String nominative(String phrase, Language language) {
        return nominative(phrase, language, PhraseKind.NOUN_PHRASE);
    }

    /**
     * The keys under which a word of running text can be looked up: lower case, and for each
     * reading of its ending the key its nominative would have ({@link #lemmaKey}). «области» and
     * «область» share a key, as do «қаласында» and «қаласы».
     */
    Set<String> lookupKeys(String word, Language language);

    /** The key of a word written in its dictionary form, for building lookup tables. */
    String lemmaKey(String lemma, Language language);

    /**
     * Whether the word reads as an adjective in some form («Мунайлинского», «областной»;
     * Kazakh «қалалық», «азаматтық»): names of places and organisations begin with them.
     */
    boolean isAdjective(String word, Language language);

    /**
     * Whether an adjective or participle can agree with a noun in case, gender and number as a
     * dictionary reads both: «общественным объединением» does, «организованный объединением» does
     * not. Without a dictionary, or for a noun it does not know, nobody can tell: true.
     */
    default boolean agrees(String adjective, String noun, Language language) {
        return true;
    }

    /**
     * Whether a dictionary reads the word as a common noun in the genitive («торговли», «дел»,
     * which end like verbs). Without a dictionary nobody can tell: false.
     */
    default boolean isGenitiveNoun(String word, Language language) {
        return false;
    }

    /**
     * Whether a dictionary reads the word as a common noun that names a living being, in the
     * singular («экономист», «вратарём», «фотографа»): an occupation when a body or a name goes
     * with it. Without a dictionary nobody can tell: false.
     */
    default boolean isAnimateNoun(String word, Language language) {
        return false;
    }

    /** What a dictionary says a capitalised word can be, for telling people from places. */
    enum WordClass {
        /** Only a given name, patronymic or surname (no common noun in the singular): Топалов, Берлускони, Лиза. */
        PERSON_NAME,
        /** Only a common noun naming a thing; the dictionary lists cities so: Дюссельдорф, Киева, Концерн. */
        THING,
        /** Both, something else, or a word the dictionary does not know. */
        OTHER
    }

    /** What the dictionary says the word can be. Without a dictionary: {@link WordClass#OTHER}. */
    default WordClass wordClass(String word, Language language) {
        return WordClass.OTHER;
    }

    /**
     * Whether a dictionary reads the word as a preposition, conjunction or pronoun («При», «И»,
     * «Вас»), which no name begins with. Without a dictionary: false.
     */
    default boolean isFunctionWord(String word, Language language) {
        return false;
    }

    /** Whether a dictionary knows the word in some form («Общества», «молодых»; not «Ауа», «Толқын»). Without one: false. */
    default boolean knows(String word, Language language) {
        return false;
    }

    /** Whether a dictionary reads the word as a given name in some case («Майкл», «Фрэнк», «Томаса»). Without one: false. */
    default boolean isDictionaryGivenName(String word, Language language) {
        return false;
    }
}
