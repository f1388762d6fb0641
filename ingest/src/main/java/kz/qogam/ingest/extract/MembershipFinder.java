package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Members of a coalition: the organisations listed after a sentence that says they joined
 * («К Декларации присоединились и поддержали:» then «1. Политические партии: ОСДП …»), or after
 * the colon of that sentence itself; without a colon, the others a sentence names with the
 * coalition («В коалицию вошли фонд «…» и …»), and those of the next if it picks some out
 * («… кірді. Олардың қатарында …»). They join the coalition the text is about: the organisation
 * of the coalition form named most. Any body is a member of those it says it belongs to
 * ({@link #belongs}).
 */
public final class MembershipFinder extends RelationFinder {
    public MembershipFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) belongs(index, s, out);
        Entity coalition = coalition(index);
        if (coalition == null) return out;
        List<SentenceView> sentences = view.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceView s = sentences.get(i);
            List<Integer> cues = Cues.find(s, Cues.JOINING);
            if (cues.isEmpty()) continue;
            int colon = -1;
            for (int k = cues.get(0); k < s.size(); k++) {
                if (s.isPunct(k, ":")) colon = k;
            }
            if (colon < 0) {
                // «В коалицию вошли фонд «…» и …», «"…" қоры коалицияға қосылды»: the others the sentence names, if it
                // names the coalition; and those of a next sentence that picks them out («Среди них …», «Олардың қатарында …»).
                List<EntityIndex.Item> named = index.outermost(s.span(), EntityKind.ORGANIZATION);
                EntityIndex.Item at = named.stream().filter(o -> o.entity() == coalition).findFirst().orElse(null);
                if (at != null) {
                    for (EntityIndex.Item o : named) {
                        // Not one listed with the coalition: «… альянсы мен … қауымдастығының мүшесі» names two it joined.
                        if (o.entity() != coalition && !listedWith(s, o, at)) {
                            out.add(Fact.link(Predicate.MEMBER_OF, o.entity(), coalition, s.span(), 0.7));
                        }
                    }
                }
                if (i + 1 < sentences.size() && AMONG.matcher(sentences.get(i + 1).readingOf(0, Math.min(2, sentences.get(i + 1).size()))).lookingAt()) {
                    members(index, sentences.get(i + 1), sentences.get(i + 1).span().start(), coalition, out);
                }
                continue;
            }
            members(index, s, s.end(colon), coalition, out);
            for (int j = i + 1; j < sentences.size() && listItem(view, sentences.get(j)); j++) {
                members(index, sentences.get(j), sentences.get(j).span().start(), coalition, out);
            }
        }
        return out;
    }

    /**
     * A body that says it belongs to others: the organisation that opens the sentence ({@link #opening}) is a member of
     * the one right after «входит в (состав)» and of those joined to it («Фонд «…» создан в 2016 году
     * и входит в Ассоциацию волонтерских организаций Казахстана»), or in Kazakh of the one right
     * before «құрамына кіреді» («Қор … қауымдастығының құрамына кіреді»).
     */
    private static void belongs(EntityIndex index, SentenceView s, List<Fact> out) {
        List<EntityIndex.Item> orgs = index.outermost(s.span(), EntityKind.ORGANIZATION);
        EntityIndex.Item member = opening(s, orgs, index.outermost(s.span(), EntityKind.PERSON), null);
        if (member == null) return;
        for (int i = 1; i < s.size(); i++) {
            int body;
            if (s.is(i, "входит", "входят") && s.is(i + 1, "в", "во")) {
                body = s.is(i + 2, "состав") ? i + 3 : i + 2;
            } else if (s.is(i, "құрамына") && s.is(i + 1, "кіреді", "енеді")) {
                body = -1;
            } else {
                continue;
            }
            int at = i;
            EntityIndex.Item named = orgs.stream()
                    .filter(o -> o != member && (body >= 0 ? s.indexAt(o.start()) == body : s.indexAt(o.end()) == at))
                    .findFirst().orElse(null);
            if (named == null) continue;
            for (EntityIndex.Item o : joined(s, orgs, named)) {
                if (o != member) out.add(Fact.link(Predicate.MEMBER_OF, member.entity(), o.entity(), s.span(), 0.7));
            }
        }
    }

    /** The opening of a sentence that picks out some of those just counted: «Среди них», «В их числе», «Олардың қатарында». */
    private static final Pattern AMONG = Pattern.compile("(?iU)среди них|в их числе|олардың (қатарында|ішінде)");

    private static void members(EntityIndex index, SentenceView s, int from, Entity coalition, List<Fact> out) {
        for (EntityIndex.Item o : index.outermost(s.span(), EntityKind.ORGANIZATION)) {
            if (o.start() >= from && o.entity() != coalition) {
                out.add(Fact.link(Predicate.MEMBER_OF, o.entity(), coalition, s.span(), 0.7));
            }
        }
    }

    /** Whether two organisations stand next to each other with «и», «мен», «және» or a comma between. */
    private static boolean listedWith(SentenceView s, EntityIndex.Item a, EntityIndex.Item b) {
        EntityIndex.Item first = a.start() < b.start() ? a : b, second = first == a ? b : a;
        int gap = s.indexAt(first.end());
        return s.indexAt(second.start()) == gap + 1 && NounPhrases.listJoint(s, gap);
    }

    private static boolean listItem(TextView view, SentenceView s) {
        String line = view.document().text(s.span());
        return line.matches("(?s)\\s*(\\d{1,2}[.)]|[•·\\-–—]).*");
    }

    private Entity coalition(EntityIndex index) {
        return index.document().entities().stream()
                .filter(e -> e.kind() == EntityKind.ORGANIZATION && e.classification() != null)
                .filter(e -> {
                    Concept c = lexicons.concept(e.classification());
                    return c != null && c.isA("coalition");
                })
                .max(Comparator.comparingInt(e -> e.mentions().size()))
                .orElse(null);
    }
}
