package kz.qogam.server.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import kz.qogam.ontology.Ontology;
import kz.qogam.server.ld.RioBridge;
import kz.qogam.store.TdbStore;
import org.eclipse.rdf4j.rio.RDFFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code qogam export}: the whole dataset, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole dataset (every named graph) in one RDF format, streamed; '.gz' on --out compresses.")
final class ExportCommand implements Callable<Integer> {
    enum Format {
        nquads(RDFFormat.NQUADS), trig(RDFFormat.TRIG), turtle(RDFFormat.TURTLE), jsonld(RDFFormat.JSONLD), rdfxml(RDFFormat.RDFXML);

        final RDFFormat rio;

        Format(RDFFormat rio) {
            this.rio = rio;
        }
    }

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (TdbStore store = storeOptions.open();
             OutputStream os = open()) {
            if (!format.rio.supportsContexts()) {
                spec.commandLine().getErr().println("Note: " + format + " has no named graphs; all graphs are merged into one.");
            }
            RioBridge rio = RioBridge.to(os, format.rio, Ontology.prefixes());
            store.export(rio);
            rio.finish();
        }
        return 0;
    }

    private OutputStream open() throws java.io.IOException {
        if (out == null) return new BufferedOutputStream(System.out) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        return out.toString().endsWith(".gz") ? new GZIPOutputStream(os, 1 << 16) : os;
    }
}
