/**
 * Statistical named-entity tagging: OpenNLP name-finder models trained by the project's own code
 * from the corpora in {@code data/datasets}, and the pipeline stage that uses them.
 *
 * <ul>
 *   <li>{@link kz.qogam.ingest.ner.NerTrainer} trains the models ({@code main} writes
 *       {@code ru.bin}, {@code kk.bin} and the small {@code kk-reference.bin} beside
 *       {@link kz.qogam.ingest.ner.NerModels}); {@link kz.qogam.ingest.ner.NerCorpora} turns
 *       factRuEval-2016 (Russian: PER, ORG, LOC, and the posts of its Occupation facts as
 *       POSITION) and KazNERD (Kazakh: all its labels, eight of them made into mentions) into
 *       training sentences; {@link kz.qogam.ingest.ner.NerFeatures}
 *       is the feature descriptor stored in each model.</li>
 *   <li>{@link kz.qogam.ingest.ner.StatisticalMentionFinder} is the stage (SENTENCES, TOKENS →
 *       MENTIONS); its {@link kz.qogam.ingest.ner.StatisticalMentionFinder.Policy} says how its
 *       names sit with the rules' mentions; {@link kz.qogam.ingest.ner.KazakhTitles} adds the
 *       Kazakh post titles the model misses or cuts short.</li>
 *   <li>{@link kz.qogam.ingest.ner.NerCrossValidation} measures it all held-out.</li>
 * </ul>
 *
 * <h2>Settings</h2>
 * Perceptron, 300 iterations, no cutoff, BILOU tags, one thread, greedy decoding (a beam of 1), for
 * both languages. Chosen by
 * 5-fold cross-validation (factRuEval overlap F1 over PER, ORG, LOC; KazNERD exact F1, first fold
 * of five for the slow trials): GIS maxent (100 iterations) fitted the training data and found
 * few names (0.64); L-BFGS maxent ({@code MAXENT_QN}, L1 = L2 = 0.1) scored as the perceptron
 * (0.849 against 0.847 on factRuEval, 0.838 against 0.835 on one KazNERD fold) but took ten times
 * as long on KazNERD; BILOU and BIO were within 0.005; a ±2 window of the word-list features
 * instead of ±1 gained nothing; leaving out the morphology features cost 0.008. Two feature
 * changes mattered most: a token shape that reads Cyrillic (OpenNLP's own classes call every
 * Cyrillic word {@code jah}; 0.64 → 0.82) and ICU's world list of countries and cities with the
 * stem-keyed document map (0.82 → 0.85, mostly foreign places that were tagged as people).
 * Teaching the Russian model the Occupation posts as a fourth label raised its people and places
 * by 0.01 (0.899 → 0.909, 0.880 → 0.894 through the pipeline) and gives posts the roles scheme
 * lacks (премьер-министр, мэр, губернатор, глава). OpenNLP's default beam of 3 scored a little
 * higher held out (factRuEval through the pipeline 0.850 against 0.847 overlap, 0.812 against
 * 0.801 exact; KazNERD organisations 0.527 against 0.517) but took half as long again, and the
 * tagger is most of extraction's time: greedy decoding keeps ingest at its speed.
 *
 * <h2>Held-out scores</h2>
 * 5-fold cross-validation ({@code NerCrossValidation REPO_ROOT ru|kk all}); the rules need no
 * training and are scored on all of it. "Standard" is {@link kz.qogam.ingest.Extraction#stages}
 * with each fold's models.
 * <pre>
 * factRuEval-2016 devset, overlap F1 (exact)  PER           ORG           LOC           all           Occupation
 *   rules                                      0.632 (0.601) 0.297 (0.246) 0.606 (0.599) 0.535 (0.509) 0.224
 *   name finder alone                          0.896 (0.853) 0.713 (0.599) 0.883 (0.860) 0.843 (0.790) -
 *   standard: rules, then KEEP_SURE            0.910 (0.872) 0.703 (0.612) 0.895 (0.872) 0.847 (0.801) 0.521
 *   rules, then FILL_GAPS                      0.909 (0.854) 0.662 (0.576) 0.892 (0.870) 0.836 (0.785) 0.514
 *   rules, then PREFER_MODEL                   0.899 (0.854) 0.680 (0.566) 0.885 (0.862) 0.833 (0.778) 0.529
 *   rules, then MODEL_ONLY                     0.896 (0.853) 0.692 (0.582) 0.883 (0.860) 0.836 (0.783) 0.421
 *
 * KazNERD IOB2_valid, exact F1                 PERSON ORGANISATION GPE    POSITION all eight
 *   rules                                      0.795  0.332        0.684  0.296    0.414
 *   name finder alone (dates too)              0.908  0.646        0.809  0.783    0.781
 *     the same, the model's own labels         0.911  0.651        0.878  0.787    0.817
 *   standard: rules, then KEEP_SURE (no dates) 0.913  0.517        0.707  0.412    0.502
 * </pre>
 * The "model's own labels" line scores the model's KazNERD labels directly. Through the
 * pipeline a place is scored GPE only when a word list knows it (gazetteer place, ICU country or
 * city, an administrative word in it; see {@code ConllEvaluation.kazNerdLabel}): the model's GPE
 * names of Kazakh towns and districts the lists lack (Арыс, Арал, Қарасай: 19% of KazNERD's GPE)
 * are scored LOCATION. A mention cannot carry the model's label: a place-kind concept for
 * "administrative unit, level unknown", or a way for a mention to say GPE, would recover the
 * difference. Organisations and posts through the pipeline score far below the model alone
 * because KazNERD marks them otherwise than the project does: a name without its quotes and legal
 * form («Нұр Отан», where the project's mention is «"Нұр Отан" партиясы»), a place without its
 * kind word and case ending («Шымкент» in «Шымкент қаласында»), a post with what it governs
 * («Білім және ғылым министрі», where the project has the post «министр» and the ministry).
 *
 * <h2>Merge policy</h2>
 * {@link kz.qogam.ingest.ner.StatisticalMentionFinder#standard} uses
 * {@link kz.qogam.ingest.ner.StatisticalMentionFinder.Policy#KEEP_SURE} for both languages: the
 * rules' sure mentions (gazetteer places, organisations with their legal form, national bodies,
 * listed organisations, full names, events, roles, dates) and every mention that covers a name
 * stay, with their concepts and nominative names; the model's names replace only guesses (a
 * surname alone, a body guessed from a noun, a kind word taken for a reference back) and fill the
 * gaps. It scores best of the policies on factRuEval, and it keeps the seed texts' figures, which
 * {@code MODEL_ONLY} for Kazakh (the model alone, best on KazNERD's own conventions) drops to
 * entities 0.927 and facts 0.839: the model finds neither «BARCAMP–2022» nor the round table
 * there, nor the Kazakh seed's posts. The
 * model's confidences are uninformative (see {@link kz.qogam.ingest.ner.StatisticalMentionFinder}),
 * so the policy reads the rules' confidences alone. Dates stay with the rules (the model's dates
 * have no ISO value).
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
