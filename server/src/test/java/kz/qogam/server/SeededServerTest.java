package kz.qogam.server;

import java.nio.file.Path;
import kz.qogam.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the test classes that share one real server over the seed corpus: started before the
 * class's first test in a fresh temporary folder, stopped after its last. (Test classes run one
 * after another, so the static fields belong to one class at a time.)
 */
public abstract class SeededServerTest {
    @TempDir
    static Path dir;

    protected static SeedServer server;
    protected static TdbStore store;
    protected static String url;

    @BeforeAll
    static void startSeededServer() throws Exception {
        server = SeedServer.start(dir.resolve("tdb2"));
        store = server.store();
        url = server.url();
    }

    @AfterAll
    static void stopSeededServer() {
        if (server != null) server.close();
        server = null;
    }
}
