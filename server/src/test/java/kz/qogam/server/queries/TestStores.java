package kz.qogam.server.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import kz.qogam.store.TdbStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** Shared helpers: the repository root, real TDB2 stores filled from TriG fixtures, row lookups. */
final class TestStores {
    private TestStores() {}

    /** The repository root: the {@code qogam.root} system property surefire sets, else the module's parent. */
    static Path root() {
        String p = System.getProperty("qogam.root");
        Path root = p != null && !p.isBlank() && !p.contains("${") ? Path.of(p) : Path.of("..");
        if (!Files.isDirectory(root.resolve("queries"))) root = Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    /** The repository's named queries. */
    static NamedQueries repositoryQueries() {
        return NamedQueries.load(root().resolve("queries"));
    }

    /** A TDB2 store in the folder holding the named graphs of the given TriG resources (of this package). */
    static TdbStore storeWith(Path dir, String... trigResources) {
        TdbStore store = TdbStore.open(dir);
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (String r : trigResources) {
            try (InputStream in = Objects.requireNonNull(TestStores.class.getResourceAsStream(r), r)) {
                RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Map<String, Graph> graphs = new LinkedHashMap<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(copy::add);
            graphs.put(g.getURI(), copy);
        });
        store.replaceGraphs(graphs);
        return store;
    }

    /** The rows whose columns hold exactly the given values (column, value, column, value ...). */
    static List<Map<String, String>> rowsWith(QueryResult r, String... columnValuePairs) {
        return r.rows().stream().filter(matches(columnValuePairs)).toList();
    }

    static Predicate<Map<String, String>> matches(String... columnValuePairs) {
        if (columnValuePairs.length % 2 != 0) throw new IllegalArgumentException("pairs expected");
        return row -> {
            for (int i = 0; i < columnValuePairs.length; i += 2) {
                if (!Objects.equals(row.get(columnValuePairs[i]), columnValuePairs[i + 1])) return false;
            }
            return true;
        };
    }
}
