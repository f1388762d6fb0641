package kz.qogam.ingest.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Layer;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.extract.Concept;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.extract.PhraseTable;
import kz.qogam.ingest.pipeline.Stage;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;
import kz.qogam.ontology.Qg;
import opennlp.tools.namefind.ThreadSafeNameFinderME;

/**
 * Names found by the trained name finder ({@link NerModels}): people, organisations, places,
 * events, and in Kazakh also posts (as {@link MentionType#ROLE}) and dates. It runs per sentence
 * over the document's tokens, read in Cyrillic for Latin-script Kazakh (the {@link TextView}
 * reading, {@link kz.qogam.ingest.text.KazakhLatin}); the Russian model tags Russian, the Kazakh
 * model both Kazakh scripts.
 *
 * <p>Each mention's confidence is the model's probability of its labels (the mean over its
 * tokens). Its normalised form is the nominative the morphology gives (for a post, in lower case);
 * its concept is what the word lists say about it: the gazetteer place it names, the role, legal
 * form or event kind in it; a place that ICU's list of the world's countries and cities
 * ({@link WorldPlaces}) knows is of kind {@code country} or {@code city}; a Kazakh
 * {@code FACILITY} is a place of kind {@code facility}.
 *
 * <p>How it sits with the mentions earlier stages found is its {@link Policy}.
 */
public final class StatisticalMentionFinder implements Stage {
    /** What to do with a found name that overlaps a mention already in the document. */
    public enum Policy {
        /**
         * Add a name only where the rules found nothing: it is dropped if it overlaps any entity
         * mention (person, organisation, event, place) already there, or, for a post or date, a
         * mention of its own type. The rules keep every mention they made.
         */
        FILL_GAPS,
        /**
         * The model wins: a name replaces the entity mentions it overlaps (posts and dates: the
         * mentions of its type); rule mentions stay where the model found nothing.
         */
        PREFER_MODEL,
        /**
         * The model wins where it is surer: a name replaces the entity mentions it overlaps
         * (posts and dates: the mentions of its type) when its confidence is above that of each of
         * them, and is dropped otherwise. (The perceptron's scores run lower than the rules'
         * confidences, so with the shipped models this mostly keeps the rules' mentions.)
         */
        REPLACE_WEAKER,
        /**
         * The model alone names the types it adds: every mention of those types that earlier
         * stages made is removed, then every name is added. Other types stay (contacts; dates
         * unless asked for; posts in Russian, whose model has none).
         */
        MODEL_ONLY,
        /** Ignore what is there: add every name, overlapping or not (for measuring the model alone). */
        ALL
    }

    /** The types the standard stage adds: not dates, which the rules give ISO values and the model cannot. */
    public static final Set<MentionType> STANDARD_TYPES = EnumSet.of(
            MentionType.PERSON, MentionType.ORGANIZATION, MentionType.PLACE, MentionType.EVENT, MentionType.ROLE);

    private static final String FACILITY = Qg.PLACE_KIND_NS + "facility";

    private final NerModels models;
    private final Lexicons lexicons;
    private final Map<NerLanguage, Policy> policies = new EnumMap<>(NerLanguage.class);
    private final Set<MentionType> types;

    /** One policy for both languages. */
    public StatisticalMentionFinder(NerModels models, Lexicons lexicons, Policy policy, Set<MentionType> types) {
        this(models, lexicons, Map.of(NerLanguage.RUSSIAN, policy, NerLanguage.KAZAKH, policy), types);
    }

    /**
     * @param policies the policy for each model's language (both must be given)
     * @param types    the mention types to add; names of other types are dropped
     */
    public StatisticalMentionFinder(NerModels models, Lexicons lexicons, Map<NerLanguage, Policy> policies, Set<MentionType> types) {
        this.models = models;
        this.lexicons = lexicons;
        for (NerLanguage l : NerLanguage.values()) {
            Policy p = policies.get(l);
            if (p == null) throw new IllegalArgumentException("No merge policy for " + l);
            this.policies.put(l, p);
        }
        this.types = types.isEmpty() ? EnumSet.noneOf(MentionType.class) : EnumSet.copyOf(types);
    }

