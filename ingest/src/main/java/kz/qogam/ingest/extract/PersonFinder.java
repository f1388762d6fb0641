package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * People's names:
 * <ul>
 *   <li>a given name (from the list) with a surname, maybe a patronymic between: «Гульжанат
 *       Муратова», «Касым-Жомарт Кемелевич Токаев», «Qasym-Jomart Toqaev»;</li>
 *   <li>surname first, as official lists write them: «Имандосов Самұрат Жұманұлы»;</li>
 *   <li>initials and a surname: «Г. Муратова», «Муратова Г.К.»;</li>
 *   <li>a capitalised word and a word with a surname's ending, when the given name is not in the
 *       list: «Айда Балаева»;</li>
 *   <li>then, once a person is known, the surname alone: «Токаев», «Toqaevtyń».</li>
 * </ul>
 * Names inside an organisation's, place's or event's name are not people. The mention's name is
 * the nominative.
 */
public final class PersonFinder extends MentionFinder {
    /** Endings of surnames here (after the case ending is taken off), but for those of given names. */
    private static final Pattern SURNAME = Pattern.compile(
            ".{2,}(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ұлы|улы|қызы|кызы|енко|ук|юк|ян|дзе|швили)");
    /** Endings of given names that serve as surnames too: «Айгерім Нұрбек», «Асылбек», «Ерболат Құралбай». */
    private static final Pattern SURNAME_OF_A_GIVEN_NAME = Pattern.compile(".{2,}(бек|бай)");
    private static final Pattern PATRONYMIC = Pattern.compile(
            ".{2,}(ович|евич|ич|овна|евна|ична|инична|ұлы|улы|қызы|кызы)[а-я]{0,3}");

    /** Kazakh words of kinship and respect said after a person's name: grandfather, grandmother, elder, aunt, brother, sister, bi. */
    private static final Set<String> HONORIFICS = Set.of("ата", "әже", "апа", "ақсақал", "аға", "ағай", "апай", "әпке", "би");
    /** A participle, which describes the elder rather than names him: «Марқайған қариялар», «Еңкейген». */
    private static final Pattern PARTICIPLE = Pattern.compile(".+(ған|ген|қан|кен)");

    /**
     * Whether the word at {@code i} is a name said with a word of kinship or respect after it, in
     * the singular: «Қуандық ата», «Эльбрус атаның», «Төле бидің»; not «Қаланың ақсақалдары».
     */
    private boolean honorificAfter(TextView v, SentenceView s, int i) {
        if (i + 1 >= s.size() || !s.isWord(i + 1) || s.isCapitalized(i + 1) || NounPhrases.kazakhPlural(s.lower(i + 1))) return false;
        String w = s.lower(i);
        if (w.length() < 3 || NounPhrases.kazakhCaseEnded(w) || PARTICIPLE.matcher(w).matches()
                || v.morphology().isAdjective(s.form(i), Language.KAZAKH) && !given(v, s, i)) return false;
        return s.keys(i + 1).stream().anyMatch(HONORIFICS::contains);
    }

    /** A Kazakh word of address before a name: «my …» (-ім, -ым) or an adjective in -ті, -ты, -ді, -ды («Құрметті»). */
    private static final Pattern ADDRESS = Pattern.compile(".{2,}(ім|ым|міз|мыз|ті|ты|ді|ды)");

