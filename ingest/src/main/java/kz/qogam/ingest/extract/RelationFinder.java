package kz.qogam.ingest.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.qogam.ingest.doc.Document;
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
     * last in the two sentences before it.
     */
    static List<EntityIndex.Item> eventsOf(TextView view, EntityIndex index, SentenceView s) {
        List<EntityIndex.Item> named = index.within(s.span(), EntityKind.EVENT);
        if (!named.isEmpty() || Cues.find(s, Cues.ORGANISER).isEmpty()) return named;
        List<SentenceView> all = view.sentences();
        int at = all.indexOf(s);
        if (at < 1) return named;
        EntityIndex.Item last = index.lastBefore(s.span().start(), EntityKind.EVENT);
        return last != null && last.start() >= all.get(Math.max(0, at - 2)).span().start() ? List.of(last) : named;
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
