package kz.qogam.server.cli;

import java.nio.file.Path;
import kz.qogam.store.TdbStore;
import picocli.CommandLine.Option;

/** The options every command that opens the store shares. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "The TDB2 store folder (created when missing). Default: ${DEFAULT-VALUE}")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "http://localhost:8080",
            description = "The IRI prefix of the data; the server dereferences IRIs under it. Default: ${DEFAULT-VALUE}")
    String base;

    TdbStore open() {
        return TdbStore.open(store);
    }
}
