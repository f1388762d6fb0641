package kz.qogam.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import kz.qogam.ontology.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/** One document's graph against the shapes, with the ontology and gazetteer as context. */
class DocumentValidatorTest {
    private static final DocumentValidator VALIDATOR = new DocumentValidator(Ontology.shapes(),
            Ontology.vocabulary().union(Ontology.gazetteer("http://localhost:8080")).getGraph());

    private static Graph turtle(String body) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                @prefix org: <http://www.w3.org/ns/org#> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix ex: <http://localhost:8080/id/> .
                """ + body), null, "TTL");
        return m.getGraph();
    }

    @Test
    void a_named_entity_conforms() {
        ValidationReport r = VALIDATOR.validate(turtle("""
                ex:a a foaf:Person ; skos:prefLabel "Гульжанат Муратова"@ru ; rdfs:label "Гульжанат Муратова"@ru .
                """));
        assertTrue(r.conforms(), () -> r.getEntries().toString());
    }

    @Test
    void an_instance_of_a_target_class_or_of_a_class_below_it_is_checked() {
        // foaf:Person is a target class; org:FormalOrganization is below org:Organization, a target class.
        assertFalse(VALIDATOR.validate(turtle("ex:p a foaf:Person .")).conforms());
        ValidationReport r = VALIDATOR.validate(turtle("ex:o a org:FormalOrganization ; skos:prefLabel \"Фонд\"@ru ."));
        assertFalse(r.conforms());
        assertEquals(1, r.getEntries().size(), () -> r.getEntries().toString()); // no rdfs:label
        // A node of no target class is not a focus node.
        assertTrue(VALIDATOR.validate(turtle("ex:x skos:note \"просто заметка\" .")).conforms());
    }

    @Test
    void nodes_of_the_same_types_are_each_checked() {
        // What the shapes ask of a set of types is worked out once; each node is still checked on its own.
        ValidationReport r = VALIDATOR.validate(turtle("""
                ex:a a foaf:Person ; skos:prefLabel "Гульжанат Муратова"@ru ; rdfs:label "Гульжанат Муратова"@ru .
                ex:b a foaf:Person ; skos:prefLabel "Сергей Худяков"@ru .
                """));
        assertEquals(1, r.getEntries().size(), () -> r.getEntries().toString());
        assertEquals("http://localhost:8080/id/b", r.getEntries().iterator().next().focusNode().getURI());
    }

    @Test
    void a_subject_of_a_target_property_is_checked_whatever_its_types() {
        String prefixes = "@prefix schema: <https://schema.org/> .\n";
        assertFalse(VALIDATOR.validate(turtle(prefixes + "ex:e schema:startDate \"в ноябре\" .")).conforms());
        assertTrue(VALIDATOR.validate(turtle(prefixes
                + "ex:e schema:startDate \"2022-11-14\"^^<http://www.w3.org/2001/XMLSchema#date> .")).conforms());
    }
}
