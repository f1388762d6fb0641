package kz.qogam.ingest.eval.corpora;

import java.io.PrintStream;

/**
 * Told after each document (or sentence) an evaluation has scored: how many are done out of how
 * many. The evaluations call it once with {@code (0, total)} before the first document.
 */
@FunctionalInterface
public interface Progress {
    void update(int done, int total);

    Progress NONE = (done, total) -> {};

    /**
     * Prints {@code what: done/total (pct%)} to the stream, at most once per whole percent, on one
     * line that it rewrites with a carriage return, and ends the line when all are done.
     */
    static Progress printing(PrintStream out, String what) {
        return new Progress() {
            private int lastPercent = -1;

            @Override
            public void update(int done, int total) {
                int percent = total == 0 ? 100 : (int) (100L * done / total);
                if (percent == lastPercent && done != total) return;
                lastPercent = percent;
                out.print("\r" + what + ": " + done + "/" + total + " (" + percent + "%)");
                if (done >= total) out.println();
                out.flush();
            }
        };
    }
}
