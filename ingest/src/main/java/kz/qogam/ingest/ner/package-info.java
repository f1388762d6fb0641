/**
 * Statistical named-entity tagging: OpenNLP name-finder models trained by the project's own code
 * from the corpora in {@code data/datasets}, and the pipeline stage that uses them.
 *
 * <ul>
 *   <li>{@link kz.qogam.ingest.ner.NerTrainer} trains the models ({@code main} writes
 *       {@code ru.bin}, {@code kk.bin} and the small {@code kk-reference.bin} beside
 *       {@link kz.qogam.ingest.ner.NerModels}); {@link kz.qogam.ingest.ner.NerCorpora} turns
 *       factRuEval-2016 (Russian: PER, ORG, LOC) and KazNERD (Kazakh: all its labels, eight of
 *       them made into mentions) into training sentences; {@link kz.qogam.ingest.ner.NerFeatures}
 *       is the feature descriptor stored in each model.</li>
 *   <li>{@link kz.qogam.ingest.ner.StatisticalMentionFinder} is the stage (SENTENCES, TOKENS →
 *       MENTIONS); its {@link kz.qogam.ingest.ner.StatisticalMentionFinder.Policy} says how its
 *       names sit with the rules' mentions.</li>
 *   <li>{@link kz.qogam.ingest.ner.NerCrossValidation} measures it all held-out.</li>
 * </ul>
 *
 * <h2>Settings</h2>
 * Perceptron, 300 iterations, no cutoff, BILOU tags, one thread, for both languages. Chosen by
 * 5-fold cross-validation (factRuEval overlap F1 over PER, ORG, LOC; KazNERD exact F1, first fold
 * of five for the slow trials): GIS maxent (100 iterations) fitted the training data and found
 * few names (0.64); L-BFGS maxent ({@code MAXENT_QN}, L1 = L2 = 0.1) scored as the perceptron
 * (0.849 against 0.847 on factRuEval, 0.838 against 0.835 on one KazNERD fold) but took ten times
 * as long on KazNERD; BILOU and BIO were within 0.005; a ±2 window of the word-list features
 * instead of ±1 gained nothing; leaving out the morphology features cost 0.008. Two feature
 * changes mattered most: a token shape that reads Cyrillic (OpenNLP's own classes call every
 * Cyrillic word {@code jah}; 0.64 → 0.82) and ICU's world list of countries and cities with the
 * stem-keyed document map (0.82 → 0.85, mostly foreign places that were tagged as people).
 *
 * <h2>Held-out scores</h2>
 * 5-fold cross-validation; the rules need no training and are scored on all of it.
 * <pre>
 * factRuEval-2016 devset, overlap F1 (exact)  PER           ORG           LOC           all
 *   rules                                      0.632 (0.601) 0.300 (0.248) 0.606 (0.599) 0.537 (0.511)
 *   name finder alone                          0.892 (0.862) 0.734 (0.635) 0.873 (0.853) 0.843 (0.799)
 *   rules, then FILL_GAPS                      0.899 (0.855) 0.704 (0.624) 0.882 (0.865) 0.841 (0.799)
 *   rules, then PREFER_MODEL                   0.893 (0.863) 0.726 (0.623) 0.874 (0.854) 0.841 (0.796)
 *   rules, then MODEL_ONLY                     = name finder alone
 *
 * KazNERD IOB2_valid, exact F1                 PERSON ORGANISATION GPE    POSITION all eight
 *   rules                                      0.795  0.332        0.684  0.296    0.414
 *   name finder alone (dates too)              0.910  0.653        0.820  0.787    0.792
 *     the same, the model's own labels         0.917  0.659        0.889  0.791    0.829
 *   rules, then FILL_GAPS (no dates)           0.907  0.483        0.707  0.413    0.497
 *   rules, then PREFER_MODEL (no dates)        0.910  0.570        0.801  0.539    0.543
 *   rules, then MODEL_ONLY (no dates)          0.910  0.653        0.820  0.787    0.596
 * </pre>
 * (With {@code MODEL_ONLY} the dates are the rules', which find 3 of KazNERD's 2,609: hence its
 * "all eight".) The "model's own labels" line scores the model's KazNERD labels directly. Through the
 * pipeline a place is scored GPE only when a word list knows it (gazetteer place, ICU country or
 * city, an administrative word in it; see {@code ConllEvaluation.kazNerdLabel}): the model's GPE
 * names of Kazakh towns and districts the lists lack (Арыс, Арал, Қарасай: 19% of KazNERD's GPE)
 * are scored LOCATION. A mention cannot carry the model's label: a place-kind concept for
 * "administrative unit, level unknown", or a way for a mention to say GPE, would recover the
 * difference.
 *
 * <h2>Merge policy</h2>
 * On KazNERD the rules' names are far less precise than the model's (organisations 0.36, posts
 * 0.24), so any policy that keeps them loses: Kazakh uses {@code MODEL_ONLY}. On factRuEval the
 * rules' people and places are 0.97–0.99 precise and every policy scores alike (0.841–0.843):
 * Russian uses {@code FILL_GAPS}, which keeps the rules' mentions (with their concepts) and adds
 * the model's names where the rules found none. {@link
 * kz.qogam.ingest.ner.StatisticalMentionFinder#standard} sets both. Dates stay with the rules
 * (the model's dates have no ISO value). The stage goes after the rules' mention finders and
 * before entity resolution ({@link kz.qogam.ingest.ner.NerCrossValidation#merged}).
 *
 * <h2>Reproducing</h2>
 * Training is deterministic (fixed corpus order, one thread, fixed iterations); the model files
 * differ only in the manifest's timestamp. {@code NerModelReproducesTest} retrains the Russian
 * model (about 6 s) and the Kazakh reference model (first 2,000 sentences, about 6 s) and
 * compares them part by part with the shipped files; the full Kazakh model (about a minute) is
 * compared with {@code -Dqogam.ner.full=true}. The features read the project's word lists
 * ({@code Lexicons}), given names and morphology as they are at run time: when those change, the
 * test fails until the models are trained again, and until then the shipped models run with
 * features they were not trained on.
 */
package kz.qogam.ingest.ner;
