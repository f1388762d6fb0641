package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * When an organisation was founded: a word of founding («основанная в 2005г.», «создана»,
 * «құрылған») with the organisation and a year or date next to it in the sentence; «с 2006 года
 * работает …», «2015 жылдан бері жұмыс істейді» for one that has worked since then. A text that announces a founding without a date
 * («В Казахстане создана Коалиция…») dates it by its dateline, with less confidence.
 */
public final class FoundingFinder extends RelationFinder {
    public FoundingFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        Dateline dateline = Dateline.find(view, index);
        for (SentenceView s : view.sentences()) {
            List<EntityIndex.Item> orgs = index.outermost(s.span(), EntityKind.ORGANIZATION);
            if (orgs.isEmpty()) continue;
            List<Mention> dates = Mentions.within(view.document(), s.span(), MentionType.DATE).stream()
                    .filter(d -> !d.normalized().startsWith("--")).toList();
            for (int cue : Cues.find(s, Cues.FOUNDING)) {
                EntityIndex.Item org = EventPlaceFinder.nearest(orgs, s.span(cue, cue + 1));
                Mention date = nearestDate(dates, s, cue);
                if (date != null) out.add(Fact.value(Predicate.FOUNDED_ON, org.entity(), date.normalized(), s.span(), 0.7));
                else if (dateline != null) out.add(Fact.value(Predicate.FOUNDED_ON, org.entity(), dateline.date(), s.span(), 0.4));
            }
            // «С 2006 года … работает клуб»: the year after «с», the first verb of working after it, the organisation after that;
            // «Қор 2015 жылдан бері … жұмыс істейді»: the year before «бері», the organisation before it.
            for (Mention d : dates) {
                int k = s.indexAt(d.start());
                boolean since = view.readingLanguage() == Language.RUSSIAN
                        ? s.is(k - 1, "с", "со") && view.document().text(d.span()).matches("(?s).*(года|г\\.?|гг\\.?)")
                        : s.is(s.indexAt(d.end()), "бері");
                if (!since) continue;
                int verb = Cues.find(s, Cues.OPERATING).stream().filter(c -> c > k).findFirst().orElse(-1);
                if (verb < 0) continue;
                orgs.stream().filter(o -> view.readingLanguage() == Language.RUSSIAN ? o.start() > s.start(verb) : o.end() <= d.start())
                        .findFirst().ifPresent(o -> out.add(Fact.value(Predicate.FOUNDED_ON, o.entity(), d.normalized(), s.span(), 0.6)));
            }
        }
        return out;
    }

    private static Mention nearestDate(List<Mention> dates, SentenceView s, int cue) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention d : dates) {
            int distance = Math.abs(d.start() - s.start(cue));
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }
}
