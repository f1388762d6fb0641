package kz.qogam.ingest.rdf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;

/**
 * Checks one document's graph against the shapes before it is written. The shapes need the
 * ontology and the gazetteer to see scheme concepts and places, but those are checked once, on
 * their own: here only the document's own nodes are focus nodes, which makes the check a few
 * milliseconds instead of re-validating the whole gazetteer for every document.
 */
public final class DocumentValidator {
    private final Shapes shapes;
    private final Graph reference;

    /** @param reference the ontology and gazetteer, read-only context for the checks */
    public DocumentValidator(Shapes shapes, Graph reference) {
        this.shapes = shapes;
        this.reference = reference;
    }

    public ValidationReport validate(Graph document) {
        Graph data = new Union(document, reference);
        ValidationContext cxt = ValidationContext.create(shapes, data);
        Set<Node> subjects = new LinkedHashSet<>();
        document.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node focus : subjects) {
            for (Shape shape : shapes.getTargetShapes()) {
                if (VLib.isFocusNode(shape, focus, data)) {
                    VLib.validateShape(cxt, data, shape, focus);
                }
            }
        }
        return cxt.generateReport();
    }
}
