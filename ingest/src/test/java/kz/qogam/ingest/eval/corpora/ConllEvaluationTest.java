package kz.qogam.ingest.eval.corpora;

import static kz.qogam.ingest.eval.corpora.FakeExtractor.at;
import static kz.qogam.ingest.eval.corpora.FakeExtractor.entity;
import static kz.qogam.ingest.eval.corpora.FakeExtractor.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.eval.corpora.ConllSentence.Chunk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The IOB2 scorer on {@code conll-mini.txt}, with a fake extractor.
 *
 * <pre>
 * 1: [Президент]POSITION [Қасым-Жомарт Тоқаев]PERSON [Астанада]GPE [Нұр Отан партиясының]ORGANISATION [съезіне]EVENT қатысты .
 * 2: [Кеше]DATE [Алматы облысында]GPE (a stray I-GPE) жиын өтті .
 * 3: [2020 жылы]DATE [форум]EVENT өтті , [5]CARDINAL адам келді .
 * </pre>
 */
class ConllEvaluationTest {
    private static final double EPS = 1e-9;
    private static final String ASTANA = "http://localhost/id/place/astana";
    private static List<ConllSentence> sentences;

    @BeforeAll
    static void read() throws Exception {
        sentences = ConllReader.read(FakeExtractor.resource("conll-mini.txt"));
    }

    private static void assertScores(Scores s, double p, double r, double f) {
        assertEquals(p, s.precision(), EPS, "precision of " + s);
        assertEquals(r, s.recall(), EPS, "recall of " + s);
        assertEquals(f, s.f1(), EPS, "f1 of " + s);
    }

    private static FakeExtractor perfect() {
        return new FakeExtractor()
                .on("sentence-00001", d -> {
                    mention(d, "Президент", MentionType.TITLE);
                    mention(d, "Президент", MentionType.ROLE);
                    mention(d, "Қасым-Жомарт Тоқаев", MentionType.PERSON);
                    mention(d, "Астанада", MentionType.PLACE, ASTANA);
                    mention(d, "Нұр Отан партиясының", MentionType.ORGANIZATION);
                    mention(d, "съезіне", MentionType.EVENT);
                })
                .on("sentence-00002", d -> {
                    mention(d, "Кеше", MentionType.DATE);
                    mention(d, "Алматы облысында", MentionType.PLACE); // GPE by its word облысы
                })
                .on("sentence-00003", d -> {
                    mention(d, "2020 жылы", MentionType.DATE);
                    mention(d, "форум", MentionType.EVENT);
                });
    }

    @Test
    void perfect_prediction_scores_one() {
        FakeExtractor x = perfect();
        ConllResult r = ConllEvaluation.evaluate(sentences, x, ConllEvaluation::detectLanguage, Progress.NONE);
        assertEquals(List.of("PERSON", "ORGANISATION", "GPE", "LOCATION", "POSITION", "EVENT", "FACILITY", "DATE", "all"),
                new ArrayList<>(r.exact().keySet()));
        for (String l : List.of("PERSON", "ORGANISATION", "GPE", "POSITION", "EVENT", "DATE", "all")) {
            assertScores(r.exact().get(l), 1, 1, 1);
        }
        // Nothing to find and nothing found: 0, as conlleval reports it.
        assertScores(r.exact().get("LOCATION"), 0, 0, 0);
        assertScores(r.exact().get("FACILITY"), 0, 0, 0);
        assertEquals(9, r.exact().get("all").tp());
        assertEquals(1, r.details().keyOtherLabels()); // CARDINAL
        assertEquals(List.of("Президент Қасым-Жомарт Тоқаев Астанада Нұр Отан партиясының съезіне қатысты .",
                "Кеше Алматы облысында жиын өтті .", "2020 жылы форум өтті , 5 адам келді ."),
                x.given.stream().map(Document::text).toList());
        for (Document d : x.given) assertEquals(Language.KAZAKH, d.language());
    }

