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

    /** What a finder reads: the tokens only, or the mentions earlier finders found too. */
    protected enum Reads { TOKENS, MENTIONS }

    private final Set<Layer> requires;

    protected MentionFinder(Lexicons lexicons) {
        this(lexicons, Reads.TOKENS);
    }

    protected MentionFinder(Lexicons lexicons, Reads reads) {
        this.lexicons = lexicons;
        this.requires = reads == Reads.MENTIONS ? Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS) : Set.of(Layer.SENTENCES, Layer.TOKENS);
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
        return requires;
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }
}
