package kz.qogam.server.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import kz.qogam.ingest.Ingest;
import kz.qogam.search.SearchIndex;
import kz.qogam.server.Qogam;
import kz.qogam.store.TdbStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a timed test: builds a synthetic store in the model's shape (many people,
 * organisations, events and places with Russian and Kazakh names, legal forms and abbreviations; a
 * country hub, a national coalition with thousands of members, regions with hundreds of links) in a
 * temporary TDB2 folder, builds its search index, serves both, and prints p50/p95/max over HTTP of
 * {@code /api/paths}, {@code /api/graph}, {@code /api/entities} (ordinary entities and hubs apart, with
 * the response size), {@code /api/search} and {@code /api/suggest} (exact names, prefixes, typos,
 * inflected and transliterated forms), the build times and the heap.
 *
 * <pre>
 * mvn -pl server -am test -Dtest=GraphBench -Dqogam.bench=1 -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Dqogam.bench.sources=1100]   (about 960 quads per source: 1100 ≈ 1.06M quads, 10400 ≈ 10.0M)
 *     [-Dqogam.bench.dir=/tmp/qogam-bench]   (keep the store and its index there and reuse them on the next run)
 * </pre>
 * The figures go to {@code server/target/surefire-reports/kz.qogam.server.graph.GraphBench-output.txt}.
 */
class GraphBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @EnabledIfSystemProperty(named = "qogam.bench", matches = ".+")
    void bench() throws Exception {
        main(new String[] {System.getProperty("qogam.bench.sources", "1100")});
    }

    public static void main(String[] args) throws Exception {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 1100;
        String keep = System.getProperty("qogam.bench.dir");
        Path dir = keep != null ? Path.of(keep) : Files.createTempDirectory("qogam-graph-bench");
        Path tdb = dir.resolve("tdb2");
        boolean reuse = keep != null && Files.isDirectory(tdb);
        try (TdbStore store = TdbStore.open(tdb); SearchIndex index = SearchIndex.open(SearchIndex.folderFor(tdb))) {
            long t0 = System.nanoTime();
            Synthetic world = new Synthetic(new Random(42), sources);
            Ingest.create(store, c -> c.base = ModelTrig.BASE).loadOntology();
            DatasetGraph dsg = store.embedded().orElseThrow();
            for (int from = 0; from < sources; from += 100) {
                if (reuse) {
                    world.sources(from, Math.min(sources, from + 100)); // the same names, not written again
                    continue;
                }
                ModelTrig batch = world.sources(from, Math.min(sources, from + 100));
                String trig = batch.trig();
                Txn.executeWrite(dsg, () -> org.apache.jena.riot.RDFParser.fromString(trig, org.apache.jena.riot.Lang.TRIG).parse(dsg));
            }
            long triples = Txn.calculateRead(dsg, () -> {
                long n = 0;
                var it = dsg.find();
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            });
            System.out.printf(Locale.ROOT, "%nGraphBench: %d sources, %,d quads, %d people, %d organisations, %d events; %s in %.1f s%n",
                    sources, triples, world.seenPeople.size(), world.seenOrgs.size(), world.events, reuse ? "store reused" : "generated and loaded",
                    (System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "  hubs: Kazakhstan %d links, national coalition %d links, largest region %d links%n",
                    count(store, "place/kazakhstan"), count(store, "organization/coalition-0"), count(store, "place/mangystau-region"));
            // As `qogam serve` does: the index next to the store, brought in step before serving.
            SearchIndex.SyncReport synced = index.sync(store);
            System.out.printf(Locale.ROOT, "  search index: %s%n", synced.summary());

            Qogam app = Qogam.create(store, c -> {
                c.port = 0;
                c.base = ModelTrig.BASE;
                c.searchIndex = index;
            }).start();
            try {
                requests(world, new Client("http://localhost:" + app.port()));
            } finally {
                app.stop();
            }
            heap();
        } finally {
            if (keep == null) deleteTree(dir);
        }
    }

    private static void requests(Synthetic world, Client http) throws Exception {
        Random r = new Random(7);
        List<String> peopleSeen = List.copyOf(world.seenPeople);
        List<String> orgsSeen = List.copyOf(world.seenOrgs);
        Supplier<String> person = () -> peopleSeen.get(r.nextInt(peopleSeen.size()));
        Supplier<String> org = () -> orgsSeen.get(r.nextInt(orgsSeen.size()));
        Supplier<String> event = () -> "event/e" + r.nextInt(world.events);
        Supplier<String> any = () -> switch (r.nextInt(3)) {
            case 0 -> person.get();
            case 1 -> org.get();
            default -> event.get();
        };
        Supplier<String> named = () -> r.nextBoolean() ? person.get() : org.get();
        // Warm up the JIT and the store's caches.
        http.run(60, () -> Req.of("/api/paths?from=" + person.get() + "&to=" + org.get()), Kind.PATHS);
        http.run(60, () -> Req.of("/api/graph?ids=" + any.get()), Kind.GRAPH);
        http.run(60, () -> Req.of("/api/entities/" + any.get()), Kind.ENTITY);
        http.run(60, () -> {
            String ref = named.get();
            return search(Form.EXACT.of(world.name(ref), r), ref);
        }, Kind.SEARCH);

        report("paths person→person maxHops=4 k=3", http.run(300,
                () -> Req.of("/api/paths?from=" + person.get() + "&to=" + person.get() + "&maxHops=4&k=3"), Kind.PATHS));
        report("paths any→any maxHops=4 k=3", http.run(300,
                () -> Req.of("/api/paths?from=" + any.get() + "&to=" + any.get() + "&maxHops=4&k=3"), Kind.PATHS));
        report("paths any→any maxHops=6 k=3", http.run(200,
                () -> Req.of("/api/paths?from=" + any.get() + "&to=" + any.get() + "&maxHops=6&k=3"), Kind.PATHS));
        report("paths any→any maxHops=4 k=3 at=2021-06-15", http.run(200,
                () -> Req.of("/api/paths?from=" + any.get() + "&to=" + any.get() + "&maxHops=4&k=3&at=2021-06-15"), Kind.PATHS));
        report("paths any→Kazakhstan (hub end)", http.run(100,
                () -> Req.of("/api/paths?from=" + any.get() + "&to=place/kazakhstan&maxHops=4&k=3"), Kind.PATHS));
        report("graph depth=1 limit=50", http.run(300, () -> Req.of("/api/graph?ids=" + any.get() + "&depth=1&limit=50"), Kind.GRAPH));
        report("graph depth=2 limit=25", http.run(200, () -> Req.of("/api/graph?ids=" + any.get() + "&depth=2&limit=25"), Kind.GRAPH));
        report("graph hub (Kazakhstan, coalition-0) depth=1 limit=50", http.run(100,
                () -> Req.of("/api/graph?ids=" + (r.nextBoolean() ? "place/kazakhstan" : "organization/coalition-0") + "&depth=1&limit=50"), Kind.GRAPH));

        report("entity person", http.run(300, () -> Req.of("/api/entities/" + person.get()), Kind.ENTITY));
        report("entity organisation", http.run(300, () -> Req.of("/api/entities/" + org.get()), Kind.ENTITY));
        report("entity event", http.run(300, () -> Req.of("/api/entities/" + event.get()), Kind.ENTITY));
        report("entity the most named organisation (o0)", http.run(30, () -> Req.of("/api/entities/organization/o0"), Kind.ENTITY));
        report("entity hub: national coalition (coalition-0)", http.run(30, () -> Req.of("/api/entities/organization/coalition-0"), Kind.ENTITY));
        report("entity hub: region (Mangystau)", http.run(30, () -> Req.of("/api/entities/place/mangystau-region"), Kind.ENTITY));
        report("entity hub: Kazakhstan", http.run(30, () -> Req.of("/api/entities/place/kazakhstan"), Kind.ENTITY));

        for (Form f : Form.values()) {
            report("search " + f.what, http.run(300, () -> {
                String ref = named.get();
                return search(f.of(world.name(ref), r), ref);
            }, Kind.SEARCH));
        }
        report("suggest prefix of a word (3–5 letters)", http.run(300, () -> {
            String ref = named.get();
            return suggest(Form.PREFIX.of(world.name(ref), r), ref);
        }, Kind.SUGGEST));
        report("suggest first word + 2 letters", http.run(300, () -> {
            String ref = named.get();
            String[] w = world.name(ref).label().split(" ");
            return suggest(w.length > 1 ? w[0] + " " + w[1].substring(0, Math.min(2, w[1].length())) : w[0], ref);
        }, Kind.SUGGEST));
        report("suggest full name", http.run(300, () -> {
            String ref = named.get();
            return suggest(world.name(ref).label(), ref);
        }, Kind.SUGGEST));
    }

    private static Req search(String q, String target) {
        return new Req("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), target);
    }

    private static Req suggest(String q, String target) {
        return new Req("/api/suggest?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), target);
    }

    private static int count(TdbStore store, String ref) {
        return new Neighbours(store, new kz.qogam.ingest.rdf.IriScheme(ModelTrig.BASE)).count(List.of(ModelTrig.iri(ref))).get(ModelTrig.iri(ref));
    }

    private static void heap() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.gc();
        var heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(Locale.ROOT, "  heap: max %,d MB, peak used %,d MB (sum of the pools' peaks), used after GC %,d MB%n",
                heap.getMax() >> 20, peak >> 20, heap.getUsed() >> 20);
        // Wall times include waiting for a core whenever other processes keep them busy.
        System.out.printf(Locale.ROOT, "  machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** A request, and the entity it should find (search, suggest) or null. */
    record Req(String path, String target) {
        static Req of(String path) {
            return new Req(path, null);
        }
    }

    /**
     * Wall time of a request; the CPU time the JVM's threads (server and client; requests run one at a time) spent
     * meanwhile, which other processes on the machine do not inflate; the body's size; and what {@link Kind} reads from it.
     */
    record Sample(double ms, double cpuMs, int bytes, double[] m) {}

    record Run(Kind kind, List<Sample> samples) {}

    /** What is read from a response, and how it is summed up. */
    enum Kind {
        PATHS {
            double[] measure(Req q, JsonNode j) {
                return new double[] {j.path("explored").asInt(), j.path("paths").size() > 0 ? 1 : 0, j.path("complete").asBoolean(true) ? 0 : 1};
            }

            String summary(List<Sample> s) {
                return String.format(Locale.ROOT, "explored %3.0f, with paths %3.0f, incomplete %.0f", avg(s, 0), sum(s, 1), sum(s, 2));
            }
        },
        GRAPH {
            double[] measure(Req q, JsonNode j) {
                return new double[] {j.path("nodes").size(), j.path("complete").asBoolean(true) ? 0 : 1};
            }

            String summary(List<Sample> s) {
                return String.format(Locale.ROOT, "nodes %3.0f, incomplete %.0f", avg(s, 0), sum(s, 1));
            }
        },
        ENTITY {
            double[] measure(Req q, JsonNode j) {
                int rows = 0;
                for (JsonNode group : j.path("relations")) rows += group.size();
                return new double[] {rows, j.path("facts").size(), j.path("truncated").size()};
            }

            String summary(List<Sample> s) {
                return String.format(Locale.ROOT, "relation rows %4.0f, facts %4.0f, truncated arrays %.1f", avg(s, 0), avg(s, 1), avg(s, 2));
            }
        },
        SEARCH {
            double[] measure(Req q, JsonNode j) {
                return new double[] {j.path("total").asInt(), found(q, j)};
            }

            String summary(List<Sample> s) {
                return String.format(Locale.ROOT, "total %5.0f, the entity on page 1: %3.0f%%", avg(s, 0), 100 * avg(s, 1));
            }
        },
        SUGGEST {
            double[] measure(Req q, JsonNode j) {
                return new double[] {j.path("results").size(), found(q, j)};
            }

            String summary(List<Sample> s) {
                return String.format(Locale.ROOT, "results %4.1f, the entity among them: %3.0f%%", avg(s, 0), 100 * avg(s, 1));
            }
        };

        abstract double[] measure(Req q, JsonNode j);

        abstract String summary(List<Sample> s);

        static double found(Req q, JsonNode j) {
            for (JsonNode h : j.path("results")) {
                if (h.path("iri").asText().equals(ModelTrig.iri(q.target()))) return 1;
            }
            return 0;
        }

        static double avg(List<Sample> s, int i) {
            return s.stream().mapToDouble(x -> x.m()[i]).average().orElse(0);
        }

        static double sum(List<Sample> s, int i) {
            return s.stream().mapToDouble(x -> x.m()[i]).sum();
        }
    }

    /** The forms of a name search is asked for. */
    enum Form {
        EXACT("exact full name"),
        PREFIX("prefix of a word (3–5 letters)"),
        TYPO("typo: a letter dropped or changed"),
        INFLECTED("inflected (genitive)"),
        LATIN("transliterated to Latin");

        final String what;

        Form(String what) {
            this.what = what;
        }

        String of(Names.Name n, Random r) {
            return switch (this) {
                case EXACT -> n.label();
                case PREFIX -> {
                    List<String> words = java.util.Arrays.stream(n.label().split("[ «»-]+")).filter(w -> w.length() >= 5).toList();
                    String w = words.isEmpty() ? n.label() : words.get(r.nextInt(words.size()));
                    yield w.substring(0, Math.min(w.length(), 3 + r.nextInt(3)));
                }
                case TYPO -> Names.typo(n.label(), r);
                case INFLECTED -> n.genitive();
                case LATIN -> Names.latin(n.label());
            };
        }
    }

    private static final class Client {
        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String url;

        Client(String url) {
            this.url = url;
        }

        Run run(int n, Supplier<Req> request, Kind kind) throws Exception {
            List<Sample> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Req q = request.get();
                long cpu = cpu();
                long t = System.nanoTime();
                HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(URI.create(url + q.path())).timeout(Duration.ofSeconds(120)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                double ms = (System.nanoTime() - t) / 1e6;
                double cpuMs = (cpu() - cpu) / 1e6;
                String body = new String(res.body(), StandardCharsets.UTF_8);
                if (res.statusCode() == 400 && body.contains("same entity")) continue;
                if (res.statusCode() != 200) throw new IllegalStateException(q.path() + " → " + res.statusCode() + " " + body);
                out.add(new Sample(ms, cpuMs, res.body().length, kind.measure(q, JSON.readTree(res.body()))));
            }
            return new Run(kind, out);
        }

        /** Nanoseconds of CPU of every live Java thread (the process clock ticks only every 10 ms). */
        private static long cpu() {
            long sum = 0;
            for (long ns : THREADS.getThreadCpuTime(THREADS.getAllThreadIds())) {
                if (ns > 0) sum += ns;
            }
            return sum;
        }
    }

    private static void report(String what, Run run) {
        List<Sample> s = run.samples();
        double[] ms = s.stream().mapToDouble(Sample::ms).sorted().toArray();
        double[] cpu = s.stream().mapToDouble(Sample::cpuMs).sorted().toArray();
        double[] bytes = s.stream().mapToDouble(Sample::bytes).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %-52s n=%3d  wall p50 %6.1f p95 %6.1f max %7.1f ms | cpu p50 %6.1f p95 %6.1f ms | size p50 %7s max %7s | %s%n",
                what, ms.length, pct(ms, 50), pct(ms, 95), max(ms), pct(cpu, 50), pct(cpu, 95), size(pct(bytes, 50)), size(max(bytes)),
                run.kind().summary(s));
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double max(double[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    private static String size(double bytes) {
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1024) : String.format(Locale.ROOT, "%.1f MB", bytes / (1 << 20));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * A synthetic civil society: each source reports one event in a region (a forum, a fair), its organiser,
     * funder, participating organisations and people, their posts, memberships and seats; every fact's
     * sentence names its ends as a text would, so the sources carry mentions too.
     */
    static final class Synthetic {
        static final String[] REGIONS = {"mangystau-region", "almaty-region", "akmola-region", "aktobe-region", "atyrau-region",
                "east-kazakhstan-region", "jambyl-region", "karaganda-region", "kostanay-region", "kyzylorda-region",
                "north-kazakhstan-region", "pavlodar-region", "turkistan-region", "west-kazakhstan-region", "astana", "almaty", "shymkent"};
        final Random r;
        final int people;
        final int orgs;
        final int events;
        final int coalitions = 20;
        final int localPlaces = 400;
        final int[] homeOrg;
        final int[] orgRegion;
        final java.util.Set<String> seenPeople = new java.util.LinkedHashSet<>();
        final java.util.Set<String> seenOrgs = new java.util.LinkedHashSet<>();

        Synthetic(Random r, int sources) {
            this.r = r;
            this.people = sources * 3;
            this.orgs = sources * 3 / 2;
            this.events = sources;
            homeOrg = new int[people];
            orgRegion = new int[orgs];
            for (int i = 0; i < orgs; i++) orgRegion[i] = r.nextInt(REGIONS.length);
            for (int i = 0; i < people; i++) homeOrg[i] = skewed(orgs);
        }

        /** Small numbers much more often than large ones: a few entities are named everywhere. */
        int skewed(int n) {
            double u = r.nextDouble();
            return Math.min(n - 1, (int) (n * u * u * u));
        }

        /** The names of {@code person/pN}, {@code organization/oN} or {@code organization/coalition-N}, {@code event/eN}. */
        Names.Name name(String ref) {
            int n = Integer.parseInt(ref.replaceAll("\\D", ""));
            if (ref.startsWith("person/")) return Names.person(n);
            if (ref.startsWith("organization/coalition-")) return Names.coalition(n);
            if (ref.startsWith("organization/")) return Names.org(n);
            return Names.event(n);
        }

        ModelTrig sources(int from, int to) {
            ModelTrig m = new ModelTrig();
            for (int i = 0; i < REGIONS.length; i++) m.mentionedAs("place/" + REGIONS[i], Names.REGION_IN[i], Names.REGION_GEN[i]);
            m.mentionedAs("place/kazakhstan", "Казахстане", "Казахстана");
            for (int s = from; s < to; s++) {
                m.source("src-" + s);
                int event = s; // one event per source, some named again later
                int region = r.nextInt(REGIONS.length);
                String ev = "event/e" + event;
                String evName = Names.event(event).label();
                m.event("e" + event, evName);
                String it = "Мероприятие «" + evName + "»";
                // where
                if (r.nextInt(3) == 0) {
                    m.fact(ev, "takesPlaceIn", "place/kazakhstan", it + " прошло в Казахстане.", 0.7);
                } else if (r.nextBoolean()) {
                    m.fact(ev, "takesPlaceIn", "place/" + REGIONS[region], it + " прошло в " + Names.REGION_IN[region] + ".", 0.7);
                } else {
                    int place = r.nextInt(localPlaces);
                    String village = Names.village(place);
                    m.place("l" + place, village, place < 40 ? "town" : "village");
                    m.fact(ev, "takesPlaceIn", "place/l" + place, it + " прошло в " + (place < 40 ? "городе " : "селе ") + village + ".", 0.8);
                    int in = place % REGIONS.length;
                    m.fact("place/l" + place, "locatedIn", "place/" + REGIONS[in], village + " находится в " + Names.REGION_IN[in] + ".", 0.9);
                }
                // when
                int year = 2015 + r.nextInt(10);
                switch (r.nextInt(3)) {
                    case 0 -> m.literalFact(ev, "date", "\"" + year + "\"^^xsd:gYear", it + " состоялось в " + year + " году.", 0.9);
                    case 1 -> m.literalFact(ev, "date", String.format(Locale.ROOT, "\"%d-%02d-%02d\"^^xsd:date", year, 1 + r.nextInt(12), 1 + r.nextInt(28)),
                            it + " состоялось в тот день.", 0.9);
                    default -> m.literalFact(ev, "date", String.format(Locale.ROOT, "\"--%02d-%02d\"^^xsd:gMonthDay", 1 + r.nextInt(12), 1 + r.nextInt(28)),
                            it + " состоялось в тот день.", 0.9);
                }
                // who
                int organiser = skewed(orgs);
                m.fact("organization/o" + organiser, "organizes", ev, "Организатор мероприятия «" + evName + "» — " + org(m, organiser).inText() + ".", 0.8);
                if (r.nextInt(3) == 0) {
                    int funder = r.nextInt(40); // akimats and ministries fund many events
                    m.fact(ev, "fundedBy", "organization/o" + funder, it + " проведено при поддержке: " + org(m, funder).inText() + ".", 0.6);
                }
                int nOrgs = 2 + r.nextInt(5);
                for (int i = 0; i < nOrgs; i++) {
                    int o = skewed(orgs);
                    String named = org(m, o).inText();
                    m.fact("organization/o" + o, "participatesIn", ev, "Среди участников мероприятия «" + evName + "» — " + named + ".", 0.6);
                    boolean national = orgRegion[o] < 3 && r.nextBoolean();
                    m.fact("organization/o" + o, "basedIn", national ? "place/kazakhstan" : "place/" + REGIONS[orgRegion[o]],
                            named + " работает в " + (national ? "Казахстане" : Names.REGION_IN[orgRegion[o]]) + ".", 0.7);
                    if (r.nextInt(3) == 0) {
                        int c = r.nextBoolean() ? 0 : r.nextInt(coalitions); // coalition-0 is national: thousands of members
                        Names.Name coalition = Names.coalition(c);
                        m.org("coalition-" + c, coalition.label(), coalition.more().toArray(String[]::new));
                        m.fact("organization/o" + o, "memberOf", "organization/coalition-" + c, named + " входит в «" + coalition.label() + "».", 0.8);
                    }
                }
                int nPeople = 2 + r.nextInt(4);
                for (int i = 0; i < nPeople; i++) {
                    int p = r.nextInt(people);
                    Names.Name who = Names.person(p);
                    m.person("p" + p, who.label(), who.more().toArray(String[]::new));
                    seenPeople.add("person/p" + p);
                    String role = Names.ROLES[p % Names.ROLES.length];
                    m.fact("person/p" + p, "holdsPost", "organization/o" + homeOrg[p],
                            who.label() + ", " + role + " организации «" + org(m, homeOrg[p]).label() + "».", 0.8, role);
                    m.fact("person/p" + p, "participatesIn", ev, who.label() + (who.female() ? " выступила" : " выступил") + " на мероприятии «" + evName + "».", 0.7);
                }
                if (r.nextInt(4) == 0) {
                    int child = r.nextInt(orgs);
                    int parent = skewed(orgs);
                    if (child != parent) {
                        m.fact("organization/o" + child, "partOf", "organization/o" + parent,
                                org(m, child).inText() + " — филиал организации «" + org(m, parent).label() + "».", 0.7);
                    }
                }
            }
            return m;
        }

        private Names.Name org(ModelTrig m, int o) {
            Names.Name n = Names.org(o);
            m.org("o" + o, n.label(), n.more().toArray(String[]::new));
            seenOrgs.add("organization/o" + o);
            return n;
        }
    }

    /**
     * Names as Kazakhstan's texts write them, each a function of the entity's number: people with Kazakh or Russian
     * first names, surnames agreeing in gender and sometimes a patronymic; organisations with a legal form, either a
     * proper name in quotes («Мейірім Next») or a descriptive one (Центр поддержки гражданских инициатив Атырауской
     * области) with its abbreviation; state bodies; events; villages. Each comes with its genitive, as a text inflects it.
     */
    static final class Names {
        /** The preferred label, its genitive, how a sentence names it (the label inside), and more Turtle about the entity. */
        record Name(String label, String genitive, String inText, boolean female, List<String> more) {}

        static final String[] REGION_GEN = {"Мангистауской области", "Алматинской области", "Акмолинской области", "Актюбинской области",
                "Атырауской области", "Восточно-Казахстанской области", "Жамбылской области", "Карагандинской области", "Костанайской области",
                "Кызылординской области", "Северо-Казахстанской области", "Павлодарской области", "Туркестанской области",
                "Западно-Казахстанской области", "города Астаны", "города Алматы", "города Шымкента"};
        /** After «в»: the same as the genitive for a region, the locative for a city. */
        static final String[] REGION_IN = {"Мангистауской области", "Алматинской области", "Акмолинской области", "Актюбинской области",
                "Атырауской области", "Восточно-Казахстанской области", "Жамбылской области", "Карагандинской области", "Костанайской области",
                "Кызылординской области", "Северо-Казахстанской области", "Павлодарской области", "Туркестанской области",
                "Западно-Казахстанской области", "Астане", "Алматы", "Шымкенте"};
        static final String[] ROLES = {"директор", "председатель", "координатор", "руководитель", "президент", "исполнительный директор",
                "член правления", "юрист"};
        private static final String[] KK_MEN = {"Ерлан", "Асхат", "Нурлан", "Серік", "Бауыржан", "Данияр", "Ержан", "Марат", "Қайрат",
                "Ақжол", "Әділет", "Мұрат", "Тимур", "Арман", "Жандос", "Ғалым", "Болат", "Дәурен", "Ермек", "Санжар", "Бекзат", "Талғат",
                "Азамат", "Нұрлыбек", "Ерболат"};
        private static final String[] KK_WOMEN = {"Гульжанат", "Айгуль", "Жанар", "Динара", "Сәуле", "Әсел", "Гүлнар", "Мадина", "Айжан",
                "Жансая", "Ботагөз", "Ақмарал", "Назерке", "Дана", "Салтанат", "Ләззат", "Меруерт", "Алия", "Айнұр", "Шынар", "Балжан",
                "Әйгерім", "Гаухар", "Перизат", "Жібек"};
        private static final String[] RU_MEN = {"Александр", "Сергей", "Андрей", "Дмитрий", "Игорь", "Владимир", "Олег", "Павел", "Евгений",
                "Виктор", "Николай", "Михаил", "Константин", "Юрий", "Алексей"};
        private static final String[] RU_WOMEN = {"Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Марина", "Анна", "Екатерина",
                "Людмила", "Галина", "Юлия", "Оксана", "Вера", "Надежда"};
        /** Men's forms; women's add -а to -ов, -ев, -ин. */
        private static final String[] KK_SURNAMES = {"Муратов", "Жазықбаев", "Ахметов", "Сейтқалиев", "Нұрланов", "Қасымов", "Бекмұхамбетов",
                "Әбдірахманов", "Жақыпов", "Есенов", "Оспанов", "Сұлтанбеков", "Құдайбергенов", "Ержанов", "Темірбеков", "Жұмабаев", "Исаев",
                "Ибраев", "Садықов", "Мұхаметжанов", "Байжанов", "Смағұлов", "Әлімжанов", "Қожахметов", "Төлегенов", "Кенжебаев", "Шәріпов",
                "Рахимов", "Омаров", "Мамыров", "Қалиев", "Дүйсенов", "Серікбаев", "Нұрпейісов", "Бекенов", "Жексенбаев", "Әміров",
                "Уәлиханов", "Сәрсенбаев", "Бейсенов"};
        private static final String[] RU_SURNAMES = {"Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов",
                "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов",
                "Николаев", "Орлов", "Андреев", "Макаров", "Захаров", "Ким", "Пак", "Цой", "Шевченко", "Бондаренко", "Ткаченко"};
        /** Code, name, genitive, Kazakh name (after the quoted name) or null; the first ones are the most common. */
        private static final String[][] FORMS = {
                {"public-foundation", "Общественный фонд", "общественного фонда", "қоғамдық қоры"},
                {"public-association", "Общественное объединение", "общественного объединения", "қоғамдық бірлестігі"},
                {"public-organization", "Общественная организация", "общественной организации", null},
                {"association-of-legal-entities", "Объединение юридических лиц", "объединения юридических лиц", "заңды тұлғалар бірлестігі"},
                {"private-institution", "Частное учреждение", "частного учреждения", "жеке мекемесі"},
                {"corporate-foundation", "Корпоративный фонд", "корпоративного фонда", "корпоративтік қоры"},
                {"civil-movement", "Гражданское движение", "гражданского движения", null},
                {"initiative-group", "Инициативная группа", "инициативной группы", null},
                {"trade-union", "Профессиональный союз", "профессионального союза", "кәсіподағы"}};
        private static final int[] FORM_WEIGHTS = {0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8};
        private static final String[] PROPER = {"Мейірім", "Ұрпақ", "Болашақ", "Жастар", "Сенім", "Ақниет", "Достық", "Шаңырақ", "Намыс",
                "Қамқор", "Арман", "Үміт", "Ақ жол", "Самға", "Жарқын", "Серпін", "Тірек", "Бірлік", "Ырыс", "Нұр", "Алаш", "Әлем", "Өркен",
                "Талап", "Қайнар", "Ізгілік", "Шапағат", "Парасат", "Отбасы", "Зерде"};
        private static final String[] PROPER_SUFFIXES = {"", "", "", " Next", " Plus", " Life", " KZ", " Жастары", " Әлемі", " Орда",
                " Атырау", " Актау", " Шымкент", " Тараз", " Павлодар", " Семей", " Уральск", " Костанай", " Караганда", " Кокшетау",
                " Петропавловск", " Кызылорда", " Туркестан", " Талдыкорган", " Актобе"};
        private static final String[] HEADS = {"Центр", "Ассоциация", "Альянс", "Союз", "Клуб", "Лига", "Сеть", "Институт", "Академия",
                "Дом", "Школа", "Платформа"};
        private static final String[] HEADS_GEN = {"Центра", "Ассоциации", "Альянса", "Союза", "Клуба", "Лиги", "Сети", "Института",
                "Академии", "Дома", "Школы", "Платформы"};
        private static final String[] PURPOSES = {"поддержки гражданских инициатив", "развития молодёжи", "защиты прав потребителей",
                "экологических инициатив", "социальных проектов", "женщин-лидеров", "молодых профессионалов", "развития местного самоуправления",
                "инклюзивного образования", "помощи детям с аутизмом", "правовой помощи", "поддержки семьи", "развития волонтёрства",
                "социального предпринимательства", "защиты животных", "развития сельских территорий", "поддержки людей с инвалидностью",
                "медиаграмотности", "развития массового спорта", "сохранения культурного наследия", "антикоррупционных инициатив",
                "поддержки предпринимателей", "развития туризма", "прав человека", "гражданского образования", "помощи пожилым людям",
                "здорового образа жизни", "защиты детства", "цифровой грамотности", "развития краеведения"};
        private static final String[] MINISTRIES = {"Министерство информации и общественного развития",
                "Министерство труда и социальной защиты населения", "Министерство культуры и спорта",
                "Министерство экологии и природных ресурсов", "Министерство просвещения", "Министерство здравоохранения"};
        private static final String[] COALITIONS = {"Коалиция за чистый воздух", "Коалиция за равные права", "Коалиция за прозрачный бюджет"};
        private static final String[] EVENTS = {"Гражданский форум", "Ярмарка социальных идей и проектов", "Форум некоммерческих организаций",
                "Молодёжный форум", "Фестиваль волонтёров", "Круглый стол по вопросам инклюзии", "Конференция по защите прав потребителей",
                "Семинар для руководителей НПО", "Форум женщин-лидеров", "Школа гражданского активиста", "Экологический марафон",
                "Фестиваль национальных культур", "Форум сельской молодёжи", "Конкурс социальных проектов", "Тренинг по фандрайзингу",
                "Медиафорум", "Неделя добрых дел", "Фестиваль «Жастар»", "Слёт юных экологов", "Республиканский форум волонтёров",
                "Конференция по местному самоуправлению", "Благотворительный марафон", "Акция «Таза әлем»", "Диалоговая площадка «Власть и общество»",
                "Форум «Қамқорлық»"};
        private static final String[] PLACE_STARTS = {"Ақ", "Қара", "Көк", "Жаңа", "Сары", "Ұлы", "Кіші", "Алтын", "Талды", "Қызыл", "Ескі",
                "Бес", "Жел", "Шұбар", "Құм", "Тас", "Боз", "Ащы", "Жалпақ", "Қоңыр"};
        private static final String[] PLACE_ENDS = {"су", "жар", "тау", "бұлақ", "көл", "өзен", "тоғай", "қорған", "терек", "шоқы", "арық",
                "қайың", "сай", "құдық", "дала", "бел", "төбе", "қала", "қамыс", "ағаш"};
        private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі";
        private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u", "u", "h", "i"};

        private Names() {}

        private static Random rng(int kind, int n) {
            return new Random(kind * 0x9E3779B97F4A7C15L + n);
        }

        private static String pick(Random g, String[] from) {
            return from[g.nextInt(from.length)];
        }

        static Name person(int p) {
            Random g = rng(1, p);
            boolean female = g.nextBoolean();
            boolean kazakh = g.nextInt(10) < 7;
            String first = pick(g, kazakh ? (female ? KK_WOMEN : KK_MEN) : (female ? RU_WOMEN : RU_MEN));
            String surname = pick(g, kazakh ? KK_SURNAMES : RU_SURNAMES);
            String father = g.nextInt(3) == 0 ? pick(g, kazakh ? KK_MEN : RU_MEN) : null;
            boolean inflects = surname.matches(".*(ов|ев|ёв|ин)");
            String patronymic = father == null ? null : patronymic(father, female);
            String genitive = firstGenitive(first, female)
                    + (patronymic == null ? "" : " " + (female ? patronymic.substring(0, patronymic.length() - 1) + "ы" : patronymic + "а"))
                    + " " + surnameGenitive(surname, female, inflects);
            String label = first + (patronymic == null ? "" : " " + patronymic) + " " + (female && inflects ? surname + "а" : surname);
            String initials = first.charAt(0) + ". " + label.substring(label.lastIndexOf(' ') + 1);
            return new Name(label, genitive, label, female, List.of("skos:altLabel " + ModelTrig.str(initials) + "@ru"));
        }

        private static String patronymic(String father, boolean female) {
            String stem = father.endsWith("й") || father.endsWith("ь") ? father.substring(0, father.length() - 1) + "е" : father + "о";
            return stem + (female ? "вна" : "вич");
        }

        private static String firstGenitive(String first, boolean female) {
            if (female) {
                if (first.endsWith("а")) return first.substring(0, first.length() - 1) + (first.matches(".*[кгхжшчщ]а") ? "и" : "ы");
                if (first.endsWith("я")) return first.substring(0, first.length() - 1) + "и";
                return first;
            }
            if (first.endsWith("й") || first.endsWith("ь")) return first.substring(0, first.length() - 1) + "я";
            return first + "а";
        }

        private static String surnameGenitive(String surname, boolean female, boolean inflects) {
            if (female) return inflects ? surname + "ой" : surname;
            if (surname.endsWith("о")) return surname;
            if (surname.endsWith("й")) return surname.substring(0, surname.length() - 1) + "я";
            return surname + "а";
        }

        static Name org(int o) {
            if (o < 40) return stateBody(o);
            Random g = rng(2, o);
            String[] form = FORMS[FORM_WEIGHTS[g.nextInt(FORM_WEIGHTS.length)]];
            List<String> more = new ArrayList<>(List.of("org:classification <" + kz.qogam.ontology.Qg.LEGAL_FORM_NS + form[0] + ">"));
            String label;
            String genitive;
            if (g.nextBoolean()) {
                label = pick(g, PROPER) + pick(g, PROPER_SUFFIXES);
                genitive = form[2] + " " + label;
                if (form[3] != null && g.nextInt(3) == 0) more.add("skos:altLabel " + ModelTrig.str("«" + label + "» " + form[3]) + "@kk");
            } else {
                int head = g.nextInt(HEADS.length);
                String rest = pick(g, PURPOSES) + (g.nextBoolean() ? " " + pick(g, REGION_GEN) : "");
                label = HEADS[head] + " " + rest;
                genitive = HEADS_GEN[head] + " " + rest;
                if (g.nextBoolean()) more.add("skos:notation " + ModelTrig.str(abbreviation(label)));
            }
            String full = form[1] + " «" + label + "»";
            more.add("skos:altLabel " + ModelTrig.str(full) + "@ru");
            return new Name(label, genitive, form[1].toLowerCase(Locale.ROOT) + " «" + label + "»", false, more);
        }

        /** The funders, and the most named organisations: departments and akimats of each region, ministries. */
        private static Name stateBody(int o) {
            String label;
            String genitive;
            String form;
            List<String> more = new ArrayList<>();
            if (o < REGION_GEN.length) {
                label = "Управление внутренней политики " + REGION_GEN[o];
                genitive = "Управления внутренней политики " + REGION_GEN[o];
                form = "department";
            } else if (o < 2 * REGION_GEN.length) {
                label = "Акимат " + REGION_GEN[o - REGION_GEN.length];
                genitive = "Акимата " + REGION_GEN[o - REGION_GEN.length];
                form = "akimat";
            } else {
                label = MINISTRIES[(o - 2 * REGION_GEN.length) % MINISTRIES.length];
                genitive = label.replaceFirst("^Министерство", "Министерства");
                form = "ministry";
                more.add("skos:notation " + ModelTrig.str(abbreviation(label)));
            }
            more.add("org:classification <" + kz.qogam.ontology.Qg.LEGAL_FORM_NS + form + ">");
            return new Name(label, genitive, label, false, more);
        }

        static Name coalition(int c) {
            String label = c == 0 ? "Гражданский альянс Казахстана"
                    : c < REGION_GEN.length ? "Коалиция НПО " + REGION_GEN[c] : COALITIONS[(c - REGION_GEN.length) % COALITIONS.length];
            List<String> more = new ArrayList<>(List.of("org:classification <" + kz.qogam.ontology.Qg.LEGAL_FORM_NS + "coalition>"));
            if (c == 0) more.add("skos:notation \"ГАК\"");
            return new Name(label, label, label, false, more);
        }

        static Name event(int e) {
            Random g = rng(3, e);
            String label = pick(g, EVENTS) + (g.nextBoolean() ? " " + pick(g, REGION_GEN) : "") + (g.nextBoolean() ? " " + (2015 + g.nextInt(10)) : "");
            return new Name(label, label, label, false, List.of());
        }

        static String village(int l) {
            String end = PLACE_ENDS[l % PLACE_ENDS.length];
            return PLACE_STARTS[l / PLACE_ENDS.length % PLACE_STARTS.length] + end;
        }

        /** The first letters of the words longer than two letters, as texts abbreviate names (ЦПГИ, МИОР). */
        static String abbreviation(String name) {
            StringBuilder sb = new StringBuilder();
            for (String w : name.split("[ -]+")) {
                if (w.length() > 2) sb.append(Character.toUpperCase(w.charAt(0)));
            }
            return sb.toString();
        }

        /** Cyrillic, Kazakh letters included, as a passport or an English article would spell it. */
        static String latin(String s) {
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                int i = CYRILLIC.indexOf(Character.toLowerCase(c));
                if (i < 0) {
                    sb.append(c);
                } else if (Character.isUpperCase(c) && !LATIN[i].isEmpty()) {
                    sb.append(Character.toUpperCase(LATIN[i].charAt(0))).append(LATIN[i], 1, LATIN[i].length());
                } else {
                    sb.append(LATIN[i]);
                }
            }
            return sb.toString();
        }

        /** One letter dropped or changed inside the longest word (search forgives one typo in a word of five letters or more). */
        static String typo(String name, Random r) {
            String longest = "";
            for (String w : name.split("[ «»]+")) {
                if (w.length() > longest.length()) longest = w;
            }
            if (longest.length() < 6) return name;
            int at = 1 + r.nextInt(longest.length() - 2);
            String letters = "аеиоуылнрстк".replace(String.valueOf(longest.charAt(at)), "");
            String changed = longest.substring(0, at) + (r.nextBoolean() ? "" : String.valueOf(letters.charAt(r.nextInt(letters.length()))))
                    + longest.substring(at + 1);
            return name.replace(longest, changed);
        }
    }
}
