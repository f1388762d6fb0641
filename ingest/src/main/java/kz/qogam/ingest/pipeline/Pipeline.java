package kz.qogam.ingest.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Layer;

/**
 * An ordered, immutable chain of stages. The builder checks that each stage's requirements are
 * provided by an earlier one, so a misordered pipeline fails when it is built, not on a document.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage over the document, in order, and returns it. */
    public Document process(Document doc) {
        for (Stage stage : stages) {
            for (Layer needed : stage.requires()) {
                if (!doc.has(needed)) {
                    throw new IllegalStateException("Stage " + stage.name() + " needs layer " + needed
                            + " which document " + doc.id() + " does not have");
                }
            }
            stage.process(doc);
            doc.markDone(stage.provides());
        }
        return doc;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();

        public Builder add(Stage stage) {
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            Set<Layer> available = EnumSet.of(Layer.TEXT);
            for (Stage stage : stages) {
                Set<Layer> missing = EnumSet.noneOf(Layer.class);
                for (Layer l : stage.requires()) {
                    if (!available.contains(l)) missing.add(l);
                }
                if (!missing.isEmpty()) {
                    throw new IllegalStateException("Stage " + stage.name() + " requires " + missing
                            + " but the stages before it provide only " + available
                            + "; add a stage that provides them earlier");
                }
                available.addAll(stage.provides());
            }
            return new Pipeline(stages);
        }
    }
}
