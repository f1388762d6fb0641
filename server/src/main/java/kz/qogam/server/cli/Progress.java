package kz.qogam.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import kz.qogam.ingest.Ingest;
import kz.qogam.ingest.IngestReport;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Ingests with a progress bar on the terminal and a line per document on the given writer. */
final class Progress {
    private Progress() {}

    static List<IngestReport> ingest(Ingest ingest, List<Path> paths, PrintWriter out) throws java.io.IOException {
        int total = Ingest.countSources(paths);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).continuousUpdate().build()) {
            return ingest.ingest(paths, r -> {
                bar.step();
                bar.setExtraMessage(r.file().getFileName().toString());
                out.println(r.summary());
                r.problems().stream().filter(p -> r.status() != IngestReport.Status.FAILED)
                        .forEach(p -> out.println("    " + p));
                out.flush();
            });
        }
    }
}
