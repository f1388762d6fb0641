package kz.qogam.ingest.ner;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.extract.Anaphora;
import kz.qogam.ingest.extract.Concept;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.extract.Mentions;
import kz.qogam.ingest.extract.NounPhrases;
import kz.qogam.ingest.extract.PhraseTable;
import kz.qogam.ingest.extract.RoleFinder;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Kazakh post titles the name finder misses or cuts short, as KazNERD marks them (its POSITION):
 * a capitalised post word inside a sentence, a post after the place or body it belongs to, and a
 * genitive title that goes on over a deputy's or another post word. The titles stand beside the
 * role words; the post finders read a post's title from them ({@code qg:postTitle}).
 */
final class KazakhTitles {
    private KazakhTitles() {}

    /**
     * A Kazakh post word written with a capital inside a sentence is a title, the name of the one
     * who holds it («Президенті», «Премьер-министрге»: KazNERD marks 240 of the 248 capitalised
     * «Президент…» and «Премьер…» words outside other names as positions), unless a title already
     * covers it. Not at the start of a sentence or a quote, where a capital proves nothing.
     */
    static void capitalised(Lexicons lexicons, TextView view) {
        Document doc = view.document();
        List<Mention> added = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            for (Mention role : Mentions.within(doc, s.span(), MentionType.ROLE)) {
                int k = s.indexAt(role.start());
                if (k == 0 || !s.isCapitalized(k) || s.isUpper(k) || s.isPunct(k - 1, "«\"„“.!?")) continue;
                if (doc.mentions().stream().anyMatch(m -> m.type() == MentionType.TITLE && m.span().overlaps(role.span()))) continue;
                Span span = withDeputy(lexicons, view, s, role.span());
                added.add(span.equals(role.span()) ? new Mention(span, role.text(), MentionType.TITLE, role.normalized(), role.concept(), StatisticalMentionFinder.GUESS)
                        : Mentions.title(view, span, role.concept(), StatisticalMentionFinder.GUESS));
            }
        }
        doc.mentions().addAll(added);
    }

    /**
     * A Kazakh post right after a named place or body, in the nominative or the genitive, is a
     * title with it: «Ақтау қалалық мәслихатының төрағасы», «Астана қаласының әкімі», «Беларусь
     * Президентімен». KazNERD marks 259 such titles as positions, and leaves a place or body before
     * a post word outside a position 10 times. A title that begins at the post word takes the name
     * in; a title elsewhere over it stands. Not a plural, which names a group, not a post: «Ішкі
     * істер министрлігінің өкілдері», «Кәсіпкерлер палатасының мамандары» (15 of 17 such plurals are
     * marked as the body and no position).
     */
    static void afterNames(Lexicons lexicons, TextView view) {
        Document doc = view.document();
        List<Mention> added = new ArrayList<>();
        List<Mention> replaced = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            for (Mention role : Mentions.within(doc, s.span(), MentionType.ROLE)) {
                int k = s.indexAt(role.start());
                int last = s.indexAt(role.end()) - 1;
                // A post word of the scheme, though a deputy's post may have no concept («басшысының орынбасары»).
                boolean post = role.concept() != null || lexicons.roles().longestAt(s, k) != null;
                if (k == 0 || !post || NounPhrases.kazakhPlural(s.lower(last))) continue;
                int before = k;
                while (before > k - 2 && before > 1 && NounPhrases.kazakhPostModifier(view, s, before - 1)) before--;
                Mention body = namedBefore(view, s, before);
                if (body == null) body = sharingWords(view, s, role);
                if (body == null) body = unitOfNamedBody(view, s, before);
                if (body == null) continue;
                int first = s.indexAt(body.start());
                int from = first > 0 && s.isPunct(first - 1, "«\"“") ? s.start(first - 1) : body.start();
                Span span = withDeputy(lexicons, view, s, new Span(from, role.end()));
                List<Mention> titles = doc.mentions().stream().filter(m -> m.type() == MentionType.TITLE && m.span().overlaps(span)).toList();
                if (titles.stream().anyMatch(t -> t.start() != role.start())) continue;
                Span whole = new Span(from, Math.max(span.end(), titles.stream().mapToInt(Mention::end).max().orElse(0)));
                replaced.addAll(titles);
                added.add(Mentions.title(view, whole, role.concept(), titles.isEmpty() ? StatisticalMentionFinder.GUESS : titles.get(0).confidence()));
            }
        }
        doc.mentions().removeAll(replaced);
        doc.mentions().addAll(added);
    }

    /**
     * The place or body named right before token {@code k}, capitalised, in the nominative or the
     * genitive («Беларусь», «Астана қаласының»; not «Алматы облысында»), or null.
     */
    private static Mention namedBefore(TextView view, SentenceView s, int k) {
        // A body's name in quotes without its legal form: «« Роскосмос » басшысы».
        int last = k - 1;
        if (last > 1 && s.isPunct(last, "»\"”") && Mentions.covering(view.document(), s.start(last), MentionType.ORGANIZATION) == null) last--;
        for (MentionType type : List.of(MentionType.ORGANIZATION, MentionType.PLACE)) {
            Mention m = Mentions.covering(view.document(), s.start(last), type);
            // A body that only refers back names no title: «Партия төрағасының орынбасары».
            if (m == null || m.end() != s.end(last) || Anaphora.isAnaphor(m)) continue;
            int first = s.indexAt(m.start());
            if (s.isPunct(first, "«\"„“")) first++;
            if (!s.isCapitalized(first)) continue;
            if (NounPhrases.kazakhOwnerForm(view, m)) return m;
        }
        return null;
    }

    /**
     * A named body before a unit of it, whose post this is: «« Алагеум Электрик » компаниясы [бақылау кеңесінің]
     * төрағасы», «Ішкі істер министрлігі [академиясының] оқытушысы». The unit is one or two lower-case words right
     * before token {@code k}, the last in the genitive, the first without a case ending; or null.
     */
    private static Mention unitOfNamedBody(TextView view, SentenceView s, int k) {
        for (int first : NounPhrases.kazakhUnitStarts(s, k)) {
            Mention body = namedBefore(view, s, first);
            if (body != null) return body.type() == MentionType.ORGANIZATION ? body : null;
        }
        return null;
    }

    /**
     * A capitalised body whose last words the post's words begin with, in the genitive: «Парламент
     * [Сенатының] төрағасы», where the post is «Сенат төрағасы»; or null.
     */
    private static Mention sharingWords(TextView view, SentenceView s, Mention role) {
        Mention m = Mentions.covering(view.document(), role.start(), MentionType.ORGANIZATION);
        if (m == null || m.start() >= role.start() || m.end() >= role.end()) return null;
        return s.isCapitalized(s.indexAt(m.start())) && NounPhrases.kazakhGenitive(m.text()) ? m : null;
    }


    /**
     * A Kazakh title that ends in the genitive with the deputy's word after it, which it governs,
     * maybe past a modifier: «[Премьер-министрдің] орынбасары», «[облысы әкімінің] бұрынғы
     * орынбасары» are one title each, a deputy's. Other spans as they are.
     */
    static Span withDeputy(Lexicons lexicons, TextView view, SentenceView s, Span span) {
        int next = s.indexAt(span.end());
        if (next == 0 || next >= s.size() || !NounPhrases.kazakhGenitive(s.lower(next - 1))) return span;
        PhraseTable.Match<Concept> deputy = RoleFinder.kazakhDeputyAfter(lexicons, view, s, next);
        // Or another post of the one named: «Президенттің көмекшісі», a president's assistant.
        if (deputy == null) deputy = lexicons.roles().longestAt(s, NounPhrases.afterKazakhPostModifiers(view, s, next));
        if (deputy != null && NounPhrases.kazakhPlural(s.lower(deputy.end() - 1))) return span;
        return deputy == null ? span : new Span(span.start(), s.end(deputy.end() - 1));
    }
}
