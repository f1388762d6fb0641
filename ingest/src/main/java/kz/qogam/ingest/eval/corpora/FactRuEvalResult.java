package kz.qogam.ingest.eval.corpora;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link FactRuEvalEvaluation} measured. As JSON:
 * <pre>{"mentions":{"exact":{"PER":{"precision":p,"recall":r,"f1":f},"ORG":{…},"LOC":{…},"all":{…}},
 *              "overlap":{…the same keys…}},
 *  "occupation":{"precision":p,"recall":r,"f1":f}}</pre>
 * The {@link Details} (counts, failures, role agreement) are for the table and left out of it.
 */
@JsonPropertyOrder({"mentions", "occupation"})
public record FactRuEvalResult(Mentions mentions, Scores occupation, @JsonIgnore Details details) {

    /** Per type ({@code PER}, {@code ORG}, {@code LOC}) and {@code all} (micro). */
    @JsonPropertyOrder({"exact", "overlap"})
    public record Mentions(Map<String, Scores> exact, Map<String, Scores> overlap) {
        public Mentions {
            exact = Collections.unmodifiableMap(new LinkedHashMap<>(exact));
            overlap = Collections.unmodifiableMap(new LinkedHashMap<>(overlap));
        }
    }

    /**
     * @param documents             texts scored
     * @param failures              texts the extractor threw on (scored as if it found nothing),
     *                              as {@code id: message}
     * @param optionalMentions      key mentions left out of scoring, by reason
     *                              ({@code unnamed}, {@code embedded}, {@code duplicate},
     *                              {@code sibling}); see {@link FactRuEvalEvaluation}
     * @param ignoredPredictionsExact   predicted mentions that matched only an optional key
     *                                  mention (neither right nor wrong), by exact span
     * @param ignoredPredictionsOverlap the same, by overlap
     * @param occupationsKey        occupations scored (with both Who and Where, duplicates once)
     * @param occupationsSkipped    occupations left out for want of Who or Where
     * @param roleComparable        matched occupations whose key states a position
     * @param roleAgreed            among those, the ones whose predicted role agrees with it
     */
    public record Details(int documents, List<String> failures, Map<String, Integer> optionalMentions,
                          int ignoredPredictionsExact, int ignoredPredictionsOverlap,
                          int occupationsKey, int occupationsSkipped, int roleComparable, int roleAgreed) {
        public Details {
            failures = List.copyOf(failures);
            optionalMentions = Collections.unmodifiableMap(new LinkedHashMap<>(optionalMentions));
        }

        /** Share of matched occupations with a stated position whose role agrees; 0 when none. */
        public double roleAgreement() {
            return roleComparable == 0 ? 0 : (double) roleAgreed / roleComparable;
        }
    }
}
