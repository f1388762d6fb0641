package kz.qogam.ingest.eval;

import java.util.Locale;
import java.util.Map;

/** A plain-text table of an {@link EvaluationResult}, for the console and test logs. */
public final class ScoreTable {
    private ScoreTable() {}

    public static String format(EvaluationResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s %5s %5s %5s%n", "", "precision", "recall", "F1", "tp", "fp", "fn"));
        row(sb, "entities", Score.of(r.entities().truePositives(), r.entities().falsePositives(), r.entities().falseNegatives()));
        rows(sb, r.entities().byType());
        row(sb, "facts", Score.of(r.facts().truePositives(), r.facts().falsePositives(), r.facts().falseNegatives()));
        rows(sb, r.facts().byPredicate());
        sb.append(String.format(Locale.ROOT, "canonical names %.3f   roles %.3f   documents %d%n",
                r.canonicalNameAccuracy(), r.roleAccuracy(), r.documents()));
        return sb.toString();
    }

    private static void rows(StringBuilder sb, Map<String, Score> scores) {
        scores.forEach((k, s) -> row(sb, "  " + k, s));
    }

    private static void row(StringBuilder sb, String label, Score s) {
        sb.append(String.format(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %5d %5d %5d%n",
                label, s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }
}
