package kz.qogam.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OntologyFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"qogam.ttl", "legal-forms.ttl", "roles.ttl", "event-kinds.ttl", "place-kinds.ttl",
            "gazetteer.ttl", "shapes.ttl"})
    void every_file_parses_and_is_not_empty(String file) {
        Model m = Ontology.read(file);
        assertTrue(m.size() > 20, file + " has only " + m.size() + " triples");
    }

    @Test
    void vocabulary_holds_the_ontology_and_all_four_schemes() {
        Model v = Ontology.vocabulary();
        assertTrue(v.contains(ResourceFactory.createResource(Qg.ONTOLOGY), RDF.type,
                ResourceFactory.createResource(Qg.OWL + "Ontology")));
        for (var scheme : List.of(Qg.legalFormScheme, Qg.roleScheme, Qg.eventKindScheme, Qg.placeKindScheme)) {
            assertTrue(v.contains(scheme, RDF.type, ResourceFactory.createResource(Qg.SKOS + "ConceptScheme")),
                    "missing " + scheme);
        }
    }

    @Test
    void vocabulary_returns_a_fresh_copy_each_call() {
        Model first = Ontology.vocabulary();
        long size = first.size();
        first.removeAll();
        Model second = Ontology.vocabulary();
        assertNotSame(first, second);
        assertEquals(size, second.size());
    }

    @Test
    void gazetteer_resolves_relative_iris_against_the_base() {
        Model g = Ontology.gazetteer("http://example.org:9000");
        assertTrue(g.containsResource(ResourceFactory.createResource("http://example.org:9000/id/place/astana")));
        assertTrue(g.listSubjects().toList().stream()
                .filter(r -> r.isURIResource())
                .allMatch(r -> r.getURI().startsWith("http://example.org:9000/id/place/")));
    }

    @Test
    void gazetteer_tolerates_a_trailing_slash_on_the_base() {
        Model g = Ontology.gazetteer("http://localhost:8080/");
        assertTrue(g.containsResource(ResourceFactory.createResource("http://localhost:8080/id/place/mangystau-region")));
    }

    @Test
    void gazetteer_rejects_a_relative_base() {
        var e = assertThrows(IllegalArgumentException.class, () -> Ontology.gazetteer("localhost"));
        assertTrue(e.getMessage().contains("localhost"), e.getMessage());
    }

    @Test
    void shapes_parse_and_have_targets() {
        assertTrue(Ontology.shapes().numRootShapes() > 10);
    }

    @Test
    void prefixes_cover_every_namespace_of_the_readme() {
        PrefixMapping pm = Ontology.prefixes();
        for (String p : List.of("qg", "qglf", "qgrole", "qgev", "qgpk", "org", "foaf", "schema", "prov", "skos",
                "dcterms", "oa", "geo", "rdf", "rdfs", "xsd", "owl")) {
            assertTrue(pm.getNsPrefixURI(p) != null, "no prefix " + p);
        }
        assertEquals("https://schema.org/", pm.getNsPrefixURI("schema"));
        assertEquals("https://qogam.kz/ns#", pm.getNsPrefixURI("qg"));
    }

    @Test
    void prefixes_returns_a_mapping_the_caller_may_change() {
        Ontology.prefixes().setNsPrefix("ex", "http://example.org/");
        assertFalse(Ontology.prefixes().getNsPrefixMap().containsKey("ex"));
    }

    @Test
    void reading_a_missing_resource_fails_naming_it() {
        var e = assertThrows(IllegalStateException.class, () -> Ontology.read("no-such-file.ttl"));
        assertTrue(e.getMessage().contains("no-such-file.ttl"), e.getMessage());
    }

    @Test
    void reading_an_unparsable_resource_fails_naming_it() {
        var e = assertThrows(IllegalStateException.class, () -> Ontology.read("not-turtle.ttl"));
        assertTrue(e.getMessage().contains("not-turtle.ttl"), e.getMessage());
    }
}
