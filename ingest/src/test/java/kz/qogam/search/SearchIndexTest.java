package kz.qogam.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qogam.store.TdbStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on hand-made graphs: ranking, every kind of match, filters, paging, and keeping in step with sources. */
class SearchIndexTest {
    static final String ID = "http://x.test/id/";
    static final String G = "http://x.test/graph/";
    static final String PREFIXES = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix schema: <https://schema.org/> .
            @prefix org: <http://www.w3.org/ns/org#> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix qg: <https://qogam.kz/ns#> .
            @prefix qglf: <https://qogam.kz/ns/legal-form/> .
            @prefix qgpk: <https://qogam.kz/ns/place-kind/> .
            @base <http://x.test/id/> .
            """;

    static final String GAZETTEER = """
            <place/kazakhstan> a schema:Place ; skos:prefLabel "Казахстан"@ru, "Kazakhstan"@en ; qg:placeKind qgpk:country .
            <place/mangystau-region> a schema:Place ; skos:prefLabel "Мангистауская область"@ru, "Маңғыстау облысы"@kk, "Mañğystau oblysy"@kk-Latn ;
                qg:placeKind qgpk:region ; schema:containedInPlace <place/kazakhstan> .
            <place/aktau> a schema:Place ; skos:prefLabel "Актау"@ru, "Ақтау"@kk ; qg:placeKind qgpk:city ; schema:containedInPlace <place/mangystau-region> .
            <place/shymkent> a schema:Place ; skos:prefLabel "Шымкент"@ru, "Шымкент"@kk, "Şymkent"@kk-Latn, "Shymkent"@en ;
                skos:altLabel "Чимкент"@ru, "Chimkent"@en ; qg:placeKind qgpk:city-of-republican-significance ; schema:containedInPlace <place/kazakhstan> .
            """;

    static final String SOURCE_A = """
            <person/zhanette-zhazyqbaeva> a foaf:Person ; skos:prefLabel "Жанетте Жазықбаева"@kk .
            <organization/obshchestvo-molodykh-professionalov> a org:Organization ; skos:prefLabel "Общество молодых профессионалов"@ru ;
                skos:altLabel "Общества Молодых Профессионалов"@ru ; skos:notation "ОМП" ;
                org:classification qglf:republican-public-association ; qg:basedIn <place/shymkent> .
            <organization/urpaq-next> a org:Organization ; skos:prefLabel "Ұрпақ Next"@ru ;
                org:classification qglf:public-foundation ; qg:basedIn <place/aktau> .
            <organization/koalitsiya-grazhdanskikh-initsiativ> a org:Organization ; skos:prefLabel "Коалиция гражданских инициатив"@ru .
            <organization/acm> a org:Organization ; skos:prefLabel "ACM"@en ; skos:altLabel "Association for Computing Machinery"@en .
            <event/yarmarka> a schema:Event ; skos:prefLabel "Ярмарка социальных идей и проектов"@ru ; schema:location <place/aktau> .
            """;

    /** For the ranking test: one tier each. */
    static final String SOURCE_RANKS = """
            <person/exact> a foaf:Person ; skos:prefLabel "Муратова"@ru .
            <person/prefix> a foaf:Person ; skos:prefLabel "Муратова Айгерим"@ru .
            <person/words> a foaf:Person ; skos:prefLabel "Гульжанат Муратова"@ru .
            <person/folded> a foaf:Person ; skos:prefLabel "Мұратова"@kk .
            <person/stemmed> a foaf:Person ; skos:prefLabel "Муратовым"@ru .
            <person/fuzzy> a foaf:Person ; skos:prefLabel "Муротова"@ru .
            <person/other> a foaf:Person ; skos:prefLabel "Сергей Худяков"@ru .
            """;

    static SearchIndex index;

    static Graph graph(String turtle) {
        return RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toGraph();
    }

    @BeforeAll
    static void build() {
        index = SearchIndex.inMemory();
        Map<String, Graph> graphs = new LinkedHashMap<>();
        graphs.put(G + "gazetteer", graph(GAZETTEER));
        graphs.put(G + "source/a", graph(SOURCE_A));
        graphs.put(G + "source/ranks", graph(SOURCE_RANKS));
        index.replaceSources(graphs);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static SearchResult search(String q) {
        return index.search(SearchRequest.of(q));
    }

    static SearchHit first(String q) {
        SearchResult r = search(q);
        assertFalse(r.hits().isEmpty(), "nothing found for " + q);
        return r.hits().get(0);
    }

    static void assertFirst(String q, String iri, String why) {
        SearchHit h = first(q);
        assertEquals(ID + iri, h.iri(), q + " → " + search(q).hits());
        assertEquals(why, h.why(), q + " → " + h);
    }

    static List<String> iris(SearchResult r) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : r.hits()) out.add(h.iri().substring(ID.length()));
        return out;
    }

    @Test
    void ranks_exact_then_prefix_then_words_then_folded_then_stemmed_then_fuzzy() {
        SearchResult r = index.search(SearchRequest.of("Муратова").withKinds("person"));
        assertEquals(List.of("person/exact", "person/prefix", "person/words", "person/folded", "person/stemmed", "person/fuzzy"), iris(r));
        List<String> whys = r.hits().stream().map(SearchHit::why).toList();
        assertEquals(List.of("exact", "prefix", "exact", "folded", "stemmed", "fuzzy"), whys);
        List<Float> scores = r.hits().stream().map(SearchHit::score).toList();
        for (int i = 1; i < scores.size(); i++) assertTrue(scores.get(i - 1) > scores.get(i), scores.toString());
        assertEquals(6, r.total());
        assertTrue(r.totalExact());
    }

    @Test
    void each_hit_says_which_name_matched() {
        SearchHit h = first("Общества молодых профессионалов");
        assertEquals("Общества Молодых Профессионалов", h.matched());
        assertEquals("exact", h.why());
        assertEquals("Общество молодых профессионалов", h.label());
        assertEquals("organization", h.kind());
    }

    @Test
    void inflected_forms_find_the_nominative() {
        assertFirst("Муратовой", "person/exact", "stemmed");
        assertFirst("Общества молодых профессионалов", "organization/obshchestvo-molodykh-professionalov", "exact");
        assertFirst("Обществу молодых профессионалов", "organization/obshchestvo-molodykh-professionalov", "stemmed");
        assertFirst("Шымкент қаласында", "place/shymkent", "stemmed");
        assertFirst("Ақтауда", "place/aktau", "stemmed");
    }

    @Test
    void either_kazakh_script_and_transliterations_find_the_name() {
        assertFirst("Zhazykbayeva", "person/zhanette-zhazyqbaeva", "transliterated");
        assertFirst("Jazyqbaeva", "person/zhanette-zhazyqbaeva", "folded");
        assertFirst("Жазыкбаева", "person/zhanette-zhazyqbaeva", "folded");
        assertFirst("Urpaq Next", "organization/urpaq-next", "folded");
        assertFirst("Zhanette Zhazykbayeva", "person/zhanette-zhazyqbaeva", "transliterated");
        assertFirst("Mangystau", "place/mangystau-region", "folded");
        assertFirst("Mangistau", "place/mangystau-region", "transliterated");
        assertFirst("Chimkent", "place/shymkent", "exact");
        assertFirst("Чимкент", "place/shymkent", "exact");
        assertFirst("Şymkent", "place/shymkent", "exact");
    }

    @Test
    void translit_false_stops_the_folding() {
        for (String q : List.of("Zhazykbayeva", "Jazyqbaeva", "Urpaq Next", "Mangystau", "OMP")) {
            assertEquals(0, index.search(SearchRequest.of(q).withTranslit(false)).total(), q);
        }
        // A one-letter difference is still a typo the fuzzy match forgives, and says so.
        SearchResult r = index.search(SearchRequest.of("Жазыкбаева").withTranslit(false));
        assertEquals("fuzzy", r.hits().get(0).why());
        // Names in the query's own script are unaffected.
        assertEquals(ID + "place/shymkent", index.search(SearchRequest.of("Chimkent").withTranslit(false)).hits().get(0).iri());
    }

    @Test
    void abbreviations_given_or_made_from_initials() {
        assertFirst("ОМП", "organization/obshchestvo-molodykh-professionalov", "abbreviation");
        assertFirst("омп", "organization/obshchestvo-molodykh-professionalov", "abbreviation");
        assertFirst("OMP", "organization/obshchestvo-molodykh-professionalov", "abbreviation");
        // No notation in the data: the initials of the name.
        SearchHit kgi = first("КГИ");
        assertEquals(ID + "organization/koalitsiya-grazhdanskikh-initsiativ", kgi.iri());
        assertEquals("abbreviation", kgi.why());
        assertEquals("Коалиция гражданских инициатив", kgi.matched());
        assertFirst("ЯСИП", "event/yarmarka", "abbreviation");
    }

    @Test
    void one_typo_in_a_long_word_only() {
        assertFirst("Жазықпаева", "person/zhanette-zhazyqbaeva", "fuzzy");
        assertFirst("Zhazykpayeva", "person/zhanette-zhazyqbaeva", "fuzzy");
        assertFirst("Каалиция гражданских инициатив", "organization/koalitsiya-grazhdanskikh-initsiativ", "fuzzy");
        assertFirst("Профессеоналов", "organization/obshchestvo-molodykh-professionalov", "fuzzy");
        // Two typos, or one in a short word, find nothing.
        assertEquals(0, search("Жазукпаева").total());
        assertEquals(0, search("Нехт").total());
    }

    @Test
    void a_quoted_phrase_means_exact_words_in_a_row() {
        assertFirst("\"молодых профессионалов\"", "organization/obshchestvo-molodykh-professionalov", "exact");
        assertFirst("«Общество молодых профессионалов»", "organization/obshchestvo-molodykh-professionalov", "exact");
        assertEquals(0, search("\"молодым профессионалам\"").total());
        assertEquals(0, search("\"профессионалов молодых\"").total());
        assertEquals(0, search("\"Obshchestvo\"").total());
        assertTrue(search("молодым профессионалам").total() > 0);
        // Quoted and free words together.
        assertFirst("общ \"молодых профессионалов\"", "organization/obshchestvo-molodykh-professionalov", "prefix");
        assertEquals(0, search("общ \"молодым профессионалам\"").total());
    }

    @Test
    void prefixes_of_names_and_of_the_last_word() {
        assertFirst("Общество мол", "organization/obshchestvo-molodykh-professionalov", "prefix");
        assertFirst("Жанетте Жаз", "person/zhanette-zhazyqbaeva", "prefix");
        assertFirst("молодых проф", "organization/obshchestvo-molodykh-professionalov", "prefix");
    }

    @Test
    void suggest_finds_every_name_that_starts_with_the_letters() {
        List<SearchHit> ac = index.suggest("AC", 10);
        assertEquals(ID + "organization/acm", ac.get(0).iri(), ac.toString());
        assertEquals("prefix", ac.get(0).why());
        assertEquals(ID + "organization/acm", index.suggest("A", 10).stream().filter(h -> h.iri().endsWith("/acm")).findFirst().orElseThrow().iri());
        assertEquals(ID + "person/zhanette-zhazyqbaeva", index.suggest("Жаз", 5).get(0).iri());
        assertEquals(ID + "organization/obshchestvo-molodykh-professionalov", index.suggest("ом", 5).get(0).iri());
        assertEquals(ID + "organization/acm", index.suggest("comp", 5).get(0).iri());
        List<SearchHit> shym = index.suggest("Shym", 5);
        assertEquals(ID + "place/shymkent", shym.get(0).iri());
        List<SearchHit> urp = index.suggest("Urp", 5);
        assertEquals(ID + "organization/urpaq-next", urp.get(0).iri());
        assertEquals("transliterated", urp.get(0).why());
        assertTrue(index.suggest("Urp", 5, false, Set.of()).isEmpty());
        assertTrue(index.suggest("  ", 5).isEmpty());
    }

    @Test
    void kind_region_and_form_filter() {
        assertEquals(List.of("place/shymkent"), iris(index.search(SearchRequest.of("Шымкент").withKinds("place"))));
        assertTrue(index.search(SearchRequest.of("Шымкент").withKinds("person")).hits().isEmpty());
        // Based in Aktau, which is in Mangystau region: found in the region and in the country.
        assertEquals(List.of("organization/urpaq-next"), iris(index.search(SearchRequest.of("Next").withRegion(ID + "place/mangystau-region"))));
        assertEquals(List.of("organization/urpaq-next"), iris(index.search(SearchRequest.of("Next").withRegion(ID + "place/kazakhstan"))));
        assertTrue(index.search(SearchRequest.of("Next").withRegion(ID + "place/shymkent")).hits().isEmpty());
        assertEquals(List.of("event/yarmarka"), iris(index.search(SearchRequest.of("ярмарка").withRegion(ID + "place/mangystau-region"))));
        // A place inside the region is in it; the region itself is not.
        assertEquals(List.of("place/aktau"), iris(index.search(SearchRequest.of("Ақтау").withRegion(ID + "place/mangystau-region"))));
        // A legal form keeps its narrower forms: a republican public association is a public association.
        assertEquals(List.of("organization/obshchestvo-molodykh-professionalov"),
                iris(index.search(SearchRequest.of("ОМП").withForm("public-association"))));
        assertTrue(index.search(SearchRequest.of("ОМП").withForm("public-foundation")).hits().isEmpty());
        assertEquals(List.of("organization/urpaq-next"),
                iris(index.search(SearchRequest.of("Next").withForm("https://qogam.kz/ns/legal-form/public-foundation"))));
    }

    @Test
    void bad_filters_name_the_allowed_values() {
        var kind = assertThrows(IllegalArgumentException.class, () -> index.search(SearchRequest.of("x").withKinds("dragon")));
        assertTrue(kind.getMessage().contains("person, organization, event, place"), kind.getMessage());
        var form = assertThrows(IllegalArgumentException.class, () -> index.search(SearchRequest.of("x").withForm("guild")));
        assertTrue(form.getMessage().contains("public-foundation"), form.getMessage());
        var region = assertThrows(IllegalArgumentException.class, () -> index.search(SearchRequest.of("x").withRegion(ID + "place/atlantis")));
        assertTrue(region.getMessage().contains(ID + "place/mangystau-region") && region.getMessage().contains(ID + "place/shymkent"), region.getMessage());
        assertTrue(index.legalForms().contains("public-foundation"));
        assertEquals(List.of(ID + "place/mangystau-region", ID + "place/shymkent"), index.regions());
    }

    @Test
    void paging_and_total() {
        try (SearchIndex own = SearchIndex.inMemory()) {
            StringBuilder ttl = new StringBuilder();
            for (int i = 0; i < 35; i++) ttl.append("<organization/fond-").append(i).append("> skos:prefLabel \"Фонд ").append(i).append("\"@ru .\n");
            own.replaceSource(G + "source/many", graph(ttl.toString()));
            SearchResult all = own.search(SearchRequest.of("фонд").withPage(0, 100));
            assertEquals(35, all.total());
            assertEquals(35, all.hits().size());
            Set<String> seen = new HashSet<>();
            for (int offset = 0; offset < 35; offset += 10) {
                SearchResult page = own.search(SearchRequest.of("фонд").withPage(offset, 10));
                assertEquals(35, page.total());
                assertEquals(iris(all).subList(offset, Math.min(35, offset + 10)), iris(page));
                for (SearchHit h : page.hits()) assertTrue(seen.add(h.iri()));
            }
            assertEquals(35, seen.size());
            assertEquals(0, own.search(SearchRequest.of("фонд").withPage(40, 10)).hits().size());
            assertEquals(35, own.search(SearchRequest.of("фонд").withPage(0, 0)).total());
        }
    }

    @Test
    void an_entity_named_in_two_sources_stays_findable_while_either_remains() {
        try (SearchIndex own = SearchIndex.inMemory()) {
            own.replaceSource(G + "source/1", graph("<organization/x> skos:prefLabel \"Альфа\"@ru ; skos:altLabel \"Альфы\"@ru ."));
            own.replaceSource(G + "source/2", graph("<organization/x> skos:prefLabel \"Альфа\"@ru ; skos:altLabel \"Альфой\"@ru ."));
            assertEquals(1, own.search(SearchRequest.of("Альфы")).total());
            assertEquals("exact", own.search(SearchRequest.of("Альфой")).hits().get(0).why());

            own.deleteSource(G + "source/1");
            assertEquals(1, own.search(SearchRequest.of("Альфа")).total());
            assertEquals("exact", own.search(SearchRequest.of("Альфой")).hits().get(0).why());
            // «Альфы» was source 1's name: now only its stem matches.
            assertEquals("stemmed", own.search(SearchRequest.of("Альфы")).hits().get(0).why());

            // Re-ingesting source 2 with other content replaces exactly its part.
            own.replaceSource(G + "source/2", graph("<organization/y> skos:prefLabel \"Бета\"@ru ."));
            assertEquals(0, own.search(SearchRequest.of("Альфа")).total());
            assertEquals(1, own.search(SearchRequest.of("Бета")).total());
            assertEquals(1, own.entityCount());
            own.deleteSource(G + "source/2");
            assertEquals(0, own.entityCount());
        }
    }

    @Test
    void the_index_on_disk_survives_a_restart(@TempDir Path dir) {
        Path folder = SearchIndex.folderFor(dir.resolve("tdb2"));
        assertEquals(dir.resolve("tdb2-search").toAbsolutePath().normalize(), folder);
        try (SearchIndex disk = SearchIndex.open(folder)) {
            assertTrue(disk.wasEmptyOnOpen());
            disk.replaceSource(G + "source/a", graph(SOURCE_A));
        }
        try (SearchIndex disk = SearchIndex.open(folder)) {
            assertFalse(disk.wasEmptyOnOpen());
            assertEquals(ID + "person/zhanette-zhazyqbaeva", disk.search(SearchRequest.of("Zhazykbayeva")).hits().get(0).iri());
            assertThrows(IllegalStateException.class, () -> SearchIndex.open(folder), "a second writer on the same folder");
        }
    }

    @Test
    void sync_follows_the_store_and_rebuild_starts_over() {
        try (TdbStore store = TdbStore.inMemory(); SearchIndex own = SearchIndex.inMemory()) {
            store.replaceGraphs(Map.of(G + "gazetteer", graph(GAZETTEER), G + "source/a", graph(SOURCE_A)));
            var first = own.sync(store);
            assertEquals(2, first.updated());
            assertEquals(ID + "place/shymkent", own.search(SearchRequest.of("Chimkent")).hits().get(0).iri());
            assertEquals(0, own.sync(store).updated());

            store.replaceGraph(G + "source/a", graph("<person/zhanette-zhazyqbaeva> skos:prefLabel \"Жанетте Жазықбаева\"@kk ."));
            var changed = own.sync(store);
            assertEquals(1, changed.updated());
            assertEquals(0, own.search(SearchRequest.of("ОМП")).total());
            assertEquals(1, own.search(SearchRequest.of("Жазықбаева")).total());

            store.deleteGraph(G + "source/a");
            var deleted = own.sync(store);
            assertEquals(1, deleted.deleted());
            assertEquals(0, own.search(SearchRequest.of("Жазықбаева")).total());

            var rebuilt = own.rebuild(store);
            assertEquals(1, rebuilt.updated());
            assertEquals(4, rebuilt.entities());
        }
    }
}
