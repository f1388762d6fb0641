package kz.qogam.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** The embedded store: Apache Jena TDB2 in a folder, opened by this process alone. */
public final class TdbStore implements Store {
    private final Path location;
    private final DatasetGraph dsg;

    private TdbStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
        // Queries see the union of all named graphs as their default graph.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (or creates) the store in a folder.
     *
     * @throws StoreException when another process holds the store
     */
    public static TdbStore open(Path location) {
        try {
            return new TdbStore(location, DatabaseMgr.connectDatasetGraph(location.toString()));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock")) {
                throw new StoreException("The store " + location + " is in use by another process (" + msg
                        + "); stop that process (for example a running `qogam serve`) or use another --store");
            }
            throw new StoreException("Cannot open the store " + location + ": " + msg, e);
        }
    }

    /** A TDB2 store in memory, for evaluation (each document in a store of its own). */
    public static TdbStore inMemory() {
        return new TdbStore(null, DatabaseMgr.createDatasetGraph());
    }

    @Override
    public void replaceGraphs(Map<String, Graph> graphs) {
        Txn.executeWrite(dsg, () -> {
            for (Map.Entry<String, Graph> e : graphs.entrySet()) {
                Node g = NodeFactory.createURI(e.getKey());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                e.getValue().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), canonical(t.getObject())));
            }
        });
    }

    /**
     * TDB2 stores decimals inline in canonical form, and then cannot delete a quad written with a
     * non-canonical form such as {@code "0.90"}: such a graph would never be fully replaced. So
     * decimals are written in their canonical form.
     */
    static Node canonical(Node o) {
        if (!o.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(o.getLiteralDatatypeURI())) return o;
        try {
            BigDecimal d = new BigDecimal(o.getLiteralLexicalForm().trim()).stripTrailingZeros();
            String lex = d.scale() <= 0 ? d.setScale(1).toPlainString() : d.toPlainString();
            return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdecimal);
        } catch (NumberFormatException e) {
            return o;
        }
    }

    @Override
    public void deleteGraph(String graphIri) {
        Txn.executeWrite(dsg, () -> dsg.deleteAny(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY));
    }

    @Override
    public boolean containsAll(String graphIri, List<Triple> triples) {
        Node g = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(dsg, () -> triples.stream()
                .allMatch(t -> dsg.contains(g, t.getSubject(), t.getPredicate(), canonical(t.getObject()))));
    }

    @Override
    public List<String> graphs() {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
            out.sort(null);
            return out;
        });
    }

    @Override
    public <T> T read(Function<RDFConnection, T> work) {
        Dataset ds = DatasetFactory.wrap(dsg);
        try (RDFConnection conn = RDFConnection.connect(ds)) {
            return Txn.calculateRead(dsg, () -> work.apply(conn));
        }
    }

    @Override
    public void export(StreamRDF sink) {
        Txn.executeRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph()) sink.quad(q);
            }
        });
    }

    @Override
    public Optional<DatasetGraph> embedded() {
        return Optional.of(dsg);
    }

    /** Rewrites the store's files to drop the space old versions take (TDB2 is copy-on-write). */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    @Override
    public String describe() {
        return location == null ? "TDB2 in memory" : "TDB2 at " + location;
    }

    @Override
    public void close() {
        dsg.close();
    }
}
