package kz.qogam.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kz.qogam.ingest.Extraction;
import kz.qogam.ingest.Ingest;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.pipeline.Pipeline;
import kz.qogam.ingest.read.SourceReader;
import kz.qogam.store.TdbStore;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code qogam bench extract}: extraction and ingest speed, printed as figures to compare. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures (not tests). 'extract': extraction alone and ingest into a fresh TDB2 store, "
                + "on the corpus repeated to --documents documents.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WHAT", description = "What to measure: extract")
    String what;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus", description = "Texts to repeat. Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "2000", description = "Documents to process. Default: ${DEFAULT-VALUE}")
    int documents;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long peakHeap;

    @Override
    public Integer call() throws Exception {
        if (!what.equals("extract")) throw new IllegalArgumentException("Unknown benchmark '" + what + "'; known: extract");
        PrintWriter out = spec.commandLine().getOut();
        List<Path> sources = SourceReader.listSources(List.of(corpus));
        if (sources.isEmpty()) throw new IllegalArgumentException("No texts in " + corpus);
        Path tmp = Files.createTempDirectory("qogam-bench");
        try {
            Path texts = Files.createDirectories(tmp.resolve("texts"));
            for (int i = 0; i < documents; i++) {
                Path src = sources.get(i % sources.size());
                // Distinct names and bytes, so that every copy is a document of its own.
                String text = Files.readString(src) + "\n\n" + "Копия " + i + ".";
                Files.writeString(texts.resolve(String.format(Locale.ROOT, "doc%05d.txt", i)), text);
            }
            List<Path> files = SourceReader.listSources(List.of(texts));

            SourceReader reader = new SourceReader();
            List<Document> docs = new ArrayList<>();
            for (Path f : files) docs.add(reader.read(f));
            Pipeline pipeline = Extraction.standardPipeline("http://localhost:8080");
            for (int i = 0; i < Math.min(50, docs.size()); i++) pipeline.process(reader.read(files.get(i))); // warm-up
            System.gc();
            long tokens = 0;
            long start = System.nanoTime();
            try (ProgressBar bar = bar("Extract", docs.size())) {
                for (Document d : docs) {
                    pipeline.process(d);
                    tokens += d.tokens().size();
                    bar.step();
                    sampleHeap();
                }
            }
            double extractSeconds = (System.nanoTime() - start) / 1e9;
            docs.clear();
            System.gc();

            long ingestStart = System.nanoTime();
            try (TdbStore store = TdbStore.open(tmp.resolve("tdb2"))) {
                Ingest ingest = Ingest.create(store, c -> {});
                ingest.loadOntology();
                try (ProgressBar bar = bar("Ingest", files.size())) {
                    ingest.ingest(List.of(texts), r -> {
                        bar.step();
                        sampleHeap();
                    });
                }
            }
            double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;

            out.printf(Locale.ROOT, "documents            %d (%d texts repeated)%n", files.size(), sources.size());
            out.printf(Locale.ROOT, "extraction           %.1f documents/s, %.0f tokens/s (%.1f s)%n",
                    files.size() / extractSeconds, tokens / extractSeconds, extractSeconds);
            out.printf(Locale.ROOT, "ingest into TDB2     %.1f documents/s end to end: read, extract, validate, commit (%.1f s)%n",
                    files.size() / ingestSeconds, ingestSeconds);
            out.printf(Locale.ROOT, "peak heap used       %d MB (max heap %d MB), %d cores%n",
                    peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            out.flush();
        } finally {
            deleteTree(tmp);
        }
        return 0;
    }

    private void sampleHeap() {
        peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
    }

    private static ProgressBar bar(String task, int max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1).build();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