    public PersonFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            int i = 0;
            while (i < s.size()) {
                int end = nameAt(view, s, i);
                if (end > i) {
                    out.add(mention(view, s, i, end, 0.85));
                    i = end;
                } else {
                    i++;
                }
            }
        }
        out.addAll(bareSurnames(view, out));
        return out;
    }

    /** The end of a person's name starting at token {@code i}, or {@code i} when none starts there. */
    private int nameAt(TextView v, SentenceView s, int i) {
        if (!nameWord(v, s, i)) {
            // «Ли Елена Викторовна – юрист»: a short surname that is also a word («ли»), before a given name and a patronymic, on a
            // line of a list (not «Но Виктор Янукович заявил», a conjunction before a surname in -вич).
            if (i == 0 && s.isWord(i) && s.isCapitalized(i) && !s.isUpper(i) && nameWord(v, s, i + 1) && given(v, s, i + 1)
                    && patronymic(s, i + 2) && (i + 3 >= s.size() || s.isPunct(i + 3, "—–-,:;."))) {
                return i + 3;
            }
            // «Г. Муратова», «А.С. Пушкин»
            int k = i;
            while (initial(s, k)) k += 2;
            return k > i && nameWord(v, s, k) && !given(v, s, k) ? k + 1 : i;
        }
        // «Қуандық ата», «Әлжан әжеміз», «Төле бидің»: a Kazakh name before a kinship word or a title of respect.
        if (v.readingLanguage() == Language.KAZAKH && honorificAfter(v, s, i)) return i + 1;
        boolean first = given(v, s, i);
        if (first && nameWord(v, s, i + 1)) {
            int k = i + 1;
            if (patronymic(s, k) && nameWord(v, s, k + 1)) k++;
            if (!given(v, s, k) || surname(v, s, k)) return k + 1;
        }
        // «Fazyljan Anar Muratqyzy», «Ámirtaev Azamathan Saılaýuly»: surname, given name, patronymic, as
        // official lists write them; the patronymic tells it is a name even when the given name is not listed.
        // Not after a word of address or a title: «Әріптесім Руслан Бақытбекұлы» (my colleague), «Құрметті Нұрсұлтан Әбішұлы»
        // (dear), «Елбасы Нұрсұлтан Әбішұлы».
        if (!first && nameWord(v, s, i + 1) && patronymic(s, i + 2) && !patronymic(s, i + 1) && !ADDRESS.matcher(s.lower(i)).matches()
                && !knownWord(s, i)) {
            return i + 3;
        }
        if (surname(v, s, i) && nameWord(v, s, i + 1) && given(v, s, i + 1)) {
            int k = i + 2;
            if (nameWord(v, s, k) && patronymic(s, k)) k++;
            return k;
        }
        if (nameWord(v, s, i) && initial(s, i + 1)) {
            int k = i + 1;
            while (initial(s, k)) k += 2;
            return surname(v, s, i) ? k : i;
        }
        // «Айда Балаева»; «Құралбек Ақсарин» too, whose given name ends as some surnames do (-бек, -бай), unlike «Ақсарин».
        if (!first && i > 0 && !s.lineBreakAfter(i) && nameWord(v, s, i + 1) && !knownWord(s, i)) {
            String given = surnameForm(v, s, i), surname = surnameForm(v, s, i + 1);
            boolean strong = SURNAME.matcher(surname).matches();
            if ((strong || SURNAME_OF_A_GIVEN_NAME.matcher(surname).matches()) && !SURNAME.matcher(given).matches()
                    && (strong || !SURNAME_OF_A_GIVEN_NAME.matcher(given).matches())) {
                return i + 2;
            }
        }
        return i;
    }

    private Mention mention(TextView v, SentenceView s, int from, int to, double confidence) {
        Span span = s.span(from, to);
        String name = v.nominative(s.span(from, to), Morphology.PhraseKind.PERSON_NAME);
        return new Mention(span, v.document().text(span), MentionType.PERSON, name, null, confidence);
    }

    /** Surnames of the people found, alone, elsewhere in the text. */
    private List<Mention> bareSurnames(TextView v, List<Mention> people) {
        Set<String> surnames = new HashSet<>();
        for (Mention p : people) {
            String[] words = v.reading(p.span()).split("\\s+");
            String last = words[words.length - 1];
            if (last.length() > 2) surnames.add(surnameKey(v, last));
        }
        List<Mention> out = new ArrayList<>();
        if (surnames.isEmpty()) return out;
        for (SentenceView s : v.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (!nameWord(v, s, i) && !(s.isCapitalized(i) && i == 0)) continue;
                int at = s.start(i);
                boolean inPerson = people.stream().anyMatch(p -> p.start() <= at && at < p.end());
                if (inPerson || covered(v, s, i) || !surnames.contains(surnameKey(v, s.form(i)))) continue;
                out.add(mention(v, s, i, i + 1, 0.7));
            }
        }
        return out;
    }

    private static String surnameKey(TextView v, String word) {
        return v.morphology().nominative(word, v.readingLanguage(), Morphology.PhraseKind.PERSON_NAME).toLowerCase(Locale.ROOT);
    }

    private boolean nameWord(TextView v, SentenceView s, int i) {
        if (i >= s.size() || !s.isWord(i) || !s.isCapitalized(i) || s.isUpper(i) || s.form(i).length() < 2) return false;
        if (!s.form(i).chars().allMatch(c -> Character.isLetter(c) || c == '-')) return false;
        // A preposition, conjunction or pronoun after an initial is a sentence after an abbreviation: «до 10 G. Из-за …».
        if (v.readingLanguage() == Language.RUSSIAN && v.morphology().isFunctionWord(s.form(i), Language.RUSSIAN)) return false;
        return !covered(v, s, i);
    }

    private static boolean covered(TextView v, SentenceView s, int i) {
        int at = s.start(i);
        for (MentionType t : List.of(MentionType.ORGANIZATION, MentionType.PLACE, MentionType.EVENT)) {
            var m = Mentions.covering(v.document(), at, t);
            if (m != null && !Anaphora.isAnaphor(m)) return true;
        }
        return false;
    }

    private boolean given(TextView v, SentenceView s, int i) {
        return i < s.size() && lexicons.givenNames().isGivenName(s.form(i), v.readingLanguage());
    }

    private boolean surname(TextView v, SentenceView s, int i) {
        String form = surnameForm(v, s, i);
        return SURNAME.matcher(form).matches() || SURNAME_OF_A_GIVEN_NAME.matcher(form).matches();
    }

    /** The word's nominative as a name, in lower case; empty past the sentence. */
    private static String surnameForm(TextView v, SentenceView s, int i) {
        if (i >= s.size()) return "";
        return v.morphology().nominative(s.form(i), v.readingLanguage(), Morphology.PhraseKind.PERSON_NAME).toLowerCase(Locale.ROOT);
    }

    private static boolean patronymic(SentenceView s, int i) {
        return i < s.size() && s.isCapitalized(i) && PATRONYMIC.matcher(s.lower(i)).matches();
    }

    /** «Г.»: a capital letter and a full stop. */
    private static boolean initial(SentenceView s, int i) {
        return i + 1 < s.size() && s.isWord(i) && s.form(i).length() == 1 && Character.isUpperCase(s.form(i).charAt(0))
                && s.isPunct(i + 1, ".");
    }

    /** A word the lexicons know as something other than a name (a role, a kind of place or event, a thing: «Ата Заң»). */
    private boolean knownWord(SentenceView s, int i) {
        return lexicons.roles().longestAt(s, i) != null || lexicons.placeKinds().longestAt(s, i) != null
                || lexicons.thingNouns().longestAt(s, i) != null
                || lexicons.eventKinds().longestAt(s, i) != null || lexicons.legalForms().longestAt(s, i) != null
                || lexicons.organizationNouns().longestAt(s, i) != null;
    }
}
