package kz.qogam.ingest.eval.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Cluster;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.GoldMention;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Occupation;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.SpanAnnotation;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Token;
import org.junit.jupiter.api.Test;

class FactRuEvalReaderTest {

    @Test
    void reads_the_hand_made_folder() throws Exception {
        List<FactRuEvalDocument> docs = FactRuEvalReader.readDirectory(FakeExtractor.resource("factrueval-mini"));
        assertEquals(List.of("book_1", "book_2"), docs.stream().map(FactRuEvalDocument::id).toList());
        FactRuEvalDocument d = docs.get(0);
        assertEquals(List.of(), d.problems());
        assertEquals(18, d.tokens().size());
        assertEquals(10, d.spans().size());
        assertEquals(5, d.mentions().size());

        // Org 204 lists its name (78..90) before its descriptor (68..76): parts come in text order.
        GoldMention org = d.mention("204").orElseThrow();
        assertEquals("Org", org.type());
        assertEquals(List.of("org_descr", "org_name"), org.parts().stream().map(SpanAnnotation::type).toList());
        assertEquals(new Span(68, 90), org.span());
        assertEquals("движения «Солидарность", d.text(org.span()));
        assertEquals(new Span(78, 90), org.nameSpan().orElseThrow());
        assertEquals("Юрий Лужков", d.text(d.mention("202").orElseThrow().span()));

        Cluster luzhkov = d.cluster("1").orElseThrow();
        assertEquals(List.of("202"), luzhkov.mentionIds());
        assertEquals(List.of("Юрий"), luzhkov.valuesLike("firstname"));
        assertEquals(List.of("Q649"), d.cluster("3").orElseThrow().values("wikidata"));

        List<Occupation> occ = d.occupations();
        assertEquals(3, occ.size());
        assertEquals("1", occ.get(0).who());
        assertEquals("3", occ.get(0).where());
        assertEquals("Мэр", d.text(occ.get(0).positions().get(0).span()));
        assertEquals("начало", occ.get(1).phase());
        assertNull(occ.get(2).where());

        FactRuEvalDocument d2 = docs.get(1);
        assertTrue(d2.mention("403").orElseThrow().nameSpan().isEmpty(), "a geo_adj alone is no name");
    }

    @Test
    void finds_how_the_offsets_count_from_the_tokens() {
        // Python's reading: BOM counted, CR LF as one, code points. 😀 is one code point, two UTF-16 units.
        String raw = "\uFEFFА\r\nБ 😀 В";
        String pyTokens = "1 1 1 А\n2 3 1 Б\n3 5 1 😀\n4 7 1 В\n";
        FactRuEvalDocument py = FactRuEvalReader.parse("py", raw, pyTokens, "9 loc_name 7 1 4 1  # 4 В\n", "8 Location 9 # В\n", "", "");
        assertEquals("А\nБ 😀 В", py.text(), "BOM dropped, CR LF turned into LF");
        assertEquals(List.of(), py.problems());
        assertEquals("В", py.text(py.mention("8").orElseThrow().span()));
        for (Token t : py.tokens()) assertEquals(t.text(), py.text(t.span()));

        // A Java tool's reading of the same file: no BOM, CR counted, UTF-16 units.
        String javaTokens = "1 0 1 А\n2 3 1 Б\n3 5 2 😀\n4 8 1 В\n";
        FactRuEvalDocument java = FactRuEvalReader.parse("java", raw, javaTokens, "9 loc_name 8 1 4 1  # 4 В\n", "8 Location 9 # В\n", "", "");
        assertEquals(List.of(), java.problems());
        assertEquals("В", java.text(java.mention("8").orElseThrow().span()));
        assertEquals(py.text(), java.text());
    }

