package kz.qogam.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.qogam.ingest.Extraction;
import kz.qogam.ingest.eval.GoldEvaluation;
import kz.qogam.ingest.eval.ScoreTable;
import kz.qogam.ingest.eval.corpora.ConllEvaluation;
import kz.qogam.ingest.eval.corpora.FactRuEvalEvaluation;
import kz.qogam.ingest.eval.corpora.Progress;
import kz.qogam.ingest.pipeline.Pipeline;
import kz.qogam.ingest.read.SourceReader;
import kz.qogam.ingest.read.UnreadableSourceException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code qogam eval}: how well extraction does against gold, factRuEval-2016 or an IOB2 corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction: against gold files (--gold with --corpus), a factRuEval-2016 folder (--factrueval) "
                + "or an IOB2 'token TAG' file such as KazNERD (--conll). Prints a table; --json writes the summary.")
final class EvalCommand implements Callable<Integer> {
    static final class Target {
        @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold *.json files (data/gold)")
        Path gold;

        @Option(names = "--factrueval", paramLabel = "DIR", description = "A factRuEval-2016 folder (data/datasets/factRuEval-2016/devset)")
        Path factRuEval;

        @Option(names = "--conll", paramLabel = "FILE", description = "An IOB2 file (data/datasets/KazNERD/IOB2_valid.txt)")
        Path conll;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "With --gold: the texts the gold files describe. Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the summary as JSON")
    Path json;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "http://localhost:8080", description = "IRI base for gazetteer places. Default: ${DEFAULT-VALUE}")
    String base;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = Extraction.standardPipeline(base);
        Object summary;
        String table;
        if (target.gold != null) {
            SourceReader reader = new SourceReader();
            var result = GoldEvaluation.run(target.gold, corpus, file -> {
                try {
                    return reader.read(file);
                } catch (UnreadableSourceException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }, pipeline);
            summary = result;
            table = ScoreTable.format(result);
        } else if (target.factRuEval != null) {
            var result = FactRuEvalEvaluation.run(target.factRuEval, pipeline::process, Progress.printing(System.err, "factRuEval"));
            summary = result;
            table = FactRuEvalEvaluation.table(result);
        } else {
            var result = ConllEvaluation.run(target.conll, pipeline::process, Progress.printing(System.err, "IOB2"));
            summary = result;
            table = ConllEvaluation.table(result);
        }
        out.println(table);
        if (json != null) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            if (json.getParent() != null) Files.createDirectories(json.getParent());
            mapper.writeValue(json.toFile(), summary);
            out.println("Summary written to " + json);
        }
        out.flush();
        return 0;
    }
}