    /**
     * The shipped models with the policies the held-out scores advise (see {@code package-info}):
     * Russian fills the rules' gaps, Kazakh replaces the rules' names ({@link Policy#MODEL_ONLY});
     * every type but dates.
     */
    public static StatisticalMentionFinder standard(Lexicons lexicons) {
        return new StatisticalMentionFinder(NerModels.shipped(), lexicons,
                Map.of(NerLanguage.RUSSIAN, Policy.FILL_GAPS, NerLanguage.KAZAKH, Policy.MODEL_ONLY), STANDARD_TYPES);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public void process(Document doc) {
        NerLanguage language = NerLanguage.of(doc.language());
        ThreadSafeNameFinderME finder = models.finder(language);
        if (finder == null) {
            doc.report(name(), -1, "No name-finder model for " + doc.language().label()
                    + " on the class path (" + language.resourceName() + "); names were found by the rules only. "
                    + "Train it with kz.qogam.ingest.ner.NerTrainer");
            return;
        }
        TextView view = TextView.of(doc, lexicons.morphology());
        NerFeatures.Stemmer stemmer = new NerFeatures.Stemmer(language);
        List<Mention> found = new ArrayList<>();
        finder.clearAdaptiveData();
        for (SentenceView s : view.sentences()) {
            if (s.size() == 0) continue;
            String[] forms = new String[s.size()];
            for (int i = 0; i < forms.length; i++) forms[i] = s.form(i);
            for (opennlp.tools.util.Span name : finder.find(forms)) {
                MentionType type = language.mentionType(name.getType());
                if (type == null || !types.contains(type)) continue;
                found.add(mention(view, s, forms, name, type, language, stemmer));
            }
        }
        if (policies.get(language) == Policy.MODEL_ONLY) {
            doc.mentions().removeIf(m -> types.contains(m.type()) && language.gives(m.type()));
        }
        for (Mention m : found) merge(doc, m);
        doc.mentions().sort(Comparator.comparing(Mention::span));
    }

    private Mention mention(TextView view, SentenceView s, String[] forms, opennlp.tools.util.Span name, MentionType type,
                            NerLanguage language, NerFeatures.Stemmer stemmer) {
        int from = name.getStart(), to = name.getEnd();
        Span span = s.span(from, to);
        String text = view.document().text(span);
        String normalized;
        String concept = null;
        switch (type) {
            case PERSON -> normalized = view.nominative(span, Morphology.PhraseKind.PERSON_NAME);
            case PLACE -> {
                PhraseTable.Match<Concept> place = lexicons.places().longestAt(s, from);
                if ("FACILITY".equals(name.getType())) {
                    concept = FACILITY;
                    normalized = view.nominative(span, Morphology.PhraseKind.PROPER_NAME);
                } else if (place != null && place.end() <= to && place.end() >= to - 1) {
                    // The name, or the name and a kind word («Шымкент қаласында»): the gazetteer's place.
                    concept = place.value().iri();
                    normalized = place.value().label(view.nameLanguage());
                } else {
                    normalized = view.nominative(span, Morphology.PhraseKind.PROPER_NAME);
                    // A country or city of the world list: a place of that kind (KazNERD's GPE).
                    if (!"LOCATION".equals(name.getType())) {
                        String kind = WorldPlaces.of(language).kindAt(forms, from, to, stemmer);
                        if ("country".equals(kind) || "city".equals(kind)) concept = Qg.PLACE_KIND_NS + kind;
                    }
                }
            }
            case ROLE -> {
                concept = firstWithin(lexicons.roles(), s, from, to);
                normalized = view.nominative(span, Morphology.PhraseKind.NOUN_PHRASE).toLowerCase(Locale.ROOT);
            }
            case ORGANIZATION -> {
                concept = firstWithin(lexicons.legalForms(), s, from, to);
                normalized = view.nominative(span, Morphology.PhraseKind.PROPER_NAME);
            }
            case EVENT -> {
                concept = firstWithin(lexicons.eventKinds(), s, from, to);
                normalized = view.nominative(span, Morphology.PhraseKind.PROPER_NAME);
            }
            default -> normalized = text;
        }
        double p = Math.max(0, Math.min(1, name.getProb()));
        return new Mention(span, text, type, normalized, concept, p);
    }

    /** The concept of the first match of the table inside tokens [from, to), or null. */
    private static String firstWithin(PhraseTable<Concept> table, SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            PhraseTable.Match<Concept> m = table.longestAt(s, i);
            if (m != null && m.end() <= to) return m.value().iri();
        }
        return null;
    }

    /** Adds the mention to the document as the policy says. */
    void merge(Document doc, Mention m) {
        List<Mention> overlapping = new ArrayList<>();
        for (Mention e : doc.mentions()) {
            if (e.span().overlaps(m.span()) && competes(e, m)) overlapping.add(e);
        }
        switch (policies.get(NerLanguage.of(doc.language()))) {
            case ALL, MODEL_ONLY -> doc.mentions().add(m);
            case FILL_GAPS -> {
                if (overlapping.isEmpty()) doc.mentions().add(m);
            }
            case PREFER_MODEL -> {
                doc.mentions().removeAll(overlapping);
                doc.mentions().add(m);
            }
            case REPLACE_WEAKER -> {
                if (overlapping.stream().allMatch(e -> e.confidence() < m.confidence())) {
                    doc.mentions().removeAll(overlapping);
                    doc.mentions().add(m);
                }
            }
        }
    }

    /** Whether an existing mention stands in the way of a new one: both name entities, or both are of one other type. */
    private static boolean competes(Mention existing, Mention m) {
        boolean entities = existing.type().entityKind() != null && m.type().entityKind() != null;
        return entities || existing.type() == m.type();
    }
}
