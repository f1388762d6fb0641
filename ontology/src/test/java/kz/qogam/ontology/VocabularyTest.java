package kz.qogam.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final Model VOCAB = Ontology.read("qogam.ttl");

    /** Every qg: term typed as a class or a property in qogam.ttl. */
    private static Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, RDFS.Class, RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty,
                OWL.AnnotationProperty)) {
            VOCAB.listSubjectsWithProperty(RDF.type, type).forEach(r -> {
                if (r.isURIResource() && r.getURI().startsWith(Qg.NS)) terms.add(r.getURI());
            });
        }
        return terms;
    }

    private static Set<String> javaConstants() throws IllegalAccessException {
        Set<String> iris = new TreeSet<>();
        for (Field f : Qg.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                String uri = ((Resource) f.get(null)).getURI();
                if (uri.startsWith(Qg.NS)) iris.add(uri);
            }
        }
        return iris;
    }

    @Test
    void every_term_has_a_label_and_a_comment_in_english_russian_and_kazakh() {
        List<String> missing = new ArrayList<>();
        for (String iri : declaredTerms()) {
            Resource term = VOCAB.getResource(iri);
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("en", "ru", "kk")) {
                    boolean found = VOCAB.listObjectsOfProperty(term, p).toList().stream()
                            .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage())
                                    && !o.asLiteral().getString().isBlank());
                    if (!found) missing.add(iri + " " + p.getLocalName() + "@" + lang);
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void kazakh_labels_are_in_cyrillic_and_russian_labels_have_no_kazakh_letters() {
        // Labels only: comments may quote words of the other language as examples.
        List<String> wrong = new ArrayList<>();
        VOCAB.listStatements(null, RDFS.label, (RDFNode) null).forEach(s -> {
            RDFNode o = s.getObject();
            if (!o.isLiteral()) return;
            Literal l = o.asLiteral();
            if (l.getLanguage().equals("kk") && !l.getString().matches("(?s).*[\\u0400-\\u04FF].*")) wrong.add(l.toString());
            if (l.getLanguage().equals("ru") && l.getString().matches("(?s).*[әғқңөұүһі].*")) wrong.add(l.toString());
        });
        assertTrue(wrong.isEmpty(), "wrong script: " + wrong);
    }

    @Test
    void every_qg_constant_in_java_is_declared_in_the_vocabulary() throws IllegalAccessException {
        Set<String> undeclared = javaConstants();
        undeclared.removeAll(declaredTerms());
        assertTrue(undeclared.isEmpty(), "in Qg.java but not in qogam.ttl: " + undeclared);
    }

    @Test
    void every_declared_term_has_a_java_constant() throws IllegalAccessException {
        Set<String> noConstant = declaredTerms();
        noConstant.removeAll(javaConstants());
        assertTrue(noConstant.isEmpty(), "in qogam.ttl but not in Qg.java: " + noConstant);
    }

    @Test
    void header_names_title_licence_and_version() {
        Resource ont = VOCAB.getResource(Qg.ONTOLOGY);
        assertTrue(ont.hasProperty(RDF.type, OWL.Ontology));
        assertEquals("0.1.0", ont.getProperty(OWL.versionInfo).getString());
        assertTrue(ont.hasProperty(ResourceFactory.createProperty(Qg.DCTERMS, "license"),
                ResourceFactory.createResource("https://www.apache.org/licenses/LICENSE-2.0")));
        assertTrue(ont.hasProperty(ResourceFactory.createProperty(Qg.DCTERMS, "title")));
    }

    @Test
    void classes_and_properties_link_to_the_reused_vocabularies_as_the_readme_says() {
        assertLink(Qg.Post, RDFS.subClassOf, Qg.Membership);
        assertLink(Qg.Source, RDFS.subClassOf, r(Qg.PROV + "Entity"));
        assertLink(Qg.Source, RDFS.subClassOf, r(Qg.SCHEMA + "CreativeWork"));
        assertLink(Qg.Fact, RDFS.subClassOf, r(Qg.PROV + "Entity"));
        assertLink(Qg.Mention, RDFS.subClassOf, Qg.SpecificResource);
        assertLink(Qg.holdsPost, RDFS.subPropertyOf, Qg.memberOf);
        assertLink(Qg.basedIn, RDFS.subPropertyOf, Qg.location);
        assertLink(Qg.organizes, OWL.inverseOf, Qg.organizer);
        assertLink(Qg.participatesIn, OWL.inverseOf, Qg.attendee);
    }

    private static void assertLink(Resource s, Property p, Resource o) {
        assertTrue(VOCAB.contains(s, p, o), "missing " + s + " " + p + " " + o);
    }

    private static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }
}
