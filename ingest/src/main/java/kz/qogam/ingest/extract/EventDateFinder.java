package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * When an event takes place: a date in a sentence that names the event goes to the nearest
 * event there («прошла четырнадцатого ноября» → --11-14); an event named for its year
 * («BARCAMP–2022») took place that year. Of two dates of one event, the one the other makes more
 * precise is dropped (2003 beside 2003-10).
 */
public final class EventDateFinder extends RelationFinder {
    private static final Pattern YEAR_IN_NAME = Pattern.compile(".*\\D((?:19|20)\\d\\d)");

    public EventDateFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            List<EntityIndex.Item> events = index.within(s.span(), EntityKind.EVENT);
            if (events.isEmpty()) continue;
            for (Mention date : Mentions.within(view.document(), s.span(), MentionType.DATE)) {
                EntityIndex.Item event = EventPlaceFinder.nearest(events, date.span());
                out.add(Fact.value(Predicate.DATE, event.entity(), date.normalized(), s.span(), 0.7));
            }
        }
        for (Entity e : index.document().entities()) {
            Matcher m = YEAR_IN_NAME.matcher(e.name().text());
            if (e.kind() == EntityKind.EVENT && m.matches() && !e.mentions().isEmpty()) {
                Span evidence = index.document().sentenceAt(e.mentions().get(0).start());
                out.add(Fact.value(Predicate.DATE, e, m.group(1), evidence, 0.6));
            }
        }
        out.removeIf(f -> out.stream().anyMatch(g -> g != f && g.subject() == f.subject()
                && g.literal().length() > f.literal().length() && g.literal().startsWith(f.literal())));
        return out;
    }
}
