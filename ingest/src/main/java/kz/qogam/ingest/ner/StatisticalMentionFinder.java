package kz.qogam.ingest.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Layer;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.extract.Anaphora;
import kz.qogam.ingest.extract.Concept;
import kz.qogam.ingest.extract.GazetteerPlaceFinder;
import kz.qogam.ingest.extract.ImpliedBodyFinder;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.extract.Mentions;
import kz.qogam.ingest.extract.RoleFinder;
import kz.qogam.ingest.extract.NounPhrases;
import kz.qogam.ingest.extract.PhraseTable;
import kz.qogam.ingest.pipeline.Stage;
import kz.qogam.ingest.text.GivenNames;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;
import kz.qogam.ontology.Qg;
import opennlp.tools.namefind.ThreadSafeNameFinderME;

/**
 * Names found by the trained name finder ({@link NerModels}): people, organisations, places,
 * posts (as {@link MentionType#ROLE}, and each post's whole title as a {@link MentionType#TITLE}
 * beside it), and in Kazakh also events and dates. It runs per sentence
 * over the document's tokens, read in Cyrillic for Latin-script Kazakh (the {@link TextView}
 * reading, {@link kz.qogam.ingest.text.KazakhLatin}); the Russian model tags Russian, the Kazakh
 * model both Kazakh scripts.
 *
 * <p>Each mention's confidence is {@link #CONFIDENCE}, about the name finder's held-out precision
 * (the perceptron's own scores are spread over dozens of outcomes, 0.02–0.2, and say little; as
 * mention confidences they would read as anaphors, {@link Anaphora}, and resolution would drop
 * the names). Its normalised form is the nominative the morphology gives (for a post, in lower
 * case); its concept is what the word lists say about it: the gazetteer place it names, the role, legal
 * form or event kind in it; a place that ICU's list of the world's countries and cities
 * ({@link WorldPlaces}) knows is of kind {@code country} or {@code city}; another Kazakh
 * {@code GPE} is of kind {@code administrative-unit}; a Kazakh {@code FACILITY} is a place of kind
 * {@code facility}.
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
         * The model alone names the types it adds: every mention of those types that earlier
         * stages made is removed, then every name is added. Other types stay (contacts; dates
         * unless asked for; events in Russian, whose model has none).
         */
        MODEL_ONLY,
        /**
         * The rules' reading stands where it is sure or covers the name; the model fills in around
         * it. A name is dropped when it lies inside (or on) a mention it competes with: the rules
         * read that stretch as a whole, with its kind word, legal form or case ending («Төлеби
         * ауданына», «Молодежное движение Абадан»). Otherwise it conflicts with the mentions of its
         * own type it overlaps and with the entity mentions of other types it crosses (it may
         * contain those, a place in an organisation's name, unless it is a person's name). It is
         * dropped if one of them is sure (confidence at least {@link #SURE}: gazetteer places,
         * organisations with their legal form, national bodies, items of a list of organisations,
         * full names of people, events, role words, dates), if it crosses a name of its type or
         * runs two together, or if it adds only lower-case words to a kind word the rules took for
         * a reference back («Коалиция открыта»), or if it is an organisation made of lower-case
         * words and a person the rules named in full («партии Сергея Митрохина»: his party, not its
         * name); otherwise it replaces them (a surname alone, a
         * body guessed from a noun, «министрлігі» in «Денсаулық сақтау министрлігі»). Names the
         * rules would not call names (no capital, a kind word alone: {@link #named}) are left out.
         */
        KEEP_SURE,
        /** Ignore what is there: add every name, overlapping or not (for measuring the model alone). */
        ALL
    }

    /** The confidence of every name found: about the name finder's precision held out (0.8–0.9 by type). */
    public static final double CONFIDENCE = 0.8;

    /** The confidence from which a rule mention is sure enough to stand against the model ({@link Policy#KEEP_SURE}). */
    public static final double SURE = 0.8;

    /** The types the standard stage adds: not dates, which the rules give ISO values and the model cannot. */
    public static final Set<MentionType> STANDARD_TYPES = EnumSet.of(
            MentionType.PERSON, MentionType.ORGANIZATION, MentionType.PLACE, MentionType.EVENT, MentionType.ROLE);

    private static final String FACILITY = Qg.PLACE_KIND_NS + "facility";
    /** The last word of a holiday's name: Kazakh «Конституция күніне», «Наурыз мерекесі»; Russian ones that end in «день», «праздник». */
    private static final Pattern DAY = Pattern.compile("(?U)күн(і|ін|іне|інде|ге|де)?|день|дня|дню|днём|праздник\\p{L}*|мереке\\p{L}*");
    private static final String ADMINISTRATIVE_UNIT = Qg.PLACE_KIND_NS + "administrative-unit";

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

    /** The shipped models in the standard pipeline: see {@link #standard(NerModels, Lexicons)}. */
    public static StatisticalMentionFinder standard(Lexicons lexicons) {
        return standard(NerModels.shipped(), lexicons);
    }

    /**
     * The models with the policy of the standard pipeline ({@link Policy#KEEP_SURE} for both
     * languages, see {@code package-info}), every type but dates.
     */
    public static StatisticalMentionFinder standard(NerModels models, Lexicons lexicons) {
        return new StatisticalMentionFinder(models, lexicons, Policy.KEEP_SURE, STANDARD_TYPES);
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
        List<Mention> titles = new ArrayList<>();
        List<Mention> countries = new ArrayList<>();
        finder.clearAdaptiveData();
        Set<String> lowerCase = language == NerLanguage.RUSSIAN ? Set.of() : lowerCaseKeys(view);
        for (SentenceView s : view.sentences()) {
            if (s.size() == 0) continue;
            String[] forms = new String[s.size()];
            for (int i = 0; i < forms.length; i++) forms[i] = s.form(i);
            // The Russian model, learnt from 122 texts, misses countries; the Kazakh one, from KazNERD's 11,000 sentences,
            // does not, and the lists there only add places KazNERD does not mark (measured by cross-validation).
            List<Mention> inSentence = policies.get(language) == Policy.KEEP_SURE && language == NerLanguage.RUSSIAN
                    ? countries(view, s, forms, language, stemmer) : List.of();
            countries.addAll(inSentence);
            opennlp.tools.util.Span[] spans = finder.find(forms);
            if (language == NerLanguage.RUSSIAN) spans = peopleAfterNames(view, s, spans);
            for (opennlp.tools.util.Span raw : spans) {
                opennlp.tools.util.Span cut = withoutCountry(s, raw, inSentence, language);
                // KazNERD has a dash inside two organisations' names and no person's or place's; the model runs names
                // across one: «ASTANA.KAZINFORM – Aqorda» is Aqorda, «Erikti bolý – ıgi» nothing.
                MentionType cutType = cut == null ? null : language.mentionType(cut.getType());
                opennlp.tools.util.Span dashed = cutType != null && SPLIT_BY_DASH.contains(cutType) ? afterSpacedDash(s, cut) : cut;
                opennlp.tools.util.Span name = cutType == MentionType.PERSON && language == NerLanguage.RUSSIAN ? beforePost(doc, s, dashed)
                        : language == NerLanguage.RUSSIAN ? beforeVerb(view, s, beforeHelper(s, dashed), language) : dashed;
                if (name == null) continue;
                // A letter or a Roman numeral alone names no one («Ulttyq quryltaıdyń V otyrysy»).
                if (name.length() == 1 && (s.form(name.getStart()).length() < 2 || ROMAN.matcher(s.token(name.getStart()).text()).matches())) continue;
                // A street's name names neither a place nor a person («ул. Шевченко» is not Aktau's old name, nor the poet).
                if (GazetteerPlaceFinder.onStreet(s, name.getStart(), name.getEnd())) continue;
                MentionType type = language.mentionType(name.getType());
                // A country or city of the world's lists taken for a person («в Дюссельдорфе», «Киева») is that place.
                if (type == MentionType.PERSON && isWorldPlace(WorldPlaces.of(language).kindOf(forms, name.getStart(), name.getEnd(), stemmer))) {
                    type = MentionType.PLACE;
                }
                if (type != null && name.length() == 1) type = dictionaryType(type, forms[name.getStart()], view);
                if (type == MentionType.PERSON && language == NerLanguage.RUSSIAN && namesAFeature(s, name.getStart(), view.morphology())) type = MentionType.PLACE;
                if (type == MentionType.ORGANIZATION && namesATerritory(lexicons, view, s, name.getStart(), name.getEnd())) type = MentionType.PLACE;
                if (type == MentionType.ORGANIZATION && language != NerLanguage.RUSSIAN && endsWithPost(lexicons, view, s, name.getStart(), name.getEnd())) {
                    type = MentionType.ROLE;
                }
                if (type == null || !types.contains(type)) continue;
                // «Закон стал лучше»: a common noun that opens the sentence, which no list of places knows and the text writes
                // with a capital nowhere else, is no place (nor the person the model took it for: «Кан» is, named elsewhere).
                if (type == MentionType.PLACE && language == NerLanguage.RUSSIAN && name.length() == 1 && opensSentence(s, name.getStart())
                        && view.morphology().wordClass(s.form(name.getStart()), Language.RUSSIAN) == Morphology.WordClass.THING
                        && WorldPlaces.of(language).kindOf(forms, name.getStart(), name.getEnd(), stemmer) == null
                        && Mentions.covering(doc, s.start(name.getStart()), MentionType.PLACE) == null
                        && !capitalisedInside(view, s.keys(name.getStart()))) continue;
                if ((type == MentionType.PERSON || type == MentionType.PLACE) && language != NerLanguage.RUSSIAN && name.length() == 1
                        && writtenLowerCase(view, s.form(name.getStart()), lowerCase)) continue;
                // Nor is a Kazakh adjective in «-сыз/-сіз» («without»: «Қауіпсіз», safe), capitalised in a slogan, anyone's name.
                if (type == MentionType.PERSON && language != NerLanguage.RUSSIAN && name.length() == 1
                        && privative(s.lower(name.getStart()))) continue;
                // An abbreviation names no one in Russian news: factRuEval's «КНДР» and «РПЦ МП», taken for people, are a
                // country and a church.
                if (type == MentionType.PERSON && language == NerLanguage.RUSSIAN && inCapitals(s, name.getStart(), name.getEnd())) continue;
                // Nor is a Kazakh "person" that opens with a body's noun one («Komıssııa Konstıtýtsııaǵa qatysty»).
                if (type == MentionType.PERSON && language != NerLanguage.RUSSIAN && opensWithABodysNoun(s, name.getStart())) continue;
                // A whole quotation followed by «деп» (saying) is what was said, not a name: «Ақыл – жастан» деп айтпаған. KazNERD
                // marks 31 of 44 such quotations as nothing and none as an event. «…» деп аталатын (called) does give a name.
                if (language != NerLanguage.RUSSIAN && quotedSaying(s, name.getStart(), name.getEnd())) continue;
                // A holiday is a day of the calendar, not a gathering with a place and participants (KazNERD calls it an EVENT),
                // nor an organisation («Халықаралық әйелдер күніне»).
                if ((type == MentionType.EVENT || type == MentionType.ORGANIZATION) && isHoliday(s.lower(name.getEnd() - 1))) continue;
                // Nor is the adjective that opens a holiday's name a name of its own: «Международный [день волонтеров]».
                if (type.entityKind() != null && name.length() == 1 && name.getEnd() < s.size() && isHoliday(s.lower(name.getEnd()))
                        && view.morphology().isAdjective(s.form(name.getStart()), view.readingLanguage())) continue;
                // «живущих с ВИЧ», «рост ВВП»: a disease, a measure, an exam, not a body or a place.
                if (type.entityKind() != null && notAName(view, s, name.getStart(), name.getEnd())) continue;
                // A post word alone is a post, not a name: «Бухгалтер — Светлана Пак» opens a staff line.
                if (type.entityKind() != null && Mentions.within(view.document(), s.span(name.getStart(), name.getEnd()), MentionType.ROLE)
                        .stream().anyMatch(r -> r.span().equals(s.span(name.getStart(), name.getEnd())))) continue;
                // No name runs into markup or a link («Telegram <https://…>», «Ctrl+Enter»).
                if (name.getEnd() < s.size() && s.isPunct(name.getEnd(), "+") || markup(s, name.getStart(), name.getEnd())) continue;
                // A title is a noun phrase: KazNERD has none longer than nine words and three with a comma or bracket in
                // 601; the model runs some over clauses («Германия парламенттік мемлекет бола тұрып , бүгінде …»).
                if (type == MentionType.ROLE && (name.length() > 9 || punctuationInside(s, name.getStart(), name.getEnd()))) continue;
                // A title of more than three words holds a post word of the scheme («… компаниясының бас атқарушы директоры»);
                // the model's longer "titles" without one are names or clauses («« Хабар » арнасы соғыс жылдары»).
                if (type == MentionType.ROLE && name.length() > 3 && lexicons.roles().findAll(s).stream()
                        .noneMatch(r -> r.start() >= name.getStart() && r.end() <= name.getEnd())) continue;
                if (type == MentionType.ROLE && language == NerLanguage.KAZAKH && endsWithAGroup(s, name.getStart(), name.getEnd())) continue;
                // A Kazakh "title" with no post word of the scheme over a place or body the rules read is that name, run on
                // («Ұлыбритания Парламенті», «Ұлттық банк онлайн», «Иран Ислам»).
                if (type == MentionType.ROLE && language == NerLanguage.KAZAKH && overNamesWithoutPost(view, s, name.getStart(), name.getEnd())) continue;
                if (policies.get(language) == Policy.KEEP_SURE && type.entityKind() != null && !named(view, s, name.getStart(), name.getEnd())) continue;
                if (policies.get(language) == Policy.KEEP_SURE && (type == MentionType.ORGANIZATION || type == MentionType.PLACE)
                        && language != NerLanguage.RUSSIAN && namesAThing(s, name.getStart(), name.getEnd(), type == MentionType.ORGANIZATION)) continue;
                // A Kazakh "person" or "place" that is a thing's noun, or ends with one, names that thing: «Ata Zańyna» (the
                // Constitution), «Zań men tártip» (law and order).
                if (policies.get(language) == Policy.KEEP_SURE && (type == MentionType.PERSON || type == MentionType.PLACE)
                        && language != NerLanguage.RUSSIAN && endsWithAThingsNoun(s, name.getStart(), name.getEnd())) continue;
                if (policies.get(language) == Policy.KEEP_SURE && type == MentionType.ORGANIZATION && language != NerLanguage.RUSSIAN
                        && !headedByABody(s, name.getStart(), name.getEnd())) continue;
                if (policies.get(language) == Policy.KEEP_SURE && type == MentionType.ORGANIZATION && language == NerLanguage.RUSSIAN
                        && headedByPost(view, s, name.getStart(), name.getEnd())) continue;
                // Russian writes a thing's noun before its quoted name: «проект «Голос села»», «фильм «Кочевник»».
                if (policies.get(language) == Policy.KEEP_SURE && type == MentionType.ORGANIZATION && language == NerLanguage.RUSSIAN
                        && quotedAfterThingNoun(s, name.getStart())) continue;
                if (policies.get(language) == Policy.KEEP_SURE && type == MentionType.ORGANIZATION && language == NerLanguage.RUSSIAN
                        && capitalisedAsSentenceOnly(view, s, name.getStart(), name.getEnd())) continue;
                Mention m = mention(view, s, forms, name, type, language, stemmer);
                found.add(m);
                if (type == MentionType.ROLE) titles.add(title(view, s, m, language));
            }
        }
        if (policies.get(language) == Policy.MODEL_ONLY) {
            doc.mentions().removeIf(m -> types.contains(m.type()) && language.gives(m.type()));
        }
        // A country of the lists is sure where the rules found nothing: the model's names then give way to it.
        for (Mention c : countries) {
            if (!Mentions.nameOverlapping(doc, c.span())) doc.mentions().add(c);
        }
        for (Mention m : found) merge(doc, m);
        // A title stands beside the mentions it holds: the post finders read its role word and body.
        doc.mentions().addAll(titles);
        if (policies.get(language) == Policy.KEEP_SURE) {
            surnames(view, language, stemmer);
            placesNamedElsewhere(view, stemmer, lexicons.givenNames());
            namedAgain(view, stemmer);
            if (language == NerLanguage.RUSSIAN) {
                dictionaryNames(view);
                latinNames(view, false);
            }
            else {
                KazakhTitles.capitalised(lexicons, view);
                KazakhTitles.afterNames(lexicons, view);
                if (doc.language() != Language.KAZAKH_LATIN) latinNames(view, true);
            }
        }
        doc.mentions().sort(Comparator.comparing(Mention::span));
    }

    /**
     * The countries of the world's lists ({@link WorldPlaces}) the sentence names: a country is a
     * place wherever the text names it, and the model, which has the lists only as a feature,
     * misses some, or runs them into a name («[Зеландии Майкл Каллен]»). The caller adds those that
     * overlap no name the rules found («партии «Путь Грузии»») before the model's names, which
     * then give way to them as to any sure mention. A word that only shares a stem with a country
     * («Данн», «Дания»: {@link WorldPlaces.Match#inflects}) or a function word that opens the
     * sentence («Того») is none.
     */
    private List<Mention> countries(TextView view, SentenceView s, String[] forms, NerLanguage language, NerFeatures.Stemmer stemmer) {
        List<Mention> out = new ArrayList<>();
        for (WorldPlaces.Match m : WorldPlaces.of(language).find(forms, stemmer)) {
            if (!"country".equals(m.kind()) || !m.inflects(forms)
                    || lexicons.morphology().isFunctionWord(forms[m.start()], view.readingLanguage())) continue;
            Span span = s.span(m.start(), m.end());
            out.add(new Mention(span, view.document().text(span), MentionType.PLACE,
                    view.nominative(span, Morphology.PhraseKind.PROPER_NAME), Qg.PLACE_KIND_NS + "country", CONFIDENCE));
        }
        return out;
    }

    /**
     * A person's name without a country it runs into at either end («[Зеландии] Майкл Каллен»
     * after «Новой»), or null when nothing is left; other names as found.
     */
    static opennlp.tools.util.Span withoutCountry(SentenceView s, opennlp.tools.util.Span name, List<Mention> countries,
                                                  NerLanguage language) {
        if (language.mentionType(name.getType()) != MentionType.PERSON) return name;
        int start = name.getStart(), end = name.getEnd();
        for (Mention c : countries) {
            int from = s.indexAt(c.start()), to = s.indexAt(c.end());
            if (from <= start && start < to) start = to;
            else if (from < end && end <= to) end = from;
        }
        if (start == name.getStart() && end == name.getEnd()) return name;
        return start < end ? new opennlp.tools.util.Span(start, end, name.getType(), name.getProb()) : null;
    }

    /** Russian nouns of natural features and city sites whose names follow them. */
    private static final Set<String> FEATURES = Set.of("река", "озеро", "остров", "площадь", "гора", "море", "залив", "пролив",
            "порт", "канал", "метро", "станция");

    /**
     * Whether a name the model read as a person's names a river, a square, a port …: the word before
     * it, or its own first word, is such a noun («реки Славянки», «площади Тяньаньмынь», «порт
     * Козьмино», «Острова Уайт»), or a village's after «в селе». A person is not named after
     * «города»: «мэр города Лужков».
     */
    static boolean namesAFeature(SentenceView s, int start, Morphology morphology) {
        // «в поселке Шубаркудук»: where, so a settlement's name (after «аким села» a person may follow).
        if (start > 1 && s.is(start - 2, "в", "во") && s.is(start - 1, "поселке", "посёлке", "селе", "ауле", "деревне")) return true;
        for (int k : new int[] {start - 1, start}) {
            if (k < 0 || !s.isWord(k) || (k < start && s.isCapitalized(k))) continue;
            if (FEATURES.contains(morphology.nominative(s.lower(k), Language.RUSSIAN))) return true;
        }
        return false;
    }

    /**
     * Whether a name the model read as an organisation starts, after adjectives, with a post word
     * of the roles scheme: «Федеральный министр транспорта Германии», «Экс-премьера Пакистана» name
     * a post, whose body the post finders imply. («Администрация президента» starts with its body;
     * a Kazakh name ends with it, «Президент Әкімшілігі», so this is for Russian.)
     */
    static boolean headedByPost(TextView view, SentenceView s, int from, int to) {
        int k = from;
        while (k < to - 1 && view.morphology().isAdjective(s.form(k), view.readingLanguage())) k++;
        Mention role = Mentions.startingAt(view.document(), s.start(k), MentionType.ROLE);
        // Capitalised adjectives inside a sentence before a post word that ends the name make a title's name, not a
        // post: «в статье Частного корреспондента» (a magazine).
        boolean named = k > from && from > 0 && s.isCapitalized(from) && !s.isPunct(from - 1, ".!?:«\"„“") && role != null && role.end() == s.end(to - 1);
        return role != null && role.concept() != null && !named;
    }

    /**
     * Whether a Russian "organisation" is capitalised only because it opens the
     * sentence, lower-case words after it, and is no name: an adjective first and no body's noun
     * or legal form among them («Социальное предпринимательство помогает…»), or a common noun
     * before a kind word the rules read as a reference back («Миссия фонда — …»: the fund's), or
     * such a kind word with a clause after it («Фонд работает в Алматы»); or one common noun before «из».
     */
    boolean capitalisedAsSentenceOnly(TextView view, SentenceView s, int from, int to) {
        for (int k = 0; k < from; k++) {
            if (!s.isPunct(k, "«\"„“—–-")) return false;
        }
        // One word before «из»: a common noun the dictionary knows («[Делегация] из Аксу прибыла…»), not a body's. (Alone,
        // such a word may be a name: factRuEval's «Кремль», «Билайн», «Жюри».)
        if (to - from == 1) {
            return s.is(to, "из") && view.morphology().wordClass(s.form(from), view.readingLanguage()) == Morphology.WordClass.THING
                    && !s.isUpper(from) && !opensWithABodysNoun(s, from);
        }
        // «Фонд работает в Алматы»: a kind word that refers back, then a clause, not a complement.
        Mention first = Mentions.startingAt(view.document(), s.start(from), MentionType.ORGANIZATION);
        int next = first == null ? -1 : s.indexAt(first.end());
        if (first != null && Anaphora.isAnaphor(first) && next < to && s.isWord(next) && !s.isCapitalized(next)
                && !NounPhrases.genitive(view, s.lower(next))) {
            return true;
        }
        for (int k = from + 1; k < to; k++) {
            if (!s.isWord(k) || s.isCapitalized(k)) return false;
        }
        if (opensWithABodysNoun(s, from)) return false;
        Mention last = Mentions.covering(view.document(), s.start(to - 1), MentionType.ORGANIZATION);
        if (last != null && Anaphora.isAnaphor(last) && last.start() > s.start(from)) return true;
        if (!view.morphology().isAdjective(s.form(from), view.readingLanguage())) return false;
        for (int k = from + 1; k < to; k++) {
            if (opensWithABodysNoun(s, k)) return false;
        }
        return true;
    }

    /**
     * The lookup keys of the words a Kazakh text writes in lower case. The Kazakh model, learnt
     * from KazNERD's 11,000 sentences, takes a capitalised common word for a person («Заң мен
     * тәртіп», «Әділетті, Қауіпсіз әрі Таза Қазақстан», «Konstıtýtsııaǵa»); a word the same text
     * writes in lower case elsewhere, in any case form («заңның», «қауіпсіз»), is no one's name.
     */
    static Set<String> lowerCaseKeys(TextView view) {
        Set<String> out = new HashSet<>();
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.isWord(i) && !s.isCapitalized(i)) out.addAll(s.keys(i));
            }
        }
        return out;
    }

    /** Whether a one-word name is, in some case form, a word the text writes in lower case ({@link #lowerCaseKeys}). */
    static boolean writtenLowerCase(TextView view, String word, Set<String> lowerCase) {
        for (String key : view.morphology().lookupKeys(word, view.readingLanguage())) {
            if (lowerCase.contains(key)) return true;
        }
        return false;
    }

    /**
     * Whether a name the model read as an organisation ends with a post word of the roles scheme,
     * which makes it a post's title: a Kazakh title names the body before the post («Мәдениет және
     * ақпарат министрі», «Ұлттық банк төрағасы»), and the post finders read the body from it.
     */
    static boolean endsWithPost(Lexicons lexicons, TextView view, SentenceView s, int from, int to) {
        for (Mention role : Mentions.within(view.document(), s.span(from, to), MentionType.ROLE)) {
            if (role.end() == s.end(to - 1) && role.concept() != null && RoleFinder.isPost(lexicons, role)) return true;
        }
        return false;
    }

    /**
     * Whether a name the model read as an organisation is adjectives and a territory's kind word,
     * which name a place: «Свердловской области», «Мунайлинского района».
     */
    static boolean namesATerritory(Lexicons lexicons, TextView view, SentenceView s, int from, int to) {
        if (to - from < 2) return false;
        PhraseTable.Match<Concept> kind = lexicons.placeKinds().longestAt(s, to - 1);
        if (kind == null || kind.end() != to || kind.value().isA("facility") || !s.isCapitalized(from)) return false;
        for (int k = from; k < kind.start(); k++) {
            if (!view.morphology().isAdjective(s.form(k), view.readingLanguage())) return false;
        }
        return true;
    }

    /** Whether a name's last word (lower case) ends a holiday's name. */
    static boolean isHoliday(String lastWord) {
        return DAY.matcher(lastWord).matches();
    }

    /**
     * A one-word name as the dictionary reads it: a place or organisation that can only be a
     * person's name is that person («Топалов», «Лиза»); a person that can only be a thing is a
     * place, as the dictionary lists cities among its nouns («Дюссельдорфе», «Киева»).
     */
    private MentionType dictionaryType(MentionType type, String word, TextView view) {
        Morphology.WordClass c = lexicons.morphology().wordClass(word, view.readingLanguage());
        if ((type == MentionType.PLACE || type == MentionType.ORGANIZATION) && c == Morphology.WordClass.PERSON_NAME) return MentionType.PERSON;
        if (type == MentionType.PERSON && c == Morphology.WordClass.THING) return MentionType.PLACE;
        return type;
    }

    /**
     * A Russian person's name without a post word the model ran it into: what comes before the
     * post, when it is a full name («[Кирсан Илюмжинов] Президент ФИДЕ»); null when less comes
     * before it («Депутаты Приморья попросили», «Недоглядел Посла Японии»); the name itself when it
     * holds no post word of the rules.
     */
    static opennlp.tools.util.Span beforePost(Document doc, SentenceView s, opennlp.tools.util.Span name) {
        if (name == null) return null;
        List<Mention> posts = Mentions.within(doc, s.span(name.getStart(), name.getEnd()), MentionType.ROLE);
        if (posts.isEmpty()) return name;
        int post = s.indexAt(posts.get(0).start());
        return post - name.getStart() < 2 ? null : new opennlp.tools.util.Span(name.getStart(), post, name.getType(), name.getProb());
    }

    private static boolean inCapitals(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.isUpper(i)) return false;
        }
        return true;
    }

    /** Whether the text writes a word of these lookup keys with a capital inside a sentence somewhere. */
    private static boolean capitalisedInside(TextView view, Set<String> keys) {
        for (SentenceView s : view.sentences()) {
            for (int k = 1; k < s.size(); k++) {
                if (s.isCapitalized(k) && !opensSentence(s, k) && !java.util.Collections.disjoint(s.keys(k), keys)) return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} opens the sentence, maybe after a quote or a dash. */
    private static boolean opensSentence(SentenceView s, int i) {
        for (int k = 0; k < i; k++) {
            if (!s.isPunct(k, "«\"„“—–-")) return false;
        }
        return true;
    }

    private static boolean isWorldPlace(String kind) {
        return "country".equals(kind) || "city".equals(kind);
    }

    /**
     * A single word read as a place or an organisation by the model or a guess of the rules (no legal
     * form, no gazetteer place), not a place of the world's lists, that is the surname of a person
     * the text names in full
     * («Сильвио Берлускони» … «Берлускони заявил», «Юрий Гагарин» … «Гагарина»), is that person.
     */
    static void surnames(TextView view, NerLanguage language, NerFeatures.Stemmer stemmer) {
        Document doc = view.document();
        Set<String> surnames = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PERSON || m.normalized() == null) continue;
            String[] words = m.normalized().split("\\s+");
            if (words.length >= 2 && Character.isUpperCase(words[words.length - 1].codePointAt(0))) {
                surnames.add(stemmer.nameKey(words[words.length - 1]));
            }
        }
        if (surnames.isEmpty()) return;
        List<Mention> mentions = doc.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if ((m.type() != MentionType.PLACE && m.type() != MentionType.ORGANIZATION) || m.confidence() > CONFIDENCE
                    || (m.concept() != null && !m.concept().equals(ADMINISTRATIVE_UNIT)) || m.text().isBlank()) continue;
            String[] words = m.text().split("\\s+");
            if (words.length != 1 || !Character.isUpperCase(words[0].codePointAt(0))) continue;
            if (!surnames.contains(stemmer.nameKey(words[0]))) continue;
            if (isWorldPlace(WorldPlaces.of(language).kindOf(words, 0, 1, stemmer))) continue;
            mentions.set(i, new Mention(m.span(), m.text(), MentionType.PERSON,
                    view.nominative(m.span(), Morphology.PhraseKind.PERSON_NAME), null, m.confidence()));
        }
    }

    /**
     * A one-word organisation or place a finder found (not guessed) is that organisation or place
     * where the text names it again and nothing read a name, in any case: the model, reading
     * sentence by sentence, finds «Vestas» or «ДПНИ» in one sentence and misses it in the next, and
     * «Концерн «Майкрософт»» names the company the bare «Майкрософт» of the next sentences is. Only
     * a capitalised word that no finder read as anything else anywhere in the text; at low
     * confidence.
     */
    static void namedAgain(TextView view, NerFeatures.Stemmer stemmer) {
        Document doc = view.document();
        Map<String, Mention> named = new HashMap<>();
        Set<String> otherwise = new HashSet<>();
        Map<String, String> words = new HashMap<>();
        for (Mention m : doc.mentions()) {
            String word = oneWordName(m);
            if (word == null) continue;
            String key = stemmer.nameKey(word);
            if ((m.type() == MentionType.ORGANIZATION || m.type() == MentionType.PLACE) && m.confidence() > GUESS) {
                Mention had = named.putIfAbsent(key, m);
                words.putIfAbsent(key, word);
                if (had != null && had.type() != m.type()) otherwise.add(key);
            } else otherwise.add(key);
        }
        named.keySet().removeAll(otherwise);
        if (named.isEmpty()) return;
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.isCapitalized(i)) continue;
                String key = stemmer.nameKey(s.form(i));
                Mention first = named.get(key);
                if (first == null) continue;
                String word = words.get(key);
                if (!(word.equals(s.form(i)) || sameWord(word.toLowerCase(Locale.ROOT), s.lower(i)))) continue;
                Span span = s.span(i, i + 1);
                if (Mentions.nameOverlapping(doc, span)) continue;
                doc.mentions().add(new Mention(span, s.form(i), first.type(), first.normalized(), first.concept(), GUESS));
            }
        }
    }

    /**
     * The one capitalised word an entity mention names: its text, or its name when the text only
     * adds a kind word and quotes («Концерн «Майкрософт»» → Майкрософт); else null.
     */
    private static String oneWordName(Mention m) {
        if (m.type().entityKind() == null || m.text().isBlank()) return null;
        String word = !m.text().contains(" ") ? m.text()
                : m.normalized() != null && !m.normalized().contains(" ") && m.text().contains(m.normalized()) ? m.normalized() : null;
        return word != null && Character.isUpperCase(word.codePointAt(0)) ? word : null;
    }

    /**
     * A capitalised word standing alone (not in quotes, no street's name, no function word or
     * adjective: «Тем не менее», «Новой») that nothing read as a name, and that the dictionary
     * reads only as a person's name, is a person: the model misses surnames alone, most at the
     * start of a sentence («Путин также подпишет…»). Its confidence is below the model's.
     */
    static void dictionaryNames(TextView view) {
        Document doc = view.document();
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.isCapitalized(i) || s.isUpper(i) || s.isCapitalized(i - 1) || s.isCapitalized(i + 1) || s.isPunct(i - 1, "«\"„“")
                        || GazetteerPlaceFinder.onStreet(s, i, i + 1)) continue;
                String form = s.form(i);
                if (view.morphology().isFunctionWord(form, Language.RUSSIAN) || view.morphology().isAdjective(form, Language.RUSSIAN)) continue;
                if (view.morphology().wordClass(form, Language.RUSSIAN) != Morphology.WordClass.PERSON_NAME) continue;
                Span span = s.span(i, i + 1);
                if (Mentions.nameOverlapping(doc, span)) continue;
                doc.mentions().add(new Mention(span, form, MentionType.PERSON,
                        view.nominative(span, Morphology.PhraseKind.PERSON_NAME), null, GUESS));
            }
        }
    }

    /**
     * A run of capitalised Latin-script words in a Russian text that nothing read is an
     * organisation's name, at confidence {@link #GUESS}: Russian writes people and places in
     * Cyrillic, and the Latin names it keeps are companies, media and bands («Hewlett-Packard»,
     * «Vestas», «BBC», «The Wall Street Journal»), which the model, from 122 texts, mostly misses.
     * In a Kazakh text in Cyrillic ({@code inflected}), only a run whose last word takes a Kazakh
     * ending after a hyphen: «Kia-сы», «Bek Air-дің» are makers and companies; Latin names left
     * bare are as often products, exams and diseases («Wi-Fi», «IELTS», «COVID»: KazNERD marks 42
     * of 110 such runs as organisations).
     */
    void latinNames(TextView view, boolean inflected) {
        Document doc = view.document();
        for (SentenceView s : view.sentences()) {
            int i = 0;
            while (i < s.size()) {
                int end = i;
                while (end < s.size() && latinWord(s, end) && (end == i || s.start(end) > s.end(end - 1))) end++;
                if (inflected && end > i && (s.token(end - 1).text().indexOf('-') < 0 || !KAZAKH_ENDING_AFTER_HYPHEN.matcher(s.token(end - 1).text()).find()
                        || doc.text(s.span(i, end)).replaceFirst("-\\p{IsCyrillic}+$", "").contains("-"))) {
                    i = end;
                    continue;
                }
                // Not a thing's or an event's name after its noun: «операционной системы Windows», «конкурс The BOBs».
                if (end == i || !(s.isCapitalized(i) || Character.isDigit(s.form(i).charAt(0))) || i > 0 && (lexicons.thingNouns().longestAt(s, i - 1) != null
                        || lexicons.eventKinds().longestAt(s, i - 1) != null || lexicons.eventNouns().longestAt(s, i - 1) != null)) {
                    i = Math.max(end, i + 1);
                    continue;
                }
                Span span = s.span(i, end);
                // Not keys, a link's label or a field's: «Ctrl+Enter», «Telegram <https://t.me/…>», «E-mail: …».
                boolean markup = markup(s, i, end) || end < s.size() && s.isPunct(end, "+<:");
                if (!markup && !Mentions.anyOverlapping(doc, span)) {
                    doc.mentions().add(new Mention(span, doc.text(span), MentionType.ORGANIZATION, doc.text(span), null, GUESS));
                }
                i = end;
            }
        }
    }

    /**
     * A token of Latin letters (a digit before them, a hyphen or a dot inside: «3Com», «Hewlett-Packard»),
     * not one letter alone, a Roman numeral («XXI») or a code with digits after letters («STS-124», «HTML5»).
     */
    private static boolean latinWord(SentenceView s, int i) {
        // A Kazakh ending after a hyphen is the name's case form: «Kia-сы», «Bek Air-дің», «Twitter-дегі».
        String t = s.token(i).text();
        if (t.indexOf('-') > 0) t = KAZAKH_ENDING_AFTER_HYPHEN.matcher(t).replaceFirst("");
        return s.isWord(i) && t.length() > 1 && t.chars().anyMatch(c -> c < 0x250 && Character.isLetter(c))
                && t.chars().allMatch(c -> c < 0x250 && (Character.isLetterOrDigit(c) || c == '-' || c == '.'))
                && !ROMAN.matcher(t).matches() && !CODE.matcher(t).matches();
    }

    private static final Pattern CODE = Pattern.compile(".*\\p{L}[-.]?\\d.*");
    private static final Pattern KAZAKH_ENDING_AFTER_HYPHEN = Pattern.compile("(?<=\\p{IsLatin}{2})-(с?[ыі]|[нлдт][ыі]ң|[нлдт][аеыі]|[ғгқк][аеыі]|[дтн]?[ае]н|[дтн][ае]г[ыі]|[лдт][ае]р\\p{IsCyrillic}{0,5}|[мбп]ен)$");

    /** The confidence of a name a rule adds after the model, from the dictionary or from the same name elsewhere. */
    static final double GUESS = 0.5;

    /**
     * A single word the model read as a person, not the surname of anyone the text names with a
     * given name, that is a word of a place the text names (in any form: «Восточный Иерусалим» …
     * «Иерусалиму принадлежит»), is that place: one name keeps one sense in a text.
     */
    static void placesNamedElsewhere(TextView view, NerFeatures.Stemmer stemmer, GivenNames givenNames) {
        Document doc = view.document();
        Set<String> surnames = fullNameSurnames(view, stemmer, givenNames);
        Map<String, List<String>> placeWords = new HashMap<>();
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PLACE) continue;
            for (String w : m.text().split("[^\\p{L}\\p{N}-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                    placeWords.computeIfAbsent(stemmer.nameKey(w), k -> new ArrayList<>()).add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Mention> mentions = doc.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != MentionType.PERSON || m.confidence() != CONFIDENCE || m.text().isBlank() || m.text().contains(" ")) continue;
            String key = stemmer.nameKey(m.text()), word = m.text().toLowerCase(Locale.ROOT);
            if (surnames.contains(key) || placeWords.getOrDefault(key, List.of()).stream().noneMatch(w -> sameWord(w, word))) continue;
            mentions.set(i, new Mention(m.span(), m.text(), MentionType.PLACE,
                    view.nominative(m.span(), Morphology.PhraseKind.PROPER_NAME), null, m.confidence()));
        }
    }

    /**
     * Whether two forms of a stem are one word in two cases: they differ only in their last two
     * letters, and share at least five («Иерусалиме», «Иерусалиму»; not «Дании», «Данн», which
     * only share a stem).
     */
    private static boolean sameWord(String a, String b) {
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) p++;
        return p >= 5 && p >= Math.max(a.length(), b.length()) - 2;
    }

    /** The name keys of the last words of the people the text names with a given name first («Сильвио Берлускони»). */
    private static Set<String> fullNameSurnames(TextView view, NerFeatures.Stemmer stemmer, GivenNames givenNames) {
        Set<String> out = new HashSet<>();
        for (Mention m : view.document().mentions()) {
            if (m.type() != MentionType.PERSON) continue;
            String[] words = m.text().split("[^\\p{L}\\p{N}-]+");
            if (words.length >= 2 && givenNames.isGivenName(words[0], view.readingLanguage())
                    && Character.isUpperCase(words[words.length - 1].codePointAt(0))) {
                out.add(stemmer.nameKey(words[words.length - 1]));
            }
        }
        return out;
    }

    private Mention mention(TextView view, SentenceView s, String[] forms, opennlp.tools.util.Span name, MentionType type,
                            NerLanguage language, NerFeatures.Stemmer stemmer) {
        int from = name.getStart(), to = name.getEnd();
        // A name the model cut inside its quotes («еженедельника «Пермский обозреватель») takes the closing mark.
        if (openQuotes(s, from, to) > 0 && to < s.size() && s.isPunct(to, "»“”\"")) to++;
        Span span = s.span(from, to);
        String text = view.document().text(span);
        String normalized;
        String concept = null;
        switch (type) {
            case PERSON -> normalized = view.nominative(span, Morphology.PhraseKind.PERSON_NAME);
            case PLACE -> {
                PhraseTable.Match<Concept> place = lexicons.places().longestAt(s, from, GazetteerPlaceFinder.declinable(view, s));
                if ("FACILITY".equals(name.getType())) {
                    concept = FACILITY;
                    normalized = view.nominative(span, Morphology.PhraseKind.PROPER_NAME);
                } else if (place != null && place.end() <= to && place.end() >= to - 1 && fits(place, s)) {
                    // The name, or the name and a kind word («Шымкент қаласында»): the gazetteer's place.
                    concept = place.value().iri();
                    normalized = place.value().label(view);
                } else {
                    normalized = view.nominative(span, Morphology.PhraseKind.PROPER_NAME);
                    if (language != NerLanguage.RUSSIAN && to - from == 1) normalized = kazakhPlaceStem(view, span, normalized);
                    // «в Кордае» is in Кордай: after a vowel, the locative's -е stands for -й (the dictionary does not know the name).
                    if (language == NerLanguage.RUSSIAN && to - from == 1 && s.is(from - 1, "в", "во") && normalized.equals(text)
                            && LOCATIVE_OF_J.matcher(normalized).matches()) {
                        normalized = normalized.substring(0, normalized.length() - 1) + "й";
                    }
                    // A country or city of the world list: a place of that kind; another GPE is a territory of unknown level.
                    if (!"LOCATION".equals(name.getType())) {
                        String kind = WorldPlaces.of(language).kindAt(forms, from, to, stemmer);
                        if ("country".equals(kind) || "city".equals(kind)) concept = Qg.PLACE_KIND_NS + kind;
                        else if ("GPE".equals(name.getType())) concept = ADMINISTRATIVE_UNIT;
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
        return new Mention(span, text, type, normalized, concept, CONFIDENCE);
    }

    /** Whether a gazetteer place is not the name of another one, as «Сарыағаш» in «Сарыағаш ауданы». */
    private boolean fits(PhraseTable.Match<Concept> place, SentenceView s) {
        PhraseTable.Match<Concept> kind = GazetteerPlaceFinder.kindAfter(lexicons, s, place);
        return kind == null || GazetteerPlaceFinder.kindAgrees(place.value(), kind.value());
    }

    /**
     * A one-word Kazakh place without a two-letter case ending that the name's nominative keeps,
     * since a name may end like one («Қызылорда»): the ending comes off when what is left opens a
     * gazetteer name or stands alone elsewhere in the text («Маңғыстауда» → Маңғыстау, «Бейнеуде»
     * after «Бейнеу ауданы»).
     */
    private String kazakhPlaceStem(TextView view, Span span, String name) {
        String stem = view.nominative(span, Morphology.PhraseKind.NOUN_PHRASE);
        if (stem.equals(name) || stem.length() < 3) return name;
        String reading = view.readingOf(stem);
        if (lexicons.places().opens(reading, Language.KAZAKH)) return stem;
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.form(i).equals(reading)) return stem;
            }
        }
        return name;
    }

    /**
     * The title a post name spans, as written, with its nominative («Білім және ғылым министрі»).
     * A Kazakh title that ends in the genitive goes on over the deputy's word after it, which it
     * governs: «[Премьер-министрдің] орынбасары» is one title, a deputy's.
     */
    Mention title(TextView view, SentenceView s, Mention post, NerLanguage language) {
        Span span = language == NerLanguage.RUSSIAN ? post.span() : KazakhTitles.withDeputy(lexicons, view, s, post.span());
        return Mentions.title(view, span, post.concept(), post.confidence());
    }

    private static final Set<MentionType> SPLIT_BY_DASH = Set.of(MentionType.PERSON, MentionType.PLACE, MentionType.ORGANIZATION);

    /**
     * Whether a Kazakh organisation's name ends as one does: with a capitalised word or a closing
     * quote, or with the noun of a body (a legal form, an organisation's noun, a national body):
     * «Білім және ғылым министрлігі», «Ұлттық банк». KazNERD ends 299 of its 759 organisations with
     * a lower-case word, and nearly all are such nouns; the model's names that end with another
     * («Новак Джоковичті қабылдады») run into the sentence. A body's noun in the plural names
     * several, no one body: «Голливуд компанияларының».
     */
    boolean headedByABody(SentenceView s, int from, int to) {
        int last = to - 1;
        if (!s.isWord(last) || s.isCapitalized(last) || Character.isDigit(s.form(last).charAt(0))) return true;
        for (int k = from; k <= last; k++) {
            for (PhraseTable<?> t : List.of(lexicons.legalForms(), lexicons.organizationNouns(), lexicons.bodies())) {
                PhraseTable.Match<?> m = t.longestAt(s, k);
                if (m != null && m.end() == to) return !NounPhrases.kazakhPlural(s.lower(last));
            }
        }
        return false;
    }

    /**
     * Whether a Kazakh title of more than one word ends with a plural, which names a group, not a
     * post: «« Хабар » агенттігінде орта буын өкілдерінен», «Үкімет басшылары».
     */
    static boolean endsWithAGroup(SentenceView s, int from, int to) {
        return to - from > 1 && NounPhrases.kazakhPlural(s.lower(to - 1));
    }

    /** Whether a body's noun, a legal form or a national body starts at token {@code i}. */
    boolean opensWithABodysNoun(SentenceView s, int i) {
        return lexicons.organizationNouns().longestAt(s, i) != null || lexicons.legalForms().longestAt(s, i) != null
                || lexicons.bodies().longestAt(s, i) != null;
    }

    /** Whether tokens [from, to) hold a comma or a bracket. */
    static boolean punctuationInside(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.isPunct(i, ",()")) return true;
        }
        return false;
    }

    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    /**
     * Words that bring in who helped, which no name holds: «при поддержке», «при содействии», «при
     * участии», «совместно с». Nor does any name hold «из» (from): «[Делегация] из Аксу», «[НПО] из
     * Уральска»; none of factRuEval's 787 organisations does.
     */
    private static final Pattern HELPER = Pattern.compile("(?U)при (поддержк|содействи|участи|финансов)\\p{L}*|совместно (с|со)");

    /**
     * A Russian name cut before the words that bring in a helper or a source ({@link #HELPER}): «[Центром поддержки гражданских
     * инициатив при содействии]» is the centre. Null when nothing is left.
     */
    static opennlp.tools.util.Span beforeHelper(SentenceView s, opennlp.tools.util.Span name) {
        if (name == null) return null;
        for (int i = name.getStart() + 1; i < name.getEnd() - 1; i++) {
            if (HELPER.matcher(s.lower(i) + " " + s.lower(i + 1)).matches() || s.is(i, "из")) {
                return new opennlp.tools.util.Span(name.getStart(), i, name.getType(), name.getProb());
            }
        }
        if (name.getEnd() - name.getStart() > 1 && HELPER.matcher(s.lower(name.getEnd() - 1) + " " + (name.getEnd() < s.size() ? s.lower(name.getEnd()) : "")).matches()) {
            return new opennlp.tools.util.Span(name.getStart(), name.getEnd() - 1, name.getType(), name.getProb());
        }
        return name;
    }

    /**
     * A Russian organisation's name cut before a lower-case verb the model ran on into: «[Жанакорганского
     * района] приняли участие». The dictionary must know the word and read it as no noun nor adjective.
     */
    static opennlp.tools.util.Span beforeVerb(TextView view, SentenceView s, opennlp.tools.util.Span name, NerLanguage language) {
        if (name == null || language.mentionType(name.getType()) != MentionType.ORGANIZATION) return name;
        for (int i = name.getStart() + 1; i < name.getEnd(); i++) {
            String w = s.lower(i);
            if (s.isWord(i) && !s.isCapitalized(i) && PAST_VERB.matcher(w).matches() && view.morphology().knows(w, Language.RUSSIAN)
                    && view.morphology().wordClass(w, Language.RUSSIAN) == Morphology.WordClass.OTHER
                    && !view.morphology().isGenitiveNoun(w, Language.RUSSIAN) && !view.morphology().isAdjective(w, Language.RUSSIAN)) {
                return new opennlp.tools.util.Span(name.getStart(), i, name.getType(), name.getProb());
            }
        }
        return name;
    }

    private static final Pattern LOCATIVE_OF_J = Pattern.compile("(?U)\\p{Lu}\\p{L}+[аоуэя]е");
    private static final Pattern PAST_VERB = Pattern.compile("(?U)\\p{L}{3,}(ли|ла|ло|ал|ил|ел|ят|ют|ет|ит)");

    /**
     * A name cut after the last dash inside it with a space on either side, when what follows
     * is capitalised; null when it is not; the name itself when it holds no such dash.
     */
    static opennlp.tools.util.Span afterSpacedDash(SentenceView s, opennlp.tools.util.Span name) {
        for (int i = name.getEnd() - 2; i > name.getStart(); i--) {
            if (s.isPunct(i, "–—-") && s.start(i) > s.end(i - 1) && s.start(i + 1) > s.end(i)) {
                return s.isCapitalized(i + 1) ? new opennlp.tools.util.Span(i + 1, name.getEnd(), name.getType(), name.getProb()) : null;
            }
        }
        return name;
    }

    /**
     * Russian: the model runs a place's or an organisation's name on over the person named after
     * it («Посол Евросоюза на [Южном Кавказе Питер] [Семнеби]», «Основатель [MySQL Майкл]
     * [Видениус]», «Полузащитник [футбольного клуба Челси Фрэнк Лэмпард]»). A capitalised given name
     * (of the list or the dictionary) inside such a name, not its first word, and one capitalised
     * word after it, the name's last or a one-word name of its own, are a person. An organisation is
     * cut only where the given name is in the nominative: «Фонд Владимира Потанина» is named after
     * a person.
     */
    opennlp.tools.util.Span[] peopleAfterNames(TextView view, SentenceView s, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> out = new ArrayList<>();
        for (int n = 0; n < spans.length; n++) {
            opennlp.tools.util.Span r = spans[n];
            MentionType type = NerLanguage.RUSSIAN.mentionType(r.getType());
            int given = -1;
            if ((type == MentionType.PLACE || type == MentionType.ORGANIZATION) && r.length() >= 2) {
                opennlp.tools.util.Span next = n + 1 < spans.length ? spans[n + 1] : null;
                for (int j = r.getStart() + 1; j < r.getEnd() && given < 0; j++) {
                    // The person is the given name and one word, the name's last or a one-word name right after it.
                    boolean surname = j + 1 < s.size() && s.isCapitalized(j + 1) && (j + 2 == r.getEnd()
                            || j + 1 == r.getEnd() && next != null && next.getStart() == j + 1 && next.length() == 1);
                    if (surname && s.isCapitalized(j) && (lexicons.givenNames().isGivenName(s.form(j), Language.RUSSIAN)
                            || view.morphology().isDictionaryGivenName(s.form(j), Language.RUSSIAN))
                            && (type == MentionType.PLACE || view.morphology().nominative(s.form(j), Language.RUSSIAN,
                                    Morphology.PhraseKind.PERSON_NAME).equals(s.form(j)))) given = j;
                }
            }
            if (given < 0) {
                out.add(r);
                continue;
            }
            out.add(new opennlp.tools.util.Span(r.getStart(), given, r.getType(), r.getProb()));
            int end = r.getEnd();
            if (given + 1 == end) end = spans[++n].getEnd();
            out.add(new opennlp.tools.util.Span(given, end, PERSON_LABEL, r.getProb()));
        }
        return out.toArray(new opennlp.tools.util.Span[0]);
    }

    private static final String PERSON_LABEL = "PER";
    /**
     * Whether tokens [from, to) hold no post word of the roles scheme and overlap a place or an
     * organisation found before the name finder. Not after a place in the genitive, which a title
     * of honour follows as well as a post («Қазақстанның халық әртісі», a People's Artist).
     */
    boolean overNamesWithoutPost(TextView view, SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) if (lexicons.roles().longestAt(s, k) != null) return false;
        Mention first = Mentions.startingAt(view.document(), s.start(from), MentionType.PLACE);
        if (first != null && first.end() < s.end(to - 1) && NounPhrases.kazakhGenitive(first.text())) return false;
        Span span = s.span(from, to);
        return view.document().mentions().stream().anyMatch(m -> (m.type() == MentionType.PLACE || m.type() == MentionType.ORGANIZATION)
                && m.span().overlaps(span));
    }

    /** Whether tokens [from, to) are the whole of a quotation followed by «деп» and no form of «ата-» (to call: аталатын, атанған). */
    static boolean quotedSaying(SentenceView s, int from, int to) {
        return from > 0 && s.isPunct(from - 1, "«\"“") && s.isPunct(to, "»\"”") && s.is(to + 1, "деп")
                && !(to + 2 < s.size() && s.lower(to + 2).startsWith("ата"));
    }

    /** Whether a Kazakh word is an adjective of lack, «-сыз/-сіз» after a stem (Cyrillic or Latin): «қауіпсіз», «qaýipsiz». */
    static boolean privative(String lower) {
        return PRIVATIVE.matcher(lower).matches();
    }

    private static final Pattern PRIVATIVE = Pattern.compile("(?U)\\p{L}{3,}(сыз|сіз|syz|siz)");

    /** Whether tokens [from, to) hold an angle bracket, a plus sign or a link's scheme, or follow a plus sign. */
    static boolean markup(SentenceView s, int from, int to) {
        if (from > 0 && s.isPunct(from - 1, "+")) return true;
        for (int i = from; i < to; i++) {
            if (s.isPunct(i, "<>+") || s.form(i).startsWith("http") && i + 1 < s.size() && s.isPunct(i + 1, ":")) return true;
        }
        return false;
    }

    /**
     * Whether the words are an abbreviation that names no body or place ({@link Lexicons#notNames}),
     * alone or with the place it is of («СМИ Западно-Казахстанской области»).
     */
    private boolean notAName(TextView view, SentenceView s, int from, int to) {
        PhraseTable.Match<String> m = lexicons.notNames().longestAt(s, from);
        if (m == null) return false;
        Mention place = m.end() < to ? Mentions.startingAt(view.document(), s.start(m.end()), MentionType.PLACE) : null;
        return m.end() == to || place != null && s.indexAt(place.end()) == to;
    }

    /**
     * Whether a name opens a quote (its mark inside it or just before) that a thing's noun stands
     * before as its kind: not one a pronoun makes a phrase of its own, «В рамках этого проекта
     * «Фэйсбук» предоставляет …».
     */
    private boolean quotedAfterThingNoun(SentenceView s, int start) {
        int open = s.isPunct(start, "«\"„“") ? start : s.isPunct(start - 1, "«\"„“") ? start - 1 : -1;
        if (open < 1) return false;
        PhraseTable.Match<String> noun = lexicons.thingNouns().longestAt(s, open - 1);
        return noun != null && noun.end() == open && !(noun.start() > 0 && DEMONSTRATIVE.matcher(s.lower(noun.start() - 1)).matches());
    }

    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?U)(эт|данн|наш|ваш|сво)\\p{L}*|тот|того|том|тому|тем|та|ту|той|те|тех");

    /**
     * Whether a name is followed, past its closing quote, by a noun that makes it a thing's
     * ({@link Lexicons#thingNouns}): «"Сұңқар" тұрғын үй кешенінде», «Wipon жүйесі»; a quoted one
     * also with a few lower-case words between, unless an organisation's noun comes first
     * («"Дарын" мемлекеттік жастар сыйлығы»), or an event's kind («Junior Eurovision халықаралық
     * балалар ән байқауы», for an organisation's name); a list of quoted names shares its noun («"Айбын", "Құрмет" және "Ерлігі
     * үшін" төсбелгілері»); or ends with one: «Медициналық сақтандыру жүйесіне».
     * (Kazakh: a Russian name's noun comes before it.)
     */
    boolean namesAThing(SentenceView s, int from, int to, boolean organization) {
        int after = to;
        while (after < s.size() && s.isPunct(after, "»\"“”")) after++;
        after = pastListedNames(s, after);
        // An event's name stands in the nominative before its kind; «Қауіпсіздік кеңесінің отырысында» is the council's session.
        String last = s.lower(to - 1);
        boolean nominative = organization && !NounPhrases.kazakhCaseEnded(last) && !NounPhrases.kazakhAttributive(last);
        if (after < s.size() && lexicons.thingNouns().longestAt(s, after) != null) return true;
        for (int k = after; k < Math.min(s.size(), after + 4) && s.isWord(k) && !s.isCapitalized(k); k++) {
            if (lexicons.organizationNouns().longestAt(s, k) != null || lexicons.legalForms().longestAt(s, k) != null) break;
            if (nominative && lexicons.eventKinds().longestAt(s, k) != null) return true;
            if (after > to && lexicons.thingNouns().longestAt(s, k) != null) return true;
            // A noun in the genitive ends the phrase the name is part of: «« Аманат » азаматтық платформасының өкілдері сайлау …».
            if (NounPhrases.kazakhGenitive(s.lower(k))) break;
        }
        // or the name ends with the noun: «Медициналық сақтандыру жүйесіне»
        return endsWithAThingsNoun(s, from + 1, to);
    }

    /** Whether a thing's noun ({@link Lexicons#thingNouns}) that starts in tokens [from, to) ends at {@code to}. */
    boolean endsWithAThingsNoun(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTable.Match<String> noun = lexicons.thingNouns().longestAt(s, k);
            if (noun != null && noun.end() == to) return true;
        }
        return false;
    }

    /** The token after the quoted names that follow a list's comma or conjunction at {@code at} («, "Құрмет" және "Ерлігі үшін"»), or {@code at}. */
    private static int pastListedNames(SentenceView s, int at) {
        int i = at;
        while (i + 1 < s.size() && (s.isPunct(i, ",") || s.is(i, "және", "мен", "бен", "пен")) && s.isPunct(i + 1, "«")) {
            int close = i + 2;
            while (close < s.size() && !s.isPunct(close, "»")) close++;
            if (close >= s.size()) break;
            i = close + 1;
        }
        return i;
    }

    /** Opening guillemets in tokens [from, to) less closing ones. */
    private static int openQuotes(SentenceView s, int from, int to) {
        int open = 0;
        for (int i = from; i < to; i++) {
            if (s.isPunct(i, "«„")) open++;
            else if (s.isPunct(i, "»") && open > 0) open--;
        }
        return open;
    }

    /**
     * Whether tokens [from, to) read as a name by the rules' lights: a word capitalised where
     * capitals mean a name, an abbreviation (not in a headline written in capitals) or a number
     * (a kind word capitalised as a sentence's first word counts only with a name's complement
     * after it: «Коалиция гражданских инициатив», not «Коалиция открыта»); more than a kind word alone (a legal form, an
     * organisation noun, a kind of place or event: «НПО», «Политические партии»), or than one
     * with a place the rules found («НПО Мангистауской области»: the rules make a body of those
     * where the kind word names one, «маслихат города Алматы»); not beginning with a preposition,
     * conjunction or pronoun; not the complement of a post that names its body («вице-министр
     * культуры Республики Казахстан»: {@link ImpliedBodyFinder}). «альянс», «государства», «При
     * министерстве разработаны …», «Вас» are not names.
     */
    boolean named(TextView view, SentenceView s, int from, int to) {
        int kind = kindEnd(s, from);
        if (kind == to || lexicons.morphology().isFunctionWord(s.form(from), view.readingLanguage())) return false;
        // «вице-министр [культуры Республики Казахстан]»: the body the post implies, named from it later.
        Mention post = from > 0 ? Mentions.covering(view.document(), s.start(from - 1), MentionType.ROLE) : null;
        if (post != null && ImpliedBodyFinder.impliesBody(lexicons, post)) return false;
        Mention place = kind > 0 && kind < to ? Mentions.startingAt(view.document(), s.start(kind), MentionType.PLACE) : null;
        if (place != null && place.end() == s.end(to - 1)) return false;
        for (int i = from; i < to; i++) {
            int first = i == 0 ? kind : -1;
            boolean capital = s.isProper(i) && (first < 0 || (first < to && NounPhrases.strongComplementStart(view, s, first)));
            // In a headline written in capitals («… ЖЕТЕКШІЛЕРІ БАС ҚОСТЫ») every word looks like an abbreviation.
            if (capital || s.isUpper(i) && !s.inCapitals() || s.form(i).chars().anyMatch(Character::isDigit)) return true;
        }
        return false;
    }

    /** The end of the longest kind word at token {@code i} (legal form, organisation noun, kind of place or event), or -1. */
    private int kindEnd(SentenceView s, int i) {
        int end = -1;
        for (PhraseTable<?> kinds : List.of(lexicons.legalForms(), lexicons.organizationNouns(), lexicons.placeKinds(),
                lexicons.eventKinds(), lexicons.eventNouns())) {
            PhraseTable.Match<?> m = kinds.longestAt(s, i);
            if (m != null) end = Math.max(end, m.end());
        }
        return end;
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
            case KEEP_SURE -> {
                if (overlapping.stream().anyMatch(e -> e.span().contains(m.span()))) return;
                // «главу [партии Сергея Митрохина]»: a common noun and a person named in full is that person's body, not its name.
                if (m.type() == MentionType.ORGANIZATION && overlapping.stream().anyMatch(e -> e.type() == MentionType.PERSON
                        && e.confidence() >= SURE && m.span().contains(e.span()) && !namesMore(doc, m, e))) return;
                // A place the rules read with its kind word is not a person the model runs into it: «[Кеше Төлеби] ауданының».
                if (m.type() == MentionType.PERSON && overlapping.stream().anyMatch(e -> e.type() == MentionType.PLACE
                        && e.concept() != null && e.concept().startsWith(Qg.PLACE_KIND_NS) && !m.span().contains(e.span()))) return;
                // «[«Нұр Отан» партиясы төрағасының бірінші орынбасары Бауыржан Байбек форумға]»: a post and its holder inside a
                // name are a clause the model ran over; «академик Е.Бөкетов атындағы университет» (named after) is a name.
                if (m.type() != MentionType.PERSON && overlapping.stream().anyMatch(e -> e.type() == MentionType.PERSON
                        && e.confidence() >= SURE && m.span().contains(e.span()) && holdsAPost(doc, m, e))) return;
                List<Mention> conflicting = overlapping.stream()
                        .filter(e -> e.type() == m.type() || m.type() == MentionType.PERSON || !m.span().contains(e.span())).toList();
                // A name of its type read with other bounds («Декларация Коалиции» across «Коалиции гражданских
                // инициатив Казахстана»), or several run together (a list the rules split), is not this one.
                List<Mention> sameType = conflicting.stream().filter(e -> e.type() == m.type()).toList();
                if (sameType.size() > 1 || sameType.stream().anyMatch(e -> !m.span().contains(e.span()))) return;
                if (conflicting.stream().noneMatch(e -> e.confidence() >= SURE || (Anaphora.isAnaphor(e) && !namesMore(doc, m, e)))) {
                    doc.mentions().removeAll(conflicting);
                    doc.mentions().add(m);
                }
            }
        }
    }

    /** Whether a role stands before a person within a name, and the name is not one given after that person («… атындағы»). */
    private static boolean holdsAPost(Document doc, Mention name, Mention person) {
        boolean role = doc.mentions().stream().anyMatch(r -> r.type() == MentionType.ROLE && r.start() >= name.start() && r.end() <= person.start());
        if (!role) return false;
        String after = doc.text(new Span(person.end(), Math.min(doc.text().length(), person.end() + 8))).strip().toLowerCase(Locale.ROOT);
        return !after.startsWith("атынд") && !after.startsWith("atynd");
    }

    /** Whether a name has a capitalised word or a number outside the mention it contains. */
    private static boolean namesMore(Document doc, Mention name, Mention inside) {
        String rest = doc.text(new Span(name.start(), Math.max(name.start(), inside.start()))) + " "
                + doc.text(new Span(Math.min(name.end(), inside.end()), name.end()));
        for (String w : rest.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) return true;
        }
        return false;
    }

    /** Whether an existing mention stands in the way of a new one: both name entities, or both are of one other type. */
    private static boolean competes(Mention existing, Mention m) {
        boolean entities = existing.type().entityKind() != null && m.type().entityKind() != null;
        return entities || existing.type() == m.type();
    }
}
