package kz.qogam.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.text.GivenNames;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Where a name built around a head noun begins and ends. Russian puts adjectives before the head
 * and a genitive complement after it («управления внутренней политики Мангистауской области»);
 * Kazakh puts everything before the head («Шымкент қалалық Азаматтық Альянс»).
 */
public final class NounPhrases {
    /** A noun in the genitive (or an indeclinable one) can continue a complement. */
    private static final Pattern GENITIVE_NOUN = Pattern.compile(".+([аяыи]|ов|ев|ей|ий)");
    /** Plural endings of other cases that the genitive pattern would let through («вузами»). */
    private static final Pattern OTHER_PLURAL = Pattern.compile(".+(ами|ями|ыми|ими)");
    /** Genitive plural endings, which no other case has: «конкурс проектов», «форум НПО». */
    private static final Pattern GENITIVE_PLURAL = Pattern.compile(".+(ов|ев|ей|ий)");
    private static final Pattern GENITIVE_ADJECTIVE = Pattern.compile(".+(ого|его|ой|ей|ых|их)");
    /** Verb endings: «организовала», «будет», «работают», «разработаны» end a complement. */
    private static final Pattern VERB = Pattern.compile(".+(ла|ли|ло|ет|ит|ут|ют|ят|ал|ил|ел|ся|сь|ть|ешь|ишь|аны|ены|ёны|яты|ыты)");
    private static final Set<String> STOP = Set.of("и", "а", "но", "в", "во", "на", "с", "со", "по", "для", "при", "от",
            "до", "из", "к", "о", "об", "за", "под", "над", "что", "как", "это", "который", "которая", "которое",
            "которые", "также", "года", "году", "год", "г", "гг", "лет", "тема", "теме", "тему",
            // pronouns decline like adjectives but never begin a name's complement
            "своей", "своего", "своих", "своим", "его", "её", "ее", "их", "этого", "этой", "этих", "того", "той", "тех",
            "всех", "всего", "всей", "нашего", "нашей", "наших", "вашего", "вашей", "ваших", "чего", "кого");
    /** The longest complement taken: names are long, sentences longer. */
    private static final int MAX_COMPLEMENT = 8;

    private NounPhrases() {}

    /**
     * The first of the adjectives (or ordinal numbers) right before {@code head} that agree with
     * it, or {@code head}: «XII областной форум», «первом гражданском форуме», not «Тем временем
     * парламент» nor the participle in «возглавлявший отдел».
     */
    static int adjectivesBefore(TextView v, SentenceView s, int head) {
        return adjectivesBefore(v, s, head, head);
    }

    private static final Pattern NUMBER = Pattern.compile("[IVXLC]+|\\d+-?[а-я]*");

    /** Like {@link #adjectivesBefore(TextView, SentenceView, int)} when the phrase at {@code first} ends in its noun at {@code noun}. */
    static int adjectivesBefore(TextView v, SentenceView s, int first, int noun) {
        int i = first;
        String nounWord = s.lower(noun);
        while (i > 0 && s.isWord(i - 1) && !s.lineBreakAfter(i - 1)) {
            String w = s.lower(i - 1);
            // Not the minutes of a time: «10:20–11:30 Панельная сессия».
            boolean number = NUMBER.matcher(s.form(i - 1)).matches() && !s.isPunct(i - 2, ":");
            boolean adjective = v.morphology().isAdjective(w, Language.RUSSIAN) && !PARTICIPLE.matcher(w).matches()
                    && agrees(w, nounWord) && v.morphology().agrees(w, nounWord, Language.RUSSIAN);
            if (!number && !adjective) break;
            i--;
        }
        return i;
    }

    /** Participles govern what follows them rather than qualify it. */
    private static final Pattern PARTICIPLE = Pattern.compile(".+(вш|ющ|ящ|ущ|ащ)(ий|ая|ее|ие|его|ей|их|им|ими|ую|ем|ой)");

