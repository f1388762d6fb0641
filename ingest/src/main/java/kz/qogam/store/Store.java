package kz.qogam.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;

/**
 * Where the knowledge graph lives: named graphs (one per source, plus the ontology and the
 * gazetteer) whose union is the default graph that queries see. Two implementations, tested by
 * the same contract: {@link TdbStore} (embedded, the default) and {@link RemoteStore} (any
 * SPARQL 1.1 store over HTTP, such as a separate Fuseki).
 */
public interface Store extends AutoCloseable {

    /**
     * Replaces each named graph by the given content, all in one transaction: after a crash
     * either every graph has its new content or none has.
     */
    void replaceGraphs(Map<String, Graph> graphs);

    /** Replaces one named graph, atomically. */
    default void replaceGraph(String graphIri, Graph content) {
        replaceGraphs(Map.of(graphIri, content));
    }

    /** Removes a named graph and everything in it; nothing else changes. */
    void deleteGraph(String graphIri);

    /** The IRIs of the named graphs, sorted. */
    List<String> graphs();

    /**
     * True when the named graph holds every one of these triples (ground: no variables). Asked
     * for every document an ingest reads, so a store in this process answers it without SPARQL.
     */
    default boolean containsAll(String graphIri, List<Triple> triples) {
        ElementTriplesBlock block = new ElementTriplesBlock();
        triples.forEach(block::addTriple);
        Query ask = QueryFactory.make();
        ask.setQueryAskType();
        ask.setQueryPattern(new ElementNamedGraph(NodeFactory.createURI(graphIri), block));
        return read(conn -> conn.queryAsk(ask));
    }

    /** Runs read-only work against a consistent view of the store. */
    <T> T read(Function<RDFConnection, T> work);

    /** Streams every quad of every named graph (the default graph holds nothing of its own). */
    void export(StreamRDF sink);

    /** The dataset itself when the store is in this process (so Fuseki can serve it), else empty. */
    Optional<DatasetGraph> embedded();

    /** Where the store is, for logs and messages. */
    String describe();

    @Override
    void close();
}
