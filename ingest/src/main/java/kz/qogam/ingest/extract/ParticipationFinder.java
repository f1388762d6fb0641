package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Who takes part in an event:
 * <ul>
 *   <li>the people and organisations of a sentence that says they took part, spoke or presented
 *       («приняли участие», «презентовали», «қатысады», «сөз сөйледі»), or opened the event it
 *       names («Форум открыл …», «Жиынды … ашты»), in the event that
 *       sentence names, or else the event named last before it. An organisation that only says
 *       where a listed person works («депутаттары Айгүл Қапбарова») is not itself a
 *       participant, nor is a body implied by a post;</li>
 *   <li>the people a report quotes («– сообщила директор … Гульжанат Муратова»): they take
 *       part in the event the text is about, and in any event named in their own paragraph.</li>
 * </ul>
 */
public final class ParticipationFinder extends RelationFinder {
    public ParticipationFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        Entity main = index.mainEvent();
        for (SentenceView s : view.sentences()) {
            List<Integer> cues = Cues.find(s, Cues.PARTICIPATION).stream().filter(c -> !postposition(s, c)).toList();
            // «Организатором выступил фонд …», «Партнером выступила компания …»: a role in the event, not taking part.
            if (!Cues.find(s, ACTING_AS).isEmpty()) cues = cues.stream().filter(c -> !s.lower(c).startsWith("выступ")).toList();
            if (cues.isEmpty() && !index.within(s.span(), EntityKind.EVENT).isEmpty()) cues = Cues.find(s, Cues.OPENING);
            if (!cues.isEmpty()) {
                Entity event = eventOf(index, s, cues.get(0));
                if (event != null) {
                    for (Entity p : participants(view, index, s)) {
                        out.add(Fact.link(Predicate.PARTICIPATES_IN, p, event, s.span(), 0.7));
                    }
                }
                continue;
            }
            List<Integer> speech = Cues.find(s, Cues.SPEECH);
            if (speech.isEmpty() || main == null) continue;
            EntityIndex.Item speaker = speaker(index, s, speech.get(0));
            if (speaker == null) continue;
            Set<Entity> events = new HashSet<>();
            events.add(main);
            for (EntityIndex.Item e : index.within(paragraph(view, s), EntityKind.EVENT)) events.add(e.entity());
            for (Entity e : events) out.add(Fact.link(Predicate.PARTICIPATES_IN, speaker.entity(), e, s.span(), 0.5));
        }
        return out;
    }

    /**
     * Whether «қатысты» is the postposition "concerning", before the noun it qualifies
     * («реформаға қатысты әр мәселені»), not the verb "took part", which ends its clause.
     */
    private static boolean postposition(SentenceView s, int cue) {
        int next = cue + 1;
        return s.is(cue, "қатысты") && next < s.size() && s.isWord(next) && !s.isCapitalized(next)
                && !s.is(next, "және", "әрі", "де", "да", "те", "та", "деп", "дейді", "деді");
    }

    /** What «выступил» (acted as) may bring in other than a speaker. */
    private static final Pattern ACTING_AS = Pattern.compile(
            "(со)?организатор\\w*|партн[её]р\\w*|спонсор\\w*", Pattern.UNICODE_CHARACTER_CLASS);

    private static Entity eventOf(EntityIndex index, SentenceView s, int cue) {
        List<EntityIndex.Item> here = index.within(s.span(), EntityKind.EVENT);
        // Not one a Kazakh genitive makes the owner of a speaker's post: «Форумда … Халықаралық еріктілер жылының … үйлестірушісі
        // … сөз сөйледі» spoke at the forum.
        if (s.text().readingLanguage() != Language.RUSSIAN) {
            List<EntityIndex.Item> free = here.stream().filter(e -> !NounPhrases.kazakhGenitive(s.readingOf(s.indexAt(e.start()),
                    s.indexAt(e.end())).toLowerCase(java.util.Locale.ROOT))).toList();
            if (!free.isEmpty()) here = free;
        }
        if (!here.isEmpty()) return EventPlaceFinder.nearest(here, s.span(cue, cue + 1)).entity();
        EntityIndex.Item before = index.lastBefore(s.span().start(), EntityKind.EVENT);
        return before == null ? null : before.entity();
    }

    private List<Entity> participants(TextView view, EntityIndex index, SentenceView s) {
        Set<Entity> notTakingPart = notTakingPart(view, index, s);
        List<Entity> out = new ArrayList<>();
        for (EntityIndex.Item p : index.outermost(s.span(), EntityKind.PERSON)) {
            if (!out.contains(p.entity())) out.add(p.entity());
        }
        for (EntityIndex.Item o : index.outermost(s.span(), EntityKind.ORGANIZATION)) {
            boolean implied = !Mentions.within(view.document(), o.mention().span(), MentionType.ROLE).isEmpty();
            if (implied || notTakingPart.contains(o.entity()) || out.contains(o.entity())) continue;
            out.add(o.entity());
        }
        return out;
    }

    /**
     * The organisations a sentence names not as taking part: its organisers, and those named only
     * as where a person of the sentence holds a post: before a post word (with what is joined to
     * them by «мен», «и» or a genitive) when a person follows.
     */
    private static Set<Entity> notTakingPart(TextView view, EntityIndex index, SentenceView s) {
        Set<Entity> out = new HashSet<>();
        // The bodies of the posts this sentence gives ({@link PostFinder} runs first), and who it says organised the event
        // («ЦРМС провел конференцию, в которой приняли участие …»).
        for (Fact f : view.document().facts()) {
            if (f.predicate() == Predicate.HOLDS_POST && s.span().equals(f.evidence())) out.add(f.object());
            if (f.predicate() == Predicate.ORGANIZES && s.span().equals(f.evidence())) out.add(f.subject());
        }
        List<EntityIndex.Item> orgs = index.within(s.span(), EntityKind.ORGANIZATION);
        List<EntityIndex.Item> people = index.outermost(s.span(), EntityKind.PERSON);
        for (Mention role : Mentions.within(view.document(), s.span(), MentionType.ROLE)) {
            int roleFirst = s.indexAt(role.start());
            int roleNext = s.indexAt(role.end());
            boolean held = people.stream().anyMatch(p -> {
                int at = s.indexAt(p.start());
                return at == roleNext || (at > roleNext && orgs.stream().anyMatch(o -> after(s, o, role) && s.indexAt(o.end()) == at));
            });
            if (!held) continue;
            int k = roleFirst;
            boolean extended = true;
            while (extended) {
                extended = false;
                for (EntityIndex.Item o : orgs) {
                    if (s.indexAt(o.end()) == k) {
                        out.add(o.entity());
                        k = s.indexAt(o.start());
                        if (s.is(k - 1, "мен", "және", "и")) k--;
                        extended = true;
                    }
                }
            }
            for (EntityIndex.Item o : orgs) {
                if (after(s, o, role)) out.add(o.entity());
            }
        }
        return out;
    }

    /** Whether the body is the post's complement: right after the post word, or sharing its last word («руководитель [управления …]»). */
    private static boolean after(SentenceView s, EntityIndex.Item body, Mention role) {
        return s.indexAt(body.start()) == s.indexAt(role.end()) || body.start() > role.start() && body.start() < role.end() && body.end() > role.end();
    }

    /** The person a quote is attributed to: the first named after the verb of saying, else the last before it. */
    private static EntityIndex.Item speaker(EntityIndex index, SentenceView s, int cue) {
        EntityIndex.Item before = null;
        for (EntityIndex.Item p : index.outermost(s.span(), EntityKind.PERSON)) {
            if (p.start() >= s.end(cue)) return p;
            before = p;
        }
        return before;
    }

    /** The line (paragraph) the sentence stands in. */
    private static Span paragraph(TextView view, SentenceView s) {
        String text = view.document().text();
        int start = text.lastIndexOf('\n', s.span().start() - 1) + 1;
        int end = text.indexOf('\n', s.span().end());
        return new Span(start, end < 0 ? text.length() : end);
    }
}