    @Test
    void misses_spurious_wrong_types_and_snapping() {
        FakeExtractor x = new FakeExtractor()
                .on("sentence-00001", d -> {
                    mention(d, "Тоқаев", MentionType.PERSON);                 // part of the key: wrong
                    mention(d, "Астана", MentionType.PLACE, ASTANA);          // inside Астанада: widened, right
                    mention(d, "Нұр Отан", MentionType.ORGANIZATION);         // shorter than the key: wrong
                    mention(d, "съезіне", MentionType.PLACE);                 // wrong type: LOCATION, key EVENT
                    mention(d, "Президент", MentionType.ROLE);                // a role word, not a title: not scored, so missed
                })
                .on("sentence-00002", d -> {
                    mention(d, "Кеше", MentionType.DATE);                     // right
                    mention(d, "Кеше", MentionType.DATE);                     // the same again: once
                    mention(d, "Алматы облысында", MentionType.PLACE);        // right
                    mention(d, "жиын", MentionType.CONTACT);                  // not scored
                })
                .on("sentence-00003", d -> {
                    mention(d, "2020 жылы", MentionType.DATE);                // right
                    mention(d, "форум", MentionType.EVENT);                   // right
                    mention(d, "5", MentionType.ORGANIZATION);                // on a CARDINAL key: wrong
                    at(d, 4, 5, MentionType.PERSON, null);                    // a space: touches no token, dropped
                });
        ConllResult r = ConllEvaluation.evaluate(sentences, x, ConllEvaluation::detectLanguage, Progress.NONE);
        Map<String, Scores> e = r.exact();
        assertScores(e.get("PERSON"), 0, 0, 0);             // tp 0, fp 1, fn 1
        assertScores(e.get("POSITION"), 0, 0, 0);           // fn 1
        assertScores(e.get("GPE"), 1, 1, 1);                // tp 2
        assertScores(e.get("ORGANISATION"), 0, 0, 0);       // fp 2, fn 1
        assertScores(e.get("EVENT"), 1, 0.5, 2.0 / 3);      // tp 1, fn 1
        assertScores(e.get("LOCATION"), 0, 0, 0);           // fp 1
        assertScores(e.get("DATE"), 1, 1, 1);               // tp 2
        assertScores(e.get("all"), 5.0 / 9, 5.0 / 9, 5.0 / 9); // tp 5, fp 4, fn 4
        assertEquals(List.of(5, 4, 4), List.of(e.get("all").tp(), e.get("all").fp(), e.get("all").fn()));
        assertEquals(1, r.details().snapped());
        assertEquals(1, r.details().dropped());
    }

    @Test
    void snaps_character_spans_to_the_tokens_they_touch() {
        ConllSentence s = sentences.get(1); // Кеше Алматы облысында жиын өтті .
        int[] starts = s.starts();
        int[] ends = new int[starts.length];
        for (int i = 0; i < ends.length; i++) ends[i] = starts[i] + s.tokens().get(i).length();
        String text = s.text();
        int almaty = text.indexOf("Алматы");
        assertEquals(Optional.of(new Chunk(1, 2, "GPE")), ConllEvaluation.snap(new Span(almaty, almaty + 6), starts, ends, "GPE"));
        assertEquals(Optional.of(new Chunk(1, 2, "GPE")), ConllEvaluation.snap(new Span(almaty + 1, almaty + 3), starts, ends, "GPE"));
        // "ше Алм": the end of one token and the start of the next: both, whole.
        assertEquals(Optional.of(new Chunk(0, 2, "GPE")), ConllEvaluation.snap(new Span(2, almaty + 3), starts, ends, "GPE"));
        // The space before Алматы and Алматы: only the token.
        assertEquals(Optional.of(new Chunk(1, 2, "GPE")), ConllEvaluation.snap(new Span(almaty - 1, almaty + 6), starts, ends, "GPE"));
        assertEquals(Optional.empty(), ConllEvaluation.snap(new Span(almaty - 1, almaty), starts, ends, "GPE"));
    }

