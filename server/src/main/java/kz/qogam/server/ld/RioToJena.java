package kz.qogam.server.ld;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * The reverse of {@link RioBridge}: an RDF handler that turns what a Rio parser reads into a
 * Jena graph. Statements in named graphs (TriG, N-Quads, TriX) are merged into the one graph;
 * {@link #statementsInNamedGraphs()} says how many there were.
 */
public final class RioToJena extends AbstractRDFHandler {
    private final Graph graph = GraphFactory.createDefaultGraph();
    private long statements;
    private long inNamedGraphs;

    public Graph graph() {
        return graph;
    }

    /** Statements read, duplicates included. */
    public long statements() {
        return statements;
    }

    public long statementsInNamedGraphs() {
        return inNamedGraphs;
    }

    @Override
    public void handleStatement(Statement st) throws RDFHandlerException {
        statements++;
        if (st.getContext() != null) inNamedGraphs++;
        graph.add(Triple.create(node(st.getSubject()), node(st.getPredicate()), node(st.getObject())));
    }

    /** The Jena node of a Rio value. RDF-star triple terms are not part of Qogam's data and are refused. */
    public static Node node(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        if (v instanceof BNode b) return NodeFactory.createBlankNode(b.getID());
        if (v instanceof Literal l) {
            if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
            String dt = l.getDatatype() == null ? null : l.getDatatype().stringValue();
            if (dt == null || dt.equals("http://www.w3.org/2001/XMLSchema#string")) return NodeFactory.createLiteralString(l.getLabel());
            return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(dt));
        }
        throw new RDFHandlerException("Unsupported RDF term (RDF-star triple terms are not accepted): " + v);
    }
}
