package kz.qogam.ingest.ner;

import kz.qogam.ingest.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check but a report, run by hand (it trains 5 models per language and mode, some
 * 30 minutes on two cores): the held-out scores of the rules, the name finder and the two
 * together on the factRuEval devset and KazNERD, printed to the test's output.
 *
 * <pre>
 * mvn -pl ontology,ingest test -Dtest=NerCrossValidationReport -Dqogam.ner.cv=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The same from a shell: {@code java -cp ... kz.qogam.ingest.ner.NerCrossValidation REPO_ROOT ru all}.
 */
class NerCrossValidationReport {
    @Test
    @EnabledIfSystemProperty(named = "qogam.ner.cv", matches = "true")
    void report() throws Exception {
        String root = TestData.root().toString();
        NerCrossValidation.main(new String[] {root, "ru", "all"});
        NerCrossValidation.main(new String[] {root, "kk", "all"});
    }
}
