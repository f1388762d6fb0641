package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Who pays for an event: an organisation right after a word of support or commission in a
 * sentence about the event («в рамках государственного социального заказа управления внутренней
 * политики …», «при поддержке фонда …»), or right before it in Kazakh («… қорының қолдауымен»).
 */
public final class FundingFinder extends RelationFinder {
    /** How far after the cue word the funder's name may begin. */
    private static final int REACH = 4;

    public FundingFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            List<EntityIndex.Item> events = eventsOf(view, index, s);
            if (events.isEmpty()) continue;
            for (EntityIndex.Item o : index.outermost(s.span(), EntityKind.ORGANIZATION)) {
                if (!isFunder(s, o)) continue;
                EntityIndex.Item event = EventPlaceFinder.nearest(events, o.mention().span());
                out.add(Fact.link(Predicate.FUNDED_BY, event.entity(), o.entity(), s.span(), 0.6));
            }
        }
        return out;
    }

    /** Whether the organisation is named as the one giving support or commissioning. */
    static boolean isFunder(SentenceView s, EntityIndex.Item org) {
        int first = s.indexAt(org.start());
        int next = s.indexAt(org.end());
        boolean kazakh = s.text().readingLanguage() != Language.RUSSIAN;
        if (kazakh) return next < s.size() && Cues.FUNDING.matcher(s.lower(next)).matches();
        for (int k = first - 1; k >= Math.max(0, first - REACH); k--) {
            if (s.isWord(k) && Cues.FUNDING.matcher(s.lower(k)).matches()) return true;
        }
        return false;
    }
}
