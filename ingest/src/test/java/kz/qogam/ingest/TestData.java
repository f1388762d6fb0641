package kz.qogam.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's data is, for tests: surefire passes the root as {@code qogam.root}. */
public final class TestData {
    private TestData() {}

    public static Path root() {
        String p = System.getProperty("qogam.root");
        Path root = p != null ? Path.of(p) : Path.of("..").toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("data/corpus"))) {
            throw new IllegalStateException("Cannot find data/corpus under " + root + "; run the tests with Maven from the repository");
        }
        return root;
    }

    public static Path corpus() {
        return root().resolve("data/corpus");
    }

    public static Path gold() {
        return root().resolve("data/gold");
    }
}