    @Test
    void labels_predicted_mentions_as_kaznerd_does() {
        Document d = Document.ofText("x", "Алматы облысы, Қазақстанда, Іле өзені, Медеу мұз айдыны, Астана", Language.KAZAKH);
        assertEquals("GPE", label(mention(d, "Алматы облысы", MentionType.PLACE), null));
        assertEquals("GPE", label(mention(d, "Қазақстанда", MentionType.PLACE), null));
        assertEquals("LOCATION", label(mention(d, "Іле өзені", MentionType.PLACE), null));
        Document cues = Document.ofText("y", "Қаламқас кен орны, ЭКСПО-қалашығы, ауылшаруашылық алқабы, Шымкент қаласында, Сайрам ауданы, город Тараз",
                Language.KAZAKH);
        assertEquals("LOCATION", label(mention(cues, "Қаламқас кен орны", MentionType.PLACE), null), "not қала");
        assertEquals("LOCATION", label(mention(cues, "ЭКСПО-қалашығы", MentionType.PLACE), null), "not қала");
        assertEquals("LOCATION", label(mention(cues, "ауылшаруашылық алқабы", MentionType.PLACE), null), "not ауыл");
        assertEquals("GPE", label(mention(cues, "Шымкент қаласында", MentionType.PLACE), null));
        assertEquals("GPE", label(mention(cues, "Сайрам ауданы", MentionType.PLACE), null));
        assertEquals("GPE", label(mention(cues, "город Тараз", MentionType.PLACE), null));
        assertEquals("GPE", label(mention(d, "Астана", MentionType.PLACE, ASTANA), null));
        Mention medeu = mention(d, "Медеу мұз айдыны", MentionType.PLACE);
        assertEquals("LOCATION", label(medeu, null));
        Entity facility = entity(d, EntityKind.PLACE, "Медеу", medeu);
        facility.setClassification("https://qogam.kz/ns/place-kind/facility");
        assertEquals("FACILITY", label(medeu, facility));
        // A narrower facility kind (hotel is skos:broader facility in place-kinds.ttl), on the mention itself.
        assertEquals("FACILITY", label(mention(d, "Медеу мұз айдыны", MentionType.PLACE, "https://qogam.kz/ns/place-kind/hotel"), null));
        assertEquals("GPE", label(mention(d, "Медеу мұз айдыны", MentionType.PLACE, "https://qogam.kz/ns/place-kind/city-of-republican-significance"), null));
        assertEquals("LOCATION", label(mention(d, "Медеу мұз айдыны", MentionType.PLACE, "https://qogam.kz/ns/place-kind/no-such-kind"), null));
        // The name finder's GPE whose level nothing tells.
        assertEquals("GPE", label(mention(d, "Медеу мұз айдыны", MentionType.PLACE, "https://qogam.kz/ns/place-kind/administrative-unit"), null));
        Entity city = new Entity(EntityKind.PLACE, new Label("Іле", "kk"));
        city.setClassification("https://qogam.kz/ns/place-kind/district");
        assertEquals("GPE", label(mention(d, "Іле", MentionType.PLACE), city));
        Entity gazetteer = new Entity(EntityKind.PLACE, new Label("Іле", "kk"));
        gazetteer.setIri("https://qogam.kz/id/place/ile");
        assertEquals("GPE", label(mention(d, "Іле", MentionType.PLACE), gazetteer));
        assertEquals("PERSON", label(mention(d, "Медеу", MentionType.PERSON), null));
        assertEquals("ORGANISATION", label(mention(d, "Медеу", MentionType.ORGANIZATION), null));
        assertEquals("EVENT", label(mention(d, "Медеу", MentionType.EVENT), null));
        assertEquals("POSITION", label(mention(d, "Медеу", MentionType.TITLE), null));
        // A membership's title («Мәжіліс депутаты») is none: KazNERD marks the body in it.
        Mention deputy = mention(d, "Медеу", MentionType.TITLE);
        assertNull(label(new Mention(deputy.span(), deputy.text(), MentionType.TITLE, null, "https://qogam.kz/ns/role/deputy", 1.0), null));
        // KazNERD marks a post's title; the role word alone («облыс әкімі», «өкілдері») is not one.
        assertNull(label(mention(d, "Медеу", MentionType.ROLE), null));
        assertEquals("DATE", label(mention(d, "Медеу", MentionType.DATE), null));
        assertNull(label(mention(d, "Медеу", MentionType.CONTACT), null));
    }