    /** The noun endings each adjective ending agrees with, case for case. */
    private static final java.util.Map<String, Pattern> AGREEMENT = java.util.Map.ofEntries(
            java.util.Map.entry("ого", Pattern.compile(".+[ая]")), java.util.Map.entry("его", Pattern.compile(".+[ая]")),
            java.util.Map.entry("ому", Pattern.compile(".+[ую]")), java.util.Map.entry("ему", Pattern.compile(".+[ую]")),
            java.util.Map.entry("ом", Pattern.compile(".+[еи]")), java.util.Map.entry("ем", Pattern.compile(".+[еи]")),
            java.util.Map.entry("ым", Pattern.compile(".+(ом|ем|ём|ам|ям)")), java.util.Map.entry("им", Pattern.compile(".+(ом|ем|ём|ам|ям)")),
            java.util.Map.entry("ые", Pattern.compile(".+[ыиая]")), java.util.Map.entry("ие", Pattern.compile(".+[ыиая]")),
            java.util.Map.entry("ая", Pattern.compile(".+[аяь]")), java.util.Map.entry("яя", Pattern.compile(".+[аяь]")),
            java.util.Map.entry("ое", Pattern.compile(".+[ое]")), java.util.Map.entry("ее", Pattern.compile(".+[ое]")),
            java.util.Map.entry("ую", Pattern.compile(".+[уюь]")), java.util.Map.entry("юю", Pattern.compile(".+[уюь]")),
            java.util.Map.entry("ыми", Pattern.compile(".+(ами|ями)")), java.util.Map.entry("ими", Pattern.compile(".+(ами|ями)")));

    /** Whether an adjective's ending can agree with the noun's (a rough check of case, gender and number). */
    private static boolean agrees(String adjective, String noun) {
        for (var e : AGREEMENT.entrySet()) {
            if (adjective.endsWith(e.getKey()) && (e.getKey().length() == 3 || !adjective.endsWith("о" + e.getKey())
                    && !adjective.endsWith("е" + e.getKey()))) {
                return e.getValue().matcher(noun).matches();
            }
        }
        return true; // -ый/-ий/-ой/-ей/-ых/-их go with too many noun endings to check
    }

    /**
     * The end (exclusive) of a Russian genitive complement that starts at {@code from}: genitive
     * adjectives and nouns, «и» between them, abbreviations (РК, ОМП) and places. Returns
     * {@code from} when there is none. A given name ends it (a person follows the body's name).
     */
    static int genitiveComplementEnd(GivenNames names, TextView v, SentenceView s, int from) {
        int i = from;
        int end = from;
        boolean afterAdjective = false;
        while (i < s.size() && i - from < MAX_COMPLEMENT) {
            if (s.lineBreakAfter(i - 1) && i > from) break;
            var place = Mentions.startingAt(v.document(), s.start(i), MentionType.PLACE);
            if (place != null) {
                i = s.indexAt(place.end());
                end = i;
                afterAdjective = false;
                continue;
            }
            // «Министерство экологии, геологии и природных ресурсов»: a comma inside a list that «и» closes.
            if (s.isPunct(i, ",") && end == i && i > from && listClosesWithAnd(v, s, i + 1)) {
                i++;
                continue;
            }
            if (!s.isWord(i)) break;
            String w = s.lower(i);
            // «университета имени К. Жубанова»: the one it is named after ends the name.
            if (w.equals("имени") || w.equals("им") && s.isPunct(i + 1, ".")) {
                int at = w.equals("имени") ? i + 1 : i + 2;
                while (at + 1 < s.size() && s.isWord(at) && s.form(at).length() == 1 && s.isCapitalized(at) && s.isPunct(at + 1, ".")) at += 2;
                int words = 0;
                while (at < s.size() && words < 3 && s.isWord(at) && s.isCapitalized(at)) {
                    at++;
                    words++;
                }
                if (words > 0) end = at;
                break;
            }
            // A person's name ends the complement: «Министерство финансов РФ Алексей Кудрин».
            if (s.isProper(i) && (names.isGivenName(s.form(i), v.readingLanguage())
                    || Mentions.startingAt(v.document(), s.start(i), MentionType.PERSON) != null)) break;
            // An abbreviation belongs to the complement («Конгресса США»), not a legal form before a quoted name of its own
            // («департамента АО «Банк ЦентрКредит»»).
            if (s.isUpper(i) && s.isPunct(i + 1, "«\"“„")) break;
            if (s.isUpper(i) && w.length() <= 6) {
                end = ++i;
                afterAdjective = false;
                continue;
            }
            // «и» and a lower-case genitive goes on («образования и науки»); a capital opens another body's name
            // («Гражданского альянса Казахстана и Ассоциации НПО»).
            if (w.equals("и") && i > from && i + 1 < s.size() && s.isWord(i + 1) && !s.isCapitalized(i + 1) && !STOP.contains(s.lower(i + 1))
                    && (GENITIVE_ADJECTIVE.matcher(s.lower(i + 1)).matches() || GENITIVE_NOUN.matcher(s.lower(i + 1)).matches())
                    // by its ending, unless the dictionary knows it in no genitive: «АДЖК и палата [договорились]».
                    && (!v.morphology().knows(s.form(i + 1), Language.RUSSIAN) || v.morphology().isGenitiveNoun(s.form(i + 1), Language.RUSSIAN)
                        || v.morphology().isAdjective(s.form(i + 1), Language.RUSSIAN))) {
                i++;
                continue;
            }
            boolean genitiveNoun = v.morphology().isGenitiveNoun(w, Language.RUSSIAN);
            if (STOP.contains(w) || (VERB.matcher(w).matches() && !genitiveNoun)) break;
            // After an adjective, a word read both ways is the noun when no noun follows it: «форум социальных предпринимателей,»;
            // so is the first when a comma follows: «союза людей, живущих с ВИЧ».
            boolean nounFollows = i + 1 < s.size() && s.isWord(i + 1) && !STOP.contains(s.lower(i + 1));
            boolean noun = genitiveNoun && (afterAdjective ? !nounFollows : s.isPunct(i + 1, ","));
            if (GENITIVE_ADJECTIVE.matcher(w).matches() && v.morphology().isAdjective(w, Language.RUSSIAN) && !noun) {
                afterAdjective = true;
                i++;
                continue;
            }
            // After a genitive adjective any noun agrees with it («гражданских инициатив»).
            if (afterAdjective || genitiveNoun || (GENITIVE_NOUN.matcher(w).matches() && !OTHER_PLURAL.matcher(w).matches())) {
                end = ++i;
                afterAdjective = false;
                continue;
            }
            break;
        }
        return end;
    }

