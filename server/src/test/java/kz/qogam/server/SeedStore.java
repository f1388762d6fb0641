package kz.qogam.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.qogam.ingest.Ingest;
import kz.qogam.ingest.IngestReport;
import kz.qogam.store.TdbStore;

/** A real TDB2 store in a temporary folder holding the seed corpus, for server tests. */
public final class SeedStore {
    public static final String BASE = "http://localhost:8080";

    private SeedStore() {}

    public static Path root() {
        String p = System.getProperty("qogam.root");
        return p != null ? Path.of(p) : Path.of("..").toAbsolutePath().normalize();
    }

    /** Opens a store in the folder and ingests the seeds into it, then the texts of any further folders. */
    public static TdbStore create(Path dir, Path... more) throws IOException {
        TdbStore store = TdbStore.open(dir);
        Ingest ingest = Ingest.create(store, c -> c.base = BASE);
        ingest.loadOntology();
        Path corpus = root().resolve("data/corpus");
        if (!Files.isDirectory(corpus)) throw new IllegalStateException("No corpus at " + corpus);
        List<Path> folders = new java.util.ArrayList<>(List.of(corpus));
        folders.addAll(List.of(more));
        for (IngestReport r : ingest.ingest(folders, r -> {})) {
            if (r.status() != IngestReport.Status.WRITTEN) throw new IllegalStateException(r.summary());
        }
        return store;
    }
}
