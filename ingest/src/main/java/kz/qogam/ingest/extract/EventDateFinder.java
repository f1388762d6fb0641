package kz.qogam.ingest.extract;

import java.time.LocalDate;
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
                // «по итогам работы за 2024 год»: the period a report covers is not its day.
                if (s.is(s.indexAt(date.start()) - 1, "за")) continue;
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
        Fact reported = reportedOn(view, index, out);
        if (reported != null) out.add(reported);
        out.removeIf(f -> out.stream().anyMatch(g -> g != f && g.subject() == f.subject()
                && g.literal().length() > f.literal().length() && g.literal().startsWith(f.literal())));
        return out;
    }

    /** Words that a report's event took place, in the past; and those that it was not on the report's day. */
    private static final Pattern TOOK_PLACE = Pattern.compile(
            "(?U)прош[её]л|прошла|прошло|прошли|состоял(ся|ась|ось|ись)|провел[аи]?|проведен[аоы]?|өтті|өтіп|өткізді|өткізілді");
    private static final Pattern NOT_TODAY = Pattern.compile("(?U)вчера|накануне|кеше|позавчера|бұрын");
    /** Words that it was the day before the report's: «Вчера в Актобе прошел форум», «Кеше … өтті». */
    private static final Pattern YESTERDAY = Pattern.compile("(?U)вчера|кеше");

    /**
     * The date of a news item's dateline («Шымкент, 25 қараша.», «Актобе. 5 декабря 2023 года.»,
     * among its first sentences) for the event the item reports, when the sentence first naming it
     * after the dateline says it took place and gives no other day, and no sentence dates it: at
     * confidence 0.5; the day before it when the sentence says «вчера» or «кеше».
     */
    private static Fact reportedOn(TextView view, EntityIndex index, List<Fact> found) {
        Entity main = index.mainEvent();
        if (main == null || found.stream().anyMatch(f -> f.subject() == main && f.confidence() >= 0.7)) return null;
        List<SentenceView> sentences = view.sentences();
        Mention dateline = null;
        for (int i = 0; i < Math.min(4, sentences.size()) && dateline == null; i++) {
            SentenceView s = sentences.get(i);
            List<Mention> dates = Mentions.within(view.document(), s.span(), MentionType.DATE);
            if (dates.size() != 1 || !dates.get(0).normalized().matches("(\\d{4}|-)-\\d{2}-\\d{2}")) continue;
            List<Mention> places = Mentions.within(view.document(), s.span(), MentionType.PLACE);
            boolean placeBefore = i > 0 && onlyPlace(view, sentences.get(i - 1));
            String rest = view.document().text(s.span()).replace(dates.get(0).text(), "");
            for (Mention p : places) rest = rest.replace(p.text(), "");
            if (rest.replaceAll("[\\p{P}\\s]", "").isEmpty() && (places.size() == 1 || places.isEmpty() && placeBefore)) dateline = dates.get(0);
        }
        if (dateline == null) return null;
        int after = dateline.end();
        Mention first = main.mentions().stream().filter(m -> !Anaphora.isAnaphor(m) && m.start() >= after).findFirst().orElse(null);
        if (first == null) return null;
        SentenceView s = view.sentenceAt(first.start());
        if (s == null || Cues.find(s, TOOK_PLACE).isEmpty()) return null;
        List<Integer> notToday = Cues.find(s, NOT_TODAY);
        if (notToday.isEmpty()) return Fact.value(Predicate.DATE, main, dateline.normalized(), s.span(), 0.5);
        boolean yesterday = notToday.stream().allMatch(k -> YESTERDAY.matcher(s.lower(k)).matches());
        String before = yesterday ? dayBefore(dateline.normalized()) : null;
        return before == null ? null : Fact.value(Predicate.DATE, main, before, s.span(), 0.5);
    }

    /** The day before a date written «2023-12-05» or «--12-05» (with no year, as in a leap year: «--03-01» → «--02-29»). */
    static String dayBefore(String date) {
        boolean year = !date.startsWith("--");
        LocalDate d = LocalDate.parse(year ? date : "2024" + date.substring(1)).minusDays(1);
        return year ? d.toString() : "-" + d.toString().substring(4);
    }

    private static boolean onlyPlace(TextView view, SentenceView s) {
        List<Mention> places = Mentions.within(view.document(), s.span(), MentionType.PLACE);
        return places.size() == 1 && view.document().text(s.span()).replace(places.get(0).text(), "").replaceAll("[\\p{P}\\s]", "").isEmpty();
    }
}
