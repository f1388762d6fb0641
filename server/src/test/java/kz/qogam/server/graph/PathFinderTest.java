package kz.qogam.server.graph;

import static kz.qogam.server.graph.ModelTrig.iri;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import kz.qogam.ingest.Ingest;
import kz.qogam.ingest.rdf.IriScheme;
import kz.qogam.ontology.Ontology;
import kz.qogam.store.TdbStore;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The path search on small graphs written by hand in the model's shape. */
class PathFinderTest {
    static TdbStore store;
    static Neighbours neighbours;
    static PathFinder finder;

    static final String MURATOVA = "person/muratova";
    static final String URPAQ = "organization/urpaq-next";
    static final String FAIR = "event/fair";
    static final String ALLIANCE = "organization/alliance";
    static final String MANGYSTAU = "place/mangystau-region"; // from the gazetteer
    static final String KAZAKHSTAN = "place/kazakhstan";     // from the gazetteer: a country

    @BeforeAll
    static void build() {
        store = TdbStore.inMemory();
        Ingest.create(store, c -> c.base = ModelTrig.BASE).loadOntology();
        new ModelTrig()
                // The fair: as in the seed article about Ұрпақ Next.
                .person("muratova", "Гульжанат Муратова")
                .org("urpaq-next", "Ұрпақ Next")
                .event("fair", "Ярмарка социальных идей и проектов")
                .org("alliance", "Гражданский альянс Мангистауской области")
                .source("s1")
                .fact(MURATOVA, "holdsPost", URPAQ, "Директор фонда «Ұрпақ Next» Гульжанат Муратова.", 0.8, "директор")
                .fact(MURATOVA, "participatesIn", FAIR, "На ярмарке выступила Г. Муратова.", 0.7)
                .fact(URPAQ, "organizes", FAIR, "Ярмарку провёл фонд «Ұрпақ Next».", 0.8)
                .fact(ALLIANCE, "participatesIn", FAIR, "В ярмарке участвовал Гражданский альянс.", 0.6)
                .fact(ALLIANCE, "basedIn", MANGYSTAU, "Гражданский альянс Мангистауской области.", 0.7)
                .fact(FAIR, "takesPlaceIn", MANGYSTAU, "Ярмарка прошла в Мангистауской области.", 0.5)
                .literalFact(FAIR, "date", "\"--11-14\"^^xsd:gMonthDay", "Ярмарка прошла 14 ноября.", 0.9)
                // Periods: a membership that held from 2015 to 2018; a coalition founded on 2019-08-28.
                .person("petr", "Пётр Петров")
                .org("club", "Клуб любителей Конституции")
                .org("network", "Сеть НПО")
                .org("coalition", "Коалиция гражданских инициатив")
                .source("s2")
                .fact("person/petr", "memberOf", "organization/club", "Пётр Петров был членом клуба с 2015 по 2018 год.", 0.9,
                        null, "org:memberDuring [ a time:Interval ; time:hasBeginning [ time:inXSDDate \"2015-01-01\"^^xsd:date ] ;"
                                + " time:hasEnd [ time:inXSDgYear \"2018\"^^xsd:gYear ] ]")
                .fact("organization/club", "memberOf", "organization/network", "Клуб входит в Сеть НПО.", 0.8)
                .fact("organization/club", "memberOf", "organization/coalition", "Клуб вошёл в Коалицию.", 0.8)
                .literalFact("organization/coalition", "foundedOn", "\"2019-08-28\"^^xsd:date", "Коалиция создана 28 августа 2019 года.", 0.9)
                // A country hub: two events in Kazakhstan with nothing else in common.
                .person("a", "Айгуль Ахметова")
                .person("b", "Бауыржан Бекенов")
                .event("e1", "Форум один")
                .event("e2", "Форум два")
                .source("s3")
                .fact("person/a", "participatesIn", "event/e1", "Айгуль Ахметова была на форуме один.", 0.8)
                .fact("person/b", "participatesIn", "event/e2", "Бауыржан Бекенов был на форуме два.", 0.8)
                .fact("event/e1", "takesPlaceIn", KAZAKHSTAN, "Форум один прошёл в Казахстане.", 0.8)
                .fact("event/e2", "takesPlaceIn", KAZAKHSTAN, "Форум два прошёл в Казахстане.", 0.8)
                .load(store);
        // A large organisation: twelve members.
        ModelTrig big = new ModelTrig().org("big", "Большая ассоциация").source("s4");
        for (int i = 0; i < 12; i++) {
            big.person("m" + i, "Член " + i).fact("person/m" + i, "memberOf", "organization/big", "Член " + i + " состоит в Большой ассоциации.", 0.8);
        }
        big.load(store);
        // The same post stated again, more confidently, by another source.
        new ModelTrig().person("muratova", "Гульжанат Муратова").org("urpaq-next", "Ұрпақ Next").source("s5")
                .fact(MURATOVA, "holdsPost", URPAQ, "Гульжанат Муратова возглавляет фонд «Ұрпақ Next».", 0.9, "руководитель")
                .load(store);
        neighbours = new Neighbours(store, new IriScheme(ModelTrig.BASE));
        finder = new PathFinder(neighbours);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static PathFinder.Result find(String from, String to, PathFinder.Options o) {
        return finder.find(iri(from), iri(to), o);
    }

    static PathFinder.Result find(String from, String to, int maxHops, int k) {
        return find(from, to, PathFinder.Options.of(maxHops, k, null));
    }

    /** A path as its nodes, short: "person/muratova event/fair organization/alliance". */
    static String nodes(PathFinder.Path p) {
        return p.nodes().stream().map(n -> n.substring((ModelTrig.BASE + "/id/").length())).collect(Collectors.joining(" "));
    }

    static List<String> all(PathFinder.Result r) {
        return r.paths().stream().map(PathFinderTest::nodes).toList();
    }

    @Test
    void the_fixture_follows_the_model() {
        var dsg = store.embedded().orElseThrow();
        ValidationReport report = Txn.calculateRead(dsg, () -> ShaclValidator.get().validate(Ontology.shapes(), dsg.getUnionGraph()));
        assertTrue(report.conforms(), () -> {
            var out = new java.io.ByteArrayOutputStream();
            org.apache.jena.shacl.lib.ShLib.printReport(new java.io.PrintStream(out), report);
            return out.toString();
        });
    }

    @Test
    void k_shortest_paths_come_shortest_first_then_with_fewer_places_inside() {
        PathFinder.Result r = find(MURATOVA, ALLIANCE, 4, 3);
        assertEquals(List.of(
                "person/muratova event/fair organization/alliance",
                "person/muratova organization/urpaq-next event/fair organization/alliance",
                "person/muratova event/fair place/mangystau-region organization/alliance"), all(r));
        assertTrue(r.complete());

        PathFinder.Path first = r.paths().get(0);
        assertEquals(2, first.length());
        assertEquals("participatesIn", first.hops().get(0).edge().predicate());
        assertEquals("out", first.hops().get(0).direction());
        assertEquals("participatesIn", first.hops().get(1).edge().predicate());
        assertEquals("in", first.hops().get(1).direction(), "the alliance is the subject of the second hop's fact");
        assertEquals(iri(ALLIANCE), first.hops().get(1).edge().subject());

        assertEquals(List.of("person/muratova event/fair organization/alliance"), all(find(MURATOVA, ALLIANCE, 4, 1)));
        List<String> ten = all(find(MURATOVA, ALLIANCE, 4, 10));
        assertEquals(4, ten.size(), ten.toString());
        assertEquals("person/muratova organization/urpaq-next event/fair place/mangystau-region organization/alliance", ten.get(3));
    }

    @Test
    void no_path_is_longer_than_max_hops() {
        assertEquals(List.of("person/muratova event/fair organization/alliance"), all(find(MURATOVA, ALLIANCE, 2, 3)));
        assertEquals(List.of(), all(find(MURATOVA, ALLIANCE, 1, 3)));
        assertEquals(3, find(MURATOVA, ALLIANCE, 3, 10).paths().size());
        for (PathFinder.Path p : find(MURATOVA, ALLIANCE, 3, 10).paths()) {
            assertTrue(p.length() <= 3, nodes(p));
        }
    }

    @Test
    void literal_facts_are_not_edges_and_a_direct_link_is_one_hop() {
        assertEquals(List.of("person/muratova organization/urpaq-next", "person/muratova event/fair organization/urpaq-next"),
                all(find(MURATOVA, URPAQ, 4, 5)));
        Neighbours.Expansion fair = neighbours.expand(List.of(iri(FAIR)), 10, true, true).get(iri(FAIR));
        assertEquals(4, fair.total(), fair.toString());
        assertEquals(4, fair.edges().size());
        assertFalse(fair.more());
    }

    @Test
    void at_keeps_event_links_on_the_event_date_and_undated_links_always() {
        PathFinder.Result onTheDay = find(MURATOVA, ALLIANCE, PathFinder.Options.of(4, 10, LocalDate.parse("2023-11-14")));
        assertEquals(4, onTheDay.paths().size());
        assertTrue(onTheDay.paths().get(0).hops().get(0).dated(), "the fair's date bore on the hop");

        assertEquals(List.of(), all(find(MURATOVA, ALLIANCE, PathFinder.Options.of(4, 10, LocalDate.parse("2023-06-01")))));
        PathFinder.Result undated = find(MURATOVA, URPAQ, PathFinder.Options.of(4, 10, LocalDate.parse("2023-06-01")));
        assertEquals(List.of("person/muratova organization/urpaq-next"), all(undated), "the post has no date: it holds");
        assertFalse(undated.paths().get(0).hops().get(0).dated());
    }

    @Test
    void at_keeps_memberships_within_their_period_and_organisations_after_their_founding() {
        String petr = "person/petr";
        assertEquals(List.of("person/petr organization/club organization/network"), all(find(petr, "organization/network", 4, 3)));
        assertEquals(1, find(petr, "organization/network", PathFinder.Options.of(4, 3, LocalDate.parse("2016-05-01"))).paths().size());
        assertEquals(1, find(petr, "organization/network", PathFinder.Options.of(4, 3, LocalDate.parse("2018-12-31"))).paths().size(),
                "a period ending in 2018 holds to the end of 2018");
        assertEquals(0, find(petr, "organization/network", PathFinder.Options.of(4, 3, LocalDate.parse("2020-01-01"))).paths().size());
        assertEquals(0, find(petr, "organization/network", PathFinder.Options.of(4, 3, LocalDate.parse("2014-12-31"))).paths().size());

        assertEquals(0, find("organization/club", "organization/coalition", PathFinder.Options.of(4, 3, LocalDate.parse("2019-08-27"))).paths().size());
        assertEquals(1, find("organization/club", "organization/coalition", PathFinder.Options.of(4, 3, LocalDate.parse("2019-08-28"))).paths().size());
    }

    @Test
    void a_country_is_not_a_way_through_unless_asked() {
        assertEquals(List.of(), all(find("person/a", "person/b", 6, 3)));
        assertEquals(List.of("person/a event/e1 place/kazakhstan event/e2 person/b"),
                all(find("person/a", "person/b", PathFinder.Options.of(6, 3, null).withSkipCountries(false))));
        // ... but it can be an end.
        assertEquals(List.of("person/a event/e1 place/kazakhstan"), all(find("person/a", KAZAKHSTAN, 4, 3)));
    }

    @Test
    void a_hub_is_not_a_way_through_but_can_be_an_end() {
        assertEquals(List.of("person/m0 organization/big person/m1"), all(find("person/m0", "person/m1", 4, 3)));
        PathFinder.Options smallHubs = PathFinder.Options.of(4, 3, null).withHubDegree(5);
        PathFinder.Result through = find("person/m0", "person/m1", smallHubs);
        assertEquals(List.of(), all(through), "twelve members are more than five: the organisation is a hub");

        assertEquals(List.of("person/m0 organization/big"), all(find("person/m0", "organization/big", smallHubs)));
        PathFinder.Result fromHub = find("organization/big", "person/m7", smallHubs);
        assertEquals(List.of("organization/big person/m7"), all(fromHub), "found from the other side");
        assertFalse(fromHub.complete(), "the hub end was read only in part");
    }

    @Test
    void links_no_source_states_are_not_edges() {
        // The gazetteer says Mangystau is in Kazakhstan, but no text does: no evidence, no hop.
        assertEquals(List.of(), all(find(MANGYSTAU, KAZAKHSTAN, 1, 3)));
        assertEquals(0, neighbours.count(List.of(iri("place/abai-region"))).get(iri("place/abai-region")));
    }

    @Test
    void no_path_gives_an_empty_list() {
        PathFinder.Result r = find("person/a", ALLIANCE, 6, 3);
        assertEquals(List.of(), r.paths());
        assertTrue(r.complete());
        assertTrue(r.explored() >= 2, "both sides were looked up: " + r.explored());
    }

    @Test
    void the_budget_stops_the_search_and_says_so() {
        PathFinder.Result r = find(MURATOVA, ALLIANCE, PathFinder.Options.of(6, 10, null).withMaxExpanded(1));
        assertFalse(r.complete());
        assertTrue(r.explored() <= 1, "explored " + r.explored());
    }

    @Test
    void neighbours_cap_counts_describe_and_give_evidence() {
        var f = neighbours.expand(List.of(iri(FAIR), iri(MURATOVA), iri("person/nobody")), 2, true, true);
        Neighbours.Expansion fair = f.get(iri(FAIR));
        assertEquals(2, fair.edges().size());
        assertTrue(fair.more());
        assertEquals(4, fair.total());
        assertEquals(2, f.get(iri(MURATOVA)).total(), "the post stated twice is one link");
        assertEquals(0, f.get(iri("person/nobody")).total());
        assertFalse(f.get(iri("person/nobody")).more());
        // Capped by statements (for the search): the post counts twice.
        var statements = neighbours.expand(List.of(iri(MURATOVA)), 10, false, false).get(iri(MURATOVA));
        assertEquals(2, statements.edges().stream().filter(e -> e.predicate().equals("holdsPost")).findFirst().orElseThrow().statements());
        assertTrue(neighbours.expand(List.of(iri(MURATOVA)), 2, false, false).get(iri(MURATOVA)).more(), "three statements, cap two");
        assertEquals(java.util.Map.of(iri(FAIR), 4, iri(KAZAKHSTAN), 2), neighbours.count(List.of(iri(FAIR), iri(KAZAKHSTAN))));

        var info = neighbours.describe(List.of(iri(FAIR), iri(KAZAKHSTAN), iri("person/nobody")));
        assertEquals("Ярмарка социальных идей и проектов", info.get(iri(FAIR)).labels().get("ru"));
        assertEquals("event", info.get(iri(FAIR)).kind());
        assertTrue(info.get(iri(KAZAKHSTAN)).isCountry());
        assertFalse(info.containsKey(iri("person/nobody")));

        Neighbours.Edge post = f.get(iri(MURATOVA)).edges().stream().filter(e -> e.predicate().equals("holdsPost")).findFirst().orElseThrow();
        Neighbours.Edge participation = f.get(iri(MURATOVA)).edges().stream().filter(e -> e.predicate().equals("participatesIn")).findFirst().orElseThrow();
        var evidence = neighbours.evidence(List.of(post, participation.reversed()));
        Neighbours.Evidence ev = evidence.get(post.key());
        assertEquals("Гульжанат Муратова возглавляет фонд «Ұрпақ Next».", ev.quote(), "the more confident of the two statements");
        assertEquals(0.9, ev.confidence());
        assertEquals(2, ev.statements());
        assertEquals("s5", ev.sourceId());
        assertEquals("Текст s5", ev.sourceTitle());
        assertEquals("руководитель", ev.role());
        assertEquals(ev.quote().length(), ev.end() - ev.start());
        assertTrue(ev.fact().startsWith(ModelTrig.BASE + "/id/fact/"));
        Neighbours.Evidence seen = evidence.get(participation.key());
        assertEquals("На ярмарке выступила Г. Муратова.", seen.quote(), "the same link from its other end");
        assertEquals(1, seen.statements());
    }

    @Test
    void dates_are_read_at_their_precision() {
        var d = LocalDate.parse("2019-08-28");
        assertTrue(Validity.Span.parse("2019", "http://www.w3.org/2001/XMLSchema#gYear").contains(d));
        assertTrue(Validity.Span.parse("2019-08", "http://www.w3.org/2001/XMLSchema#gYearMonth").contains(d));
        assertFalse(Validity.Span.parse("2019-09", "http://www.w3.org/2001/XMLSchema#gYearMonth").contains(d));
        assertTrue(Validity.Span.parse("--08-28", "http://www.w3.org/2001/XMLSchema#gMonthDay").contains(d));
        assertTrue(Validity.Span.parse("--08-28", "http://www.w3.org/2001/XMLSchema#gMonthDay").contains(LocalDate.parse("2001-08-28")));
        assertTrue(Validity.Span.parse("2019-08-28", "http://www.w3.org/2001/XMLSchema#date").contains(d));
        assertTrue(Validity.Span.parse("2019-08-28T10:00:00Z", "http://www.w3.org/2001/XMLSchema#dateTime").contains(d));
        assertEquals(null, Validity.Span.parse("soon", "http://www.w3.org/2001/XMLSchema#string"));
        Validity v = new Validity.Builder().add("from", "2005", "http://www.w3.org/2001/XMLSchema#gYear").build();
        assertFalse(v.holdsAt(LocalDate.parse("2004-12-31")));
        assertTrue(v.holdsAt(LocalDate.parse("2005-01-01")));
        assertTrue(Validity.ALWAYS.holdsAt(d));
        assertFalse(Validity.ALWAYS.dated());
    }
}
