package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Where an event takes place: a place in the sentence that names (or refers back to) the event.
 * A place said in the locative («в Петропавловске», «в отеле «Ренессанс»», «Шымкент қаласында»)
 * is where it is held; a region, city or district in another case («учреждений Мангистауской
 * области», «Төлеби ауданына») likely too, with less confidence; a country only in the locative,
 * and never a place it comes from («из», «-дан») or one inside an organisation's name.
 */
public final class EventPlaceFinder extends RelationFinder {
    private static final Pattern KAZAKH_LOCATIVE = Pattern.compile("(?s).*(да|де|та|те|нда|нде|дағы|дегі|тағы|тегі)");
    private static final Pattern KAZAKH_ABLATIVE = Pattern.compile("(?s).*(дан|ден|тан|тен|нан|нен)");

    public EventPlaceFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            List<EntityIndex.Item> events = index.within(s.span(), EntityKind.EVENT);
            if (events.isEmpty()) continue;
            List<EntityIndex.Item> places = index.outermost(s.span(), EntityKind.PLACE);
            for (EntityIndex.Item p : places) {
                int first = s.indexAt(p.start());
                if (s.isPunct(first - 1, "#") || Mentions.covering(view.document(), p.start(), MentionType.ORGANIZATION) != null) continue;
                double confidence = confidence(s, p, listHead(s, places, p, russian), russian);
                if (confidence == 0) continue;
                EntityIndex.Item event = nearest(events, p.mention().span());
                out.add(Fact.link(Predicate.TAKES_PLACE_IN, event.entity(), p.entity(), s.span(), confidence));
            }
        }
        return out;
    }

    /**
     * The place of a list whose case or preposition the place shares: in Russian the first, which
     * the preposition stands before («из Кызылорды, Байконура и Аральского района»), in Kazakh the
     * last, which takes the ending («Жаркент, Құлсары және Сарыағаш ауданынан»).
     */
    private static EntityIndex.Item listHead(SentenceView s, List<EntityIndex.Item> places, EntityIndex.Item p, boolean russian) {
        EntityIndex.Item at = p;
        while (true) {
            int gap = russian ? s.indexAt(at.start()) - 1 : s.indexAt(at.end());
            if (!NounPhrases.listJoint(s, gap)) return at;
            int next = russian ? gap - 1 : gap + 1;
            EntityIndex.Item joined = null;
            for (EntityIndex.Item o : places) {
                if (russian ? s.indexAt(o.end()) - 1 == next : s.indexAt(o.start()) == next) joined = o;
            }
            if (joined == null) return at;
            at = joined;
        }
    }

    /** How sure the place is where the event is held, by the case its list's head stands in ({@link #listHead}). */
    private double confidence(SentenceView s, EntityIndex.Item p, EntityIndex.Item head, boolean russian) {
        if (locative(s, head, russian)) return 0.8;
        boolean source = russian ? s.is(preposition(s, head), "из", "от", "с", "со", "для", "к", "по", "до")
                : KAZAKH_ABLATIVE.matcher(reading(s, head)).matches();
        if (source) return 0;
        String kind = p.entity().classification();
        Concept c = kind == null ? null : lexicons.concept(kind);
        boolean local = c != null && (c.isA("region") || c.isA("city") || c.isA("district") || c.isA("town") || c.isA("village"));
        return local ? 0.5 : 0;
    }

    /** Whether a place is said in the locative: «в Петропавловске», «в г. Алматы», «Шымкент қаласында». */
    static boolean locative(SentenceView s, EntityIndex.Item place, boolean russian) {
        return russian ? s.is(preposition(s, place), "в", "во", "на") : KAZAKH_LOCATIVE.matcher(reading(s, place)).matches();
    }

    /** The token before a Russian place, past «г.». */
    private static int preposition(SentenceView s, EntityIndex.Item place) {
        int k = s.indexAt(place.start()) - 1;
        return s.isPunct(k, ".") && s.is(k - 1, "г") ? k - 2 : k;
    }

    /**
     * The Kazakh words that show the place's case: its own, or the plural kind word after the list
     * it ends («Жалағаш, Шиелі және Сырдария аудандарынан»).
     */
    private static String reading(SentenceView s, EntityIndex.Item place) {
        int after = s.indexAt(place.end());
        int to = after < s.size() && s.isWord(after) && !s.isCapitalized(after) && NounPhrases.kazakhPlural(s.lower(after)) ? after + 1 : after;
        return s.readingOf(s.indexAt(place.start()), to).toLowerCase(java.util.Locale.ROOT);
    }

    /** The item nearest to the span (0 when they touch or overlap). */
    static EntityIndex.Item nearest(List<EntityIndex.Item> items, kz.qogam.ingest.doc.Span to) {
        EntityIndex.Item best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityIndex.Item i : items) {
            int d = i.end() <= to.start() ? to.start() - i.end() : Math.max(0, i.start() - to.end());
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    }
}
