package kz.qogam.ingest.eval;

import java.util.List;
import java.util.Map;

/**
 * The scores of an extraction against gold, as {@code data/gold/README.md} defines them; serialises
 * with Jackson to {@code {"entities":{…,"byType":{…}},"facts":{…,"byPredicate":{…}},
 * "canonicalNameAccuracy":…,"roleAccuracy":…,"documents":n,"perDocument":[…]}}.
 *
 * @param canonicalNameAccuracy among matched entities, the share whose preferred name is the gold
 *                              name (1 when none matched)
 * @param roleAccuracy          among matched posts, the share whose role is the gold role (1 when none matched)
 * @param documents             the number of documents scored
 */
public record EvaluationResult(Entities entities, Facts facts, double canonicalNameAccuracy, double roleAccuracy,
                               int documents, List<DocumentResult> perDocument) {

    /** Entity scores, overall (micro) and by gold type. */
    public record Entities(double precision, double recall, double f1, int truePositives, int falsePositives,
                           int falseNegatives, Map<String, Score> byType) {
        static Entities of(Score total, Map<String, Score> byType) {
            return new Entities(total.precision(), total.recall(), total.f1(), total.truePositives(),
                    total.falsePositives(), total.falseNegatives(), byType);
        }
    }

    /** Fact scores, overall (micro) and by predicate. */
    public record Facts(double precision, double recall, double f1, int truePositives, int falsePositives,
                        int falseNegatives, Map<String, Score> byPredicate) {
        static Facts of(Score total, Map<String, Score> byPredicate) {
            return new Facts(total.precision(), total.recall(), total.f1(), total.truePositives(),
                    total.falsePositives(), total.falseNegatives(), byPredicate);
        }
    }

    /** One document's overall scores and what was missed or extra, for reading a run. */
    public record DocumentResult(String document, Score entities, Score facts, List<String> missed, List<String> extra) {}
}
