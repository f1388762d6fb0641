package kz.qogam.server.sparql;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import kz.qogam.server.ServerConfig;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Serves the SPARQL 1.1 Query protocol at {@value #PATH} with Apache Jena Fuseki, on the same port
 * and in the same servlet context as the Javalin application: Fuseki's registries go on the
 * servlet context and its filter answers the requests for {@value #PATH}, passing every other one
 * on to Javalin. Only the query operation is registered, so the endpoint is read-only.
 */
public final class SparqlEndpoint {
    public static final String PATH = "/sparql";

    private SparqlEndpoint() {}

    /** Mounts the endpoint over the dataset in Javalin's servlet context. */
    public static void mount(ServletContextHandler handler, DatasetGraph dataset, ServerConfig config) {
        // The dataset context holds the limits, so they apply to every query Fuseki runs on it.
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout.toMillis()));
        dataset.getContext().set(ARQ.httpServiceAllowed, false);

        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "")
                .build();
        // Built, never started: it is used only for its registries.
        FusekiServer fuseki = FusekiServer.create().add(PATH, service).build();
        DataAccessPointRegistry.set(handler.getServletContext(), fuseki.getDataAccessPointRegistry());
        OperationRegistry.set(handler.getServletContext(), fuseki.getOperationRegistry());

        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        handler.addFilter(new FilterHolder(new SparqlGuardFilter(config)), PATH, requests);
        handler.addFilter(new FilterHolder(new SparqlGuardFilter(config)), PATH + "/*", requests);
        handler.addFilter(new FilterHolder(new FusekiFilter()), "/*", requests);
    }
}