    @Test
    void reports_what_does_not_fit_the_format() {
        FactRuEvalDocument d = FactRuEvalReader.parse("bad", "Иван Петров", "1 0 4 Иван\n2 5 6 Петров\n",
                "10 name 0 4 1 1  # 1 Иван\n11 surname 50 6 2 1  # 2 Петров\n",
                "20 Person 10 12 # Иван ?\n", "30 20 99\nfirstname Иван\n",
                "1-0 Occupation\nWho obj30 Иван\nWhere obj77 ?\nPosition span55 ?\n");
        List<String> p = d.problems();
        assertTrue(p.stream().anyMatch(s -> s.contains(".spans line 2 lies outside the text")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown span 12")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown mention 99")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown cluster obj77")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown span span55")), p.toString());
        assertEquals("Иван", d.text(d.mention("20").orElseThrow().span()));
    }

    /**
     * The whole devset: every layer reads without a problem, every token and span lies on the
     * text where it says, every mention is made of known spans, every fact names known clusters
     * and spans. Prints the statistics.
     */
    @Test
    void reads_the_whole_devset() throws Exception {
        Path dir = FakeExtractor.root().resolve("data/datasets/factRuEval-2016/devset");
        List<FactRuEvalDocument> docs = FactRuEvalReader.readDirectory(dir);
        assertEquals(122, docs.size());

        Map<String, Integer> mentionTypes = new TreeMap<>();
        Map<String, Integer> spanTypes = new TreeMap<>();
        Map<String, Integer> factTypes = new TreeMap<>();
        Map<String, Integer> keys = new TreeMap<>();
        Map<String, Integer> optional = new TreeMap<>();
        Map<String, Integer> alternatives = new TreeMap<>();
        int positionAlternatives = 0;
        int tokens = 0, clusters = 0, occupations = 0, withWhoAndWhere = 0, withPosition = 0, withModality = 0, withPhase = 0;
        int posts = 0, punctuationBetween = 0;
        List<String> wordsBetween = new ArrayList<>();
        List<String> spanTextMismatches = new ArrayList<>();
        for (FactRuEvalDocument d : docs) {
            assertEquals(List.of(), d.problems(), d.id());
            for (Token t : d.tokens()) assertEquals(t.text(), d.text(t.span()), d.id() + " token " + t.id());
            tokens += d.tokens().size();

            // Each span starts where a token starts and ends where one ends, and its text is the
            // tokens the .spans comment lists (compared without white space).
            Set<Integer> starts = new HashSet<>(), ends = new HashSet<>();
            for (Token t : d.tokens()) {
                starts.add(t.span().start());
                ends.add(t.span().end());
            }
            List<String> commented = spanComments(dir.resolve(d.id() + ".spans"));
            assertEquals(commented.size(), d.spans().size(), d.id());
            for (int i = 0; i < d.spans().size(); i++) {
                SpanAnnotation s = d.spans().get(i);
                assertTrue(starts.contains(s.span().start()) && ends.contains(s.span().end()), d.id() + " span " + s.id());
                if (!commented.get(i).equals(d.text(s.span()).replaceAll("\\s+", ""))) {
                    spanTextMismatches.add(d.id() + " " + s.id() + " '" + d.text(s.span()) + "' lists '" + commented.get(i) + "'");
                }
                spanTypes.merge(s.type(), 1, Integer::sum);
            }

            Set<String> spanIds = new HashSet<>();
            for (SpanAnnotation s : d.spans()) spanIds.add(s.id());
            for (GoldMention m : d.mentions()) {
                mentionTypes.merge(m.type(), 1, Integer::sum);
                for (SpanAnnotation p : m.parts()) assertTrue(spanIds.contains(p.id()));
                assertFalse(d.text(m.span()).isBlank());
                // Parts are adjacent but for punctuation (an opening quote: движения «Солидарность;
                // the dots of initials: А. Кудрин), except where a coordination shares a
                // descriptor: правоохранительными органами [Китая, Малайзии,] Сингапура.
                String between = gaps(d, m);
                if (!between.isEmpty()) punctuationBetween++;
                if (between.chars().anyMatch(Character::isLetterOrDigit)) {
                    wordsBetween.add(d.id() + " " + m.id() + " " + m.type() + " '" + d.text(m.span()) + "'");
                }
            }
            for (FactRuEvalEvaluation.Key k : FactRuEvalEvaluation.keys(d)) {
                if (k.required()) keys.merge(k.type(), 1, Integer::sum);
                else optional.merge(k.optional(), 1, Integer::sum);
            }
            clusters += d.clusters().size();
            Set<String> mentionIds = new HashSet<>();
            for (GoldMention m : d.mentions()) mentionIds.add(m.id());
            for (Cluster c : d.clusters()) assertTrue(mentionIds.containsAll(c.mentionIds()));
            for (FactRuEvalDocument.Fact f : d.facts()) {
                factTypes.merge(f.type(), 1, Integer::sum);
                for (FactRuEvalDocument.Argument a : f.arguments()) {
                    if (a.values().size() > 1) alternatives.merge(f.type() + "." + a.role(), 1, Integer::sum);
                    for (FactRuEvalDocument.Value v : a.values()) {
                        if (v.isObject()) assertTrue(d.cluster(v.referencedId()).isPresent(), d.id() + " " + f.id());
                        if (v.isSpan()) assertTrue(spanIds.contains(v.referencedId()), d.id() + " " + f.id());
                    }
                    if (a.role().equals("Who") || a.role().equals("Where")) assertEquals(1, a.references().size(), d.id() + " " + f.id());
                }
            }
            for (Occupation o : d.occupations()) {
                occupations++;
                assertNotNull(o.who(), d.id());
                Cluster who = d.cluster(o.who()).orElseThrow();
                for (String id : who.mentionIds()) assertEquals("Person", d.mention(id).orElseThrow().type());
                if (o.where() != null) withWhoAndWhere++;
                if (!o.positions().isEmpty()) withPosition++;
                if (o.positions().size() > 1) positionAlternatives++;
                for (SpanAnnotation p : o.positions()) assertEquals("job", p.type());
                if (o.modality() != null) withModality++;
                if (o.phase() != null) withPhase++;
            }
            posts += FactRuEvalGold.of(d).facts().size();
        }
        int mentions = mentionTypes.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("factRuEval-2016 devset: %d texts, %d tokens, %d spans %s%n", docs.size(), tokens,
                spanTypes.values().stream().mapToInt(Integer::intValue).sum(), spanTypes);
        System.out.printf("  mentions: %d %s; %d with something other than space between their parts, %d of them words:%n",
                mentions, mentionTypes, punctuationBetween, wordsBetween.size());
        wordsBetween.forEach(w -> System.out.println("    " + w));
        System.out.printf("  scored key mentions %s, optional %s%n", keys, optional);
        System.out.printf("  clusters: %d; facts %s; arguments with ' | ' alternatives %s%n", clusters, factTypes, alternatives);
        System.out.printf("  occupations: %d, with Who and Where %d, with Position %d (%d with alternative spans), with Модальность %d, with Фаза %d; holdsPost after conversion: %d%n",
                occupations, withWhoAndWhere, withPosition, positionAlternatives, withModality, withPhase, posts);

        assertEquals(Map.of("LocOrg", 553, "Location", 529, "Org", 787, "Person", 741, "Project", 1), mentionTypes);
        assertEquals(211, occupations);
        assertEquals(210, withWhoAndWhere);
        assertEquals(198, withPosition);
        assertEquals(17, positionAlternatives);
        assertEquals(12, wordsBetween.size(), wordsBetween.toString());
        // One span's token list was not updated when "Жан-Мари" was split into three tokens: its
        // offsets cover "Жан-Мари Ле Пен", its tokens "Жан Ле Пен". The offsets are right.
        System.out.println("  spans whose offsets and token list disagree: " + spanTextMismatches);
        assertEquals(List.of("book_367 34924 'Жан-Мари Ле Пен' lists 'ЖанЛеПен'"), spanTextMismatches);
        assertEquals(211, factTypes.get("Occupation"));
    }

    /** The token texts each .spans line lists after its token ids, joined without spaces. */
    private static List<String> spanComments(Path spans) throws Exception {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(spans, StandardCharsets.UTF_8)) {
            if (l.isBlank()) continue;
            String[] left = l.substring(0, l.indexOf('#')).trim().split("\\s+");
            int n = Integer.parseInt(left[5]);
            String[] right = l.substring(l.indexOf('#') + 1).trim().split(" ");
            StringBuilder sb = new StringBuilder();
            for (int i = n; i < right.length; i++) sb.append(right[i]);
            out.add(sb.toString());
        }
        return out;
    }

    /** The text inside a mention's extent that none of its parts covers, white space removed. */
    private static String gaps(FactRuEvalDocument d, GoldMention m) {
        boolean[] covered = new boolean[m.span().length()];
        for (SpanAnnotation p : m.parts()) {
            for (int i = p.span().start(); i < p.span().end(); i++) covered[i - m.span().start()] = true;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < covered.length; i++) {
            char c = d.text().charAt(m.span().start() + i);
            if (!covered[i] && !Character.isWhitespace(c)) sb.append(c);
        }
        return sb.toString();
    }
}
