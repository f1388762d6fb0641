package kz.qogam.server.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.qogam.server.queries.NamedQueries;
import kz.qogam.server.queries.NamedQuery;
import kz.qogam.server.queries.QueryResult;
import kz.qogam.server.queries.QueryRunner;
import kz.qogam.server.queries.ResultFormatter;
import kz.qogam.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qogam query NAME|FILE.rq}: a named query or a query file, printed as a table, CSV or JSON. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query (see queries/) or a .rq file against the store.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "NAME|FILE.rq", description = "A named query (e.g. people-and-posts) or a SPARQL file")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter value; repeat for several")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of named queries (default: queries/ if present, else the ones in the jar)")
    Path queries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResultFormatter.Format f = ResultFormatter.Format.forName(format);
        NamedQuery named = resolve();
        try (TdbStore store = storeOptions.open()) {
            QueryResult result = new QueryRunner(store).run(named, params);
            PrintWriter out = spec.commandLine().getOut();
            ResultFormatter.write(result, f, out);
            out.flush();
        }
        return 0;
    }

    private NamedQuery resolve() throws java.io.IOException {
        if (query.endsWith(".rq")) {
            Path file = Path.of(query);
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("No query file " + file.toAbsolutePath());
            return NamedQueries.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), file.toString());
        }
        Path dir = queries != null ? queries : Files.isDirectory(Path.of("queries")) ? Path.of("queries") : null;
        return NamedQueries.load(dir).get(query);
    }
}
