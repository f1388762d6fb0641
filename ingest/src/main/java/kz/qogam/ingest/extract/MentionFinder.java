package kz.qogam.ingest.extract;

import java.util.List;
import java.util.Set;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Layer;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.pipeline.Stage;
import kz.qogam.ingest.text.TextView;

/**
 * A stage that finds one kind of mention. {@link #find} only looks (and can be tested on its
 * own); {@link #process} adds what it found to the document through {@link Mentions#add}, which
 * settles overlaps with what earlier finders found.
 */
public abstract class MentionFinder implements Stage {
    protected final Lexicons lexicons;

    protected MentionFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The mentions in the document; may read the mentions earlier finders added. */
    public abstract List<Mention> find(TextView view);

    @Override
    public final void process(Document doc) {
        TextView view = TextView.of(doc, lexicons.morphology());
        for (Mention m : find(view)) Mentions.add(doc, m);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    /** For finders that read the mentions of earlier ones. */
    protected static Set<Layer> afterMentions() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS);
    }
}
