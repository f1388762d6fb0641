package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Events, found by their kind word (the ontology's event kinds, or a general word such as
 * «мероприятие», «іс-шара») with what names them:
 * <ul>
 *   <li>a title in quotes right beside the kind word names the event: «регионального конкурса
 *       «Лучшая НПО года»» → «Лучшая НПО года», ««Жаңа саяси…» атты дөңгелек үстел» → «Жаңа саяси…»;</li>
 *   <li>otherwise the kind word with its modifiers and genitive complement: «XII областной форум
 *       неправительственных организаций», «ярмарке социальных идей и проектов» → «Ярмарка социальных
 *       идей и проектов» (a title after «на тему» stays a title), «Волонтерлер форумында» →
 *       «Волонтерлер форумы». A spelled-out ordinal («первый») is left out of the name, a numeral
 *       («XII») stays;</li>
 *   <li>a bare kind word («форума», «первый форум», «басқосуға») only refers back: it is marked as
 *       an anaphor ({@link Anaphora}), for the resolver to attach. With adjectives that describe
 *       it («региональный гражданский форум», «өңірлік азаматтық форум»), in a sentence that says
 *       it takes place, it names the event by that description; so does a kind word alone right
 *       beside a verb of taking place («прошел круглый стол», «өткен баспасөз мәслихатында»).</li>
 * </ul>
 * Words for meetings in general («заседание», «отырыс») name an event only with a title.
 */
