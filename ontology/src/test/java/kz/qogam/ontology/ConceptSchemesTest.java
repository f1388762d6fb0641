package kz.qogam.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConceptSchemesTest {
    private static final Property IN_SCHEME = Qg.inScheme;
    private static final Property PREF = Qg.prefLabel;
    private static final Property ALT = Qg.altLabel;
    private static final Property BROADER = ResourceFactory.createProperty(Qg.SKOS, "broader");
    private static final Property TOP_OF = ResourceFactory.createProperty(Qg.SKOS, "topConceptOf");
    private static final Resource CONCEPT = ResourceFactory.createResource(Qg.SKOS + "Concept");

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of("legal-forms.ttl", Qg.LEGAL_FORM_NS),
                Arguments.of("roles.ttl", Qg.ROLE_NS),
                Arguments.of("event-kinds.ttl", Qg.EVENT_KIND_NS),
                Arguments.of("place-kinds.ttl", Qg.PLACE_KIND_NS));
    }

    private static List<Resource> concepts(Model m) {
        return m.listSubjectsWithProperty(RDF.type, CONCEPT).toList();
    }

    private static Set<String> langs(Model m, Resource r, Property p) {
        Set<String> out = new HashSet<>();
        m.listObjectsOfProperty(r, p).forEach(o -> out.add(o.asLiteral().getLanguage()));
        return out;
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void every_concept_has_preferred_labels_in_russian_kazakh_and_english(String file, String ns) {
        Model m = Ontology.read(file);
        List<Resource> concepts = concepts(m);
        assertTrue(concepts.size() >= 10, file + " has only " + concepts.size() + " concepts");
        List<String> missing = new ArrayList<>();
        for (Resource c : concepts) {
            Set<String> langs = langs(m, c, PREF);
            for (String lang : List.of("ru", "kk", "en")) {
                if (!langs.contains(lang)) missing.add(c.getLocalName() + "@" + lang);
            }
        }
        assertTrue(missing.isEmpty(), "missing prefLabels: " + missing);
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void every_concept_is_in_its_scheme_and_has_a_readable_code(String file, String ns) {
        Model m = Ontology.read(file);
        Resource scheme = m.getResource(ns + "scheme");
        for (Resource c : concepts(m)) {
            assertTrue(c.getURI().startsWith(ns), c + " is outside " + ns);
            assertTrue(c.getURI().substring(ns.length()).matches("[a-z]+(-[a-z]+)*"), "unreadable code " + c);
            assertTrue(m.contains(c, IN_SCHEME, scheme), c + " is not in " + scheme);
            boolean top = m.contains(c, TOP_OF, scheme);
            boolean narrower = m.contains(c, BROADER, (RDFNode) null);
            assertTrue(top ^ narrower, c + " must be either a top concept or have a broader concept");
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void no_label_is_both_preferred_and_alternative(String file, String ns) {
        Model m = Ontology.read(file);
        for (Resource c : concepts(m)) {
            for (RDFNode pref : m.listObjectsOfProperty(c, PREF).toList()) {
                assertFalse(m.contains(c, ALT, pref), c + " has " + pref + " as both prefLabel and altLabel");
            }
        }
    }

    @Test
    void the_concepts_the_readme_and_the_ingest_name_exist() {
        Model v = Ontology.vocabulary();
        for (String iri : List.of(Qg.ROLE_NS + "member", Qg.ROLE_NS + "director", Qg.ROLE_NS + "chair",
                Qg.LEGAL_FORM_NS + "public-association", Qg.LEGAL_FORM_NS + "public-foundation",
                Qg.LEGAL_FORM_NS + "coalition", Qg.LEGAL_FORM_NS + "akimat",
                Qg.EVENT_KIND_NS + "forum", Qg.EVENT_KIND_NS + "round-table",
                Qg.PLACE_KIND_NS + "country", Qg.PLACE_KIND_NS + "region", Qg.PLACE_KIND_NS + "city",
                Qg.PLACE_KIND_NS + "city-of-republican-significance", Qg.PLACE_KIND_NS + "district",
                Qg.PLACE_KIND_NS + "town", Qg.PLACE_KIND_NS + "village", Qg.PLACE_KIND_NS + "facility")) {
            assertTrue(v.contains(ResourceFactory.createResource(iri), RDF.type, CONCEPT), "missing concept " + iri);
        }
    }

    @Test
    void legal_forms_carry_their_russian_and_kazakh_abbreviations() {
        Model m = Ontology.read("legal-forms.ttl");
        assertNotations(m, "public-association", "ОО", "ҚБ");
        assertNotations(m, "public-foundation", "ОФ", "ҚҚ");
        assertNotations(m, "private-institution", "ЧУ", "ЖМ");
        assertNotations(m, "association-of-legal-entities", "ОЮЛ", "ЗТБ");
        assertNotations(m, "republican-public-association", "РОО");
        assertNotations(m, "limited-liability-partnership", "ТОО", "ЖШС");
    }

    @Test
    void kazakh_latin_labels_use_the_2021_alphabet() {
        Model m = Ontology.vocabulary();
        Resource chair = m.getResource(Qg.ROLE_NS + "chair");
        assertTrue(m.contains(chair, PREF, m.createLiteral("törağa", "kk-Latn")));
        assertTrue(m.contains(chair, ALT, m.createLiteral("tóraǵa", "kk-Latn")), "the 2018 form stays findable");
        Resource republicanCity = m.getResource(Qg.PLACE_KIND_NS + "city-of-republican-significance");
        assertEquals("respublikalyq mañyzy bar qala",
                republicanCity.getProperty(PREF, "kk-Latn").getString());
    }

    private static void assertNotations(Model m, String code, String... notations) {
        Resource c = m.getResource(Qg.LEGAL_FORM_NS + code);
        for (String n : notations) {
            assertTrue(m.contains(c, Qg.notation, n), code + " lacks notation " + n);
        }
    }
}
