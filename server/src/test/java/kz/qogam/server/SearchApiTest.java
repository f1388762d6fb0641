package kz.qogam.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.qogam.search.SearchIndex;
import kz.qogam.server.api.SearchApi;
import kz.qogam.server.http.Problems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/search} and {@code /api/suggest} against a real server on a free port over a real
 * TDB2 store holding the seed corpus: every example of the issue that the seed graph contains.
 */
class SearchApiTest extends SeededServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ID = SeedStore.BASE + "/id/";

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + pathAndQuery)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode search(String q, String more) throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc(q) + more);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    static JsonNode search(String q) throws Exception {
        return search(q, "");
    }

    static List<String> slugs(JsonNode body) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : body.get("results")) out.add(h.get("kind").asText() + "/" + h.get("slug").asText());
        return out;
    }

    /** The first hit is the entity, matched by the name and for the reason given. */
    static JsonNode assertFirst(String q, String more, String entity, String matched, String why) throws Exception {
        JsonNode body = search(q, more);
        assertTrue(body.get("total").asInt() >= 1, q + " found nothing: " + body);
        JsonNode first = body.at("/results/0");
        assertEquals(entity, first.get("kind").asText() + "/" + first.get("slug").asText(), q + " → " + body);
        assertEquals(ID + entity, first.get("iri").asText());
        assertEquals("/api/entities/" + entity, first.get("api").asText());
        if (matched != null) assertEquals(matched, first.get("matched").asText(), q + " → " + first);
        assertEquals(why, first.get("why").asText(), q + " → " + first);
        assertTrue(first.get("score").asDouble() > 0);
        return first;
    }

    static JsonNode assertFirst(String q, String entity, String matched, String why) throws Exception {
        return assertFirst(q, "", entity, matched, why);
    }

    static void assertProblem(HttpResponse<String> r, String... detailContains) throws Exception {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        String detail = JSON.readTree(r.body()).get("detail").asText();
        for (String d : detailContains) assertTrue(detail.contains(d), "'" + d + "' not in: " + detail);
    }

    // --- the examples -------------------------------------------------------------------

    @Test
    void inflected_forms_find_the_entity() throws Exception {
        JsonNode muratova = assertFirst("Муратовой", "person/gulzhanat-muratova", "Гульжанат Муратова", "stemmed");
        assertEquals("Гульжанат Муратова", muratova.get("label").asText());
        assertFirst("Общества молодых профессионалов", "organization/obshchestvo-molodykh-professionalov",
                "Общества Молодых Профессионалов", "exact");
        // The seed text says «Шымкент қаласында», so that form is a name of Shymkent as it is.
        assertFirst("Шымкент қаласында", "place/shymkent", "Шымкент қаласында", "exact");
        // Forms the seed does not spell out come through the morphology.
        assertFirst("Обществом молодых профессионалов", "organization/obshchestvo-molodykh-professionalov", null, "stemmed");
        assertFirst("Шымкент қаласынан", "place/shymkent", null, "stemmed");
        assertFirst("Гульжанаты Муратовой", "person/gulzhanat-muratova", "Гульжанат Муратова", "stemmed");
    }

    @Test
    void either_kazakh_script_and_russian_or_english_transliterations_find_the_entity() throws Exception {
        assertFirst("Zhazykbayeva", "person/zhanette-zhazyqbaeva", "Жанетте Жазықбаева", "transliterated");
        assertFirst("Jazyqbaeva", "person/zhanette-zhazyqbaeva", "Жанетте Жазықбаева", "folded");
        assertFirst("Жазыкбаева", "person/zhanette-zhazyqbaeva", "Жанетте Жазықбаева", "folded");
        assertFirst("Urpaq Next", "organization/urpaq-next", "Ұрпақ Next", "folded");
        assertFirst("Chimkent", "place/shymkent", "Chimkent", "exact");
        assertFirst("Чимкент", "place/shymkent", "Чимкент", "exact");
        assertFirst("Shymkent", "place/shymkent", "Shymkent", "exact");
        assertFirst("Şymkent", "place/shymkent", "Şymkent", "exact");
        assertFirst("Kasym-Zhomart Tokayev", "person/kasym-zhomart-kemelevich-tokaev", "Касым-Жомарт Кемелевич Токаев", "transliterated");
    }

    @Test
    void abbreviations_find_the_organisation() throws Exception {
        assertFirst("ОМП", "organization/obshchestvo-molodykh-professionalov", "ОМП", "abbreviation");
        assertFirst("КГИ", "organization/koalitsiya-grazhdanskikh-initsiativ", "КГИ", "abbreviation");
        assertFirst("OMP", "organization/obshchestvo-molodykh-professionalov", "ОМП", "abbreviation");
        // The exact abbreviation ranks above a name that only contains it.
        List<String> omp = slugs(search("ОМП"));
        assertEquals(List.of("organization/obshchestvo-molodykh-professionalov", "organization/resursnyi-tsentr-omp"), omp);
    }

    @Test
    void one_typo_in_a_long_word_is_forgiven() throws Exception {
        assertFirst("Муратва", "person/gulzhanat-muratova", "Гульжанат Муратова", "fuzzy");
        assertFirst("Жазықпаева", "person/zhanette-zhazyqbaeva", "Жанетте Жазықбаева", "fuzzy");
        assertFirst("Каалиция гражданских инициатив", "organization/koalitsiya-grazhdanskikh-initsiativ", null, "fuzzy");
        // Not two, and not in a short word.
        assertEquals(0, search("Мруатва").get("total").asInt());
        assertEquals(0, search("ОСДБ").get("total").asInt());
    }

    @Test
    void translit_false_stops_the_script_folding() throws Exception {
        for (String q : List.of("Zhazykbayeva", "Jazyqbaeva", "Urpaq Next", "OMP", "Kasym-Zhomart Tokayev")) {
            JsonNode body = search(q, "&translit=false");
            assertEquals(0, body.get("total").asInt(), q + " → " + body);
            assertFalse(body.get("translit").asBoolean());
        }
        // Жазыкбаева is one letter away from Жазықбаева: without folding it is only a typo.
        assertFirst("Жазыкбаева", "&translit=false", "person/zhanette-zhazyqbaeva", "Жанетте Жазықбаева", "fuzzy");
        // Without folding, names in the query's own script are still found.
        assertFirst("Chimkent", "&translit=false", "place/shymkent", "Chimkent", "exact");
        assertFirst("Муратовой", "&translit=false", "person/gulzhanat-muratova", null, "stemmed");
    }

    @Test
    void a_quoted_phrase_means_exact() throws Exception {
        assertFirst("\"Общество молодых профессионалов\"", "organization/obshchestvo-molodykh-professionalov", null, "exact");
        assertFirst("«молодых профессионалов»", "organization/obshchestvo-molodykh-professionalov", null, "exact");
        assertEquals(0, search("\"Обществом молодых профессионалов\"").get("total").asInt());
        assertEquals(0, search("\"Zhazykbayeva\"").get("total").asInt());
        assertEquals(0, search("\"Муратва\"").get("total").asInt());
    }

    @Test
    void ranking_exact_then_prefix_then_the_rest_with_total_and_paging() throws Exception {
        JsonNode all = search("Шымкент", "&limit=200");
        List<String> order = slugs(all);
        assertEquals("place/shymkent", order.get(0));
        assertEquals("exact", all.at("/results/0/why").asText());
        double previous = Double.MAX_VALUE;
        for (JsonNode h : all.get("results")) {
            assertTrue(h.get("score").asDouble() <= previous, all.toString());
            previous = h.get("score").asDouble();
        }
        assertEquals("prefix", all.at("/results/1/why").asText());
        int total = all.get("total").asInt();
        assertEquals(order.size(), total);
        assertTrue(total >= 5, all.toString());
        assertTrue(all.get("totalExact").asBoolean());
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < total; offset += 2) {
            JsonNode page = search("Шымкент", "&limit=2&offset=" + offset);
            assertEquals(total, page.get("total").asInt());
            assertEquals(order.subList(offset, Math.min(total, offset + 2)), slugs(page));
            seen.addAll(slugs(page));
        }
        assertEquals(total, seen.size());
    }

    @Test
    void filters_by_kind_region_and_legal_form() throws Exception {
        // Shymkent, and Turkistan region, once «Шымкент облысы».
        assertEquals(List.of("place/shymkent", "place/turkistan-region"), slugs(search("Шымкент", "&kind=place")));
        for (String kind : List.of("organization", "person,organization")) {
            for (JsonNode h : search("Шымкент", "&kind=" + kind).get("results")) assertEquals("organization", h.get("kind").asText());
        }
        // Based in Shymkent: the city's bodies and NGOs, not the city itself.
        List<String> inShymkent = slugs(search("Шымкент", "&region=shymkent"));
        assertTrue(inShymkent.contains("organization/shymkent-qalalyq-azamattyq-alyans"), inShymkent.toString());
        assertFalse(inShymkent.contains("place/shymkent"));
        // The forum took place in the Palace of Schoolchildren, in Petropavl, in North Kazakhstan region.
        assertEquals(List.of("event/xii-oblastnoi-forum-nepravitelstvennykh-organizatsii"),
                slugs(search("форум", "&region=north-kazakhstan-region")));
        assertEquals(slugs(search("форум", "&region=north-kazakhstan-region")),
                slugs(search("форум", "&region=" + enc(ID + "place/north-kazakhstan-region"))));
        // Alliances: the one based in Mangystau region, not the one in Shymkent.
        assertEquals(List.of("organization/grazhdanskii-alyans-mangistauskoi-oblasti"), slugs(search("альянс", "&region=mangystau-region")));
        // Legal forms, with their narrower forms: public organisations are public associations.
        List<String> initiatives = slugs(search("инициатива", "&form=public-association"));
        assertEquals(Set.of("organization/beineuskaya-grazhdanskaya-initsiativa", "organization/munailinskaya-grazhdanskaya-initsiativa"),
                new HashSet<>(initiatives));
        List<String> funds = slugs(search("фонд", "&form=public-foundation"));
        assertTrue(funds.contains("organization/urpaq-next"), funds.toString());
        assertTrue(slugs(search("Ұрпақ", "&form=coalition")).isEmpty());
    }

    @Test
    void suggest_completes_any_name_from_its_first_letters() throws Exception {
        JsonNode kg = JSON.readTree(get("/api/suggest?q=" + enc("КГ")).body());
        assertEquals("organization/koalitsiya-grazhdanskikh-initsiativ", slugs(kg).get(0), kg.toString());
        assertEquals("prefix", kg.at("/results/0/why").asText());
        assertEquals("КГИ", kg.at("/results/0/matched").asText());
        assertEquals("organization/obshchestvo-molodykh-professionalov", slugs(JSON.readTree(get("/api/suggest?q=" + enc("ОМ")).body())).get(0));
        assertEquals("event/barcamp-2022", slugs(JSON.readTree(get("/api/suggest?q=BAR").body())).get(0));
        assertEquals("person/zhanette-zhazyqbaeva", slugs(JSON.readTree(get("/api/suggest?q=" + enc("Жаз")).body())).get(0));
        assertEquals("place/shymkent", slugs(JSON.readTree(get("/api/suggest?q=Shym").body())).get(0));
        JsonNode urp = JSON.readTree(get("/api/suggest?q=Urp").body());
        assertEquals("organization/urpaq-next", slugs(urp).get(0));
        assertEquals("transliterated", urp.at("/results/0/why").asText());
        assertEquals(0, JSON.readTree(get("/api/suggest?q=Urp&translit=false").body()).get("results").size());
        JsonNode people = JSON.readTree(get("/api/suggest?q=" + enc("Г") + "&kind=person&limit=50").body());
        assertTrue(slugs(people).contains("person/gulzhanat-muratova"), people.toString());
        for (JsonNode h : people.get("results")) assertEquals("person", h.get("kind").asText());
        assertEquals(3, JSON.readTree(get("/api/suggest?q=" + enc("ш") + "&limit=3").body()).get("results").size());
    }

    @Test
    void labels_follow_the_clients_language() throws Exception {
        JsonNode kk = search("Chimkent", "&lang=kk-Latn");
        assertEquals("Şymkent", kk.at("/results/0/label").asText());
        assertEquals("Шымкент", search("Chimkent").at("/results/0/label").asText());
    }

    @Test
    void csv_has_the_same_hits_as_json_as_a_download() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("Муратовой") + "&format=csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
        assertEquals("attachment; filename=\"qogam-search.csv\"", r.headers().firstValue("Content-Disposition").orElse(""));
        List<String> lines = List.of(r.body().split("\r\n"));
        assertEquals("label,kind,iri,matched,why,score", lines.get(0));
        assertTrue(lines.get(1).startsWith("Гульжанат Муратова,person," + ID + "person/gulzhanat-muratova,"), lines.toString());

        JsonNode json = search("Шымкент", "&limit=5");
        List<String> csv = List.of(get("/api/search?q=" + enc("Шымкент") + "&limit=5&format=CSV").body().split("\r\n"));
        assertEquals(json.get("results").size() + 1, csv.size(), csv.toString());
        for (int i = 0; i < json.get("results").size(); i++) {
            JsonNode h = json.get("results").get(i);
            assertTrue(csv.get(i + 1).contains("," + h.get("iri").asText() + ","), "same order: " + csv + " vs " + json);
        }
    }

    @Test
    void bad_parameters_are_400_naming_the_allowed_values() throws Exception {
        assertProblem(get("/api/search"), "'q' is required");
        assertProblem(get("/api/search?q=" + "я".repeat(201)), "limit is 200");
        assertProblem(get("/api/search?q=a&kind=dragon"), "person, organization, event, place");
        assertProblem(get("/api/search?q=a&region=atlantis"), "atlantis", "mangystau-region", "shymkent");
        assertProblem(get("/api/search?q=a&form=guild"), "guild", "public-foundation", "public-association");
        assertProblem(get("/api/search?q=a&translit=maybe"), "true or false");
        assertProblem(get("/api/search?q=a&limit=0"), "'limit'", "1 to 200");
        assertProblem(get("/api/search?q=a&offset=-1"), "'offset'");
        assertProblem(get("/api/search?q=a&format=xml"), "'format'", "json, csv", "xml");
        assertProblem(get("/api/suggest"), "'q' is required");
        assertProblem(get("/api/suggest?q=a&limit=500"), "'limit'", "1 to 50");
        assertProblem(get("/api/suggest?q=a&kind=dragon"), "person, organization, event, place");
    }

    @Test
    void an_index_on_disk_serves_the_same(@TempDir Path tmp) throws Exception {
        // The wiring `serve` uses: an index next to the store, brought in step, given to SearchApi.
        try (SearchIndex index = SearchIndex.open(SearchIndex.folderFor(tmp.resolve("tdb2")))) {
            var report = index.sync(store);
            assertTrue(report.updated() >= 7, report.summary());
            Graphs graphs = new Graphs(store, SeedStore.BASE);
            Javalin server = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.jsonMapper(new JavalinJackson());
                Problems.install(cfg);
                new SearchApi(graphs, index).register(cfg.routes);
            }).start(0);
            try {
                String own = "http://localhost:" + server.port();
                var r = HTTP.send(HttpRequest.newBuilder(URI.create(own + "/api/search?q=Zhazykbayeva")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                JsonNode body = JSON.readTree(r.body());
                assertEquals("person/zhanette-zhazyqbaeva", slugs(body).get(0), body.toString());
                assertEquals(search("Шымкент").toString(), JSON.readTree(HTTP.send(HttpRequest.newBuilder(
                        URI.create(own + "/api/search?q=" + enc("Шымкент"))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body()).toString());
            } finally {
                server.stop();
            }
            assertEquals(0, index.sync(store).updated());
        }
    }
}
