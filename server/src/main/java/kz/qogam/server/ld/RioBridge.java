package kz.qogam.server.ld;

import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * Lets Jena's triples and quads be written by RDF4J Rio: a {@link StreamRDF} that converts each
 * term and hands the statement to a Rio writer, so the output streams at any size.
 */
public final class RioBridge implements StreamRDF {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private final RDFWriter writer;

    private RioBridge(RDFWriter writer) {
        this.writer = writer;
    }

    /** A stream that writes the given format to the output, with the prefixes declared up front. */
    public static RioBridge to(OutputStream out, RDFFormat format, PrefixMapping prefixes) {
        RDFWriter w = Rio.createWriter(format, out);
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        RioBridge bridge = new RioBridge(w);
        bridge.start();
        prefixes.getNsPrefixMap().forEach(bridge::prefix);
        return bridge;
    }

    @Override
    public void start() {
        writer.startRDF();
    }

    @Override
    public void triple(Triple t) {
        writer.handleStatement(VF.createStatement(resource(t.getSubject()), VF.createIRI(t.getPredicate().getURI()), value(t.getObject())));
    }

    @Override
    public void quad(Quad q) {
        if (q.isDefaultGraph()) {
            triple(q.asTriple());
        } else {
            writer.handleStatement(VF.createStatement(resource(q.getSubject()), VF.createIRI(q.getPredicate().getURI()),
                    value(q.getObject()), resource(q.getGraph())));
        }
    }

    @Override
    public void base(String base) {}

    @Override
    public void prefix(String prefix, String iri) {
        writer.handleNamespace(prefix, iri);
    }

    @Override
    public void finish() {
        writer.endRDF();
    }

    private static Resource resource(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(n.getBlankNodeLabel());
        throw new IllegalArgumentException("Not a subject or graph name: " + n);
    }

    private static Value value(Node n) {
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        return resource(n);
    }
}