public final class EventFinder extends MentionFinder {
    public EventFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            List<Quotes.Quote> quotes = Quotes.find(s);
            int i = 0;
            while (i < s.size()) {
                Kind kind = kindAt(s, i);
                if (kind == null || insideQuote(quotes, i) || insideOrganization(view, s, i)) {
                    i++;
                    continue;
                }
                Mention m = russian ? russian(view, s, quotes, kind) : kazakh(view, s, quotes, kind);
                if (m != null) out.add(m);
                i = kind.end;
            }
        }
        return out;
    }

    /** A run of event-kind words from token {@code i} («дөңгелек үстел отырысы»). */
    private record Kind(int start, int end, String concept, boolean generic) {}

    private Kind kindAt(SentenceView s, int i) {
        PhraseTable.Match<Concept> k = lexicons.eventKinds().longestAt(s, i);
        PhraseTable.Match<String> g = lexicons.eventNouns().longestAt(s, i);
        if (k == null && g == null) return null;
        int end = Math.max(k == null ? 0 : k.end(), g == null ? 0 : g.end());
        String concept = k != null && k.end() == end ? k.value().iri() : null;
        boolean generic = concept == null || k.value().isA("meeting");
        // A general word right after a kind adds nothing to it: «дөңгелек үстел отырысы», «BarCamp іс-шарасы».
        while (end < s.size()) {
            PhraseTable.Match<Concept> more = lexicons.eventKinds().longestAt(s, end);
            PhraseTable.Match<String> moreG = lexicons.eventNouns().longestAt(s, end);
            boolean general = moreG != null || (more != null && more.value().isA("meeting"));
            int next = Math.max(more == null ? 0 : more.end(), moreG == null ? 0 : moreG.end());
            if (next <= end || (!general && concept != null)) break;
            if (concept == null && more != null) {
                concept = more.value().iri();
                generic = more.value().isA("meeting");
            }
            end = next;
        }
        return new Kind(i, end, concept, generic);
    }

    private Mention russian(TextView v, SentenceView s, List<Quotes.Quote> quotes, Kind kind) {
        int start = NounPhrases.adjectivesBefore(v, s, kind.start, kind.end - 1);
        int complementEnd = NounPhrases.genitiveComplementEnd(lexicons.givenNames(), v, s, kind.end);
        if (!NounPhrases.eventComplementStart(v, s, kind.end)) complementEnd = kind.end;
        boolean hasComplement = complementEnd > kind.end;
        int at = complementEnd;
        boolean linked = false;
        if (s.is(at, "на") && s.is(at + 1, "тему")) {
            at += 2;
            linked = true;
        } else if (s.is(at, "под") && s.is(at + 1, "названием")) {
            at += 2;
        }
        if (linked && s.isPunct(at, ":")) at++;
        Quotes.Quote title = titleAt(s, quotes, at);
        // «Тренинг для молодых лидеров прошел в Атырау», «круглый стол по вопросам экологии состоялся»: what it is for or
        // about describes an event the sentence says takes place.
        if (!hasComplement && !linked && title == null && !kind.generic && s.is(kind.end, "по", "для") && happens(s)) {
            int end = purposeEnd(s, kind.end + 1);
            int from = start;
            while (from < kind.start && (Ordinals.isWord(s.lower(from)) || Ordinals.isCardinal(s.form(from)))) from++;
            if (end > kind.end + 1) {
                Span span = s.span(start, end);
                String name = v.nominative(s.span(from, kind.end), Morphology.PhraseKind.NOUN_PHRASE).toLowerCase(Locale.ROOT)
                        + " " + s.textOf(kind.end, end).replaceAll("\\s+", " ");
                return new Mention(span, v.document().text(span), MentionType.EVENT, capitalise(name), kind.concept, DESCRIBED);
            }
        }
        // «круглый стол на тему «Экологические вызовы …»»: a theme names an event its kind word alone does not name.
        return event(v, s, kind, start, hasComplement || linked ? complementEnd : kind.end, title, hasComplement);
    }

    /** Words that end what an event is for or about: a verb of taking place, another preposition, a conjunction. */
    private static final java.util.Set<String> PURPOSE_STOPS = java.util.Set.of("в", "во", "на", "с", "со", "и", "а", "по", "для", "при",
            "который", "которая", "которое", "которые", "где", "когда", "что");

    /** The end of what an event is for or about, from token {@code k}: at most five lower-case words or abbreviations. */
    private static int purposeEnd(SentenceView s, int k) {
        int i = k;
        while (i < s.size() && i < k + 5 && s.isWord(i) && (!s.isCapitalized(i) || s.isUpper(i))
                && !PURPOSE_STOPS.contains(s.lower(i)) && !HAPPENS.matcher(s.lower(i)).matches()) {
            if (s.lineBreakAfter(i)) return i + 1;
            i++;
        }
        return i;
    }

    private Mention kazakh(TextView v, SentenceView s, List<Quotes.Quote> quotes, Kind kind) {
        int before = kind.start;
        // Adjectives may stand between the title and the kind: «"…" атты халықаралық форум».
        int described = kind.start;
        // «облыстық волонтерлер форумы өтті»: a bare noun before a kind in the possessive is its compound's modifier.
        if (described > 0 && NounPhrases.kazakhCompoundHead(s.lower(kind.end - 1)) && bareKazakhNoun(v, s, described - 1)) described--;
        // «екі күндік тренинг» (a two-day training): a number may go with the adjective.
        while (described > 0 && (lowerCaseAdjective(v, s, described - 1)
                || described < kind.start && Ordinals.isCardinalWord(s.lower(described - 1)))) described--;
        // «"…" атты», «"…" тақырыбында» (on the topic …): the title before the kind names the event, also past whose it is
        // («"…" атты үкіметтік емес ұйымдардың өңірлік форумы»).
        int owner = described;
        if (owner > 0 && NounPhrases.kazakhGenitive(s.lower(owner - 1))) {
            owner--;
            while (owner > 0 && owner > described - 4 && (lowerCaseAdjective(v, s, owner - 1) || s.is(owner - 1, "емес"))) owner--;
        }
        for (int at : new int[] {described, owner}) {
            if (before == kind.start && s.is(at - 1, "атты", "деген", "тақырыбында", "тақырыбындағы", "тақырыбымен", "тақырыпта")) before = at - 1;
        }
        // A title right before the adjectives: ««Жастар және азаматтық қоғам» өңірлік форумы».
        if (before == kind.start && described < kind.start && quoteEndingAt(quotes, described) != null) before = described;
        Quotes.Quote title = quoteEndingAt(quotes, before);
        if (title != null && !titleLike(s, title)) title = null;
        int start = title != null ? title.open() : NounPhrases.kazakhModifiersStart(lexicons, v, s, kind.start);
        while (start > 0 && v.morphology().isAdjective(s.form(start - 1), Language.KAZAKH) && !s.isCapitalized(start - 1)
                && title != null) {
            start--; // «халықаралық «BARCAMP–2022» іс-шарасы»
        }
        boolean named = title == null && start < kind.start;
        // «өңірлік азаматтық форум»: lower-case adjectives describe the event without naming it.
        if (title == null && !named) start = described;
        // «жастар саясаты бойынша дөңгелек үстел өтті», «жастарға арналған тренинг»: what it is about or for, before it.
        if (title == null && !named && !kind.generic && s.is(start - 1, "бойынша", "арналған", "туралы") && happens(s)) {
            int from = start - 1;
            while (from > 0 && from > start - 6 && s.isWord(from - 1) && (!s.isCapitalized(from - 1) || s.isUpper(from - 1))
                    && !HAPPENS.matcher(s.lower(from - 1)).matches() && Mentions.covering(v.document(), s.start(from - 1), MentionType.PLACE) == null) {
                from--;
            }
            if (from < start - 1) {
                Span span = s.span(from, kind.end);
                String name = v.nominative(span, Morphology.PhraseKind.NOUN_PHRASE);
                return new Mention(span, v.document().text(span), MentionType.EVENT, capitalise(name), kind.concept, DESCRIBED);
            }
        }
        return event(v, s, kind, start, kind.end, title, named);
    }

    /** Words that modify no noun (participles aside, {@link NounPhrases#kazakhParticiple}). */
    private static final Pattern NOT_A_MODIFIER = Pattern.compile("(?U)және|мен|бен|пен|бұл|осы|сол|ол|биыл|үшін|бойынша|туралы|атты|деген|ғана|әр|барлық|жыл|бүгін|кеше|ертең");

    /**
     * A lower-case Kazakh noun with no case ending nor possessive, as a compound's modifier is:
     * «волонтерлер» in «волонтерлер форумы», not «аппараты» in «Партия аппараты съезді».
     */
    private static boolean bareKazakhNoun(TextView v, SentenceView s, int i) {
        String w = s.lower(i);
        return s.isWord(i) && !s.isCapitalized(i) && !s.lineBreakAfter(i) && w.length() > 2 && w.chars().allMatch(Character::isLetter)
                && !NounPhrases.kazakhCaseEnded(w) && !NounPhrases.kazakhCompoundHead(w) && !NounPhrases.kazakhParticiple(w) && !NOT_A_MODIFIER.matcher(w).matches()
                && !v.morphology().isAdjective(w, Language.KAZAKH)
                && Mentions.covering(v.document(), s.start(i), MentionType.PLACE) == null;
    }

    private static boolean lowerCaseAdjective(TextView v, SentenceView s, int i) {
        return v.morphology().isAdjective(s.form(i), Language.KAZAKH) && !s.isCapitalized(i) && !s.lineBreakAfter(i);
    }

    /**
     * The event mention for a kind word with its modifiers from {@code start}, its name's end, its
     * title, and whether the words themselves name it (a complement, capitalised modifiers).
     */
    private Mention event(TextView v, SentenceView s, Kind kind, int start, int nameEnd, Quotes.Quote title, boolean namedByWords) {
        // «Келесі жиын Қарқаралыда өтеді», «следующий семинар пройдет…»: another event, which the text does not name.
        if (title == null && NEXT.matcher(s.lower(start > 0 && start == kind.start ? start - 1 : start)).matches()) return null;
        int spanEnd = title != null && title.after(s) > nameEnd ? title.after(s) : nameEnd;
        int spanStart = title != null && title.open() < start ? title.open() : start;
        Span span = s.span(spanStart, spanEnd);
        String text = v.document().text(span);
        int nameStart = start;
        while (nameStart < kind.start && (Ordinals.isWord(s.lower(nameStart)) || Ordinals.isCardinal(s.form(nameStart)))) nameStart++;
        boolean capitalisedModifier = false;
        for (int k = nameStart; k < kind.start; k++) capitalisedModifier |= s.isProper(k) && k > 0 && !Ordinals.isNumeral(s.form(k));
        if (title != null && !namedByWords) {
            String name = v.document().text(s.span(title.from(), title.to())).strip();
            return new Mention(span, text, MentionType.EVENT, name, kind.concept, 0.85);
        }
        if (kind.generic && title == null) {
            // «заседании национального Курултая» is not an event of ours; «басқосуға» refers back.
            if (namedByWords) return null;
            return new Mention(span, text, MentionType.EVENT, v.toDocumentScript(s.lower(kind.start)), kind.concept, Anaphora.CONFIDENCE);
        }
        // «XII форум», «5-й форум» are numbered; «12 тренингов» counts several.
        if (namedByWords || capitalisedModifier || Ordinals.isNumeral(s.form(start)) && !Ordinals.isCardinal(s.form(start))) {
            String name = v.nominative(s.span(nameStart, nameEnd), Morphology.PhraseKind.NOUN_PHRASE);
            return new Mention(span, text, MentionType.EVENT, capitalise(name), kind.concept, 0.8);
        }
        String bare = v.nominative(s.span(start, nameEnd), Morphology.PhraseKind.NOUN_PHRASE).toLowerCase(Locale.ROOT);
        // «В Актау прошел региональный гражданский форум»: a kind described by adjectives in a sentence that says it takes
        // place is that event, named by its description, whether or not the text names it elsewhere too.
        if (nameStart < kind.start && !kind.generic && happens(s) && !DETERMINER.matcher(s.lower(nameStart)).matches()) {
            String described = v.nominative(s.span(nameStart, nameEnd), Morphology.PhraseKind.NOUN_PHRASE).toLowerCase(Locale.ROOT);
            return new Mention(span, text, MentionType.EVENT, capitalise(described), kind.concept, DESCRIBED);
        }
        // «прошел круглый стол», «өткен баспасөз мәслихатында»: a bare kind right beside a verb of taking place is that
        // event, described by its kind alone. The verb's subject is written in the nominative («В рамках форума прошёл
        // конкурс» is no forum held); a Kazakh participle before it describes it in any case.
        boolean subject = labelOfKind(s, kind, s.readingOf(kind.start, kind.end).toLowerCase(Locale.ROOT));
        boolean beside = s.is(start - 1, "өткен", "өтетін") || subject && (happening(s, start - 1) || happening(s, nameEnd));
        if (start == kind.start && nameEnd == kind.end && !kind.generic && beside && labelOfKind(s, kind, s.text().readingOf(bare))) {
            return new Mention(span, text, MentionType.EVENT, capitalise(bare), kind.concept, DESCRIBED);
        }
        return new Mention(span, text, MentionType.EVENT, bare, kind.concept, Anaphora.CONFIDENCE);
    }

    /** Words that point at events rather than describe one: «подобные семинары будут проводиться», «эти форумы». */
    private static final Pattern DETERMINER = Pattern.compile("(?U)подобн\\p{L}*|так(ой|ая|ое|ие|ого|их|им|ими|ом|ую)"
            + "|эт(от|а|о|и|ого|ой|их|им|ими|ом|у)|друг(ой|ая|ое|ие|ого|их|им|ими|ом|ую)|кажд\\p{L}*|все|всех|всем|всеми");

    /** Words for the next event of a series: not the one the text is about, and unnamed. */
    private static final Pattern NEXT = Pattern.compile("(?U)следующ\\p{L}*|келесі");

    /** The confidence of an event only described («региональный гражданский форум»), not named. */
    static final double DESCRIBED = 0.6;

    /** Whether an event mention only describes its event («Тренинг для молодых лидеров»), rather than naming it. */
    public static boolean isDescribed(Mention m) {
        return m.type() == MentionType.EVENT && m.confidence() == DESCRIBED;
    }

    /** Verbs that say an event takes, took or will take place: «прошел», «состоится», «проводит»; «өтті», «ұйымдастырылды». */
    private static final Pattern HAPPENS = Pattern.compile("(?U)про(шел|шёл|шла|шло|шли|йдет|йдёт|йдут|ход\\p{L}*|вод\\p{L}*|вел\\p{L}*)"
            + "|состо(ял\\p{L}*|ится|ятся)|организова\\p{L}*|стартова\\p{L}*|открыл\\p{L}*|завершил\\p{L}*"
            + "|(өтт|өтеді|өткіз|ұйымдастыр|басталд|ашылд|аяқталд)\\p{L}*");

    /** Whether the sentence says that something takes place. */
    private static boolean happens(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (happening(s, i)) return true;
        }
        return false;
    }

    /** Whether words (in the reading, lower case) are one of the kind's names: not a plural («семинары») that counts several. */
    private boolean labelOfKind(SentenceView s, Kind kind, String words) {
        PhraseTable.Match<Concept> m = lexicons.eventKinds().longestAt(s, kind.start);
        return m != null && m.entries().stream().anyMatch(e -> e.label().toLowerCase(Locale.ROOT).equals(words));
    }

    /** Whether token {@code i} is a verb of taking place («атап өтті» is celebrated, not took place). */
    private static boolean happening(SentenceView s, int i) {
        return i >= 0 && i < s.size() && s.isWord(i) && HAPPENS.matcher(s.lower(i)).matches() && !s.is(i - 1, "атап");
    }

    /** A quote opening at the token that reads as a title: it begins with a capital, a digit or a Latin letter. */
    private static Quotes.Quote titleAt(SentenceView s, List<Quotes.Quote> quotes, int open) {
        for (Quotes.Quote q : quotes) {
            if (q.open() == open && titleLike(s, q)) return q;
        }
        return null;
    }

    private static boolean titleLike(SentenceView s, Quotes.Quote q) {
        String first = s.token(q.from()).text();
        return Character.isUpperCase(first.charAt(0)) || Character.isDigit(first.charAt(0));
    }

    /** The quote whose closing mark is the token before {@code next}. */
    private static Quotes.Quote quoteEndingAt(List<Quotes.Quote> quotes, int next) {
        for (Quotes.Quote q : quotes) {
            if (q.close() == next - 1) return q;
        }
        return null;
    }

    private static boolean insideQuote(List<Quotes.Quote> quotes, int i) {
        for (Quotes.Quote q : quotes) {
            if (q.from() <= i && i < q.to()) return true;
        }
        return false;
    }

    private static boolean insideOrganization(TextView v, SentenceView s, int i) {
        return Mentions.covering(v.document(), s.start(i), MentionType.ORGANIZATION) != null;
    }

    static String capitalise(String name) {
        if (name.isEmpty() || !Character.isLowerCase(name.charAt(0))) return name;
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