    /**
     * The end (exclusive) of the lower-case genitive words from {@code from}, at most four, that
     * stand between a post and the name of where it is held: «министр [торговли] Китая»,
     * «председатель [влиятельного] Комитета …», «помощник [госсекретаря] США». Post words count
     * as such words («полпред [президента] РФ»); other mentions, capitals and punctuation end
     * them. Returns {@code from} when there is none.
     */
    static int commonGenitiveEnd(TextView v, SentenceView s, int from) {
        int i = from;
        while (i < s.size() && i - from < 4 && s.isWord(i) && !s.isCapitalized(i)) {
            String w = s.lower(i);
            int at = s.start(i);
            boolean mention = v.document().mentions().stream()
                    .anyMatch(m -> m.type() != MentionType.ROLE && m.start() <= at && at < m.end());
            if (mention || STOP.contains(w)) break;
            boolean adjective = GENITIVE_ADJECTIVE.matcher(w).matches() && v.morphology().isAdjective(w, Language.RUSSIAN);
            boolean noun = v.morphology().isGenitiveNoun(w, Language.RUSSIAN)
                    || (GENITIVE_NOUN.matcher(w).matches() && !OTHER_PLURAL.matcher(w).matches() && !VERB.matcher(w).matches());
            if (!adjective && !noun) break;
            i++;
        }
        return i;
    }

    /**
     * Whether a Russian complement at {@code from} starts in a way only a name's complement does:
     * a genitive adjective, an abbreviation, a place or a capitalised word («Коалиция гражданских
     * инициатив», not «Коалиция открыта для людей»).
     */
    public static boolean strongComplementStart(TextView v, SentenceView s, int from) {
        if (from >= s.size()) return false;
        if (Mentions.startingAt(v.document(), s.start(from), MentionType.PLACE) != null || s.isUpper(from) || s.isProper(from)) return true;
        String w = s.lower(from);
        return GENITIVE_ADJECTIVE.matcher(w).matches() && v.morphology().isAdjective(w, Language.RUSSIAN);
    }