    @Test
    void cuts_spans_to_what_kaznerd_marks() {
        Document d = Document.ofText("x", "«Бөбек» қорының, Шымкент қаласында, Сайрам ауданының, Исатай аудандарының, Бірлік ауылдық округінде, "
                + "Украина мемлекетіне, Дәулет аулында, Маңғыстау облысында, Қазақстан Республикасы, Ақтау қалалық мәслихаты, \"Нұр Отан\" партиясы, "
                + "Қаламқас, 500 Startups компаниясының, Bloomberg Media Group компаниясы", Language.KAZAKH);
        assertEquals("Бөбек", cut(d, "«Бөбек» қорының", "ORGANISATION"));
        assertEquals("Нұр Отан", cut(d, "\"Нұр Отан\" партиясы", "ORGANISATION"));
        assertEquals("Ақтау қалалық мәслихаты", cut(d, "Ақтау қалалық мәслихаты", "ORGANISATION"));
        assertEquals("500 Startups", cut(d, "500 Startups компаниясының", "ORGANISATION"), "a Latin name without its Kazakh kind word");
        assertEquals("Bloomberg Media Group", cut(d, "Bloomberg Media Group компаниясы", "ORGANISATION"));
        assertEquals("Шымкент", cut(d, "Шымкент қаласында", "GPE"));
        assertEquals("Сайрам", cut(d, "Сайрам ауданының", "GPE"));
        assertEquals("Исатай", cut(d, "Исатай аудандарының", "GPE"), "plural");
        assertEquals("Бірлік", cut(d, "Бірлік ауылдық округінде", "GPE"), "two kind words");
        assertEquals("Дәулет", cut(d, "Дәулет аулында", "GPE"), "ауыл with its vowel dropped");
        assertEquals("Украина", cut(d, "Украина мемлекетіне", "GPE"));
        // KazNERD keeps облыс and республика in the name; a kind word alone stays whole.
        assertEquals("Маңғыстау облысында", cut(d, "Маңғыстау облысында", "GPE"));
        assertEquals("Қазақстан Республикасы", cut(d, "Қазақстан Республикасы", "GPE"));
        assertEquals("Шымкент қаласында", cut(d, "Шымкент қаласында", "LOCATION"), "only GPEs are cut");
        assertEquals("Қаламқас", cut(d, "Қаламқас", "GPE"));
        assertEquals("қаласында", cut(d, "қаласында", "GPE"));
        // An event named by its title is marked by the title; one whose quote is another name's stays whole.
        Document e = Document.ofText("x", "« Туған жер » фестивалі, « Нұр Отан » партиясының съезі", Language.KAZAKH);
        assertEquals("Туған жер", e.text(ConllEvaluation.kazNerdSpan(new Mention(new Span(0, 23), "« Туған жер » фестивалі",
                MentionType.EVENT, "Туған жер", null, 0.85), "EVENT")));
        assertEquals("« Нұр Отан » партиясының съезі", e.text(ConllEvaluation.kazNerdSpan(new Mention(new Span(25, 55),
                "« Нұр Отан » партиясының съезі", MentionType.EVENT, "«Нұр Отан» партиясының съезі", null, 0.8), "EVENT")));
    }

    private static String cut(Document d, String words, String label) {
        Mention m = new Mention(new Span(d.text().indexOf(words), d.text().indexOf(words) + words.length()), words,
                MentionType.PLACE, null, null, 1.0);
        return d.text(ConllEvaluation.kazNerdSpan(m, label));
    }

    @Test
    void scores_outer_names_only_and_no_references_back() {
        // Sentence 1: Президент Қасым-Жомарт Тоқаев Астанада Нұр Отан партиясының съезіне қатысты .
        FakeExtractor x = new FakeExtractor().on("sentence-00001", d -> {
            mention(d, "Нұр Отан партиясының", MentionType.ORGANIZATION); // right
            mention(d, "Отан", MentionType.PLACE);                        // inside it: not scored
            mention(d, "Тоқаев", MentionType.PERSON);                     // inside the next: not scored
            mention(d, "Қасым-Жомарт Тоқаев", MentionType.PERSON);        // right
            Mention back = mention(d, "съезіне", MentionType.EVENT);
            d.mentions().set(d.mentions().indexOf(back), new Mention(back.span(), back.text(), back.type(), null, null, 0.3));
        });
        ConllResult r = ConllEvaluation.evaluate(sentences.subList(0, 1), x, ConllEvaluation::detectLanguage, Progress.NONE);
        assertEquals(List.of(2, 0, 3), List.of(r.exact().get("all").tp(), r.exact().get("all").fp(), r.exact().get("all").fn()));
        assertEquals(0, r.exact().get("EVENT").tp(), "the reference back «съезіне» is not a name");
        assertEquals(Set.of(new Chunk(0, 2, "GPE"), new Chunk(2, 4, "PERSON")),
                ConllEvaluation.outermost(Set.of(new Chunk(0, 2, "GPE"), new Chunk(1, 2, "PERSON"), new Chunk(2, 4, "PERSON"))));
        // «Украина Президенті»: the country is part of the title, as KazNERD marks it.
        assertEquals(Set.of(new Chunk(0, 2, "POSITION")),
                ConllEvaluation.outermost(Set.of(new Chunk(0, 2, "POSITION"), new Chunk(0, 1, "GPE"))));
    }

