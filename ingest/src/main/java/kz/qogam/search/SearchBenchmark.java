package kz.qogam.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A benchmark hook, not a test: fills an index with synthetic entities the way the ingest does
 * (batches of source graphs, popular entities named in many sources), then times a mix of
 * queries (exact, inflected, transliterated, misspelt, abbreviations, prefixes, filters,
 * suggestions) and prints percentiles.
 *
 * <pre>
 * java -cp server/target/qogam.jar kz.qogam.search.SearchBenchmark [entities] [queries] [folder]
 * </pre>
 * Defaults: 200000 entities (about 5–8 million triples in the store at the 25–40 triples an entity
 * takes there with its mentions and facts), 2000 queries, an index in a temporary folder.
 */
public final class SearchBenchmark {
    private static final String BASE = "http://bench.test/id/";
    private static final String[] GIVEN_M = {"Серик", "Ерлан", "Мұрат", "Асхат", "Нурлан", "Сергей", "Алексей", "Бауыржан", "Данияр", "Ерболат", "Қайрат", "Марат"};
    private static final String[] GIVEN_F = {"Гульжанат", "Айгерім", "Жанетте", "Айзада", "Динара", "Мария", "Салтанат", "Әсел", "Жанар", "Гүлнар", "Анна", "Мадина"};
    private static final String[] SYLLABLES = {"жа", "зық", "ба", "ка", "му", "ра", "та", "ну", "ли", "сей", "тқа", "бе", "ке", "ма", "ха", "ды", "рі", "ғы", "ұл", "өз", "ән", "ай", "бол", "сар", "тай", "құл", "мен", "жан"};
    private static final String[] ORG_HEADS = {"Общественный фонд", "Общественное объединение", "Ассоциация", "Альянс", "Центр", "Клуб", "Институт", "Коалиция", "Қоғамдық қор", "Қауымдастық"};
    private static final String[] ORG_WORDS = {"гражданских", "молодых", "независимых", "социальных", "правовых", "экологических", "женских", "деловых",
            "инициатив", "профессионалов", "наблюдателей", "проектов", "лидеров", "журналистов", "юристов", "волонтёров", "Next", "Jastar", "Болашақ", "Ұрпақ", "Шанырак", "Әділет"};
    private static final String[] REGIONS = {"mangystau-region", "north-kazakhstan-region", "turkistan-region", "almaty", "astana", "shymkent"};
    private static final String[] FORMS = {"public-foundation", "public-organization", "association", "coalition", "private-institution"};

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("qogam-search-bench");
        Random rnd = new Random(42);
        List<String[]> people = new ArrayList<>();
        List<String[]> orgs = new ArrayList<>();

