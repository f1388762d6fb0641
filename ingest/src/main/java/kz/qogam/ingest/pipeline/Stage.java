package kz.qogam.ingest.pipeline;

import java.util.Set;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Layer;

/**
 * One step of the extraction pipeline: reads some layers of a document and adds others.
 * A stage reports what it could not do with {@link Document#report}, never by throwing on
 * ordinary bad input.
 */
public interface Stage {
    /** Adds this stage's layer to the document. */
    void process(Document doc);

    /** A short name for logs and problem reports. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The layers that must be present before this stage runs. */
    default Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    /** The layers this stage adds (or refines). */
    default Set<Layer> provides() {
        return Set.of();
    }
}
