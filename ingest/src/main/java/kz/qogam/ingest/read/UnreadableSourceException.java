package kz.qogam.ingest.read;

import java.nio.file.Path;

/** A source file that cannot be read as text: what was wrong, where, and what to do. */
public final class UnreadableSourceException extends Exception {
    private final Path path;

    public UnreadableSourceException(Path path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
