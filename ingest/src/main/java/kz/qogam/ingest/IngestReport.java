package kz.qogam.ingest;

import java.nio.file.Path;
import java.util.List;
import kz.qogam.ingest.doc.Problem;

/**
 * What ingesting one file did.
 *
 * @param file     the file
 * @param sourceId the document id (null when the file could not be read)
 * @param status   written, unchanged (skipped) or failed
 * @param entities entities written
 * @param facts    facts written
 * @param triples  triples in the document's graph
 * @param problems what a stage could not do (the document was still written), or why it failed
 */
public record IngestReport(Path file, String sourceId, Status status, int entities, int facts, long triples,
                           List<Problem> problems) {
    public enum Status { WRITTEN, UNCHANGED, FAILED }

    static IngestReport failed(Path file, String sourceId, String stage, String message) {
        return new IngestReport(file, sourceId, Status.FAILED, 0, 0, 0, List.of(new Problem(stage, -1, message)));
    }

    /** One line for a console: {@code 001_x.txt: wrote 12 entities, 9 facts (431 triples)}. */
    public String summary() {
        String name = file.getFileName().toString();
        return switch (status) {
            case WRITTEN -> name + ": wrote " + entities + " entities, " + facts + " facts (" + triples + " triples)"
                    + (problems.isEmpty() ? "" : "; " + problems.size() + " problem(s)");
            case UNCHANGED -> name + ": unchanged since the last ingest, skipped";
            case FAILED -> name + ": NOT INGESTED: " + problems.get(0).message();
        };
    }
}
