package kz.qogam.ingest.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.pipeline.Pipeline;

/**
 * Runs an extraction pipeline over the texts that have gold files and scores it:
 * {@code GoldEvaluation.run(Path.of("data/gold"), Path.of("data/corpus"), new SourceReader()::read, pipeline)}.
 * Each gold file names its text ({@code "document"}); a text that is missing fails the run, naming it.
 */
public final class GoldEvaluation {
    private GoldEvaluation() {}

    /**
     * @param goldDir   the folder of {@code *.json} gold files
     * @param corpusDir the folder of the texts they describe
     * @param reader    turns a text file into a document with its text layer
     * @param pipeline  the extraction to score
     */
    public static EvaluationResult run(Path goldDir, Path corpusDir, Function<Path, Document> reader, Pipeline pipeline) {
        Scorer scorer = new Scorer();
        for (Path goldFile : goldFiles(goldDir)) {
            Gold.Document gold = Gold.read(goldFile);
            Path text = corpusDir.resolve(gold.document());
            if (!Files.isRegularFile(text)) {
                throw new IllegalArgumentException("The gold file " + goldFile + " describes " + gold.document()
                        + ", which is not in " + corpusDir + "; copy the text there or remove the gold file");
            }
            Document doc = pipeline.process(reader.apply(text));
            scorer.add(gold, Extracted.of(doc));
        }
        return scorer.result();
    }

    /** The gold files of a folder, sorted. */
    public static List<Path> goldFiles(Path goldDir) {
        try (Stream<Path> files = Files.list(goldDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the gold folder " + goldDir + ": " + e.getMessage(), e);
        }
    }
}
