package kz.qogam.ingest.eval.corpora;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ConllEvaluation} measured. As JSON:
 * <pre>{"exact":{"PERSON":{"precision":p,"recall":r,"f1":f},"ORGANISATION":{…},"GPE":{…},
 *            "LOCATION":{…},"POSITION":{…},"EVENT":{…},"FACILITY":{…},"DATE":{…},"all":{…}}}</pre>
 * The {@link Details} are for the table and left out of it.
 */
@JsonPropertyOrder({"exact"})
public record ConllResult(Map<String, Scores> exact, @JsonIgnore Details details) {
    public ConllResult {
        exact = Collections.unmodifiableMap(new LinkedHashMap<>(exact));
    }

    /**
     * @param sentences     sentences scored
     * @param failures      sentences the extractor threw on (scored as finding nothing), as
     *                      {@code line N: message}
     * @param languages     how many sentences were given to the extractor in each language
     * @param snapped       predicted spans that did not fall on token boundaries and were widened
     *                      to the tokens they touch
     * @param dropped       predicted spans of a scored label that touch no token (only spaces)
     * @param keyOtherLabels key entities with labels that are not scored (CARDINAL, NORP, ...)
     */
    public record Details(int sentences, List<String> failures, Map<String, Integer> languages,
                          int snapped, int dropped, int keyOtherLabels) {
        public Details {
            failures = List.copyOf(failures);
            languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
        }
    }
}
