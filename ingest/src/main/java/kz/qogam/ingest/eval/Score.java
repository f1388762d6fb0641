package kz.qogam.ingest.eval;

/**
 * Precision, recall and F1 from counts of true positives, false positives and false negatives.
 * With nothing extracted and nothing expected, both are 1; with nothing on one side only, the
 * undefined one is 0.
 */
public record Score(double precision, double recall, double f1, int truePositives, int falsePositives, int falseNegatives) {
    public static Score of(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? (fp == 0 ? 1 : 0) : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(p, r, f, tp, fp, fn);
    }

    /** The sum of two scores' counts (micro-averaging). */
    public Score plus(Score o) {
        return of(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }
}
