package kz.qogam.ingest.rdf;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.apache.jena.shacl.engine.TargetType;
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
 * Jena's check walks the subclasses through the whole reference graph each time. Documents
 * define no classes, so which shapes a node's types make it a focus of depends on those types
 * alone: it is worked out once per set of types, from the reference, and kept. Other targets
 * (subjects of a property) are asked per node. Thread-safe.
 */
public final class DocumentValidator {
    private final Shapes shapes;
    private final Graph reference;
    /** The shapes with targets, in the shapes' order. */
    private final List<Shape> targetShapes;
    /** Set of a node's types → which of {@link #targetShapes} those types make it a focus of. */
    private final Map<Set<Node>, BitSet> byTypes = new ConcurrentHashMap<>();

    /** @param reference the ontology and gazetteer, read-only context for the checks */
    public DocumentValidator(Shapes shapes, Graph reference) {
        this.shapes = shapes;
        this.reference = reference;
        this.targetShapes = List.copyOf(shapes.getTargetShapes());
    }

    public ValidationReport validate(Graph document) {
        Graph data = new Union(document, reference);
        ValidationContext cxt = ValidationContext.create(shapes, data);
        Set<Node> subjects = new LinkedHashSet<>();
        document.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node focus : subjects) {
            Set<Node> types = new HashSet<>();
            data.find(focus, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
            BitSet byClass = byTypes.computeIfAbsent(types, this::classTargetsOf);
            for (int i = 0; i < targetShapes.size(); i++) {
                Shape shape = targetShapes.get(i);
                if (byClass.get(i) || isOtherFocusNode(shape, focus, data)) VLib.validateShape(cxt, data, shape, focus);
            }
        }
        // Building the report is a good part of the check's cost, and nearly every document conforms.
        return cxt.hasViolation() ? cxt.generateReport() : ValidationReport.reportConformsTrue();
    }

    /** The shapes a node of these types is a focus of by a class target. */
    private BitSet classTargetsOf(Set<Node> types) {
        BitSet out = new BitSet(targetShapes.size());
        for (int i = 0; i < targetShapes.size(); i++) {
            for (Target target : targetShapes.get(i).getTargets()) {
                if (isClassTarget(target) && !Collections.disjoint(types, subclassesOf(target.getObject()))) out.set(i);
            }
        }
        return out;
    }

    /** {@link VLib#isFocusNode(Shape, Node, Graph)} for the targets other than classes. */
    private static boolean isOtherFocusNode(Shape shape, Node focus, Graph data) {
        for (Target target : shape.getTargets()) {
            if (!isClassTarget(target) && VLib.isFocusNode(target, focus, data)) return true;
        }
        return false;
    }

    private static boolean isClassTarget(Target target) {
        return target.getTargetType() == TargetType.targetClass || target.getTargetType() == TargetType.implicitClass;
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
