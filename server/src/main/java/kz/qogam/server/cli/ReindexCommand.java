package kz.qogam.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.qogam.search.SearchIndex;
import kz.qogam.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qogam reindex}: the search index rebuilt from the store (or, with --sync, brought in step). */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the store: every name of every entity in every named graph. "
                + "The index lives next to the store (data/tdb2 -> data/tdb2-search). "
                + "With --sync, only the graphs that changed since they were indexed are read again.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--index", paramLabel = "DIR", description = "The search index folder (default: the store's folder name + '-search', next to it)")
    Path index;

    @Option(names = "--sync", description = "Bring the index in step instead of starting over")
    boolean sync;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Path folder = index != null ? index : SearchIndex.folderFor(storeOptions.store);
        try (TdbStore store = storeOptions.open(); SearchIndex search = SearchIndex.open(folder)) {
            SearchIndex.SyncReport report = sync ? search.sync(store) : search.rebuild(store);
            out.println((sync ? "Synchronised " : "Rebuilt ") + search.describe() + " from " + store.describe() + ": " + report.summary());
            return 0;
        }
    }
}
