package kz.qogam.server.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
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
import kz.qogam.server.Qogam;
import kz.qogam.store.TdbStore;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a timed test: builds a synthetic store in the model's shape (many people,
 * organisations, events and places; a country hub, a national coalition with thousands of members,
 * regions with hundreds of links) in a temporary TDB2 folder, serves it, and prints p50/p95 of
 * {@code /api/paths} and {@code /api/graph} over HTTP.
 *
 * <pre>
 * mvn -pl server -am test -Dtest=GraphBench -Dqogam.bench=1 -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Dqogam.bench.sources=2300]   (about 500 quads per source: 2300 ≈ 1.2M quads)
 *     [-Dqogam.bench.dir=/tmp/qogam-bench]   (keep the store there and reuse it on the next run)
 * </pre>
 */
class GraphBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @EnabledIfSystemProperty(named = "qogam.bench", matches = ".+")
    void bench() throws Exception {
        main(new String[] {System.getProperty("qogam.bench.sources", "2300")});
    }

    public static void main(String[] args) throws Exception {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 2300;
        String keep = System.getProperty("qogam.bench.dir");
        Path dir = keep != null ? Path.of(keep) : Files.createTempDirectory("qogam-graph-bench");
        boolean reuse = keep != null && Files.isDirectory(dir.resolve("tdb2"));
        try (TdbStore store = TdbStore.open(dir.resolve("tdb2"))) {
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

            Qogam app = Qogam.create(store, c -> {
                c.port = 0;
                c.base = ModelTrig.BASE;
            }).start();
            try {
                String url = "http://localhost:" + app.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                Random r = new Random(7);
                List<String> peopleSeen = List.copyOf(world.seenPeople);
                List<String> orgsSeen = List.copyOf(world.seenOrgs);
                Supplier<String> person = () -> peopleSeen.get(r.nextInt(peopleSeen.size()));
                Supplier<String> org = () -> orgsSeen.get(r.nextInt(orgsSeen.size()));
                Supplier<String> any = () -> switch (r.nextInt(3)) {
                    case 0 -> person.get();
                    case 1 -> org.get();
                    default -> "event/e" + r.nextInt(world.events);
                };
                // Warm up the JIT and the store's caches.
                run(http, url, 60, () -> "/api/paths?from=" + person.get() + "&to=" + org.get(), null);
                run(http, url, 60, () -> "/api/graph?ids=" + any.get(), null);

                report("paths person→person maxHops=4 k=3", run(http, url, 300,
                        () -> "/api/paths?from=" + person.get() + "&to=" + person.get() + "&maxHops=4&k=3", "paths"));
                report("paths any→any maxHops=4 k=3", run(http, url, 300,
                        () -> "/api/paths?from=" + any.get() + "&to=" + any.get() + "&maxHops=4&k=3", "paths"));
                report("paths any→any maxHops=6 k=3", run(http, url, 200,
                        () -> "/api/paths?from=" + any.get() + "&to=" + any.get() + "&maxHops=6&k=3", "paths"));
                report("paths any→any maxHops=4 k=3 at=2021-06-15", run(http, url, 200,
                        () -> "/api/paths?from=" + any.get() + "&to=" + any.get() + "&maxHops=4&k=3&at=2021-06-15", "paths"));
                report("paths any→Kazakhstan (hub end)", run(http, url, 100,
                        () -> "/api/paths?from=" + any.get() + "&to=place/kazakhstan&maxHops=4&k=3", "paths"));
                report("graph depth=1 limit=50", run(http, url, 300, () -> "/api/graph?ids=" + any.get() + "&depth=1&limit=50", "graph"));
                report("graph depth=2 limit=25", run(http, url, 200, () -> "/api/graph?ids=" + any.get() + "&depth=2&limit=25", "graph"));
                report("graph hub (Kazakhstan, coalition-0) depth=1 limit=50", run(http, url, 100,
                        () -> "/api/graph?ids=" + (r.nextBoolean() ? "place/kazakhstan" : "organization/coalition-0") + "&depth=1&limit=50", "graph"));
            } finally {
                app.stop();
            }
        } finally {
            if (keep == null) deleteTree(dir);
        }
    }

    private static int count(TdbStore store, String ref) {
        return new Neighbours(store, new kz.qogam.ingest.rdf.IriScheme(ModelTrig.BASE)).count(List.of(ModelTrig.iri(ref))).get(ModelTrig.iri(ref));
    }

    /** Wall time of a request, and the CPU time the whole process spent meanwhile (requests run one at a time). */
    record Sample(double ms, double cpuMs, int explored, int paths, int nodes, boolean complete) {}

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private static List<Sample> run(HttpClient http, String url, int n, Supplier<String> request, String kind) throws Exception {
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String q = request.get();
            long t = System.nanoTime();
            long cpu = OS.getProcessCpuTime();
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url + q)).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            double ms = (System.nanoTime() - t) / 1e6;
            double cpuMs = (OS.getProcessCpuTime() - cpu) / 1e6;
            if (res.statusCode() == 400 && res.body().contains("same entity")) continue;
            if (res.statusCode() != 200) throw new IllegalStateException(q + " → " + res.statusCode() + " " + res.body());
            if (kind == null) continue;
            JsonNode j = JSON.readTree(res.body());
            out.add(new Sample(ms, cpuMs, j.path("explored").asInt(), j.path("paths").size(), j.path("nodes").size(), j.path("complete").asBoolean(true)));
        }
        return out;
    }

    private static void report(String what, List<Sample> s) {
        double[] ms = s.stream().mapToDouble(Sample::ms).sorted().toArray();
        double[] cpu = s.stream().mapToDouble(Sample::cpuMs).sorted().toArray();
        double explored = s.stream().mapToInt(Sample::explored).average().orElse(0);
        long found = s.stream().filter(x -> x.paths() > 0).count();
        double nodes = s.stream().mapToInt(Sample::nodes).average().orElse(0);
        long incomplete = s.stream().filter(x -> !x.complete()).count();
        System.out.printf(Locale.ROOT, "  %-50s n=%3d  wall p50 %6.1f p95 %6.1f max %7.1f ms | cpu p50 %6.1f p95 %6.1f ms | explored %3.0f, with paths %3d, nodes %3.0f, incomplete %d%n",
                what, ms.length, pct(ms, 50), pct(ms, 95), ms.length == 0 ? 0 : ms[ms.length - 1], pct(cpu, 50), pct(cpu, 95),
                explored, found, nodes, incomplete);
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * A synthetic civil society: each source reports one event in a region (a forum, a fair), its organiser,
     * funder, participating organisations and people, their posts, memberships and seats.
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

        ModelTrig sources(int from, int to) {
            ModelTrig m = new ModelTrig();
            for (int s = from; s < to; s++) {
                m.source("src-" + s);
                int event = s; // one event per source, some named again later
                int region = r.nextInt(REGIONS.length);
                String ev = "event/e" + event;
                m.event("e" + event, "Форум НПО №" + event);
                // where
                if (r.nextInt(3) == 0) {
                    m.fact(ev, "takesPlaceIn", "place/kazakhstan", "Форум №" + event + " прошёл в Казахстане.", 0.7);
                } else if (r.nextBoolean()) {
                    m.fact(ev, "takesPlaceIn", "place/" + REGIONS[region], "Форум №" + event + " прошёл в регионе.", 0.7);
                } else {
                    int place = r.nextInt(localPlaces);
                    m.place("l" + place, "Город " + place, "city");
                    m.fact(ev, "takesPlaceIn", "place/l" + place, "Форум №" + event + " прошёл в городе " + place + ".", 0.8);
                    m.fact("place/l" + place, "locatedIn", "place/" + REGIONS[place % REGIONS.length], "Город " + place + " в регионе.", 0.9);
                }
                // when
                int year = 2015 + r.nextInt(10);
                switch (r.nextInt(3)) {
                    case 0 -> m.literalFact(ev, "date", "\"" + year + "\"^^xsd:gYear", "Форум состоялся в " + year + " году.", 0.9);
                    case 1 -> m.literalFact(ev, "date", String.format(Locale.ROOT, "\"%d-%02d-%02d\"^^xsd:date", year, 1 + r.nextInt(12), 1 + r.nextInt(28)),
                            "Форум состоялся в тот день.", 0.9);
                    default -> m.literalFact(ev, "date", String.format(Locale.ROOT, "\"--%02d-%02d\"^^xsd:gMonthDay", 1 + r.nextInt(12), 1 + r.nextInt(28)),
                            "Форум состоялся в тот день.", 0.9);
                }
                // who
                int organiser = skewed(orgs);
                org(m, organiser);
                m.fact("organization/o" + organiser, "organizes", ev, "Форум организовала организация " + organiser + ".", 0.8);
                if (r.nextInt(3) == 0) {
                    int funder = r.nextInt(40); // akimats and ministries fund many events
                    org(m, funder);
                    m.fact(ev, "fundedBy", "organization/o" + funder, "Форум профинансировала организация " + funder + ".", 0.6);
                }
                int nOrgs = 2 + r.nextInt(5);
                for (int i = 0; i < nOrgs; i++) {
                    int o = skewed(orgs);
                    org(m, o);
                    m.fact("organization/o" + o, "participatesIn", ev, "В форуме участвовала организация " + o + ".", 0.6);
                    m.fact("organization/o" + o, "basedIn", orgRegion[o] < 3 && r.nextBoolean() ? "place/kazakhstan" : "place/" + REGIONS[orgRegion[o]],
                            "Организация " + o + " работает в регионе.", 0.7);
                    if (r.nextInt(3) == 0) {
                        int c = r.nextBoolean() ? 0 : r.nextInt(coalitions); // coalition-0 is national: thousands of members
                        m.org("coalition-" + c, "Коалиция " + c);
                        m.fact("organization/o" + o, "memberOf", "organization/coalition-" + c, "Организация " + o + " входит в коалицию " + c + ".", 0.8);
                    }
                }
                int nPeople = 2 + r.nextInt(4);
                for (int i = 0; i < nPeople; i++) {
                    int p = r.nextInt(people);
                    m.person("p" + p, "Персона " + p);
                    seenPeople.add("person/p" + p);
                    org(m, homeOrg[p]);
                    m.fact("person/p" + p, "holdsPost", "organization/o" + homeOrg[p], "Персона " + p + ", директор организации " + homeOrg[p] + ".", 0.8, "директор");
                    m.fact("person/p" + p, "participatesIn", ev, "Персона " + p + " выступила на форуме.", 0.7);
                }
                if (r.nextInt(4) == 0) {
                    int child = r.nextInt(orgs);
                    int parent = skewed(orgs);
                    if (child != parent) {
                        org(m, child);
                        org(m, parent);
                        m.fact("organization/o" + child, "partOf", "organization/o" + parent, "Филиал " + child + " организации " + parent + ".", 0.7);
                    }
                }
            }
            return m;
        }

        private void org(ModelTrig m, int o) {
            m.org("o" + o, "Организация " + o);
            seenOrgs.add("organization/o" + o);
        }
    }
}
