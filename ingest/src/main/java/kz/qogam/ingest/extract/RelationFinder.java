package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Layer;
import kz.qogam.ingest.pipeline.Stage;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * A stage that finds one kind of relation between resolved entities. {@link #find} only looks;
 * {@link #process} adds the facts, keeping one fact per statement (the most confident).
 */
public abstract class RelationFinder implements Stage {
    protected final Lexicons lexicons;

    protected RelationFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The facts the text states, each with its sentence as evidence. */
    public abstract List<Fact> find(TextView view, EntityIndex index);

    @Override
    public final void process(Document doc) {
        TextView view = TextView.of(doc, lexicons.morphology());
        for (Fact f : find(view, EntityIndex.of(doc))) add(doc, f);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.FACTS);
    }

    /**
     * The events a sentence is about: those it names; in a sentence that names none but an
     * organiser («Организатором выступил фонд …», «Ұйымдастырушысы – … қоры»), the event named
     * last in the two sentences before it; in one that opens with a pronoun as its object («Его
     * организовали …», «Оны … ұйымдастырды»), the event named last in the sentence before.
     */
    static List<EntityIndex.Item> eventsOf(TextView view, EntityIndex index, SentenceView s) {
        List<EntityIndex.Item> named = index.within(s.span(), EntityKind.EVENT);
        if (!named.isEmpty()) return named;
        int back = !Cues.find(s, Cues.ORGANISER).isEmpty() ? 2 : s.is(0, PRONOUN_OBJECTS) ? 1 : 0;
        List<SentenceView> all = view.sentences();
        int at = all.indexOf(s);
        if (back == 0 || at < 1) return named;
        EntityIndex.Item last = index.lastBefore(s.span().start(), EntityKind.EVENT);
        return last != null && last.start() >= all.get(Math.max(0, at - back)).span().start() ? List.of(last) : named;
    }

    /** Pronouns that open a sentence as its object, standing for what the sentence before named. */
    private static final String[] PRONOUN_OBJECTS = {"его", "её", "ее", "оны"};

    /**
     * The body and those joined to it by «и», «және», «мен» or a comma: after it in Russian
     * («членом Гражданского альянса и Ассоциации НПО»), before it in Kazakh, whose last body takes
     * the post word («… альянсы мен … қауымдастығының мүшесі»).
     */
    static List<EntityIndex.Item> joined(SentenceView s, List<EntityIndex.Item> orgs, EntityIndex.Item body) {
        List<EntityIndex.Item> out = new ArrayList<>(List.of(body));
        for (int step : new int[] {1, -1}) {
            EntityIndex.Item at = body;
            while (at != null) {
                int gap = step > 0 ? s.indexAt(at.end()) : s.indexAt(at.start()) - 1;
                // «…, живущих с ВИЧ, и Евразийской коалиции»: a comma that closes a clause, then «и».
                int last = step > 0 && s.isPunct(gap, ",") && s.is(gap + 1, "и") ? gap + 1 : gap;
                EntityIndex.Item next = null;
                if (NounPhrases.listJoint(s, gap)) {
                    for (EntityIndex.Item o : orgs) {
                        boolean adjacent = step > 0 ? s.indexAt(o.start()) == last + 1 : s.indexAt(o.end()) == gap;
                        if (adjacent && !out.contains(o)) next = o;
                    }
                }
                if (next != null) out.add(next);
                at = next;
            }
        }
        return out;
    }

    /**
     * The organisation that opens the sentence as its subject, maybe after a word to the reader
     * («Айта кетейік, «Ақ жүрек» орталығы … мүше»), other than {@code except}; null when a person
     * comes first or another word does.
     */
    static EntityIndex.Item opening(SentenceView s, List<EntityIndex.Item> orgs, List<EntityIndex.Item> people, Entity except) {
        EntityIndex.Item first = orgs.stream().filter(o -> o.entity() != except).findFirst().orElse(null);
        if (first == null || people.stream().anyMatch(p -> p.start() < first.start())) return null;
        int at = s.indexAt(first.start());
        boolean aside = at > 1 && s.isPunct(at - 1, ",") && java.util.stream.IntStream.range(1, at - 1).allMatch(k -> s.isWord(k) && !s.isCapitalized(k));
        return at == 0 || aside ? first : null;
    }

    /** Adds a fact unless the document states it already; the more confident statement stays. */
    static void add(Document doc, Fact f) {
        if (f.object() == f.subject()) return;
        for (int i = 0; i < doc.facts().size(); i++) {
            Fact e = doc.facts().get(i);
            if (e.predicate() == f.predicate() && e.subject() == f.subject() && e.object() == f.object()
                    && Objects.equals(e.literal(), f.literal()) && Objects.equals(e.role(), f.role())) {
                if (f.confidence() > e.confidence()) doc.facts().set(i, f);
                return;
            }
        }
        doc.facts().add(f);
    }
}
