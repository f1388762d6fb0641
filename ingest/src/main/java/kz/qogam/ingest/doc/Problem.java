package kz.qogam.ingest.doc;

/**
 * Something a stage could not do, said so a user can act on it.
 *
 * @param stage    the stage that reports it
 * @param offset   where in the text, or -1 for the whole document
 * @param message  what went wrong and, where possible, what to do
 */
public record Problem(String stage, int offset, String message) {
    @Override
    public String toString() {
        return (offset >= 0 ? "at " + offset + ": " : "") + message + " [" + stage + "]";
    }
}
