package kz.qogam.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import org.junit.jupiter.api.Test;

/** {@code /api/entities/{kind}/{slug}}: relations grouped for tables, legal form, region, identifiers, sources; real server, seed corpus. */
class EntityApiTest extends SeededServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ID = SeedStore.BASE + "/id/";
    static final String MURATOVA = ID + "person/gulzhanat-muratova";
    static final String URPAQ = ID + "organization/urpaq-next";
    static final String FAIR = ID + "event/yarmarka-sotsialnykh-idei-i-proektov";
    static final String ALLIANCE = ID + "organization/grazhdanskii-alyans-mangistauskoi-oblasti";
    static final String MANGYSTAU = ID + "place/mangystau-region";
    static final String SOURCE = "001_81bcce55b78802ba";
    static final String PREFIXES = """
            @prefix qg: <https://qogam.kz/ns#> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    static JsonNode entity(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/entities/" + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path + " → " + r.body());
        JsonNode e = JSON.readTree(r.body());
        for (String group : List.of("posts", "postHolders", "memberships", "members", "events", "organisers", "participants",
                "places", "contains", "other")) {
            assertTrue(e.at("/relations/" + group).isArray(), group + " is always there: " + e.get("relations"));
        }
        return e;
    }

    /** The rows of one relations array whose other end is the IRI. */
    static List<JsonNode> rows(JsonNode entity, String group, String other) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : entity.at("/relations/" + group)) {
            if (r.at("/other/iri").asText().equals(other)) out.add(r);
        }
        return out;
    }

    static JsonNode only(JsonNode entity, String group, String other) {
        List<JsonNode> rows = rows(entity, group, other);
        assertEquals(1, rows.size(), group + " → " + other + ": " + entity.at("/relations/" + group));
        return rows.get(0);
    }

    /** The parts of the quotes the highlights of this entity point at. */
    static Set<String> highlighted(JsonNode row, String iri) {
        Set<String> out = new HashSet<>();
        for (JsonNode ev : row.get("evidence")) {
            String quote = ev.get("quote").asText();
            for (JsonNode h : ev.get("highlight")) {
                if (h.get("iri").asText().equals(iri)) out.add(quote.substring(h.get("start").asInt(), h.get("end").asInt()));
            }
        }
        return out;
    }

    @Test
    void muratova_is_director_of_urpaq_next_with_the_sentence_and_her_name_highlighted_in_it() throws Exception {
        JsonNode e = entity("person/gulzhanat-muratova");
        JsonNode post = only(e, "posts", URPAQ);
        assertEquals("holdsPost", post.get("predicate").asText());
        assertEquals("Ұрпақ Next", post.at("/other/label").asText());
        assertEquals("organization", post.at("/other/kind").asText());
        assertEquals("/id/organization/urpaq-next", post.at("/other/page").asText());
        assertEquals("/api/entities/organization/urpaq-next", post.at("/other/api").asText());
        assertEquals("https://qogam.kz/ns/role/director", post.at("/role/iri").asText());
        assertTrue(post.at("/role/label").asText().contains("директор"), post.toString());
        assertTrue(post.get("period").isNull(), "the text gives no dates: " + post);
        assertTrue(post.get("confidence").asDouble() > 0);

        JsonNode ev = post.at("/evidence/0");
        assertEquals(SOURCE, ev.at("/source/id").asText());
        assertEquals("/id/source/" + SOURCE, ev.at("/source/page").asText());
        assertTrue(ev.get("quote").asText().contains("Муратова"), ev.toString());
        assertEquals(ev.get("end").asInt() - ev.get("start").asInt(), ev.get("quote").asText().length(), "offsets span the quote");
        Set<String> names = new HashSet<>();
        names.add(e.get("label").asText());
        e.at("/altLabels/ru").forEach(n -> names.add(n.asText()));
        Set<String> hers = highlighted(post, MURATOVA);
        assertTrue(!hers.isEmpty() && names.containsAll(hers), hers + " are her names " + names);
        assertTrue(highlighted(post, URPAQ).stream().anyMatch(s -> s.contains("Ұрпақ Next")), post.toString());

        JsonNode fair = only(e, "events", FAIR);
        assertEquals("participatesIn", fair.get("predicate").asText());
        assertEquals("--11-14", fair.get("date").asText(), "the fair's date, 14 November");
        assertTrue(highlighted(fair, MURATOVA).contains("Г. Муратова"), fair.toString());

        assertEquals(SOURCE, e.at("/mentionedIn/0/id").asText());
        assertEquals("/id/source/" + SOURCE, e.at("/mentionedIn/0/page").asText());
        assertTrue(e.get("legalForm").isNull() && e.get("region").isNull(), e.toString());
        assertEquals(0, e.get("truncated").size());
        assertTrue(e.get("facts").size() >= 2, "the flat facts stay");
    }

    @Test
    void the_foundation_lists_her_as_post_holder_and_has_its_legal_form_in_the_asked_language() throws Exception {
        JsonNode ru = entity("organization/urpaq-next");
        JsonNode holder = only(ru, "postHolders", MURATOVA);
        assertEquals("Гульжанат Муратова", holder.at("/other/label").asText());
        assertEquals("in", holder.get("direction").asText());
        assertEquals("директор", holder.at("/role/label").asText());
        assertEquals("organizes", only(ru, "events", FAIR).get("predicate").asText());
        assertEquals("https://qogam.kz/ns/legal-form/public-foundation", ru.at("/legalForm/iri").asText());
        assertEquals("общественный фонд", ru.at("/legalForm/label").asText());

        JsonNode kk = entity("organization/urpaq-next?lang=kk");
        assertEquals("қоғамдық қор", kk.at("/legalForm/label").asText());
        JsonNode en = entity("organization/urpaq-next?lang=en");
        assertEquals("director", only(en, "postHolders", MURATOVA).at("/role/label").asText(),
                "the role concept's English label where the text has no English words for it");
    }

    @Test
    void the_fair_has_its_organiser_participants_places_and_funder() throws Exception {
        JsonNode e = entity("event/yarmarka-sotsialnykh-idei-i-proektov");
        assertEquals("organizes", only(e, "organisers", URPAQ).get("predicate").asText());
        assertEquals("participatesIn", only(e, "participants", ALLIANCE).get("predicate").asText());
        assertEquals("person", only(e, "participants", MURATOVA).at("/other/kind").asText());
        assertEquals("takesPlaceIn", only(e, "places", MANGYSTAU).get("predicate").asText());
        assertEquals(2, e.at("/relations/places").size(), "the region and the hotel: " + e.at("/relations/places"));
        JsonNode funder = e.at("/relations/other/0");
        assertEquals("fundedBy", funder.get("predicate").asText());
        assertEquals("out", funder.get("direction").asText());
        assertEquals(MANGYSTAU, e.at("/region/iri").asText());
        assertEquals("/id/place/mangystau-region", e.at("/region/page").asText());
        for (JsonNode row : e.at("/relations/participants")) {
            assertTrue(row.get("evidence").size() >= 1 && !row.at("/evidence/0/highlight").isEmpty(), row.toString());
        }
    }

    @Test
    void an_organisation_is_in_its_region_and_the_region_contains_it() throws Exception {
        JsonNode alliance = entity("organization/grazhdanskii-alyans-mangistauskoi-oblasti?lang=en");
        assertEquals("Mangystau Region", alliance.at("/region/label").asText());
        assertEquals("basedIn", only(alliance, "places", MANGYSTAU).get("predicate").asText());

        JsonNode region = entity("place/mangystau-region");
        JsonNode contained = only(region, "contains", ALLIANCE);
        assertEquals("basedIn", contained.get("predicate").asText());
        assertEquals("in", contained.get("direction").asText());
        assertEquals("KZ-47", region.at("/identifiers/iso3166/0").asText());
    }

    @Test
    void the_same_post_stated_in_two_texts_is_one_row_with_both_quotes() throws Exception {
        String graph = SeedStore.BASE + "/graph/test/second-text";
        String src = ID + "source/zz-second";
        String fact = ID + "fact/zz-second-post";
        String text = "Директор фонда «Ұрпақ Next» Гульжанат Муратова открыла форум.";
        int name = text.indexOf("Гульжанат Муратова");
        String mention = src + "#m-" + name + "-" + (name + 18);
        store.replaceGraph(graph, RDFParser.fromString(PREFIXES + """
                <%1$s> a qg:Source ; dcterms:identifier "zz-second" ; dcterms:title "Второй текст"@ru ; qg:text "%2$s"@ru .
                <%3$s> a qg:Fact, qg:Post ; qg:subject <%4$s> ; qg:property qg:holdsPost ; qg:object <%5$s> ;
                    org:role <https://qogam.kz/ns/role/director> ; qg:roleLabel "директор"@ru ; qg:confidence 0.95 ;
                    qg:postTitle "директор фонда"@ru ; qg:validFrom "2019"^^xsd:gYear ; prov:wasDerivedFrom <%1$s> ; qg:evidence <%3$s#evidence> .
                <%3$s#evidence> oa:hasSource <%1$s> ; oa:hasSelector <%3$s#quote>, <%3$s#position> .
                <%3$s#quote> a oa:TextQuoteSelector ; oa:exact "%2$s" .
                <%3$s#position> a oa:TextPositionSelector ; oa:start 0 ; oa:end %6$d .
                <%7$s> a qg:Mention ; qg:denotes <%4$s> ; oa:hasSource <%1$s> ; oa:hasSelector <%7$s-position> .
                <%7$s-position> a oa:TextPositionSelector ; oa:start %8$d ; oa:end %9$d .
                """.formatted(src, text, fact, MURATOVA, URPAQ, text.length(), mention, name, name + 18), Lang.TURTLE).toGraph());
        try {
            JsonNode muratova = entity("person/gulzhanat-muratova");
            JsonNode post = only(muratova, "posts", URPAQ);
            assertEquals("директор фонда", post.at("/role/title").asText(), "the post's whole title, from the text that gives one");
            boolean titled = false;
            for (JsonNode f : muratova.get("facts")) titled |= fact.equals(f.get("fact").asText()) && "директор фонда".equals(f.get("postTitle").asText());
            assertTrue(titled, "the fact carries its title");
            assertEquals(2, post.get("evidence").size(), post.toString());
            assertEquals(2, post.get("evidenceTotal").asInt());
            assertEquals(SOURCE, post.at("/evidence/0/source/id").asText(), "sorted by source");
            assertEquals("zz-second", post.at("/evidence/1/source/id").asText());
            assertEquals(fact, post.at("/evidence/1/fact").asText());
            assertEquals(0.95, post.get("confidence").asDouble(), 1e-9, "the most confident statement");
            assertEquals("2019", post.at("/period/start").asText());
            assertTrue(post.at("/period/end").isNull());
            JsonNode h = post.at("/evidence/1/highlight/0");
            assertEquals("Гульжанат Муратова", text.substring(h.get("start").asInt(), h.get("end").asInt()));
        } finally {
            store.deleteGraph(graph);
        }
    }

    @Test
    void long_relation_lists_are_cut_and_say_how_long_they_were() throws Exception {
        String graph = SeedStore.BASE + "/graph/test/many";
        StringBuilder ttl = new StringBuilder(PREFIXES);
        for (int i = 0; i < 1200; i++) {
            ttl.append("<%1$sfact/zz-member-%2$d> a qg:Fact ; qg:subject <%1$sorganization/zz-member-%2$d> ; qg:property org:memberOf ;"
                    .formatted(ID, i)).append(" qg:object <%1$sorganization/zz-coalition> ; qg:confidence %2$s .\n"
                    .formatted(ID, i < 100 ? "0.9" : "0.5"));
        }
        for (int i = 0; i < 250; i++) {
            ttl.append("<%1$sfact/zz-based-%2$d> a qg:Fact ; qg:subject <%1$sorganization/zz-member-%2$d> ; qg:property qg:basedIn ;"
                    .formatted(ID, i)).append(" qg:object <%1$splace/zz-town> ; qg:confidence 0.7 .\n".formatted(ID));
        }
        store.replaceGraph(graph, RDFParser.fromString(ttl.toString(), Lang.TURTLE).toGraph());
        try {
            JsonNode coalition = entity("organization/zz-coalition");
            assertEquals(500, coalition.at("/relations/members").size());
            assertEquals(1200, coalition.at("/truncated/members").asInt());
            long confident = 0;
            for (JsonNode r : coalition.at("/relations/members")) confident += r.get("confidence").asDouble() == 0.9 ? 1 : 0;
            assertEquals(100, confident, "the most confident rows are kept");
            JsonNode town = entity("place/zz-town");
            assertEquals(200, town.at("/relations/contains").size());
            assertEquals(250, town.at("/truncated/contains").asInt());
            assertNotNull(town.at("/relations/contains/0/other/slug").textValue());
        } finally {
            store.deleteGraph(graph);
        }
    }
}
