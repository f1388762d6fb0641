package kz.qogam.server.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import kz.qogam.server.export.ExportApi;
import kz.qogam.store.TdbStore;
import org.apache.jena.system.Txn;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qogam export}: the whole dataset, streamed; the same writer as {@code GET /api/export}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole dataset, streamed: RDF with every named graph (nquads, trig; turtle, jsonld and rdfxml "
                + "merge the graphs), FollowTheMoney JSON lines (ftm) or a CSV table (csv). '.gz' on --out compresses.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}")
    ExportApi.Format format;

    @Option(names = "--table", defaultValue = "entities", description = "With --format csv: entities or facts. Default: ${DEFAULT-VALUE}")
    String table;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (TdbStore store = storeOptions.open();
             OutputStream os = open()) {
            var dsg = store.embedded().orElseThrow();
            Txn.executeRead(dsg, () -> {
                try {
                    ExportApi.write(dsg, storeOptions.base, format, table, List.of("ru", "kk", "kk-Latn", "en"), os);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("Cannot write the export: " + e.getMessage(), e);
                }
            });
        }
        return 0;
    }

    private OutputStream open() throws IOException {
        if (out == null) {
            return new BufferedOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        return out.toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
    }
}
