package kz.qogam.ingest.resolve;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.Mention;

/** Mentions taken to name one thing, while they are being grouped. */
final class Cluster {
    final List<Mention> mentions = new ArrayList<>();

    Cluster(Mention first) {
        mentions.add(first);
    }

    /** The start of the last mention before the offset, or -1 when all come after it. */
    int lastBefore(int offset) {
        int best = -1;
        for (Mention m : mentions) {
            if (m.start() < offset) best = Math.max(best, m.start());
        }
        return best;
    }

    int first() {
        return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * The cluster an anaphor at the offset refers to: the one named last before it, else the one
     * named first after it; null when there is none.
     */
    static Cluster antecedent(List<Cluster> candidates, int offset) {
        Cluster before = null, after = null;
        for (Cluster c : candidates) {
            int last = c.lastBefore(offset);
            if (last >= 0 && (before == null || last > before.lastBefore(offset))) before = c;
            if (last < 0 && (after == null || c.first() < after.first())) after = c;
        }
        return before != null ? before : after;
    }
}
