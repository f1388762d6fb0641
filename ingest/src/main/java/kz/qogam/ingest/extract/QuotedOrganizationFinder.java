package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Organisations named in quotes:
 * <ul>
 *   <li>with a legal form or an organisation noun before the name (Russian): «Молодежный
 *       общественный фонд «Ұрпақ Next»», «РОО «Общество молодых профессионалов»», «ОФ «…»»,
 *       «дискуссионный клуб «Молодых демократов»», or an abbreviation the scheme does not list
 *       («РКК „Энергия“»);</li>
 *   <li>or after it (Kazakh, and Russian abbreviations): ««Ұрпақ» қоғамдық қоры», ««Qazaqstan
 *       zańgerler odaǵy» RQB»;</li>
 *   <li>or alone, when the name's own head noun is an organisation's («Азаматтық ресурстық
 *       орталық», «Институт развития…») or an abbreviation is defined right after it.</li>
 * </ul>
 * The name is the quoted text in the nominative; the mention spans the form too, and its concept
 * is the legal form. Quotes that title an event (already found) are left alone.
 */
public final class QuotedOrganizationFinder extends MentionFinder {
    /** How far back a legal form may start before the quote: «объединение юридических лиц в форме ассоциации». */
    private static final int MAX_FORM = 6;

    public QuotedOrganizationFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        Set<String> things = russian ? thingNames(view) : Set.of();
        for (SentenceView s : view.sentences()) {
            for (Quotes.Quote q : Quotes.find(s)) {
                if (!s.isWord(q.from()) || !(s.isCapitalized(q.from()) || Character.isDigit(s.form(q.from()).charAt(0)))) continue;
                // «Об общественных объединениях», «О некоммерческих организациях»: a law's or a paper's title.
                if (russian && s.is(q.from(), "о", "об", "обо")) continue;
                if (Mentions.covering(view.document(), s.start(q.from()), MentionType.EVENT) != null) continue;
                Mention m = withForm(view, s, q, russian);
                boolean thing = s.keys(q.from()).stream().anyMatch(things::contains);
                Form head = m == null && !thing ? head(s, q, russian) : null;
                if (m == null && !thing && (head != null || abbreviationFollows(s, q))) {
                    m = mention(view, s, q, q.open(), q.after(s), head == null ? null : head.legalForm(), russian);
                }
                // «РКК „Энергия“», «ГУП «Водоканал»»: an abbreviation of a kind the scheme does not list, not a place's or a body's.
                if (m == null && !thing && russian && q.open() > 0 && s.isUpper(q.open() - 1)
                        && Mentions.covering(view.document(), s.start(q.open() - 1), MentionType.PLACE) == null
                        && Mentions.covering(view.document(), s.start(q.open() - 1), MentionType.ORGANIZATION) == null) {
                    m = mention(view, s, q, q.open() - 1, q.after(s), null, russian);
                }
                if (m != null) out.add(m);
            }
        }
        return out;
    }

    /**
     * The first words (as lookup keys) of the quoted names the text gives a thing's noun before
     * («корабля «Союз»»): the name names that thing wherever the text uses it, though its head is
     * an organisation's noun («следующего «Союза»», «с «Союз ТМ-2»»).
     */
    private Set<String> thingNames(TextView view) {
        Set<String> out = new HashSet<>();
        for (SentenceView s : view.sentences()) {
            for (Quotes.Quote q : Quotes.find(s)) {
                if (q.open() > 0 && s.isWord(q.from()) && lexicons.thingNouns().longestAt(s, q.open() - 1) != null) {
                    out.addAll(s.keys(q.from()));
                }
            }
        }
        return out;
    }

    private Mention withForm(TextView v, SentenceView s, Quotes.Quote q, boolean russian) {
        Form before = formEndingAt(s, q.open());
        // Kazakh puts the form after the name; one before it names the body only in the nominative and with no thing's
        // noun or form of its own after the name: «орталығындағы «Бейбарыс» алаңына» is a square in a centre, «Бас
        // прокуратура «Бек Эйр» компаниясын» a prosecutor's office and a company, «орталығы «Жасыл ел» жастар еңбек
        // жасағымен» a centre and a brigade.
        if (before != null && !russian && (NounPhrases.kazakhCaseEnded(s.lower(before.end - 1))
                || NounPhrases.kazakhAttributive(s.lower(before.end - 1)) || lexicons.thingNouns().longestAt(s, q.after(s)) != null
                || formAt(s, q.after(s)) != null || formAfterWords(s, q.after(s)) != null)) {
            before = null;
        }
        // «Национальная палата предпринимателей «Атамекен»», «Союз журналистов «…»»: the form's genitive complement between.
        if (before == null && russian) before = formBeforeComplement(v, s, q.open());
        if (before != null) {
            int start = russian ? NounPhrases.adjectivesBefore(v, s, before.start, before.end - 1) : before.start;
            return mention(v, s, q, start, q.after(s), before.legalForm, russian);
        }
        // «Aq jol» Qazaqstan demokratııalyq partııasy» QB, ««Tandem» teleradıokompanııasy» JShS: a name quoted
        // with an unpaired inner mark, whose form follows the outer closing mark.
        Form after = null;
        for (int k = q.after(s); k < s.size() && k < q.after(s) + MAX_FORM; k++) {
            if (s.isPunct(k, "«")) break;
            if (s.isPunct(k, "»") && (after = formAt(s, k + 1)) != null) {
                q = new Quotes.Quote(q.open(), k);
                break;
            }
        }
        if (after == null) after = formAt(s, q.after(s));
        if (after == null && !russian) after = formAfterWords(s, q.after(s));
        // What is called so is one body, not several: ««…» атты үкіметтік емес ұйымдардың өңірлік форумы» is the NGOs'
        // forum's title. (A group is named with its plural: ««Роял Датч Шелл» компанияларының».)
        if (after == null || !russian && s.is(q.after(s), "атты", "деген") && NounPhrases.kazakhPlural(s.lower(after.end - 1))) return null;
        return mention(v, s, q, q.open(), after.end, after.legalForm, russian);
    }

    private static boolean allKnown(TextView v, SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isWord(k) && !v.morphology().knows(s.form(k), v.readingLanguage())) return false;
        }
        return true;
    }

    private Mention mention(TextView v, SentenceView s, Quotes.Quote q, int start, int end, Concept legalForm, boolean russian) {
        Span span = s.span(start, end);
        Span inside = s.span(q.from(), q.to());
        // A Russian name may take the case of its form («РОО «Общества молодых профессионалов»»), but one with a word the
        // dictionary does not know is not Russian and stays as written («фонда «Таза Ауа»», not «Таз Ауа»).
        // Nor one that opens with a place, whose case is the name's own: «ТОО «Караганды Энерго»».
        boolean inflected = russian && (start == q.open() || allKnown(v, s, q.from(), q.to()))
                && Mentions.covering(v.document(), s.start(q.from()), MentionType.PLACE) == null;
        String name = inflected ? v.nominative(inside, Morphology.PhraseKind.PROPER_NAME) : v.document().text(inside).strip();
        // «Aq jol» Qazaqstan demokratııalyq partııasy»: a name whose inner quote the outer one opened;
        // «Социально-предпринимательская корпорация «Тобол»: one whose inner quote the outer one closed.
        long opens = name.chars().filter(c -> c == '«').count(), closes = name.chars().filter(c -> c == '»').count();
        if (closes > opens) name = "«" + name;
        else if (opens > closes) name = name + "»";
        return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, name,
                legalForm == null ? null : legalForm.iri(), legalForm != null ? 0.9 : 0.75);
    }

    /** A legal form or organisation noun; {@code legalForm} is null for a plain noun (клуб, центр). */
    private record Form(int start, int end, Concept legalForm) {}

    private Form formAt(SentenceView s, int i) {
        if (i >= s.size()) return null;
        PhraseTable.Match<Concept> f = lexicons.legalForms().longestAt(s, i);
        PhraseTable.Match<String> n = lexicons.organizationNouns().longestAt(s, i);
        if (f != null && (n == null || f.end() >= n.end())) return new Form(i, f.end(), f.value());
        return n != null ? new Form(i, n.end(), null) : null;
    }

    /**
     * A Kazakh form after one or two lower-case words that say what kind of body it is: ««Зейнеткер-2»
     * саяжай серіктестігі», ««Ақжарма» фольклорлық ансамблі», or up to five that end with what it
     * does («… сөз бостандығын қорғау қоры»). Not past a thing's noun: ««Сұңқар» тұрғын үй кешені»
     * is a building.
     */
    private Form formAfterWords(SentenceView s, int after) {
        for (int k = after; k < Math.min(s.size(), after + 5); k++) {
            // Not a theme: «"…" тақырыбында ҮЕҰ-лардың форумы».
            if (!s.isWord(k) || s.isCapitalized(k) || lexicons.thingNouns().longestAt(s, k) != null || s.lower(k).startsWith("тақырыб")) return null;
            Form f = formAt(s, k + 1);
            // More words say what the body does, ending with a verbal noun: ««Әділ сөз» халықаралық сөз бостандығын қорғау қоры».
            if (f != null && (k < after + 2 || NounPhrases.kazakhVerbalNoun(s.lower(k)) && NounPhrases.kazakhObject(s.lower(k - 1)))) return f;
        }
        return null;
    }

    /**
     * A Russian form whose complement in the genitive ends before token {@code next}, or null: up to
     * six lower-case words, nouns and the adjectives before them, maybe with whom after «с»
     * («Центр поддержки гражданских инициатив «Шанс»», «ассоциация родителей детей с инвалидностью «…»»).
     */
    private Form formBeforeComplement(TextView v, SentenceView s, int next) {
        for (int k = next - 2; k >= Math.max(0, next - 7); k--) {
            Form f = formAt(s, k);
            if (f == null || f.end >= next) continue;
            boolean complement = true;
            for (int c = f.end; c < next && complement; c++) {
                boolean with = s.is(c - 1, "с", "со") && c - 1 > f.end;
                complement = s.isWord(c) && !s.isCapitalized(c) && (v.morphology().isGenitiveNoun(s.form(c), Language.RUSSIAN) && !with
                        || with || c + 1 < next && (s.is(c, "с", "со") || v.morphology().isAdjective(s.form(c), Language.RUSSIAN)));
            }
            if (complement) return f;
        }
        return null;
    }

    private Form formEndingAt(SentenceView s, int next) {
        for (int k = Math.max(0, next - MAX_FORM); k < next; k++) {
            Form f = formAt(s, k);
            if (f != null && f.end == next) return f;
        }
        return null;
    }

    /** The form or organisation noun that heads the quoted name (the first noun in Russian, the last word in Kazakh), or null. */
    private Form head(SentenceView s, Quotes.Quote q, boolean russian) {
        if (russian) {
            for (int k = q.from(); k < q.to(); k++) {
                Form f = formAt(s, k);
                if (f != null) return f;
                if (!s.isWord(k) || !lexicons.morphology().isAdjective(s.form(k), Language.RUSSIAN)) return null;
            }
            return null;
        }
        return formEndingAt(s, q.to());
    }

    /** «Общество молодых профессионалов» (ОМП): a defined abbreviation marks an organisation. */
    private static boolean abbreviationFollows(SentenceView s, Quotes.Quote q) {
        int k = q.after(s);
        return s.isPunct(k, "(") && s.isUpper(k + 1) && s.isPunct(k + 2, ")");
    }
}