    /** Whether lower-case genitives from {@code from}, perhaps with more commas, run to «и» and one more genitive. */
    private static boolean listClosesWithAnd(TextView v, SentenceView s, int from) {
        for (int k = from; k < s.size() && k < from + 8; k++) {
            if (s.isPunct(k, ",") && k > from) continue;
            if (!s.isWord(k) || s.isCapitalized(k)) return false;
            String w = s.lower(k);
            if (w.equals("и")) return k > from && k + 1 < s.size() && s.isWord(k + 1) && !s.isCapitalized(k + 1) && genitive(v, s.lower(k + 1));
            if (STOP.contains(w) || !genitive(v, w)) return false;
        }
        return false;
    }

    /** Whether a lower-case Russian word reads as a noun or adjective in the genitive. */
    public static boolean genitive(TextView v, String w) {
        return GENITIVE_ADJECTIVE.matcher(w).matches() && v.morphology().isAdjective(w, Language.RUSSIAN)
                || v.morphology().isGenitiveNoun(w, Language.RUSSIAN);
    }

    /**
     * Whether an event's complement at {@code from} starts like a name's: strongly
     * ({@link #strongComplementStart}) or with a noun in the genitive plural.
     */
    static boolean eventComplementStart(TextView v, SentenceView s, int from) {
        return strongComplementStart(v, s, from) || (from < s.size() && GENITIVE_PLURAL.matcher(s.lower(from)).matches());
    }

    /**
     * The start of the Kazakh modifiers before a head noun at {@code head}: places, capitalised
     * words, adjectives and «және» between nouns, back to a word that is none of those. Returns
     * {@code head} when the head has no modifier that makes it a name.
     */
    static int kazakhModifiersStart(Lexicons lexicons, TextView v, SentenceView s, int head) {
        int i = head;
        int start = head;
        while (i > 0) {
            int prev = i - 1;
            if (s.lineBreakAfter(prev)) break;
            var place = Mentions.covering(v.document(), s.start(prev), MentionType.PLACE);
            if (place != null) {
                // «Шымкент қаласы мәслихаты», «Шымкенттегі «…»»; not «Шымкент қаласында үкіметтік емес ұйымдар».
                if (!modifierForm(s.lower(prev))) break;
                i = s.indexAt(place.start());
                start = i;
                continue;
            }
            var role = Mentions.covering(v.document(), s.start(prev), MentionType.ROLE);
            // «Prezıdent Volonterler forýmynda»: a post ends the name before it; «Volonterler» (volunteers) does not.
            // A post word right before the head is part of the name when the head is its compound's («Президент оркестрі»,
            // «Тұңғыш Президент қоры»).
            boolean compound = role != null && prev == head - 1 && s.isProper(prev) && COMPOUND_HEAD.matcher(s.lower(head)).matches();
            if (compound) {
                i = s.indexAt(role.start());
                start = i;
                continue;
            }
            if (!s.isWord(prev) || (role != null && RoleFinder.isPost(lexicons.concept(role.concept())))) break;
            if (lexicons.roles().longestAt(s, prev) != null && start < head) break;
            // A capitalised word in the accusative or genitive («Sizderdi», «Konstıtýtsııanyń») governs, it does not name.
            if (s.isProper(prev) && prev > 0 && CAPITAL_CASE_ENDED.matcher(s.lower(prev)).matches()) break;
            // Nor is a person's name part of what follows it («Qasym-Jomart Toqaev Volonterler forýmynda»).
            if (s.isProper(prev) && (lexicons.givenNames().isGivenName(s.form(prev), Language.KAZAKH)
                    || PERSONAL_NAME_ENDING.matcher(s.lower(prev)).matches())) break;
            // A Latin-script word in a Cyrillic text is a name even where it opens the sentence («Astana LRT компаниясы»),
            // and takes a number before it («500 Startups компаниясы»).
            boolean numbered = prev == start - 1 && start < head && s.form(prev).chars().allMatch(Character::isDigit) && latinInCyrillic(v, s, start);
            boolean opening = prev == 0 || prev == 1 && s.isPunct(0, "-–—•");
            if (s.isProper(prev) && (!opening || latinInCyrillic(v, s, prev)) || numbered) {
                i = prev;
                start = i;
                continue;
            }
            if (s.is(prev, "және") && prev > 0 && s.isProper(prev - 1)) {
                i = prev;
                continue;
            }
            int honoured = namedAfterStart(v, s, prev);
            if (honoured >= 0) {
                i = honoured;
                start = i;
                continue;
            }
            if (v.morphology().isAdjective(s.form(prev), Language.KAZAKH) && !s.isProper(prev)) {
                i = prev;
                continue;
            }
            break;
        }
        return start;
    }