    private static String label(Mention m, Entity e) {
        return ConllEvaluation.kazNerdLabel(m, e);
    }

    @Test
    void finds_labels_through_the_entity_of_a_mention() {
        // The same text labelled GPE or FACILITY only by what the extractor's entity says.
        FakeExtractor x = new FakeExtractor().on("sentence-00001", d -> {
            Mention m = mention(d, "Астанада", MentionType.PLACE);
            Entity e = entity(d, EntityKind.PLACE, "Астана", m);
            e.setIri("https://qogam.kz/id/place/astana");
        });
        ConllResult r = ConllEvaluation.evaluate(sentences.subList(0, 1), x, ConllEvaluation::detectLanguage, Progress.NONE);
        assertEquals(1, r.exact().get("GPE").tp());
    }

    @Test
    void detects_the_language_of_each_sentence_falling_back_to_kazakh() {
        assertEquals(Language.KAZAKH, ConllEvaluation.detectLanguage("Қасым-Жомарт Тоқаев Астанада болды ."));
        assertEquals(Language.RUSSIAN, ConllEvaluation.detectLanguage("Президент провёл совещание в Астане ."));
        assertEquals(Language.KAZAKH, ConllEvaluation.detectLanguage("2020 , 5 ."));
        List<String> seen = new ArrayList<>();
        ConllEvaluation.evaluate(ConllReader.parse("Привет O\nмир O\n\n2020 B-DATE\n"), d -> {
            seen.add(d.language().tag());
            return d;
        }, ConllEvaluation::detectLanguage, Progress.NONE);
        assertEquals(List.of("ru", "kk"), seen);
    }

    @Test
    void result_serialises_to_the_agreed_json_shape() throws Exception {
        ConllResult r = ConllEvaluation.evaluate(sentences, perfect(), ConllEvaluation::detectLanguage, Progress.NONE);
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r));
        assertEquals(List.of("exact"), FactRuEvalEvaluationTest.names(json));
        assertEquals(List.of("PERSON", "ORGANISATION", "GPE", "LOCATION", "POSITION", "EVENT", "FACILITY", "DATE", "all"),
                FactRuEvalEvaluationTest.names(json.get("exact")));
        for (JsonNode s : json.get("exact")) assertEquals(List.of("precision", "recall", "f1"), FactRuEvalEvaluationTest.names(s));
        assertEquals(1.0, json.get("exact").get("all").get("f1").asDouble(), EPS);
    }

    @Test
    void reports_progress_and_survives_a_failing_extractor() throws Exception {
        List<String> calls = new ArrayList<>();
        FakeExtractor x = perfect().on("sentence-00002", d -> {
            throw new IllegalArgumentException("boom");
        });
        ConllResult r = ConllEvaluation.run(FakeExtractor.resource("conll-mini.txt"), x, (done, total) -> calls.add(done + "/" + total));
        assertEquals(List.of("0/3", "1/3", "2/3", "3/3"), calls);
        assertEquals(List.of("line 12: java.lang.IllegalArgumentException: boom"), r.details().failures());
        // Sentence 2's DATE and GPE are missed: 7 of 9.
        assertEquals(List.of(7, 0, 2), List.of(r.exact().get("all").tp(), r.exact().get("all").fp(), r.exact().get("all").fn()));
        String table = ConllEvaluation.table(r);
        assertTrue(table.contains("extractor failed on 1 sentence(s)"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("ORGANISATION ")), table);
    }
}
