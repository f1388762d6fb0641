package kz.qogam.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.qogam.ingest.Ingest;
import kz.qogam.search.SearchIndex;
import kz.qogam.server.Qogam;
import kz.qogam.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qogam serve}: the server, after a first ingest of the corpus when the store is empty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the knowledge graph (SPARQL, JSON API, linked data). On first start with an empty store, ingest the corpus first.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", description = "Interface to bind (default: all)")
    String host;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "Texts to ingest when the store is empty. Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop SPARQL queries that run longer than this. Default: ${DEFAULT-VALUE}")
    long timeoutSeconds;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of named queries (default: queries/ if present, else the ones in the jar)")
    Path queries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        TdbStore store = storeOptions.open();
        SearchIndex search = SearchIndex.open(SearchIndex.folderFor(storeOptions.store));
        Ingest ingest = Ingest.create(store, c -> {
            c.base = storeOptions.base;
            c.afterCommit = search.listener();
        });
        ingest.loadOntology();
        boolean empty = store.graphs().stream().noneMatch(g -> ingest.iris().sourceIdOfGraph(g) != null);
        if (empty) {
            if (Files.isDirectory(corpus)) {
                out.println("The store " + storeOptions.store + " is empty: ingesting " + corpus);
                out.flush();
                Progress.ingest(ingest, List.of(corpus), out);
            } else {
                out.println("The store is empty and there is no corpus at " + corpus + "; serving the ontology and gazetteer only.");
            }
        }
        out.println("Search: " + search.sync(store).summary());
        Qogam app = Qogam.create(store, c -> {
            c.searchIndex = search;
            c.port = port;
            c.host = host;
            c.base = storeOptions.base;
            c.queryTimeout = Duration.ofSeconds(timeoutSeconds);
            c.queriesDir = queries != null ? queries : Files.isDirectory(Path.of("queries")) ? Path.of("queries") : null;
        }).start();
        out.println("Qogam serves " + store.describe() + " at http://localhost:" + app.port() + "/  (SPARQL: /sparql, API: /api, Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            search.close();
            store.close();
            stopped.countDown();
        }, "qogam-shutdown"));
        stopped.await();
        return 0;
    }
}