    /**
     * The start of a Kazakh name whose first word alone is capitalised, as Kazakh writes names
     * («Еуразиялық интеграция институты», «Төтенше жағдай жөніндегі мемлекеттік комиссия»): back from
     * {@code start} over one to four lower-case words that can stand before a head noun, to a
     * capitalised word inside the sentence that is no place, person, post or governing case form.
     * Returns {@code start} when there is none.
     */
    static int kazakhLowerCaseNameStart(Lexicons lexicons, TextView v, SentenceView s, int start) {
        int i = start;
        boolean doing = false;
        // Five words at most, more only for what the body does («… жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар …»).
        for (int n = 0; n < 8 && (n < 5 || doing) && i > 0; n++) {
            int prev = i - 1;
            if (!s.isWord(prev) || s.lineBreakAfter(prev) || Character.isDigit(s.form(prev).charAt(0))) return start;
            // A place before the lower-case words names where the body is («Қазақстан журналистика академиясы»,
            // «Омбы облысының үкіметі»), even at the sentence's start.
            var place = n == 0 ? null : Mentions.covering(v.document(), s.start(prev), MentionType.PLACE);
            if (place != null) {
                if (!ownerWord(v, s, prev, place) || kazakhPlural(s.lower(start))) return start;
                int first = s.indexAt(place.start());
                // «Шығыс Қазақстан облыстық …»: a region named by a cardinal point and a name the gazetteer read alone.
                return first > 0 && s.isProper(first - 1) && CARDINAL_POINTS.contains(s.lower(first - 1)) ? first - 1 : first;
            }
            if (prev == 0) return start;
            if (s.isProper(prev)) {
                // A list's number opens the line as a sentence's start would: «3. Қазақстандық …».
                boolean numbered = prev == 2 && s.isPunct(1, ".") && s.form(0).chars().allMatch(Character::isDigit);
                if (n == 0 || prev == 0 || s.isPunct(prev - 1, "«\"„“.!?:") && !numbered || CAPITAL_CASE_ENDED.matcher(s.lower(prev)).matches()
                        || lexicons.givenNames().isGivenName(s.form(prev), Language.KAZAKH)
                        || PERSONAL_NAME_ENDING.matcher(s.lower(prev)).matches() || lexicons.roles().longestAt(s, prev) != null) return start;
                for (MentionType t : List.of(MentionType.PLACE, MentionType.PERSON, MentionType.ORGANIZATION, MentionType.EVENT)) {
                    if (Mentions.covering(v.document(), s.start(prev), t) != null) return start;
                }
                // «Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті»: the one it is named after opens the name.
                int honoured = namedAfterStart(v, s, prev - 1);
                return honoured >= 0 ? honoured : prev;
            }
            int honoured = namedAfterStart(v, s, prev);
            if (honoured >= 0) return honoured;
            // What a body does, a verbal noun with its object, which may be one too: «жұмыспен қамтуды үйлестіру … басқармасы».
            String governing = s.lower(prev + 1);
            boolean object = (kazakhVerbalNoun(governing) || OBJECT_CASE.matcher(governing).matches()
                    && kazakhVerbalNoun(governing.substring(0, governing.length() - 2))) && OBJECT_CASE.matcher(s.lower(prev)).matches();
            if (object) {
                doing = true;
                i = prev;
                continue;
            }
            // Those in a role named in the plural are whom the body unites: «Қазақстан еріктілер қауымдастығы», «журналистер одағы».
            boolean role = lexicons.roles().longestAt(s, prev) != null && !kazakhPlural(s.lower(prev));
            if (!(modifierForm(s.lower(prev)) || nominative(v, s, prev)) || PARTICLES.contains(s.lower(prev)) || role
                    || kazakhParticiple(s.lower(prev))) return start;
            i = prev;
        }
        return start;
    }