        System.out.printf(Locale.ROOT, "Indexing %d synthetic entities into %s%n", entities, folder);
        long start = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(folder)) {
            // Places: the regions, and 2% of the entities as towns inside them; named in many sources.
            Map<String, Graph> batch = new LinkedHashMap<>();
            Graph gazetteer = GraphFactory.createDefaultGraph();
            for (String r : REGIONS) {
                add(gazetteer, BASE + "place/" + r, "pref", name(rnd, 3) + " облысы", "kk");
                add(gazetteer, BASE + "place/" + r, "placeKind", "region", null);
            }
            int towns = Math.max(10, entities / 50);
            for (int i = 0; i < towns; i++) {
                String iri = BASE + "place/town-" + i;
                add(gazetteer, iri, "pref", cap(name(rnd, 3)), "ru");
                add(gazetteer, iri, "containedInPlace", BASE + "place/" + REGIONS[i % REGIONS.length], null);
            }
            batch.put("http://bench.test/graph/gazetteer", gazetteer);
            int perSource = 20;
            int sources = Math.max(1, (entities - towns) / perSource);
            int made = 0;
            for (int s = 0; s < sources; s++) {
                Graph g = GraphFactory.createDefaultGraph();
                for (int k = 0; k < perSource; k++, made++) {
                    if (rnd.nextInt(3) == 0) {
                        boolean female = rnd.nextBoolean();
                        String given = (female ? GIVEN_F : GIVEN_M)[rnd.nextInt(12)];
                        String surname = cap(name(rnd, 2 + rnd.nextInt(2))) + (female ? "ова" : "ов");
                        String iri = BASE + "person/p-" + made;
                        add(g, iri, "pref", given + " " + surname, "ru");
                        add(g, iri, "alt", surname + (female ? "ой" : "ым"), "ru");
                        people.add(new String[] {given, surname});
                    } else {
                        String head = ORG_HEADS[rnd.nextInt(ORG_HEADS.length)];
                        String w1 = ORG_WORDS[rnd.nextInt(ORG_WORDS.length)], w2 = ORG_WORDS[rnd.nextInt(ORG_WORDS.length)];
                        String unique = cap(name(rnd, 3));
                        String name = head + " «" + unique + " " + w1 + " " + w2 + "»";
                        String iri = BASE + "organization/o-" + made;
                        add(g, iri, "pref", name, "ru");
                        add(g, iri, "alt", unique + " " + w1 + " " + w2, "ru");
                        if (rnd.nextInt(4) == 0) add(g, iri, "notation", abbreviation(unique + " " + w1 + " " + w2), null);
                        add(g, iri, "basedIn", BASE + "place/town-" + rnd.nextInt(towns), null);
                        add(g, iri, "classification", FORMS[rnd.nextInt(FORMS.length)], null);
                        orgs.add(new String[] {unique, w1, w2});
                    }
                }
                // Popular entities: every source names a region and a town again.
                // (from a small set of forms, as the inflected forms of a real place are)
                add(g, BASE + "place/" + REGIONS[s % REGIONS.length], "alt", "Облыс " + (s % 12), "kk");
                batch.put("http://bench.test/graph/source/" + s, g);
                if (batch.size() >= 50) {
                    index.replaceSources(batch);
                    batch.clear();
                }
                if (s > 0 && s % 2000 == 0) {
                    System.out.printf(Locale.ROOT, "  %d sources, %d entities, %.0f s%n", s, made, (System.nanoTime() - start) / 1e9);
                }
            }
            index.replaceSources(batch);
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "Indexed %d entities from %d sources in %.1f s (%.0f entities/s)%n",
                    index.entityCount(), sources + 1, secs, index.entityCount() / secs);

            List<SearchRequest> mix = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                String[] p = people.get(rnd.nextInt(people.size()));
                String[] o = orgs.get(rnd.nextInt(orgs.size()));
                String q = switch (i % 10) {
                    case 0 -> p[0] + " " + p[1];                                            // exact
                    case 1 -> p[1].substring(0, p[1].length() - 1) + "ой";                    // inflected
                    case 2 -> Transliteration.key(p[1]);                                      // transliterated
                    case 3 -> typo(rnd, p[1]);                                                // misspelt
                    case 4 -> o[0] + " " + o[1] + " " + o[2];                                 // exact org name
                    case 5 -> o[0].substring(0, Math.min(4, o[0].length()));                  // short prefix
                    case 6 -> abbreviation(o[0] + " " + o[1] + " " + o[2]);                  // abbreviation
                    case 7 -> "\"" + o[1] + " " + o[2] + "\"";                                // quoted
                    case 8 -> o[1];                                                           // a common word: many hits
                    default -> typo(rnd, o[0]) + " " + o[1];                                  // misspelt org
                };
                SearchRequest r = SearchRequest.of(q);
                if (i % 7 == 0) r = r.withRegion(BASE + "place/" + REGIONS[rnd.nextInt(REGIONS.length)]);
                if (i % 11 == 0) r = r.withForm("public-association");
                if (i % 13 == 0) r = r.withKinds("organization").withPage(20, 20);
                mix.add(r);
                prefixes.add(q.replace("\"", "").substring(0, Math.min(1 + i % 5, q.replace("\"", "").length())));
            }
            // Warm up, then measure.
            for (int i = 0; i < Math.min(300, mix.size()); i++) index.search(mix.get(i));
            // Wall time, and the thread's CPU time (what the query costs when the machine is shared).
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long[] searchNs = new long[mix.size()];
            long[] searchCpu = new long[mix.size()];
            long hits = 0;
            for (int i = 0; i < mix.size(); i++) {
                long c = cpu.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                hits += index.search(mix.get(i)).total();
                searchNs[i] = System.nanoTime() - t;
                searchCpu[i] = cpu.getCurrentThreadCpuTime() - c;
            }
            long[] suggestNs = new long[prefixes.size()];
            for (int i = 0; i < prefixes.size(); i++) {
                long t = System.nanoTime();
                index.suggest(prefixes.get(i), 10);
                suggestNs[i] = System.nanoTime() - t;
            }
            report("search", searchNs);
            report("search (cpu)", searchCpu);
            String[] kinds = {"exact person", "inflected", "transliterated", "misspelt", "exact org", "short prefix", "abbreviation", "quoted", "common word", "misspelt org"};
            for (int k = 0; k < 10; k++) {
                List<Long> part = new ArrayList<>();
                for (int i = k; i < searchNs.length; i += 10) part.add(searchNs[i]);
                report("  " + kinds[k], part.stream().mapToLong(Long::longValue).toArray());
            }
            report("suggest", suggestNs);
            System.out.printf(Locale.ROOT, "(%d hits in all)%n", hits);
        }
    }

    private static void report(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-18s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6, s[s.length - 1] / 1e6);
    }

    private static String name(Random rnd, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        return sb.toString();
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String typo(Random rnd, String w) {
        if (w.length() < 5) return w;
        int i = 1 + rnd.nextInt(w.length() - 2);
        return w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
    }

    private static String abbreviation(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : NameAnalysis.words(name)) sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
        return sb.toString();
    }

    private static void add(Graph g, String s, String what, String value, String lang) {
        Node subject = NodeFactory.createURI(s);
        String skos = "http://www.w3.org/2004/02/skos/core#";
        switch (what) {
            case "pref" -> g.add(subject, NodeFactory.createURI(skos + "prefLabel"), NodeFactory.createLiteralLang(value, lang));
            case "alt" -> g.add(subject, NodeFactory.createURI(skos + "altLabel"), NodeFactory.createLiteralLang(value, lang));
            case "notation" -> g.add(subject, NodeFactory.createURI(skos + "notation"), NodeFactory.createLiteralString(value));
            case "basedIn" -> g.add(subject, NodeFactory.createURI("https://qogam.kz/ns#basedIn"), NodeFactory.createURI(value));
            case "containedInPlace" -> g.add(subject, NodeFactory.createURI("https://schema.org/containedInPlace"), NodeFactory.createURI(value));
            case "classification" -> g.add(subject, NodeFactory.createURI("http://www.w3.org/ns/org#classification"),
                    NodeFactory.createURI("https://qogam.kz/ns/legal-form/" + value));
            case "placeKind" -> g.add(subject, NodeFactory.createURI("https://qogam.kz/ns#placeKind"),
                    NodeFactory.createURI("https://qogam.kz/ns/place-kind/" + value));
            default -> throw new IllegalArgumentException(what);
        }
    }
}
