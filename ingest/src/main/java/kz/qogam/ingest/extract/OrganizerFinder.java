package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Who organises an event: in a sentence with a verb of organising and an event, the organisation
 * that stands before the verb as its subject («Молодежный общественный фонд «Ұрпақ Next» …
 * организовал ярмарку»), or else the one after it («организованный фондом …»). An organisation
 * named as a funder («заказа управления …») is not the organiser. So is the organisation whose
 * initiative the event is («по инициативе …», «… бастамасымен»), one it is organised jointly
 * with («совместно с …», «… бірлесіп»), and those joined to the organiser by «и», «мен» or a comma.
 */
public final class OrganizerFinder extends RelationFinder {
    public OrganizerFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            List<EntityIndex.Item> events = eventsOf(view, index, s);
            if (events.isEmpty()) continue;
            List<EntityIndex.Item> partners = partners(index, s);
            for (int cue : Cues.find(s, Cues.ORGANIZING)) {
                EntityIndex.Item before = null, after = null;
                for (EntityIndex.Item o : index.outermost(s.span(), EntityKind.ORGANIZATION)) {
                    if (FundingFinder.isFunder(s, o) || partners.contains(o)
                            || events.stream().anyMatch(e -> e.mention().span().contains(o.mention().span()))) continue;
                    if (o.end() <= s.start(cue)) before = o;
                    else if (after == null) after = o;
                }
                EntityIndex.Item organiser = before != null ? before : after;
                if (organiser == null) continue;
                EntityIndex.Item event = EventPlaceFinder.nearest(events, s.span(cue, cue + 1));
                // «Его организовали объединение «…» и управление …»: each of those joined organises.
                for (EntityIndex.Item o : joined(s, index.outermost(s.span(), EntityKind.ORGANIZATION), organiser)) {
                    if (FundingFinder.isFunder(s, o)) continue;
                    out.add(Fact.link(Predicate.ORGANIZES, o.entity(), event.entity(), s.span(), 0.75));
                }
                for (EntityIndex.Item partner : partners) {
                    out.add(Fact.link(Predicate.ORGANIZES, partner.entity(), event.entity(), s.span(), 0.7));
                }
            }
            initiator(index, s, events, out);
        }
        return out;
    }

    /**
     * Who organises jointly with the organiser: the organisation right after «совместно с» or right
     * before «бірлесіп» («… басқармасы "Адал" қоғамдық қорымен бірлесіп ұйымдастырды»).
     */
    private static List<EntityIndex.Item> partners(EntityIndex index, SentenceView s) {
        List<EntityIndex.Item> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            boolean russian = s.is(i, "совместно") && s.is(i + 1, "с", "со");
            boolean kazakh = s.is(i, "бірлесіп", "бірлесе");
            if (!russian && !kazakh) continue;
            for (EntityIndex.Item o : index.outermost(s.span(), EntityKind.ORGANIZATION)) {
                if (russian ? s.indexAt(o.start()) == i + 2 : s.indexAt(o.end()) == i) out.add(o);
            }
        }
        return out;
    }

    /**
     * Whose initiative an event is: the organisation right after «по инициативе» or right before
     * «бастамасымен» («по инициативе общественного фонда «Развитие» прошел семинар», «"Бірге"
     * бірлестігінің бастамасымен форум өтті»).
     */
    private static void initiator(EntityIndex index, SentenceView s, List<EntityIndex.Item> events, List<Fact> out) {
        for (int i = 0; i < s.size(); i++) {
            boolean russian = s.is(i, "по") && s.is(i + 1, "инициативе");
            boolean kazakh = s.is(i, "бастамасымен");
            if (!russian && !kazakh) continue;
            for (EntityIndex.Item o : index.outermost(s.span(), EntityKind.ORGANIZATION)) {
                if (russian ? s.indexAt(o.start()) == i + 2 : s.indexAt(o.end()) == i) {
                    EntityIndex.Item event = EventPlaceFinder.nearest(events, s.span(i, i + 1));
                    out.add(Fact.link(Predicate.ORGANIZES, o.entity(), event.entity(), s.span(), 0.7));
                }
            }
        }
    }
}