    /**
     * Whether the last word of a place is in the nominative or the genitive: «Қазақстан» (written as
     * the place's name, though it looks case-ended), «облысының»; not «қаласын», «Семейдегі».
     */
    private static boolean ownerWord(TextView v, SentenceView s, int i, Mention place) {
        String lower = s.lower(i);
        return kazakhGenitive(lower) || nominative(v, s, i)
                || place.normalized() != null && v.readingOf(place.normalized()).toLowerCase(java.util.Locale.ROOT).endsWith(lower);
    }

    /** Whether a Kazakh word has no case ending the morphology knows, though it may look so («журналистика»). */
    private static boolean nominative(TextView v, SentenceView s, int i) {
        // Both in the reading: a Latin-script text's nominative comes back in its own alphabet.
        return v.readingOf(v.nominative(s.span(i, i + 1), Morphology.PhraseKind.NOUN_PHRASE)).equals(s.form(i));
    }

    /** Whether a Kazakh word is in the plural: «мектептерге», «кабинеттері». */
    public static boolean kazakhPlural(String lower) {
        return PLURAL.matcher(lower).matches();
    }

    /** Whether a Kazakh noun is in the 3rd-person possessive, as a compound's head is: «мектебі», «қорының». */
    static boolean kazakhCompoundHead(String lower) {
        return COMPOUND_HEAD.matcher(lower).matches();
    }

    /** A Kazakh verbal noun, which names what a body does: «қорғау», «үйлестіру», «дамыту». */
    static boolean kazakhVerbalNoun(String lower) {
        return lower.length() > 3 && (lower.endsWith("у") || lower.endsWith("ю")) && lower.chars().allMatch(Character::isLetter);
    }

    /** A Kazakh participle, which describes by what happened («қатысқан», «өтетін»): it opens a clause, not a name. */
    static boolean kazakhParticiple(String lower) {
        return KAZAKH_PARTICIPLE.matcher(lower).matches();
    }

    private static final Pattern KAZAKH_PARTICIPLE = Pattern.compile("(?U).+(ған|ген|қан|кен|атын|етін|йтын|йтін)");

    /** A Russian active participle («живущих», «работавший»), which governs what follows it rather than qualifies it. */
    static boolean russianParticiple(String lower) {
        return PARTICIPLE.matcher(lower).matches();
    }

    /** Whether a Kazakh word is in the case of a verbal noun's object: «бостандығын», «қамтуды», «жұмыспен». */
    static boolean kazakhObject(String lower) {
        return OBJECT_CASE.matcher(lower).matches();
    }

    /** The accusative or instrumental of a verbal noun's object: «бостандығын», «қамтуды», «жұмыспен». */
    private static final Pattern OBJECT_CASE = Pattern.compile(".{2,}(ны|ні|ды|ді|ты|ті|н|мен|пен|бен)");

    /** Whether a Kazakh word is in the attributive locative: «Франциядағы», «Шымкенттегі». */
    public static boolean kazakhAttributive(String lower) {
        return ATTRIBUTIVE.matcher(lower).matches();
    }

    /**
     * The start of the name a body is named after, when {@code i} is «атындағы» («Гагарин атындағы
     * әскери-әуе академиясы», «әл-Фараби атындағы Қазақ ұлттық университеті»): a person the text
     * names, or capitalised words; -1 otherwise.
     */
    private static int namedAfterStart(TextView v, SentenceView s, int i) {
        if (i == 0 || !s.is(i, "атындағы")) return -1;
        Mention person = Mentions.covering(v.document(), s.start(i - 1), MentionType.PERSON);
        if (person != null) return s.indexAt(person.start());
        int j = i;
        // The sentence's first word is a name's only when the name has no other word («Ол Гагарин атындағы»).
        while (j > 0 && s.isWord(j - 1) && (s.isProper(j - 1) || s.lower(j - 1).startsWith("әл-")) && (j - 1 > 0 || j == i)) j--;
        return j < i ? j : -1;
    }

