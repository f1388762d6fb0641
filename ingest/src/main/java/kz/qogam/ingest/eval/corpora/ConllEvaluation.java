package kz.qogam.ingest.eval.corpora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.eval.corpora.ConllSentence.Chunk;
import kz.qogam.ingest.extract.Anaphora;
import kz.qogam.ingest.extract.ImpliedBodyFinder;
import kz.qogam.ingest.read.LanguageDetector;
import kz.qogam.ontology.Ontology;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * Scores an extractor's mentions on an IOB2 file such as KazNERD's, by exact span, for the
 * labels {@link #LABELS}.
 *
 * <ul>
 *   <li>Each sentence is given to the extractor as {@code Document.ofText("sentence-N", text,
 *       language)}, where the text is its tokens joined by single spaces and the language is
 *       chosen by the {@code languageOf} function, by default {@link #detectLanguage}
 *       ({@link LanguageDetector}, Kazakh when it cannot tell).</li>
 *   <li>Each predicted mention is labelled by {@link #kazNerdLabel}; mentions it gives no label
 *       (role words, contacts) are not scored, nor are mentions that are not names the text writes
 *       ({@link #named}: «Министрлік» referring back, the state «Қазақстан Республикасының
 *       Президенті» implies), since KazNERD marks names. Its span is cut to what KazNERD's
 *       guidelines mark ({@link #kazNerdSpan}: a quoted organisation name without its kind word, a
 *       city, district or village without «қаласы», «ауданы», «ауылы»), then mapped to the tokens
 *       it touches: a span that starts or ends inside a token (Астана in Астанада) is widened to
 *       whole tokens; one that touches no token is dropped.</li>
 *   <li>IOB2 cannot hold one entity inside another, and KazNERD marks only the outer one
 *       («Қазақстан халқы Ассамблеясы», not Қазақстан in it; «Украина Президенті», a
 *       title, not Украина in it): a predicted chunk that lies inside another, longer one is
 *       dropped.</li>
 *   <li>A predicted entity is right when a key entity has the same first token, last token and
 *       label (conlleval's exact match). The same predicted entity found twice counts once. Key
 *       entities with other labels (CARDINAL, NORP, ...) are not scored, and a prediction that
 *       falls on one is a false positive.</li>
 *   <li>Precision, recall and F1 per label and micro-averaged over the eight ({@code all}).</li>
 * </ul>
 *
 * Sentences on which the extractor throws are counted as finding nothing and listed in the
 * details.
 */
public final class ConllEvaluation {
    /** The scored labels, in table order; {@code all} follows them. */
    public static final List<String> LABELS = List.of(
            "PERSON", "ORGANISATION", "GPE", "LOCATION", "POSITION", "EVENT", "FACILITY", "DATE");
    public static final String ALL = "all";

    private ConllEvaluation() {}

    public static ConllResult run(Path file, Function<Document, Document> extractor) throws IOException {
        return run(file, extractor, Progress.NONE);
    }

    /** Reads the file and scores the extractor on it, telling progress after each sentence. */
    public static ConllResult run(Path file, Function<Document, Document> extractor, Progress progress) throws IOException {
        return evaluate(ConllReader.read(file), extractor, ConllEvaluation::detectLanguage, progress);
    }

    public static ConllResult run(Path file, Function<Document, Document> extractor, Function<String, Language> languageOf,
                                  Progress progress) throws IOException {
        return evaluate(ConllReader.read(file), extractor, languageOf, progress);
    }

    /** The sentence's language as {@link LanguageDetector} tells it, else Kazakh. */
    public static Language detectLanguage(String text) {
        return LanguageDetector.detect(text).orElse(Language.KAZAKH);
    }

    public static ConllResult evaluate(List<ConllSentence> sentences, Function<Document, Document> extractor,
                                       Function<String, Language> languageOf, Progress progress) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String l : LABELS) counts.put(l, new int[3]);
        Map<String, Integer> languages = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int[] snap = new int[2];
        int other = 0;
        progress.update(0, sentences.size());
        int done = 0;
        for (ConllSentence s : sentences) {
            String text = s.text();
            Language lang = languageOf.apply(text);
            languages.merge(lang.tag(), 1, Integer::sum);
            Document doc = extract(s, text, lang, extractor, failures);

            Set<Chunk> key = new HashSet<>();
            for (Chunk c : s.chunks()) {
                if (counts.containsKey(c.label())) key.add(c);
                else other++;
            }
            Set<Chunk> found = predictedChunks(doc, s, snap);
            for (Chunk c : found) counts.get(c.label())[key.contains(c) ? 0 : 1]++;
            for (Chunk c : key) if (!found.contains(c)) counts.get(c.label())[2]++;
            progress.update(++done, sentences.size());
        }
        Map<String, Scores> exact = new LinkedHashMap<>();
        Scores all = Scores.of(0, 0, 0);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            Scores sc = Scores.of(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            exact.put(e.getKey(), sc);
            all = all.plus(sc);
        }
        exact.put(ALL, all);
        return new ConllResult(exact, new ConllResult.Details(sentences.size(), failures, languages, snap[0], snap[1], other));
    }

    private static Document extract(ConllSentence s, String text, Language lang, Function<Document, Document> extractor,
                                    List<String> failures) {
        String id = String.format(Locale.ROOT, "sentence-%05d", s.index() + 1);
        try {
            Document out = extractor.apply(Document.ofText(id, text, lang));
            if (out == null) throw new IllegalStateException("the extractor returned no document");
            if (!out.text().equals(text)) {
                throw new IllegalStateException("the extractor returned a document with another text, so its offsets cannot be scored");
            }
            return out;
        } catch (RuntimeException e) {
            failures.add("line " + s.line() + ": " + e);
            return Document.ofText(id, text, lang);
        }
    }

    /** The predicted mentions as labelled token chunks; {@code snap[0]} counts widened spans, {@code snap[1]} dropped ones. */
    static Set<Chunk> predictedChunks(Document doc, ConllSentence s, int[] snap) {
        Map<Mention, Entity> entityOf = new HashMap<>();
        for (Entity e : doc.entities()) for (Mention m : e.mentions()) entityOf.putIfAbsent(m, e);
        int[] starts = s.starts();
        int[] ends = new int[starts.length];
        for (int i = 0; i < starts.length; i++) ends[i] = starts[i] + s.tokens().get(i).length();
        Set<Chunk> out = new LinkedHashSet<>();
        for (Mention m : doc.mentions()) {
            if (!named(doc, m)) continue;
            String label = kazNerdLabel(m, entityOf.get(m));
            if (label == null || !LABELS.contains(label)) continue;
            Span span = kazNerdSpan(m, label);
            Optional<Chunk> c = snap(span, starts, ends, label);
            if (c.isEmpty()) {
                snap[1]++;
                continue;
            }
            if (starts[c.get().start()] != span.start() || ends[c.get().end() - 1] != span.end()) snap[0]++;
            out.add(c.get());
        }
        return outermost(out);
    }

    /**
     * Whether a mention is a name the text writes: not a bare kind word that only refers back
     * ({@link Anaphora}: «Министрлік», «департаменті»), nor a body a post implies
     * ({@link ImpliedBodyFinder#isImplied}: «Қазақстан Республикасының Президенті» → the state).
     */
    public static boolean named(Document doc, Mention m) {
        return !Anaphora.isAnaphor(m) && !ImpliedBodyFinder.isImplied(doc, m);
    }

    /** The chunks that lie inside no longer chunk (IOB2 is flat). */
    static Set<Chunk> outermost(Set<Chunk> chunks) {
        Set<Chunk> out = new LinkedHashSet<>();
        for (Chunk c : chunks) {
            boolean inner = false;
            for (Chunk o : chunks) {
                if (o.start() <= c.start() && c.end() <= o.end() && o.end() - o.start() > c.end() - c.start()) {
                    inner = true;
                    break;
                }
            }
            if (!inner) out.add(c);
        }
        return out;
    }

    /** A quoted stretch with a letter in it: «Бөбек», "Нұр Отан", “…”. */
    private static final Pattern QUOTED = Pattern.compile("[«\"“„]\\s*([^«»\"“”„]*\\p{L}[^«»\"“”„]*?)\\s*[»\"”“]");
    /**
     * A word that follows a city's, district's, village's or country's name as its kind, with its
     * endings: қаласы, ауданында, ауылы (аулында, with the vowel dropped), кентінде, ауылдық округі, мемлекетіне, елдерінде.
     * Not облыс or республика: KazNERD keeps those in the name («Маңғыстау облысы», «Қазақстан
     * Республикасы»); not қалалық, аудандық (adjectives of a body's name).
     */
    private static final Pattern KIND_AFTER_NAME = Pattern.compile(
            "(?U)^(қала(?!м|ш|лық)|аудан(?!дық)|ауыл(?!ш|дық)|аулы|ауылдық|кент|округ|мемлекет(?!тік)|ел(і|ін|дер)|город|район|сел[оаеу]$|посёл|посел)\\p{L}*$");
    /** A name in the Latin script and a Cyrillic kind word after it: «500 Startups компаниясының» (KazNERD marks the name). */
    private static final Pattern LATIN_THEN_KIND = Pattern.compile("(?U)([\\p{IsLatin}\\p{N}][\\p{IsLatin}\\p{N} .&'-]*?)\\s+\\p{IsCyrillic}+");
    private static final Pattern LAST_WORD = Pattern.compile("(?U)[\\p{L}\\p{N}-]+$");

    /**
     * The part of a mention that KazNERD's guidelines mark: an organisation's name in quotes
     * without the quotes and the kind word around them («"Бөбек" қорының» → Бөбек), or in the
     * Latin script without the kind word after it («500 Startups компаниясының» → 500 Startups); an event
     * named by its title by the title («"Туған жер" фестивалі» → Туған жер); a GPE without
     * the kind word after its name («Шымкент қаласында» → Шымкент, «Украина мемлекетіне» →
     * Украина). Anything else is its whole span.
     */
    public static Span kazNerdSpan(Mention m, String label) {
        String text = m.text();
        if (text == null) return m.span();
        if ("ORGANISATION".equals(label)) {
            Matcher q = QUOTED.matcher(text);
            if (q.find()) return new Span(m.start() + q.start(1), m.start() + q.end(1));
            Matcher latin = LATIN_THEN_KIND.matcher(text);
            if (latin.matches()) return new Span(m.start(), m.start() + latin.end(1));
        } else if ("EVENT".equals(label)) {
            // An event named by its title is marked by the title: «"Туған жер" фестивалі» → Туған жер.
            Matcher q = QUOTED.matcher(text);
            if (q.find() && m.normalized() != null && q.group(1).strip().equals(m.normalized().strip())) return new Span(m.start() + q.start(1), m.start() + q.end(1));
        } else if ("GPE".equals(label)) {
            int end = text.length();
            Matcher w = LAST_WORD.matcher("");
            while (true) {
                String head = text.substring(0, end).stripTrailing();
                w.reset(head);
                if (!w.find() || w.start() == 0 || !KIND_AFTER_NAME.matcher(w.group().toLowerCase(Locale.ROOT)).find()) break;
                end = w.start();
            }
            String name = text.substring(0, end).stripTrailing();
            if (name.length() < text.length()) return new Span(m.start(), m.start() + name.length());
        }
        return m.span();
    }

    /**
     * The tokens a character span touches (shares at least one character with), as a chunk; empty
     * when it touches none.
     */
    public static Optional<Chunk> snap(Span span, int[] starts, int[] ends, String label) {
        int first = -1, last = -1;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < span.end() && span.start() < ends[i]) {
                if (first < 0) first = i;
                last = i;
            }
        }
        return first < 0 ? Optional.empty() : Optional.of(new Chunk(first, last + 1, label));
    }

    // ------------------------------------------------------------------ labels

    private static final String PLACE_KIND = "/place-kind/";
    private static final String GAZETTEER_PLACE = "/id/place/";
    /**
     * A word of the text that names an administrative unit, in Kazakh or Russian, with its
     * endings: облыс, аудан, қала (not қалашық, Қаламқас), ауыл, аулы (not ауылшаруашылық),
     * республика, область, город, район, село, посёлок, округ, край, губерния; or a name in
     * -стан (Қазақстан, Қазақстанның, Өзбекстанда).
     */
    private static final Pattern ADMINISTRATIVE = Pattern.compile(
            "(?U)^(облыс|аудан|қала(?![мш])|ауыл(?!ш)|аулы|республик|област|город|район|сел[оаеу]$|сёл|посел|посёл|округ|кра[йяюе]$|губерни)"
                    + "|^\\p{L}{3,}стан\\p{L}{0,8}$");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The KazNERD label a predicted mention is scored as, or null when it is not scored.
     * <ul>
     *   <li>PERSON → {@code PERSON}; ORGANIZATION → {@code ORGANISATION}; EVENT → {@code EVENT};
     *       TITLE → {@code POSITION}; DATE → {@code DATE}; CONTACT → not scored.</li>
     *   <li>TITLE of a membership (member, deputy, representative, participant, volunteer:
     *       «комиссиясының мүшесі», «Мәжіліс депутаты») → not scored: KazNERD marks the body and
     *       leaves the membership word out of any position (32 of 34 times after a body), so the
     *       body inside the title is scored instead.</li>
     *   <li>ROLE → not scored: KazNERD's POSITION is a post's title as a name («Білім және ғылым
     *       министрі», «Тұңғыш Президент», «Үкімет басшысы»), which the extractor reads as a TITLE
     *       mention; a role word alone («облыс әкімі», «өкілдері») it does not mark (of 109
     *       «әкім…» and 114 «өкіл…» words in the valid file, 9 and 2 are inside a POSITION).</li>
     *   <li>PLACE → {@code FACILITY} when the mention's concept (else its entity's
     *       classification) is a place kind under {@code facility} in the ontology's scheme
     *       (venue, hotel, palace …); {@code GPE} when it is a place kind under country, region,
     *       city, district, rural district, town, village or administrative unit, when the
     *       mention's concept or its entity's IRI is a gazetteer place ({@code …/id/place/…}), or
     *       when a word of the text
     *       names an administrative unit (облысы, қаласы, ауданы, ауылы, республика, область,
     *       город, район …, or a name in -стан with its endings: Қазақстанда); else
     *       {@code LOCATION}.</li>
     * </ul>
     *
     * @param entity the entity the mention belongs to, or null
     */
    public static String kazNerdLabel(Mention mention, Entity entity) {
        return switch (mention.type()) {
            case PERSON -> "PERSON";
            case ORGANIZATION -> "ORGANISATION";
            case EVENT -> "EVENT";
            case TITLE -> membership(mention.concept()) ? null : "POSITION";
            case DATE -> "DATE";
            case PLACE -> placeLabel(mention, entity);
            default -> null;
        };
    }

    private static final Set<String> MEMBERSHIPS = Set.of("member", "deputy", "representative", "participant", "volunteer");

    private static boolean membership(String roleIri) {
        return roleIri != null && MEMBERSHIPS.contains(roleIri.substring(roleIri.lastIndexOf('/') + 1));
    }

    private static String placeLabel(Mention m, Entity e) {
        String kind = isPlaceKind(m.concept()) ? m.concept() : e != null && isPlaceKind(e.classification()) ? e.classification() : null;
        if (kind != null) {
            String top = PlaceKinds.TOP.get(kind);
            if ("facility".equals(top)) return "FACILITY";
            if (top != null && PlaceKinds.ADMINISTRATIVE.contains(top)) return "GPE";
        }
        if (isGazetteerPlace(m.concept()) || (e != null && isGazetteerPlace(e.iri()))) return "GPE";
        if (m.text() != null && namesAdministrativeUnit(m.text())) return "GPE";
        return "LOCATION";
    }

    static boolean namesAdministrativeUnit(String text) {
        for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && ADMINISTRATIVE.matcher(w).find()) return true;
        }
        return false;
    }

    private static boolean isPlaceKind(String iri) {
        return iri != null && iri.contains(PLACE_KIND);
    }

    /** The ontology's place kinds ({@code place-kinds.ttl}), each with the top concept above it. */
    static final class PlaceKinds {
        static final Set<String> ADMINISTRATIVE = Set.of("country", "region", "city", "district", "rural-district", "town", "village",
                "administrative-unit");
        /** Place-kind IRI → local name of its top concept ({@code …/place-kind/hotel} → {@code facility}). */
        static final Map<String, String> TOP = load();

        private PlaceKinds() {}

        private static Map<String, String> load() {
            Model m = Ontology.read("place-kinds.ttl");
            Map<String, String> out = new HashMap<>();
            for (Resource r : m.listSubjectsWithProperty(SKOS.inScheme).toList()) {
                if (!r.isURIResource()) continue;
                Resource top = r;
                Set<Resource> seen = new HashSet<>();
                while (seen.add(top) && top.getPropertyResourceValue(SKOS.broader) != null) {
                    top = top.getPropertyResourceValue(SKOS.broader);
                }
                out.put(r.getURI(), top.getLocalName());
            }
            return Map.copyOf(out);
        }
    }

    private static boolean isGazetteerPlace(String iri) {
        return iri != null && iri.contains(GAZETTEER_PLACE);
    }

    // ------------------------------------------------------------------ table

    /** The result as a plain-text table, for the console. */
    public static String table(ConllResult r) {
        StringBuilder sb = new StringBuilder();
        ConllResult.Details d = r.details();
        sb.append(String.format(Locale.ROOT, "IOB2 exact spans: %d sentences (languages given: %s)%n", d.sentences(), d.languages()));
        sb.append(String.format(Locale.ROOT, "%-13s %6s %6s %6s %6s %6s %6s%n", "label", "key", "found", "right", "P", "R", "F1"));
        for (Map.Entry<String, Scores> e : r.exact().entrySet()) {
            Scores s = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-13s %6d %6d %6d %6.3f %6.3f %6.3f%n",
                    e.getKey(), s.expected(), s.predicted(), s.tp(), s.precision(), s.recall(), s.f1()));
        }
        sb.append(String.format(Locale.ROOT, "predicted spans widened to whole tokens: %d; dropped (no token): %d; key entities of other labels: %d%n",
                d.snapped(), d.dropped(), d.keyOtherLabels()));
        if (!d.failures().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "extractor failed on %d sentence(s), scored as finding nothing:%n", d.failures().size()));
            d.failures().stream().limit(5).forEach(f -> sb.append("  ").append(f).append(System.lineSeparator()));
        }
        return sb.toString();
    }
}
