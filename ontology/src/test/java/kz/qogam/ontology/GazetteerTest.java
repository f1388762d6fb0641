package kz.qogam.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final String BASE = "http://localhost:8080";
    private static final String PLACE = BASE + "/id/place/";
    private static final Model G = Ontology.gazetteer(BASE);
    private static final Pattern POINT = Pattern.compile("POINT\\((-?\\d+(?:\\.\\d+)?) (-?\\d+(?:\\.\\d+)?)\\)");

    private static Resource kind(String code) {
        return ResourceFactory.createResource(Qg.PLACE_KIND_NS + code);
    }

    private static List<Resource> ofKind(String code) {
        return G.listSubjectsWithProperty(Qg.placeKind, kind(code)).toList();
    }

    private static Resource place(String slug) {
        return G.getResource(PLACE + slug);
    }

    private static List<Resource> places() {
        return G.listSubjectsWithProperty(RDF.type, Qg.Place).toList();
    }

    /** Kazakhstan and everything contained in it, directly or not. */
    private static Set<Resource> kazakhPlaces() {
        Set<Resource> in = new HashSet<>(Set.of(place("kazakhstan")));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Statement s : G.listStatements(null, Qg.containedInPlace, (RDFNode) null).toList()) {
                if (in.contains(s.getResource()) && in.add(s.getSubject())) grew = true;
            }
        }
        return in;
    }

    @Test
    void has_exactly_17_regions_and_3_cities_of_republican_significance() {
        assertEquals(17, ofKind("region").size(), "regions: " + ofKind("region"));
        assertEquals(Set.of(place("astana"), place("almaty"), place("shymkent")),
                Set.copyOf(ofKind("city-of-republican-significance")));
    }

    @Test
    void every_region_has_an_administrative_centre_that_is_a_city_in_it() {
        for (Resource region : ofKind("region")) {
            Statement centre = region.getProperty(Qg.administrativeCentre);
            assertNotNull(centre, region + " has no administrative centre");
            Resource city = centre.getResource();
            assertTrue(city.hasProperty(Qg.placeKind, kind("city")), city + " is not a city");
            assertTrue(city.hasProperty(Qg.containedInPlace, region), city + " is not contained in " + region);
            assertTrue(region.hasProperty(Qg.containedInPlace, place("kazakhstan")), region + " is not in Kazakhstan");
        }
    }

    @Test
    void cities_of_republican_significance_are_directly_in_kazakhstan() {
        for (Resource city : ofKind("city-of-republican-significance")) {
            assertEquals(List.of(place("kazakhstan")),
                    G.listObjectsOfProperty(city, Qg.containedInPlace).toList(), city.toString());
        }
    }

    @Test
    void every_country_has_its_adjective_in_russian_and_kazakh_and_no_two_share_one() {
        Map<String, Resource> seen = new HashMap<>();
        for (Resource country : ofKind("country")) {
            for (String lang : List.of("ru", "kk")) {
                assertTrue(country.listProperties(Qg.adjective).toList().stream().anyMatch(s -> s.getLanguage().equals(lang)),
                        country + " has no adjective in " + lang);
            }
            for (Statement s : country.listProperties(Qg.adjective).toList()) {
                String word = s.getString();
                assertEquals(word.toLowerCase(java.util.Locale.ROOT), word, "an adjective is written in lower case: " + word);
                Resource previous = seen.put(s.getLanguage() + ":" + word, country);
                assertTrue(previous == null, word + " names both " + previous + " and " + country);
            }
        }
        assertEquals("российский", place("russia").getProperty(Qg.adjective, "ru").getString());
    }

    @Test
    void iso_codes_are_unique_and_regions_carry_the_current_numeric_codes() {
        Map<String, Resource> byCode = new HashMap<>();
        for (Statement s : G.listStatements(null, Qg.iso3166, (RDFNode) null).toList()) {
            Resource previous = byCode.put(s.getString(), s.getSubject());
            assertTrue(previous == null, s.getString() + " is used by " + previous + " and " + s.getSubject());
        }
        for (Resource region : ofKind("region")) {
            assertTrue(region.getProperty(Qg.iso3166).getString().matches("KZ-\\d\\d"), region.toString());
        }
        assertEquals("KZ-47", place("mangystau-region").getProperty(Qg.iso3166).getString());
        assertEquals("KZ-71", place("astana").getProperty(Qg.iso3166).getString());
        assertEquals("KZ-10", place("abai-region").getProperty(Qg.iso3166).getString());
        assertEquals("KZ", place("kazakhstan").getProperty(Qg.iso3166).getString());
    }

    @Test
    void every_place_has_labels_in_russian_kazakh_and_english_and_one_per_language() {
        List<String> problems = new ArrayList<>();
        for (Resource p : places()) {
            Map<String, Integer> count = new HashMap<>();
            p.listProperties(Qg.prefLabel).forEach(s -> count.merge(s.getLanguage(), 1, Integer::sum));
            for (String lang : List.of("ru", "kk", "en")) {
                if (!count.containsKey(lang)) problems.add(p.getLocalName() + " lacks " + lang);
            }
            count.forEach((lang, n) -> { if (n > 1) problems.add(p.getLocalName() + " has " + n + " @" + lang); });
            if (!p.hasProperty(RDFS.label)) problems.add(p.getLocalName() + " lacks rdfs:label");
            for (Statement pref : p.listProperties(Qg.prefLabel).toList()) {
                if (p.hasProperty(Qg.altLabel, pref.getObject())) problems.add(p.getLocalName() + " repeats " + pref.getObject());
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void every_place_has_a_point_and_kazakh_places_lie_within_kazakhstan() {
        Set<Resource> kazakh = kazakhPlaces();
        assertTrue(kazakh.size() >= 1 + 17 + 3 + 17, "only " + kazakh.size() + " places in Kazakhstan");
        for (Resource p : places()) {
            Statement geometry = p.getProperty(Qg.hasGeometry);
            assertNotNull(geometry, p + " has no geometry");
            Literal wkt = geometry.getResource().getProperty(Qg.asWKT).getLiteral();
            assertEquals(Qg.GEO + "wktLiteral", wkt.getDatatypeURI());
            Matcher m = POINT.matcher(wkt.getLexicalForm());
            assertTrue(m.matches(), p + ": " + wkt.getLexicalForm());
            double lon = Double.parseDouble(m.group(1));
            double lat = Double.parseDouble(m.group(2));
            if (kazakh.contains(p)) {
                assertTrue(lon >= 46 && lon <= 88 && lat >= 40 && lat <= 56,
                        p + " at " + lon + " " + lat + " lies outside Kazakhstan");
            }
        }
    }

    @Test
    void astana_keeps_its_former_names_with_dates() {
        Resource astana = place("astana");
        Map<String, Resource> former = new HashMap<>();
        astana.listProperties(Qg.formerName).forEach(s -> {
            Resource node = s.getResource();
            assertTrue(node.hasProperty(RDF.type, Qg.FormerName));
            former.put(node.getProperty(Qg.name, "ru").getString(), node);
        });
        assertTrue(former.keySet().containsAll(Set.of("Целиноград", "Акмола", "Нур-Султан")), former.keySet().toString());
        Resource nurSultan = former.get("Нур-Султан");
        assertEquals("2019-03-23", nurSultan.getProperty(Qg.validFrom).getString());
        assertEquals("2022-09-17", nurSultan.getProperty(Qg.validUntil).getString());
        assertTrue(astana.hasProperty(Qg.altLabel, G.createLiteral("Нур-Султан", "ru")), "former names are altLabels too");
    }

    @Test
    void the_regions_created_in_2022_say_so() {
        for (String slug : List.of("abai-region", "jetisu-region", "ulytau-region")) {
            Statement from = place(slug).getProperty(Qg.validFrom);
            assertNotNull(from, slug);
            assertEquals("2022-06-08", from.getString());
        }
        Statement former = place("turkistan-region").getProperty(Qg.formerName);
        assertNotNull(former);
        assertTrue(place("turkistan-region").hasProperty(Qg.altLabel, G.createLiteral("Южно-Казахстанская область", "ru")));
        assertTrue(place("turkistan-region").hasProperty(Qg.hiddenLabel, G.createLiteral("ЮКО", "ru")));
    }

    @Test
    void places_link_to_wikidata_only_with_entity_iris() {
        Property sameAs = OWL.sameAs;
        assertTrue(place("kazakhstan").hasProperty(sameAs, G.getResource("http://www.wikidata.org/entity/Q232")));
        assertTrue(place("astana").hasProperty(sameAs, G.getResource("http://www.wikidata.org/entity/Q1520")));
        assertTrue(place("almaty").hasProperty(sameAs, G.getResource("http://www.wikidata.org/entity/Q35493")));
        G.listStatements(null, sameAs, (RDFNode) null).forEach(s ->
                assertTrue(s.getResource().getURI().matches("http://www\\.wikidata\\.org/entity/Q\\d+"), s.toString()));
    }

    @Test
    void kazakh_latin_names_use_the_2021_alphabet() {
        assertEquals("Mañğystau oblysy", place("mangystau-region").getProperty(Qg.prefLabel, "kk-Latn").getString());
        assertEquals("Şymkent", place("shymkent").getProperty(Qg.prefLabel, "kk-Latn").getString());
        assertEquals("Qarağandy", place("karaganda").getProperty(Qg.prefLabel, "kk-Latn").getString());
        assertTrue(place("kostanay-region").hasProperty(Qg.altLabel, G.createLiteral("Qostanaı oblysy", "kk-Latn")),
                "the 2018 alphabet form, as Kazinform writes it, is an altLabel");
    }

    @Test
    void foreign_countries_are_countries_outside_kazakhstan() {
        Set<Resource> kazakh = kazakhPlaces();
        List<Resource> countries = ofKind("country");
        assertTrue(countries.size() >= 26, "only " + countries.size() + " countries");
        for (Resource c : countries) {
            assertFalse(c.hasProperty(Qg.containedInPlace), c.toString());
            assertTrue(c.getProperty(Qg.iso3166).getString().matches("[A-Z]{2}"), c.toString());
            if (!c.equals(place("kazakhstan"))) assertFalse(kazakh.contains(c));
        }
    }
}