    /**
     * Whether the words from the sentence's start to the head at {@code head} make a compound
     * name: a capitalised first word that is no place, person or post, then up to three lower-case
     * words without a case ending, and the head in the possessive («Көлік прокуратурасы»,
     * «Автомобиль жолдары комитеті»).
     */
    static boolean kazakhCompoundFromSentenceStart(Lexicons lexicons, TextView v, SentenceView s, int head) {
        if (head < 1 || head > 4 || !s.isProper(0) || !COMPOUND_HEAD.matcher(s.lower(head)).matches()) return false;
        for (MentionType t : List.of(MentionType.PLACE, MentionType.PERSON, MentionType.ORGANIZATION, MentionType.ROLE)) {
            if (Mentions.covering(v.document(), s.start(0), t) != null) return false;
        }
        if (lexicons.givenNames().isGivenName(s.form(0), Language.KAZAKH) || lexicons.roles().longestAt(s, 0) != null) return false;
        for (int k = 0; k < head; k++) {
            if (!s.isWord(k) || (k > 0 && s.isCapitalized(k)) || !nominative(v, s, k) || kazakhCaseEnded(s.lower(k))) return false;
        }
        return !v.morphology().isAdjective(s.form(head - 1), Language.KAZAKH);
    }

    /** Whether the token is written in Latin letters in a text in Cyrillic. */
    private static boolean latinInCyrillic(TextView v, SentenceView s, int i) {
        return v.document().language() != Language.KAZAKH_LATIN && s.token(i).text().chars().anyMatch(c -> c < 0x250 && Character.isLetter(c));
    }

    /** A Kazakh word that can stand before a head noun: no case ending, or the genitive or attributive one. */
    private static boolean modifierForm(String lower) {
        return !CASE_ENDED.matcher(lower).matches() || KAZAKH_MODIFIER_ENDING.matcher(lower).matches();
    }

    /** Whether a Kazakh word has a case ending, the genitive included: «орталығында», «министрлікке», «Қазақстанның». */
    public static boolean kazakhCaseEnded(String lower) {
        return CASE_ENDED.matcher(lower).matches() || KAZAKH_GENITIVE.matcher(lower).matches();
    }

    /**
     * A Kazakh noun in the possessive put in the genitive, in Cyrillic: «ауданы» → «ауданының»,
     * «бірлестігі» → «бірлестігінің»; a word without the possessive is left as it is.
     */
    static String possessiveGenitive(String reading) {
        return reading.endsWith("ы") ? reading + "ның" : reading.endsWith("і") ? reading + "нің" : reading;
    }

    /** Whether token {@code i} joins the items of a list: a comma, «и», «және», «мен», «бен», «пен». */
    static boolean listJoint(SentenceView s, int i) {
        return s.isPunct(i, ",") || s.is(i, "и", "және", "мен", "бен", "пен");
    }

    public static boolean kazakhGenitive(String text) {
        return KAZAKH_GENITIVE.matcher(text).matches();
    }

    /**
     * Whether a Kazakh place or body is written as the owner of what follows it: in the genitive or
     * with no case ending («Қазақстанның», «Қазақстан Республикасы», «Беларусь»; not «Қазақстанда»).
     * A last word written as in the name's nominative stands, though it looks case-ended
     * («Украина», «Қазақстан»).
     */
    public static boolean kazakhOwnerForm(TextView v, Mention m) {
        String[] words = v.readingOf(m.text()).toLowerCase(java.util.Locale.ROOT).split("[\\s«»\"“”„]+");
        String last = words[words.length - 1];
        if (kazakhGenitive(last)) return true;
        if (m.normalized() != null && v.readingOf(m.normalized()).toLowerCase(java.util.Locale.ROOT).endsWith(last)) return true;
        return !CASE_ENDED.matcher(last).matches();
    }

