package kz.qogam.server;

import java.io.IOException;
import java.nio.file.Path;
import kz.qogam.store.TdbStore;

/** A real server on a free port over a real TDB2 store holding the seed corpus, for a test class. */
public record SeedServer(TdbStore store, Qogam app, String url) implements AutoCloseable {

    /** Ingests the seeds (and the texts of any further folders) into a store in the folder and starts a server over it. */
    public static SeedServer start(Path dir, Path... more) throws IOException {
        TdbStore store = SeedStore.create(dir, more);
        Qogam app = Qogam.create(store, c -> {
            c.port = 0;
            c.base = SeedStore.BASE;
        }).start();
        return new SeedServer(store, app, "http://localhost:" + app.port());
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
