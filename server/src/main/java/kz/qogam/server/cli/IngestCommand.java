package kz.qogam.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.qogam.ingest.Ingest;
import kz.qogam.ingest.IngestReport;
import kz.qogam.search.SearchIndex;
import kz.qogam.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qogam ingest PATH...}: texts into the store, a line per document. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest .txt and .html files (UTF-8 or Windows-1251, Russian or Kazakh) from files or folders. "
                + "Each document becomes one named graph, written atomically; unchanged files are skipped. "
                + "Exit code 1 when some document could not be ingested.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest")
    List<Path> paths;

    @Option(names = "--max-doc-size", paramLabel = "MB", defaultValue = "5",
            description = "Refuse files larger than this many megabytes. Default: ${DEFAULT-VALUE}")
    double maxMegabytes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (TdbStore store = storeOptions.open();
             SearchIndex search = SearchIndex.open(SearchIndex.folderFor(storeOptions.store))) {
            search.sync(store);
            Ingest ingest = Ingest.create(store, c -> {
                c.base = storeOptions.base;
                c.afterCommit = search.listener();
                c.maxDocumentBytes = (long) (maxMegabytes * 1024 * 1024);
            });
            ingest.loadOntology();
            List<IngestReport> reports = Progress.ingest(ingest, paths, out);
            long failed = reports.stream().filter(r -> r.status() == IngestReport.Status.FAILED).count();
            long written = reports.stream().filter(r -> r.status() == IngestReport.Status.WRITTEN).count();
            long unchanged = reports.size() - failed - written;
            out.printf("%d written, %d unchanged, %d not ingested%n", written, unchanged, failed);
            return failed > 0 ? 1 : 0;
        }
    }
}
