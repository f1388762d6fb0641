package kz.qogam.ingest.rdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Checks one document's graph against the shapes before it is written. The shapes need the
 * ontology and the gazetteer to see scheme concepts and places, but those are checked once, on
 * their own: here only the document's own nodes are focus nodes, which makes the check a few
 * milliseconds instead of re-validating the whole gazetteer for every document.
 *
 * <p>Whether a node is an instance of a shape's target class is asked for every node and shape;
 * Jena's check walks the subclasses through the whole reference graph each time, so the
 * subclasses of each target class are found once, from the reference (documents define no
 * classes), and kept. Thread-safe.
 */
public final class DocumentValidator {
    private final Shapes shapes;
    private final Graph reference;
    private final Map<Node, Set<Node>> subclasses = new ConcurrentHashMap<>();

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
            Set<Node> types = new HashSet<>();
            data.find(focus, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
            for (Shape shape : shapes.getTargetShapes()) {
                if (isFocusNode(shape, focus, types, data)) VLib.validateShape(cxt, data, shape, focus);
            }
        }
        // Building the report is a good part of the check's cost, and nearly every document conforms.
        return cxt.hasViolation() ? cxt.generateReport() : ValidationReport.reportConformsTrue();
    }

    /** {@link VLib#isFocusNode(Shape, Node, Graph)}, with the class targets answered from the node's types. */
    private boolean isFocusNode(Shape shape, Node focus, Set<Node> types, Graph data) {
        for (Target target : shape.getTargets()) {
            boolean hit = switch (target.getTargetType()) {
                case targetClass, implicitClass -> {
                    Set<Node> classes = subclasses.computeIfAbsent(target.getObject(), this::subclassesOf);
                    yield types.stream().anyMatch(classes::contains);
                }
                default -> VLib.isFocusNode(target, focus, data);
            };
            if (hit) return true;
        }
        return false;
    }

    /** The class and every class below it by {@code rdfs:subClassOf} in the reference graph. */
    private Set<Node> subclassesOf(Node cls) {
        Set<Node> out = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(cls);
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (!out.add(c)) continue;
            reference.find(Node.ANY, RDFS.subClassOf.asNode(), c).mapWith(Triple::getSubject).forEachRemaining(todo::add);
        }
        return Set.copyOf(out);
    }
}