    private static final Set<String> CARDINAL_POINTS = Set.of("солтүстік", "оңтүстік", "шығыс", "батыс");
    /** Kazakh particles, which stand after a word, never inside a name: «Белоруссиямен де серіктестікті». */
    private static final Set<String> PARTICLES = Set.of("да", "де", "та", "те", "ғой", "ма", "ме", "ба", "бе", "па", "пе", "ғана", "қана", "ғы", "гі");
    /** A Kazakh noun in the plural, maybe with endings after it: «мектептерге», «кабинеттері». */
    private static final Pattern PLURAL = Pattern.compile(".{2,}(лар|лер|дар|дер|тар|тер)([ыі]|[ыі]ң|[ыі]м[ыі]з|[ыі]ң[ыі]з)?"
            + "(ға|ге|да|де|дан|ден|дың|дің|ды|ді|мен|на|не|нда|нде|нан|нен|ның|нің|н|дағы|дегі|ндағы|ндегі)?");
    /** A Kazakh head in the 3rd-person possessive, as a compound's head is: «оркестрі», «қорының», «институтында». */
    private static final Pattern COMPOUND_HEAD = Pattern.compile(".+[ыі](н|ның|нің|на|не|нда|нде|нан|нен|мен)?");
    private static final Pattern ATTRIBUTIVE = Pattern.compile(".+(дағы|дегі|тағы|тегі)");
    private static final Pattern KAZAKH_GENITIVE = Pattern.compile("(?s).+(ның|нің|дың|дің|тың|тің)");
    private static final Pattern PERSONAL_NAME_ENDING = Pattern.compile(".{2,}(ов|ев|ова|ева|ин|ина|ұлы|улы|қызы|кызы)");
    private static final Pattern CAPITAL_CASE_ENDED = Pattern.compile(".+(ны|ні|ды|ді|ты|ті|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|да|де|та|те)");
    private static final Pattern CASE_ENDED = Pattern.compile(".+(да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|на|не|мен|бен|пен)");
    private static final Pattern KAZAKH_MODIFIER_ENDING = Pattern.compile(".+(ның|нің|дың|дің|тың|тің|дағы|дегі|тағы|тегі|ндағы|ндегі)");

    /**
     * Words besides adjectives that stand inside a Kazakh title: «бас» (chief), «ресми» (official),
     * «уақытша» (acting), and the first few ordinals («бірінші орынбасары», «1-інші орынбасары»).
     */
    private static final Set<String> KAZAKH_POST_MODIFIERS = Set.of("бас", "ресми", "уақытша", "бірінші", "екінші", "үшінші");
    private static final Pattern POSSESSIVE_OF_NOUN = Pattern.compile(".+[ыі][ғгқк][ыі]");
    private static final Pattern KAZAKH_ORDINAL = Pattern.compile("\\d+-(ші|шы|інші|ыншы|нші|ншы)");

    /** Whether token {@code i} is a word that may stand inside a Kazakh title before its post word («бұрынғы», «бас»). */
    public static boolean kazakhPostModifier(TextView view, SentenceView s, int i) {
        // «Бас» is written with a capital inside a title as often as not: «Қазақстан Республикасы Бас прокурорының орынбасары».
        // The morphology reads a noun's possessive in «-ығы/-ігі» as an adjective in «-ғы/-гі»: «агенттігі» is no modifier.
        return i >= 0 && i < s.size() && (KAZAKH_POST_MODIFIERS.contains(s.lower(i)) || KAZAKH_ORDINAL.matcher(s.lower(i)).matches()
                || s.isWord(i) && !s.isCapitalized(i) && view.morphology().isAdjective(s.form(i), view.readingLanguage())
                && !POSSESSIVE_OF_NOUN.matcher(s.lower(i)).matches());
    }

    /** The token after at most two Kazakh post modifiers from {@code k} on. */
    public static int afterKazakhPostModifiers(TextView view, SentenceView s, int k) {
        int i = k;
        while (i < s.size() && i < k + 2 && kazakhPostModifier(view, s, i)) i++;
        return i;
    }

    /**
     * Where a unit of a body may start that stands between the body's name and a Kazakh post at
     * token {@code k}: one or two lower-case words before it, the last in the genitive, the first
     * without a case ending («« Алагеум Электрик » компаниясы [бақылау кеңесінің] төрағасы»,
     * «палатасы [өңірлік филиалының] директоры»); the nearest start first, none when the word
     * before {@code k} is no such word.
     */
    public static List<Integer> kazakhUnitStarts(SentenceView s, int k) {
        if (k < 2 || !s.isWord(k - 1) || s.isCapitalized(k - 1) || !kazakhGenitive(s.lower(k - 1))) return List.of();
        if (!s.isWord(k - 2) || s.isCapitalized(k - 2) || kazakhCaseEnded(s.lower(k - 2)) || k - 2 < 1) return List.of(k - 1);
        return List.of(k - 1, k - 2);
    }
}
