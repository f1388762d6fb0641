package kz.qogam.server.queries;

import static kz.qogam.server.queries.TestStores.rowsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qogam.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every named query of {@code queries/} on a small hand-made store that follows
 * {@code ontology/README.md} ({@code sample.trig}), where every expected row is known exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleGraphQueriesTest {
    private static final String ID = "http://localhost:8080/id/";
    private static final String URPAQ = ID + "organization/urpaq-next";
    private static final String ALLIANCE = ID + "organization/grazhdanskii-alyans-mangistauskoi-oblasti";
    private static final String KGI = ID + "organization/koalitsiya-grazhdanskikh-initsiativ";
    private static final String MURATOVA = ID + "person/gulzhanat-muratova";
    private static final String MANGYSTAU = ID + "place/mangystau-region";
    private static final String ALMATY = ID + "place/almaty";

    @TempDir
    static Path dir;
    private TdbStore store;
    private QueryRunner runner;

    @BeforeAll
    void load() {
        store = TestStores.storeWith(dir.resolve("tdb2"), "sample.trig");
        runner = new QueryRunner(store, TestStores.repositoryQueries());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private QueryResult run(String name, String... params) {
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 0; i < params.length; i += 2) values.put(params[i], params[i + 1]);
        return runner.run(name, values);
    }

    private static Set<String> column(QueryResult r, String column) {
        return r.column(column).stream().collect(Collectors.toSet());
    }

    @Test
    void organizations_by_region() {
        QueryResult r = run("organizations-by-region");
        assertEquals(List.of("region", "regionLabel", "organization", "organizationLabel", "legalForm", "basedIn", "sources"), r.variables());
        assertEquals(4, r.size(), r.rows().toString());
        assertEquals(1, rowsWith(r, "region", MANGYSTAU, "regionLabel", "Мангистауская область", "organization", ALLIANCE,
                "organizationLabel", "Гражданский альянс Мангистауской области", "legalForm", "общественный фонд",
                "basedIn", "Мангистауская область", "sources", "2").size(), r.rows().toString());
        assertEquals(1, rowsWith(r, "regionLabel", "Мангистауская область",
                "organizationLabel", "Управление внутренней политики Мангистауской области", "legalForm", "государственный орган").size());
        // Almaty is a city of republican significance: its own region.
        assertEquals(1, rowsWith(r, "region", ALMATY, "regionLabel", "Алматы", "organization", KGI, "legalForm", "коалиция", "sources", "1").size());
        assertEquals(1, rowsWith(r, "regionLabel", "Алматы", "organizationLabel", "Общество молодых профессионалов").size());
        // Based only in the country: no region.
        assertFalse(column(r, "organizationLabel").contains("Қазақстан Республикасының Парламенті"));
        assertEquals("Алматы", r.rows().get(0).get("regionLabel"));

        QueryResult m = run("organizations-by-region", "region", MANGYSTAU);
        assertEquals(Set.of("Гражданский альянс Мангистауской области", "Управление внутренней политики Мангистауской области"),
                column(m, "organizationLabel"));
        assertEquals(Set.of(MANGYSTAU), column(m, "region"));
    }

    @Test
    void people_and_posts() {
        QueryResult r = run("people-and-posts");
        assertEquals(2, r.size(), r.rows().toString());
        Map<String, String> director = rowsWith(r, "personLabel", "Гульжанат Муратова", "post", "директор",
                "organizationLabel", "Ұрпақ Next").get(0);
        assertEquals(MURATOVA, director.get("person"));
        assertEquals(URPAQ, director.get("organization"));
        assertEquals("https://qogam.kz/ns/role/director", director.get("role"));
        assertEquals("директор", director.get("roleLabel"));
        assertEquals("1", director.get("sources"));
        assertEquals("Сообщила директор молодежного общественного фонда «Ұрпақ Next» Гульжанат Муратова.", director.get("quote"));
        // The Kazakh text's wording, the role's Russian label, and the person's Russian label (not the Kazakh one).
        assertEquals(1, rowsWith(r, "personLabel", "Гульжанат Муратова", "post", "төраға", "organization", ALLIANCE,
                "roleLabel", "председатель").size());

        assertEquals(2, run("people-and-posts", "person", MURATOVA).size());
        QueryResult inUrpaq = run("people-and-posts", "organization", URPAQ);
        assertEquals(1, inUrpaq.size());
        assertEquals("директор", inUrpaq.rows().get(0).get("post"));
        assertEquals(0, run("people-and-posts", "organization", KGI).size());
    }

    @Test
    void event_participants() {
        QueryResult r = run("event-participants");
        assertEquals(5, r.size(), r.rows().toString());
        String fair = "Ярмарка социальных идей и проектов";
        assertEquals(1, rowsWith(r, "eventLabel", fair, "participantLabel", "Гульжанат Муратова", "participantType", "person",
                "involvement", "participant", "role", "спикер", "date", "--11-14", "sources", "1").size());
        assertEquals(1, rowsWith(r, "eventLabel", fair, "participantLabel", "Гражданский альянс Мангистауской области",
                "participantType", "organization", "involvement", "participant").size());
        assertEquals(1, rowsWith(r, "eventLabel", fair, "participant", URPAQ, "involvement", "organizer").size());
        assertEquals(1, rowsWith(r, "eventLabel", fair, "participantLabel", "Управление внутренней политики Мангистауской области",
                "involvement", "funder").size());
        assertEquals(1, rowsWith(r, "eventLabel", "Дөңгелек үстел", "participantLabel", "Қазақстан Республикасының Парламенті",
                "date", "2022").size());

        assertEquals(4, run("event-participants", "event", ID + "event/yarmarka-sotsialnykh-idei-i-proektov").size());
        QueryResult byUrpaq = run("event-participants", "participant", URPAQ);
        assertEquals(1, byUrpaq.size());
        assertEquals(fair, byUrpaq.rows().get(0).get("eventLabel"));
    }

    @Test
    void coalition_members() {
        QueryResult r = run("coalition-members");
        assertEquals(2, r.size(), r.rows().toString());
        assertEquals(1, rowsWith(r, "coalition", KGI, "coalitionLabel", "Коалиция гражданских инициатив", "memberLabel", "ОСДП",
                "memberType", "organization", "role", "член", "sources", "1").size());
        assertEquals(1, rowsWith(r, "coalitionLabel", "Коалиция гражданских инициатив", "memberLabel", "Абадан").size());
        assertEquals(2, run("coalition-members", "coalition", KGI).size());
        assertEquals(0, run("coalition-members", "coalition", URPAQ).size());
    }

    @Test
    void organizations_founded_per_year() {
        QueryResult r = run("organizations-founded-per-year");
        assertEquals(List.of("2005", "2006", "2019"), r.column("year"));
        assertEquals(List.of("1", "1", "1"), r.column("organizations"));
        assertEquals(List.of("Общество молодых профессионалов", "Молодые демократы", "Коалиция гражданских инициатив"), r.column("names"));
        assertEquals(List.of("2006", "2019"), run("organizations-founded-per-year", "from", "2006").column("year"));
        assertEquals(List.of("2006"), run("organizations-founded-per-year", "from", "2006", "to", "2010").column("year"));
        assertEquals(List.of(), run("organizations-founded-per-year", "to", "2000").column("year"));
    }

    @Test
    void events_per_region_and_year() {
        QueryResult r = run("events-per-region-and-year");
        assertEquals(2, r.size(), r.rows().toString());
        // The fair's date has no year (--11-14); it is in the region directly and through its hotel in Aktau: one event.
        Map<String, String> fair = rowsWith(r, "region", MANGYSTAU).get(0);
        assertNull(fair.get("year"));
        assertEquals("1", fair.get("events"));
        assertEquals("Ярмарка социальных идей и проектов", fair.get("names"));
        assertEquals(1, rowsWith(r, "regionLabel", "Шымкент", "year", "2022", "events", "1", "names", "Дөңгелек үстел").size());

        QueryResult since = run("events-per-region-and-year", "from", "2020");
        assertEquals(List.of("Шымкент"), since.column("regionLabel"));
        assertEquals(0, run("events-per-region-and-year", "to", "2021").size());
        assertEquals(List.of("Мангистауская область"), run("events-per-region-and-year", "region", MANGYSTAU).column("regionLabel"));
    }

    @Test
    void source_facts() {
        QueryResult r = run("source-facts", "source", ID + "source/001_sample");
        assertEquals(11, r.size(), r.rows().toString());
        Map<String, String> post = rowsWith(r, "relation", "holdsPost").get(0);
        assertEquals(MURATOVA, post.get("subject"));
        assertEquals("Гульжанат Муратова", post.get("subjectLabel"));
        assertEquals("https://qogam.kz/ns#holdsPost", post.get("property"));
        assertEquals(URPAQ, post.get("object"));
        assertEquals("Ұрпақ Next", post.get("objectLabel"));
        assertEquals("директор", post.get("role"));
        assertEquals(0.9, Double.parseDouble(post.get("confidence")));
        String quote = post.get("quote");
        int start = Integer.parseInt(post.get("start"));
        int end = Integer.parseInt(post.get("end"));
        assertEquals(quote.length(), end - start);
        // A literal object shows its value as the label.
        assertEquals(1, rowsWith(r, "relation", "startDate", "object", "--11-14", "objectLabel", "--11-14").size());
        // In the order of the text.
        List<Integer> starts = r.column("start").stream().map(Integer::parseInt).toList();
        assertEquals(starts.stream().sorted().toList(), starts);
        assertEquals(QueryResult.Kind.IRI, r.terms().get(0).get("subject").kind());

        assertEquals(0, run("source-facts", "source", ID + "source/no-such-source").size());
    }

    @Test
    void people_linked_to_two_organizations() {
        QueryResult r = run("people-linked-to-two-organizations", "org1", URPAQ, "org2", ALLIANCE);
        assertEquals(1, r.size(), r.rows().toString());
        Map<String, String> row = r.rows().get(0);
        assertEquals(MURATOVA, row.get("person"));
        assertEquals("Гульжанат Муратова", row.get("personLabel"));
        assertEquals("Ұрпақ Next", row.get("organization1"));
        assertEquals("директор", row.get("roleIn1"));
        assertEquals("Гражданский альянс Мангистауской области", row.get("organization2"));
        assertEquals("төраға", row.get("roleIn2"));
        assertEquals("1", row.get("sources1"));
        assertEquals("1", row.get("sources2"));
        assertEquals(0, run("people-linked-to-two-organizations", "org1", URPAQ, "org2", KGI).size());
    }

    @Test
    void organizations_without_region() {
        QueryResult r = run("organizations-without-region");
        assertEquals(Set.of("Ұрпақ Next", "ОСДП", "Абадан", "Молодые демократы", "Қазақстан Республикасының Парламенті"),
                column(r, "organizationLabel"));
        assertEquals(1, rowsWith(r, "organizationLabel", "Қазақстан Республикасының Парламенті", "basedIn", "Казахстан").size());
        assertEquals(1, rowsWith(r, "organization", URPAQ, "basedIn", null, "sources", "1").size(), r.rows().toString());
    }

    @Test
    void facts_without_source_is_empty_on_a_healthy_store() {
        assertEquals(0, run("facts-without-source").size());
    }

    @Test
    void facts_without_source_finds_untraceable_facts(@TempDir Path other) {
        try (TdbStore broken = TestStores.storeWith(other, "sample.trig", "broken.trig")) {
            QueryResult r = new QueryRunner(broken, runner.queries()).run("facts-without-source", Map.of());
            assertEquals(3, r.size(), r.rows().toString());
            assertEquals("no prov:wasDerivedFrom", rowsWith(r, "fact", ID + "fact/orphan").get(0).get("problem"));
            assertTrue(rowsWith(r, "fact", ID + "fact/stray").get(0).get("problem").startsWith("the source is not described"));
            assertTrue(rowsWith(r, "fact", ID + "fact/unquoted").get(0).get("problem").startsWith("no quoted sentence"));
        }
    }

    @Test
    void organization_officers() {
        QueryResult r = run("organization-officers", "organization", URPAQ);
        assertEquals(1, r.size());
        Map<String, String> row = r.rows().get(0);
        assertEquals("Гульжанат Муратова", row.get("personLabel"));
        assertEquals("директор", row.get("post"));
        assertEquals("директор", row.get("roleLabel"));
        assertEquals(ID + "source/001_sample", row.get("source"));
        assertEquals("Ярмарка социальных идей", row.get("sourceTitle"));
        assertTrue(row.get("quote").contains("Гульжанат Муратова"));
    }

    @Test
    void entity_sources() {
        QueryResult r = run("entity-sources", "entity", ALLIANCE);
        assertEquals(List.of(ID + "source/001_sample", ID + "source/005_sample"), r.column("source"));
        assertEquals(1, rowsWith(r, "source", ID + "source/001_sample", "title", "Ярмарка социальных идей", "language", "ru",
                "namedAs", "Гражданский альянс Мангистауской области", "mentions", "1", "facts", "2").size());
        assertEquals(1, rowsWith(r, "source", ID + "source/005_sample", "language", "kk", "facts", "1").size());
        assertEquals(List.of(ID + "source/000_sample", ID + "source/004_sample"),
                run("entity-sources", "entity", ALMATY).column("source").stream().sorted().toList());
    }

    @Test
    void entity_facts() {
        QueryResult r = run("entity-facts", "entity", URPAQ);
        assertEquals(2, r.size(), r.rows().toString());
        assertEquals(1, rowsWith(r, "direction", "incoming", "relation", "holdsPost", "other", MURATOVA,
                "otherLabel", "Гульжанат Муратова", "role", "директор", "source", ID + "source/001_sample").size());
        assertEquals(1, rowsWith(r, "direction", "outgoing", "relation", "organizes",
                "otherLabel", "Ярмарка социальных идей и проектов").size());
        QueryResult kgi = run("entity-facts", "entity", KGI);
        assertEquals(1, rowsWith(kgi, "relation", "foundingDate", "other", "2019-08-28", "otherLabel", "2019-08-28").size());
        assertEquals(1, rowsWith(kgi, "direction", "incoming", "relation", "memberOf", "otherLabel", "ОСДП").size());
    }

    @Test
    void places_by_mentions() {
        QueryResult r = run("places-by-mentions");
        Map<String, String> first = r.rows().get(0);
        assertEquals("Алматы", first.get("placeLabel"));
        assertEquals("2", first.get("sources"));
        assertEquals("2", first.get("mentions"));
        assertEquals("город республиканского значения", first.get("kindLabel"));
        assertEquals("Алматы", first.get("regionLabel"));
        assertEquals(1, rowsWith(r, "placeLabel", "Отель «Ренессанс»", "kindLabel", "гостиница",
                "regionLabel", "Мангистауская область", "sources", "1", "mentions", "1").size());
        assertEquals(Set.of("Алматы", "Шымкент"), column(run("places-by-mentions", "kind", "https://qogam.kz/ns/place-kind/city"), "placeLabel"));
        assertEquals(Set.of("Отель «Ренессанс»"),
                column(run("places-by-mentions", "kind", "https://qogam.kz/ns/place-kind/facility"), "placeLabel"));
    }

    @Test
    void every_named_query_runs_and_has_a_test_here() {
        Set<String> tested = Set.of("organizations-by-region", "people-and-posts", "event-participants", "coalition-members",
                "organizations-founded-per-year", "events-per-region-and-year", "source-facts",
                "people-linked-to-two-organizations", "organizations-without-region", "facts-without-source",
                "organization-officers", "entity-sources", "entity-facts", "places-by-mentions");
        assertEquals(tested, Set.copyOf(runner.queries().names()), "a named query was added or removed: test it here");
    }
}
