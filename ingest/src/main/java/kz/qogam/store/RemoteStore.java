package kz.qogam.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A store behind SPARQL 1.1 Query, Update and the Graph Store Protocol, such as a separate Fuseki
 * (configured with {@code tdb2:unionDefaultGraph true} so that queries see the union). Each graph
 * replacement is one HTTP PUT, which the server applies atomically.
 */
public final class RemoteStore implements Store {
    private final String datasetUrl;

    /** @param datasetUrl the dataset's URL, e.g. {@code http://fuseki:3030/qogam} */
    public RemoteStore(String datasetUrl) {
        this.datasetUrl = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
    }

    private RDFConnection connect() {
        return RDFConnectionRemote.service(datasetUrl)
                .queryEndpoint("query").updateEndpoint("update").gspEndpoint("data").build();
    }

    @Override
    public void replaceGraphs(Map<String, Graph> graphs) {
        try (RDFConnection conn = connect()) {
            for (Map.Entry<String, Graph> e : graphs.entrySet()) {
                conn.put(e.getKey(), ModelFactory.createModelForGraph(e.getValue()));
            }
        } catch (RuntimeException e) {
            throw new StoreException("The remote store " + datasetUrl + " refused a write: " + e.getMessage(), e);
        }
    }

    @Override
    public void deleteGraph(String graphIri) {
        try (RDFConnection conn = connect()) {
            conn.update("DROP SILENT GRAPH <" + graphIri + ">");
        }
    }

    @Override
    public List<String> graphs() {
        List<String> out = new ArrayList<>();
        try (RDFConnection conn = connect();
             QueryExecution qe = conn.query("SELECT DISTINCT ?g { GRAPH ?g {} } ORDER BY ?g")) {
            qe.execSelect().forEachRemaining(row -> out.add(row.getResource("g").getURI()));
        }
        return out;
    }

    @Override
    public <T> T read(Function<RDFConnection, T> work) {
        try (RDFConnection conn = connect()) {
            return work.apply(conn);
        }
    }

    @Override
    public void export(StreamRDF sink) {
        try (RDFConnection conn = connect();
             QueryExecution qe = conn.query("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }")) {
            qe.execSelect().forEachRemaining(row -> sink.quad(org.apache.jena.sparql.core.Quad.create(
                    row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
        }
    }

    @Override
    public Optional<DatasetGraph> embedded() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "SPARQL store at " + datasetUrl;
    }

    @Override
    public void close() {
        // Connections are opened per call; nothing is held.
    }
}
