package kz.qogam.ingest.eval.corpora;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Precision, recall and F1 from true positives, false positives and false negatives. Serialises
 * as {@code {"precision":p,"recall":r,"f1":f}}; the counts are kept for the tables but left out of
 * the JSON.
 *
 * <p>As conlleval does, a ratio whose denominator is zero is 0: precision is 0 when nothing was
 * predicted, recall is 0 when there was nothing to find, and F1 is 0 when both are 0.
 */
@JsonPropertyOrder({"precision", "recall", "f1"})
public record Scores(double precision, double recall, double f1,
                     @JsonIgnore int tp, @JsonIgnore int fp, @JsonIgnore int fn) {

    public Scores {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("Negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public static Scores of(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Scores(p, r, f, tp, fp, fn);
    }

    /** The sum of the counts of both, as the micro average over them is computed. */
    public Scores plus(Scores o) {
        return of(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** How many the system predicted that counted (tp + fp). */
    @JsonIgnore
    public int predicted() {
        return tp + fp;
    }

    /** How many the key holds that counted (tp + fn). */
    @JsonIgnore
    public int expected() {
        return tp + fn;
    }
}
