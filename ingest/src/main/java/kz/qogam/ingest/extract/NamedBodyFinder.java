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
 * Organisations named without quotes, around a head noun that is a legal form or an organisation
 * noun:
 * <ul>
 *   <li>Russian, head then genitive complement: a state body even in lower case («управления
 *       внутренней политики Мангистауской области», «акимата города Алматы»), any other head when
 *       capitalised («Коалиция гражданских инициатив», «Ресурсного центра ОМП», «Министерство
 *       культуры»);</li>
 *   <li>Kazakh, modifiers then head: places and capitalised words before it («Шымкент қалалық
 *       Азаматтық Альянс», «Шымкент қаласы мәслихатының» → «Шымкент қаласының мәслихаты»).</li>
 * </ul>
 * A capitalised head alone («членов Коалиции») or a bare state body («при министерстве») only
 * refers back: it is marked as an anaphor ({@link Anaphora}).
 */
public final class NamedBodyFinder extends MentionFinder {
    public NamedBodyFinder(Lexicons lexicons) {
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
                Head head = headAt(s, i);
                // Kazakh writes a capitalised noun before a place's name as its adjective: «Орталық Азия» is Central Asia.
                // Not a legal form the text has named a body with: «Қор Қазақстанның … альянсының мүшесі» is the fund.
                boolean modifier = !russian && head != null && s.isProper(head.start) && head.end < s.size()
                        && Mentions.covering(view.document(), s.start(head.end), MentionType.PLACE) != null && !namedBefore(view, s, head);
                if (head == null || modifier || postsWord(view, s, head) || taken(view, s, i) || inside(quotes, i) || followedByQuote(view, s, head.end, russian)
                        || s.isPunct(head.end, ":")) {
                    i++;
                    continue;
                }
                if (russian) {
                    Mention m = russian(view, s, head);
                    if (m != null) out.add(ofTheRegion(view, s, m, out));
                } else {
                    out.addAll(kazakh(view, s, head));
                }
                i = head.end;
            }
        }
        return out;
    }

    private record Head(int start, int end, Concept legalForm, boolean referring) {
        boolean stateBody() {
            return legalForm != null && legalForm.isA("state-body");
        }

        /** A particular kind of state body (акимат, министерство), which a bare mention can refer back to. */
        boolean specificStateBody() {
            return stateBody() && !legalForm.localName().equals("state-body");
        }
    }

    private static final Pattern DATIVE_ADJECTIVE = Pattern.compile("(?U)\\p{L}+(ым|им|ому|ему|ой|ей)");
    private static final Pattern DATIVE_NOUN = Pattern.compile("(?U)\\p{L}{3,}(ам|ям|у|ю|е|и)");
    private static final Pattern INSTRUMENTAL = Pattern.compile("(?U)\\p{L}{2,}(ью|ами|ями|ой|ей|ом|ем|ым|им|ими|ыми)");

    /**
     * Whether a complement is a genitive noun of whom the body is, then a region of the gazetteer
     * and nothing else: «[предпринимателей] [Кызылординской области]», not «[города] [Алматы]».
     */
    private boolean ofARegion(TextView v, SentenceView s, int from, int end) {
        Mention place = Mentions.covering(v.document(), s.start(end - 1), MentionType.PLACE);
        if (place == null || place.end() != s.end(end - 1) || place.concept() == null) return false;
        Concept c = lexicons.concept(place.concept());
        Concept kind = c == null || c.kind() == null ? null : lexicons.concept(c.kind());
        int placeStart = s.indexAt(place.start());
        if (kind == null || !kind.isA("region") || placeStart != from + 1) return false;
        return s.isWord(from) && !s.isCapitalized(from) && lexicons.placeKinds().longestAt(s, from) == null
                && v.morphology().isGenitiveNoun(s.form(from), Language.RUSSIAN);
    }

    /**
     * The end of «с» and those it names in the instrumental, from token {@code k} («с НПО», «со
     * СПИДом, туберкулезом и малярией»); {@code k} when there is none.
     */
    private static int withWhom(SentenceView s, int k) {
        if (!s.is(k, "с", "со")) return k;
        int w = k + 1;
        // Not a legal form that opens a quoted name after them: «по работе с МСБ АО «Банк ЦентрКредит»».
        while (w < s.size() && s.isWord(w) && (s.isUpper(w) && !s.isPunct(w + 1, "«\"“„") || instrumental(s, w))) {
            w++;
            // A list of them: «туберкулезом и малярией».
            if (NounPhrases.listJoint(s, w) && instrumental(s, w + 1)) w++;
        }
        return w > k + 1 ? w : k;
    }

    /** A common noun, or an abbreviation with its ending («СПИДом»), in the instrumental. */
    private static boolean instrumental(SentenceView s, int i) {
        if (i >= s.size() || !s.isWord(i) || !INSTRUMENTAL.matcher(s.lower(i)).matches()) return false;
        String w = s.form(i);
        return !s.isCapitalized(i) || w.length() > 3 && Character.isUpperCase(w.charAt(1));
    }

    private Head headAt(SentenceView s, int i) {
        if (!s.isWord(i)) return null;
        PhraseTable.Match<Concept> f = lexicons.legalForms().longestAt(s, i);
        PhraseTable.Match<String> n = lexicons.organizationNouns().longestAt(s, i);
        // Abbreviated forms (ОО, ТОО) name no organisation by themselves.
        if (f != null && f.entries().stream().allMatch(e -> e.label().equals(e.label().toUpperCase(Locale.ROOT)))) f = null;
        if (f != null && (n == null || f.end() >= n.end())) return new Head(i, f.end(), f.value(), f.entries().stream().allMatch(lexicons::rulesOnly));
        return n != null ? new Head(i, n.end(), null, false) : null;
    }

    private Mention russian(TextView v, SentenceView s, Head head) {
        int start = NounPhrases.adjectivesBefore(v, s, head.start, head.end - 1);
        int end = NounPhrases.genitiveComplementEnd(lexicons.givenNames(), v, s, head.end);
        boolean capitalised = false;
        for (int k = start; k <= head.start; k++) capitalised |= s.isProper(k) && (k > 0 || k == head.start);
        boolean sentenceStart = start == 0 || s.isPunct(start - 1, "-–—•");
        // A movement's aim, after a preposition that takes the genitive, is part of its name when a capital, not the
        // sentence, opens it: «Движение против нелегальной иммиграции», «Комитет в защиту свободы слова».
        int aim = s.is(head.end, "против") ? 1 : s.is(head.end, "в") && s.is(head.end + 1, "защиту") ? 2 : 0;
        if (end == head.end && aim > 0 && capitalised && !sentenceStart) {
            int aimEnd = NounPhrases.genitiveComplementEnd(lexicons.givenNames(), v, s, head.end + aim);
            if (aimEnd > head.end + aim) end = aimEnd;
        }
        // «Коалиция за чистый воздух», «Движение за честные выборы»: what it is for, in the accusative.
        if (end == head.end && s.is(head.end, "за") && capitalised && !sentenceStart) {
            int k = head.end + 1;
            while (k < s.size() && s.isWord(k) && !s.isCapitalized(k) && v.morphology().isAdjective(s.form(k), Language.RUSSIAN)) k++;
            if (k < s.size() && s.isWord(k) && !s.isCapitalized(k) && v.morphology().wordClass(s.form(k), Language.RUSSIAN) == Morphology.WordClass.THING) {
                end = Math.max(k + 1, NounPhrases.genitiveComplementEnd(lexicons.givenNames(), v, s, k + 1));
            }
        }
        // What a body deals with, after «по» in the dative: «Управление по вопросам молодежной политики Кызылординской
        // области», «Комитет по делам молодежи», «Министерство по чрезвычайным ситуациям».
        if (end == head.end && s.is(head.end, "по") && (capitalised && !sentenceStart || head.stateBody())) {
            int k = head.end + 1;
            while (k < s.size() && s.isWord(k) && !s.isCapitalized(k) && DATIVE_ADJECTIVE.matcher(s.lower(k)).matches()
                    && v.morphology().isAdjective(s.form(k), Language.RUSSIAN)) k++;
            if (k < s.size() && s.isWord(k) && !s.isCapitalized(k) && DATIVE_NOUN.matcher(s.lower(k)).matches()) {
                // «Отдел по работе с НПО управления …», «по связям с общественностью»: with whom, in the instrumental.
                k = withWhom(s, k + 1);
                end = Math.max(k, NounPhrases.genitiveComplementEnd(lexicons.givenNames(), v, s, k));
            }
        }
        // «Глобальный фонд для борьбы со СПИДом, туберкулезом и малярией», «Фонд для поддержки детей»: what it is for.
        if (end == head.end && s.is(head.end, "для") && capitalised && !sentenceStart) {
            int k = head.end + 1;
            while (k < s.size() && s.isWord(k) && !s.isCapitalized(k) && v.morphology().isAdjective(s.form(k), Language.RUSSIAN)) k++;
            if (k < s.size() && s.isWord(k) && !s.isCapitalized(k) && v.morphology().isGenitiveNoun(s.form(k), Language.RUSSIAN)) {
                k = withWhom(s, k + 1);
                end = Math.max(k, NounPhrases.genitiveComplementEnd(lexicons.givenNames(), v, s, k));
            }
        }
        // «Казахстанский союз людей, живущих с ВИЧ,»: those it unites, with what they live with, between commas.
        if (end > head.end && capitalised && !sentenceStart && s.isPunct(end, ",") && NounPhrases.russianParticiple(s.lower(end + 1))
                && s.is(end + 2, "с", "со", "без") && end + 3 < s.size() && s.isWord(end + 3)
                && (end + 4 >= s.size() || s.isPunct(end + 4, ",.;)"))) {
            end += 4;
        }
        // At the start of a sentence a capital proves nothing: the complement has to look like a name's.
        boolean complement = end > head.end && (!sentenceStart || head.stateBody() || NounPhrases.strongComplementStart(v, s, head.end));
        if (complement && (head.stateBody() || capitalised)) {
            return mention(v, s, start, end, head, 0.75);
        }
        if (start < head.start && capitalised && s.isProper(start) && start > 0) {
            return mention(v, s, start, head.end, head, 0.6);
        }
        // «региональная палата предпринимателей Кызылординской области»: a body of whom, of a region, named in lower case.
        if (complement && ofARegion(v, s, head.end, end)) return mention(v, s, start, end, head, 0.6);
        // A form the rules alone read («объединение») refers back only bare: «объединение казахстанских партий» is a union of
        // them; and not after «наш»: «нашего объединения» is the authors', whoever they are.
        if (head.referring() && (end > head.end || !namedBefore(v, s, head) || s.lower(Math.max(0, head.start - 1)).startsWith("наш"))) return null;
        if (start == head.start && ((s.isProper(head.start) && !sentenceStart) || head.specificStateBody() || singular(v, s, head)
                && (head.legalForm != null || end == head.end && afterPost(v, s, head)))) {
            return mention(v, s, head.start, head.end, head, Anaphora.CONFIDENCE);
        }
        return null;
    }

    /** «председателем совета», «директора центра»: a body's noun right after a post word, which refers back to the body. */
    private static boolean afterPost(TextView v, SentenceView s, Head head) {
        return v.document().mentions().stream().anyMatch(m -> m.type() == MentionType.ROLE && m.end() <= s.start(head.start)
                && s.indexAt(m.end()) == head.start);
    }

    private List<Mention> kazakh(TextView v, SentenceView s, Head head) {
        // A form the rules alone read («бірлестік») only refers back to the body of that form the text named.
        if (head.referring()) return namedBefore(v, s, head) ? List.of(mention(v, s, head.start, head.end, head, Anaphora.CONFIDENCE)) : List.of();
        int start = NounPhrases.kazakhModifiersStart(lexicons, v, s, head.start);
        // A place alone before a body's noun that is no state body's says whose it is, it does not name it: «Германия
        // компаниясы» is a German company, «Алматының орталығы» the city's centre (KazNERD marks the place alone).
        Mention owner = start < head.start ? Mentions.startingAt(v.document(), s.start(start), MentionType.PLACE) : null;
        if (owner != null && s.indexAt(owner.end()) == head.start && !head.stateBody()) start = head.start;
        if (start == head.start) start = NounPhrases.kazakhLowerCaseNameStart(lexicons, v, s, head.start);
        if (start == head.start && SENTENCE_OPENING_KINDS.contains(head.legalForm == null ? "" : head.legalForm.localName())
                && NounPhrases.kazakhCompoundFromSentenceStart(lexicons, v, s, head.start)) start = 0;
        // Several bodies are no one body's name («облыстағы инфекциялық ауруханаларда»), but each named one is.
        if (NounPhrases.kazakhPlural(s.lower(head.end - 1))) return conjuncts(v, s, start, head);
        // A place in the attributive says where the body is; it is not part of its name («Франциядағы Лувр мұражайы»).
        while (start < head.start) {
            Mention place = Mentions.startingAt(v.document(), s.start(start), MentionType.PLACE);
            int after = place == null ? start : s.indexAt(place.end());
            if (place == null || after > head.start || !NounPhrases.kazakhAttributive(s.lower(after - 1))) break;
            start = after;
        }
        // A noun names a body with the noun before it only as its compound's head, in the possessive: «Абай мектебі»,
        // not «Әдиет мектепке» (Әдиет goes to school). An adjective needs no possessive: «Ұлттық банк».
        int last = head.start - 1;
        if (start < head.start && !NounPhrases.kazakhCompoundHead(s.lower(head.end - 1)) && s.isProper(last)
                && !v.morphology().isAdjective(s.form(last), Language.KAZAKH) && s.form(last).chars().noneMatch(c -> c < 0x250 && Character.isLetter(c))) {
            start = head.start;
        }
        // What is left must be written as a name: «Алматыдағы ұлттық университетте» names none.
        // Unless a capital opens it further back: «Қазақстандық адам құқықтары жөніндегі халықаралық бюро».
        if (start < head.start && java.util.stream.IntStream.range(start, head.start).noneMatch(k -> s.isProper(k) || Character.isDigit(s.form(k).charAt(0)))) {
            start = NounPhrases.kazakhLowerCaseNameStart(lexicons, v, s, head.start);
        }
        if (start == head.start) start = unitNumberStart(s, head);
        if (start == head.start && head.stateBody()) {
            Mention regional = regionalBody(v, s, head);
            if (regional != null) return List.of(regional);
        }
        if (start == head.start) {
            boolean capitalised = s.isProper(head.start) && head.start > 0;
            // «Қордың директоры», «бірлестік төрағасы», «Орталықтың жетекшісі»: a legal form or a body's noun with a post
            // after it is the body named before.
            boolean beforePost = Mentions.startingAt(v.document(), s.start(head.end), MentionType.ROLE) != null;
            return capitalised || beforePost || head.specificStateBody() || namedBefore(v, s, head)
                    ? List.of(mention(v, s, head.start, head.end, head, Anaphora.CONFIDENCE)) : List.of();
        }
        Span span = s.span(start, head.end);
        return List.of(new Mention(span, v.document().text(span), MentionType.ORGANIZATION, localBodyName(v, s, start, head),
                head.legalForm == null ? null : head.legalForm.iri(), 0.75));
    }

    /**
     * Whether a Kazakh legal form in the singular follows an organisation of that form the text
     * has named: «Қорды … басқарады», «Қор … мүшесі» after «"Жасыл Алатау" қоғамдық қоры». Without
     * one, a bare «қор» may be a reserve, not a fund.
     */
    private boolean namedBefore(TextView v, SentenceView s, Head head) {
        // State bodies refer back by their own kind (specificStateBody); «мемлекеттік орган» is any of them.
        if (head.legalForm == null || head.stateBody() || NounPhrases.kazakhPlural(s.lower(head.end - 1))) return false;
        int at = s.start(head.start);
        return v.document().mentions().stream().anyMatch(m -> m.type() == MentionType.ORGANIZATION && m.end() <= at
                && m.concept() != null && !Anaphora.isAnaphor(m) && lexicons.concept(m.concept()) != null
                && lexicons.concept(m.concept()).isA(head.legalForm.localName()));
    }

    /**
     * The start of a military unit's number before its noun, past at most two lower-case words, or
     * the head's start: «55 / 12 әскери бөлімі», «101-інші атқыштар бригадасы». A cardinal alone
     * counts crews, not a unit («екі бригада», «22 жедел медициналық бригада»), except before
     * «әскери бөлім», the form of a unit's name.
     */
    private static int unitNumberStart(SentenceView s, Head head) {
        String noun = s.lower(head.start);
        boolean militaryPart = noun.startsWith("бөлім") && head.start > 0 && s.is(head.start - 1, "әскери");
        if (!militaryPart && !MILITARY_UNIT.matcher(noun).lookingAt()) return head.start;
        for (int k = head.start - 1; k >= Math.max(0, head.start - 3); k--) {
            String w = s.form(k);
            if (ORDINAL.matcher(w).matches()) return k;
            if (militaryPart && w.chars().allMatch(Character::isDigit)) {
                return k >= 2 && s.isPunct(k - 1, "/") && s.form(k - 2).chars().allMatch(Character::isDigit) ? k - 2 : k;
            }
            if (!s.isWord(k) || s.isCapitalized(k)) break;
        }
        return head.start;
    }

    private static final java.util.regex.Pattern MILITARY_UNIT = java.util.regex.Pattern.compile("бригада|полк|дивизия|батальон");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+-(інші|ыншы|ші|шы|нші|ншы|сыншы|сінші)");

    /**
     * The kinds of state body whose compound names a sentence may open with: «Мәдениет министрлігі»,
     * «Автомобиль жолдары комитеті». Not a department, centre, fund or school: «Полиция департаменті»,
     * «Облыс орталығы», «Нан зауыты» are a local office or a kind of place, no names.
     */
    private static final java.util.Set<String> SENTENCE_OPENING_KINDS = java.util.Set.of("ministry", "committee", "agency");

    /**
     * Whether a bare legal form is one body's, in the singular, which may refer back to one the
     * text named: «главу партии» (партия «Яблоко»), not «объединение партий».
     */
    private boolean singular(TextView v, SentenceView s, Head head) {
        if (head.end - head.start != 1) return false;
        String nominative = v.nominative(s.span(head.start, head.end), Morphology.PhraseKind.NOUN_PHRASE).toLowerCase(Locale.ROOT);
        PhraseTable.Match<?> form = head.legalForm != null ? lexicons.legalForms().longestAt(s, head.start)
                : lexicons.organizationNouns().longestAt(s, head.start);
        return form != null && form.entries().stream().anyMatch(e -> e.label().toLowerCase(Locale.ROOT).equals(nominative));
    }

    /**
     * The names joined by «және» or commas before a plural head, each a body of the head's kind:
     * «Amazon Web Services және Royal Dutch Shell компанияларының» → Amazon Web Services, Royal
     * Dutch Shell. A conjunct's lower-case words after its capitals describe the kind, not the name.
     */
    private List<Mention> conjuncts(TextView v, SentenceView s, int start, Head head) {
        List<Mention> out = new ArrayList<>();
        int from = start;
        for (int i = start; i <= head.start; i++) {
            if (i < head.start && !s.is(i, "және") && !s.isPunct(i, ",")) continue;
            int end = i;
            while (end > from && !s.isProper(end - 1)) end--;
            if (end > from && s.isProper(from) && (out.size() > 0 || i < head.start)) {
                Span span = s.span(from, end);
                String text = v.document().text(span);
                out.add(new Mention(span, text, MentionType.ORGANIZATION, text, head.legalForm == null ? null : head.legalForm.iri(), 0.6));
            }
            from = i + 1;
        }
        return out.size() > 1 ? out : List.of();
    }

    /**
     * The nominative of a Kazakh name; a local body after its place takes the genitive form of
     * the official name: «Шымкент қаласы мәслихатының» → «Шымкент қаласының мәслихаты», «Павлодар
     * облысы ішкі саясат басқармасы» → «Павлодар облысының ішкі саясат басқармасы», so that both
     * spellings are one body.
     */
    private static String localBodyName(TextView v, SentenceView s, int start, Head head) {
        String nominative = v.nominative(s.span(start, head.end), Morphology.PhraseKind.NOUN_PHRASE);
        if (!head.stateBody() || head.start == 0) return nominative;
        String[] words = nominative.split(" ");
        if (words.length != head.end - start) return nominative;
        for (Mention place : Mentions.within(v.document(), s.span(start, head.start), MentionType.PLACE)) {
            int kind = s.indexAt(place.end()) - 1;
            String word = s.lower(kind);
            // The place's kind word in the possessive, not yet in the genitive: «облысы», «қаласы».
            if (kind <= s.indexAt(place.start()) || !(word.endsWith("ы") || word.endsWith("і"))) continue;
            words[kind - start] = words[kind - start] + v.toDocumentScript(NounPhrases.possessiveGenitive(word).substring(word.length()));
        }
        return String.join(" ", words);
    }

    /**
     * A body whose name ends with «области» or «города» alone is of the one region or city the text
     * names: «управления внутренней политики области» → «Управление внутренней политики Актюбинской
     * области», «отдела внутренней политики города» → «… города Павлодара», the word a mention of that
     * place. Otherwise the mention as it is.
     */
    private Mention ofTheRegion(TextView v, SentenceView s, Mention body, List<Mention> out) {
        int last = s.indexAt(body.end()) - 1;
        if (!s.is(last, "области", "города") || last == s.indexAt(body.start()) || Mentions.covering(v.document(), s.start(last), MentionType.PLACE) != null) {
            return body;
        }
        Concept region = TextPlaces.only(lexicons, v.document(), s.is(last, "области") ? "region" : "city");
        if (region == null) return body;
        out.add(TextPlaces.reference(v, s, last, region));
        String name = v.nominative(s.span(s.indexAt(body.start()), last), Morphology.PhraseKind.NOUN_PHRASE);
        return new Mention(body.span(), body.text(), MentionType.ORGANIZATION,
                EventFinder.capitalise(name) + " " + TextPlaces.russianOwner(lexicons, v.document(), region), body.concept(), body.confidence());
    }

    /**
     * A Kazakh state body named «облыстық …» (regional) or «қалалық …» (the city's) is of the one
     * region or city the text names: «облыстық ішкі саясат басқармасы» → «Атырау облыстық ішкі
     * саясат басқармасы», «қалалық жастар саясаты басқармасы» → «Шымкент қалалық …». Null when the
     * words before the head are not that, or the text names no one such place.
     */
    private Mention regionalBody(TextView v, SentenceView s, Head head) {
        int k = head.start;
        while (k > 0 && k > head.start - 4 && s.isWord(k - 1) && !s.isCapitalized(k - 1) && !s.is(k - 1, "облыстық", "қалалық")
                && !NounPhrases.kazakhCaseEnded(s.lower(k - 1)) && !NounPhrases.kazakhParticiple(s.lower(k - 1))) k--;
        if (!s.is(k - 1, "облыстық", "қалалық") || s.isCapitalized(k - 1)) return null;
        boolean region = s.is(k - 1, "облыстық");
        Concept place = TextPlaces.only(lexicons, v.document(), region ? "region" : "city");
        if (place == null) return null;
        String placeName = place.label(v);
        // A region's name without its kind word, which the adjective says: «Атырау облысы» → «Атырау облыстық …».
        if (region && placeName.indexOf(' ') > 0) placeName = placeName.substring(0, placeName.lastIndexOf(' '));
        Span span = s.span(k - 1, head.end);
        String name = placeName + " " + v.nominative(span, Morphology.PhraseKind.NOUN_PHRASE);
        return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, name, head.legalForm == null ? null : head.legalForm.iri(), 0.7);
    }

    private static Mention mention(TextView v, SentenceView s, int start, int end, Head head, double confidence) {
        Span span = s.span(start, end);
        String name = v.nominative(s.span(start, end), Morphology.PhraseKind.NOUN_PHRASE);
        return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, EventFinder.capitalise(name),
                head.legalForm == null ? null : head.legalForm.iri(), confidence);
    }

    /**
     * Whether the head is the first word of a post's name that goes on past it: «басқарма төрағасы»
     * (board chairman). Not of a post named by the body it heads, whose word refers back to that
     * body: «Басқарма басшысы» (head of the department).
     */
    private static boolean postsWord(TextView v, SentenceView s, Head head) {
        Mention role = Mentions.covering(v.document(), s.start(head.start), MentionType.ROLE);
        return role != null && role.end() > s.end(head.end - 1) && !RoleFinder.headsNamedBody(role);
    }

    private static boolean taken(TextView v, SentenceView s, int i) {
        return Mentions.covering(v.document(), s.start(i), MentionType.ORGANIZATION) != null
                || Mentions.covering(v.document(), s.start(i), MentionType.EVENT) != null;
    }

    private static boolean inside(List<Quotes.Quote> quotes, int i) {
        for (Quotes.Quote q : quotes) {
            if (q.from() <= i && i < q.to()) return true;
        }
        return false;
    }

    /**
     * «общественный фонд «…»» is the quoted finder's; but not a Kazakh body in the nominative before a
     * quoted name the quoted finder gave a form of its own: «… ішкі саясат басқармасы "Адал" қоғамдық
     * қорымен», «… ресурстық орталығы «Жасыл ел» жастар еңбек жасағымен» name two, «Бірлестік «Азаматтық
     * альянс» қауымдастығының мүшесі» refers back; «барлық бөлімін "Хабар" телеарнасы» names one.
     */
    private static boolean followedByQuote(TextView v, SentenceView s, int end, boolean russian) {
        if (!s.isPunct(end, "«\"“„")) return false;
        return russian || NounPhrases.kazakhCaseEnded(s.lower(end - 1))
                || Mentions.startingAt(v.document(), s.start(end), MentionType.ORGANIZATION) == null;
    }
}
