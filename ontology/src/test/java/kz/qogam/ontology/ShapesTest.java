package kz.qogam.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;

/**
 * The shapes accept what the README describes and reject what breaks it. Data is validated, as
 * {@code qogam validate} does, together with the vocabulary and the gazetteer.
 */
class ShapesTest {
    private static final String BASE = "http://localhost:8080";
    private static final String ID = BASE + "/id/";
    private static final String SH = "http://www.w3.org/ns/shacl#";

    /** A source, a person, an organisation, a place, an event, a post fact and a participation, with mentions. */
    private static final String SAMPLE = """
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix org:     <http://www.w3.org/ns/org#> .
            @prefix foaf:    <http://xmlns.com/foaf/0.1/> .
            @prefix schema:  <https://schema.org/> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            @prefix oa:      <http://www.w3.org/ns/oa#> .
            @prefix qg:      <https://qogam.kz/ns#> .
            @prefix qglf:    <https://qogam.kz/ns/legal-form/> .
            @prefix qgrole:  <https://qogam.kz/ns/role/> .
            @prefix qgev:    <https://qogam.kz/ns/event-kind/> .
            @prefix qgpk:    <https://qogam.kz/ns/place-kind/> .
            @prefix src:     <http://localhost:8080/id/source/> .
            @prefix id:      <http://localhost:8080/id/> .
            @prefix fact:    <http://localhost:8080/id/fact/> .

            src:demo a qg:Source ;
                dcterms:identifier "demo" ;
                dcterms:title "Форум НКО в Актау"@ru ;
                dcterms:language "ru" ;
                dcterms:format "text/plain" ;
                qg:fileName "demo.txt" ;
                qg:encoding "UTF-8" ;
                qg:contentHash "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
                qg:text "Директор ОФ «Болашак» Айгуль Серикова выступила на форуме НКО в Актау 28 августа 2019 года."@ru ;
                qg:extractor "qogam-test" ;
                qg:extractorVersion "0.1.0" .

            id:person\\/aigul-serikova a foaf:Person ;
                rdfs:label "Айгуль Серикова"@ru ;
                skos:prefLabel "Айгуль Серикова"@ru ;
                skos:altLabel "Серикова"@ru ;
                qg:mentionedIn src:demo .

            id:organization\\/bolashak a org:Organization, org:FormalOrganization ;
                rdfs:label "Болашак"@ru ;
                skos:prefLabel "Болашак"@ru ;
                skos:altLabel "ОФ «Болашак»"@ru ;
                org:classification qglf:public-foundation ;
                skos:notation "ОФ" ;
                schema:foundingDate "2005"^^xsd:gYear ;
                schema:url "https://bolashak.example.kz"^^xsd:anyURI ;
                schema:telephone "+7 7292 00 00 00" ;
                qg:basedIn id:place\\/aktau ;
                qg:mentionedIn src:demo .

            id:event\\/nko-forum a schema:Event ;
                rdfs:label "форум НКО"@ru ;
                skos:prefLabel "форум НКО"@ru ;
                qg:eventKind qgev:forum ;
                schema:startDate "2019-08-28"^^xsd:date ;
                schema:location id:place\\/aktau ;
                schema:attendee id:person\\/aigul-serikova ;
                qg:mentionedIn src:demo .

            id:person\\/aigul-serikova qg:holdsPost id:organization\\/bolashak ;
                qg:participatesIn id:event\\/nko-forum .

            fact:post1 a qg:Fact, qg:Post ;
                qg:subject id:person\\/aigul-serikova ;
                qg:property qg:holdsPost ;
                qg:object id:organization\\/bolashak ;
                prov:wasDerivedFrom src:demo ;
                qg:confidence 0.90 ;
                qg:extractor "qogam-test" ;
                qg:extractorVersion "0.1.0" ;
                qg:evidence <http://localhost:8080/id/fact/post1#evidence> ;
                org:member id:person\\/aigul-serikova ;
                org:organization id:organization\\/bolashak ;
                org:role qgrole:director ;
                qg:roleLabel "директор"@ru ;
                qg:postTitle "директор по развитию"@ru .
            <http://localhost:8080/id/fact/post1#evidence> a oa:SpecificResource ;
                oa:hasSource src:demo ;
                oa:hasSelector <http://localhost:8080/id/fact/post1#quote>, <http://localhost:8080/id/fact/post1#position> .
            <http://localhost:8080/id/fact/post1#quote> a oa:TextQuoteSelector ;
                oa:exact "Директор ОФ «Болашак» Айгуль Серикова выступила на форуме НКО в Актау 28 августа 2019 года." .
            <http://localhost:8080/id/fact/post1#position> a oa:TextPositionSelector ;
                oa:start 0 ;
                oa:end 91 .

            fact:part1 a qg:Fact, qg:Participation ;
                qg:subject id:person\\/aigul-serikova ;
                qg:property qg:participatesIn ;
                qg:object id:event\\/nko-forum ;
                prov:wasDerivedFrom src:demo ;
                qg:confidence 0.75 ;
                qg:extractor "qogam-test" ;
                qg:extractorVersion "0.1.0" ;
                qg:evidence <http://localhost:8080/id/fact/part1#evidence> ;
                qg:participant id:person\\/aigul-serikova ;
                qg:event id:event\\/nko-forum ;
                qg:roleLabel "спикер"@ru .
            <http://localhost:8080/id/fact/part1#evidence> a oa:SpecificResource ;
                oa:hasSource src:demo ;
                oa:hasSelector <http://localhost:8080/id/fact/part1#quote>, <http://localhost:8080/id/fact/part1#position> .
            <http://localhost:8080/id/fact/part1#quote> a oa:TextQuoteSelector ;
                oa:exact "Директор ОФ «Болашак» Айгуль Серикова выступила на форуме НКО в Актау 28 августа 2019 года." .
            <http://localhost:8080/id/fact/part1#position> a oa:TextPositionSelector ;
                oa:start 0 ;
                oa:end 91 .

            <http://localhost:8080/id/source/demo#m-22-37> a qg:Mention ;
                qg:denotes id:person\\/aigul-serikova ;
                qg:mentionType "person" ;
                oa:hasSource src:demo ;
                oa:hasSelector <http://localhost:8080/id/source/demo#m-22-37-quote>,
                               <http://localhost:8080/id/source/demo#m-22-37-position> .
            <http://localhost:8080/id/source/demo#m-22-37-quote> a oa:TextQuoteSelector ; oa:exact "Айгуль Серикова" .
            <http://localhost:8080/id/source/demo#m-22-37-position> a oa:TextPositionSelector ; oa:start 22 ; oa:end 37 .
            """;

    private static Model sample() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(SAMPLE), null, "TURTLE");
        return m;
    }

    private static ValidationReport validate(Model data) {
        Model all = ModelFactory.createDefaultModel()
                .add(Ontology.vocabulary())
                .add(Ontology.gazetteer(BASE))
                .add(data);
        return ShaclValidator.get().validate(Ontology.shapes(), all.getGraph());
    }

    private static ValidationReport validateVariant(Consumer<Model> change) {
        Model m = sample();
        change.accept(m);
        return validate(m);
    }

    /** The sample with the subject's values of the property replaced by one other value. */
    private static ValidationReport validateReplacing(Resource subject, Property property, Function<Model, RDFNode> value) {
        return validateVariant(m -> {
            m.removeAll(subject, property, null);
            m.add(subject, property, value.apply(m));
        });
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    /** Asserts a violation at the focus node, on the property, from the SHACL constraint component. */
    private static void assertViolation(ValidationReport report, Resource focus, Property path, String component) {
        assertFalse(report.conforms(), "expected a violation, but the data conforms");
        List<ReportEntry> matching = report.getEntries().stream()
                .filter(e -> e.focusNode().equals(focus.asNode()))
                .filter(e -> path == null || (e.resultPath() != null && e.resultPath().toString().equals("<" + path.getURI() + ">")))
                .filter(e -> e.sourceConstraintComponent().equals(node(SH + component)))
                .toList();
        assertFalse(matching.isEmpty(), "no " + component + " on " + focus + " " + path + " in:\n" + describe(report));
        assertTrue(matching.stream().allMatch(e -> e.message() != null && !e.message().isBlank()), "violations carry messages");
    }

    private static Node node(String iri) {
        return ResourceFactory.createResource(iri).asNode();
    }

    private static Resource res(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static final Resource SOURCE = res(ID + "source/demo");
    private static final Resource PERSON = res(ID + "person/aigul-serikova");
    private static final Resource ORGANIZATION = res(ID + "organization/bolashak");
    private static final Resource POST = res(ID + "fact/post1");
    private static final Resource POST_POSITION = res(ID + "fact/post1#position");

    @Test
    void the_vocabulary_schemes_and_gazetteer_conform_on_their_own() {
        ValidationReport report = validate(ModelFactory.createDefaultModel());
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void a_graph_written_as_the_readme_describes_conforms() {
        ValidationReport report = validate(sample());
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void the_shapes_reach_every_kind_of_node_in_the_sample() {
        // Guards against a sample that conforms only because no shape looked at it.
        Model m = sample();
        m.removeAll(PERSON, Qg.prefLabel, null);
        m.removeAll(SOURCE, Qg.identifier, null);
        m.removeAll(res(ID + "fact/part1"), Qg.event, null);
        m.removeAll(res(BASE + "/id/source/demo#m-22-37"), Qg.mentionType, null);
        ValidationReport report = validate(m);
        assertViolation(report, PERSON, Qg.prefLabel, "MinCountConstraintComponent");
        assertViolation(report, SOURCE, Qg.identifier, "MinCountConstraintComponent");
        assertViolation(report, res(ID + "fact/part1"), Qg.event, "MinCountConstraintComponent");
        assertViolation(report, res(BASE + "/id/source/demo#m-22-37"), Qg.mentionType, "MinCountConstraintComponent");
    }

    @Test
    void a_fact_without_evidence_does_not_conform() {
        ValidationReport report = validateVariant(m -> m.removeAll(POST, Qg.evidence, null));
        assertViolation(report, POST, Qg.evidence, "MinCountConstraintComponent");
    }

    @Test
    void a_confidence_above_one_does_not_conform() {
        ValidationReport report = validateReplacing(POST, Qg.confidence, m -> m.createTypedLiteral(new BigDecimal("1.5")));
        assertViolation(report, POST, Qg.confidence, "MaxInclusiveConstraintComponent");
    }

    @Test
    void a_confidence_that_is_not_a_decimal_does_not_conform() {
        ValidationReport report = validateReplacing(POST, Qg.confidence, m -> m.createLiteral("0.9"));
        assertViolation(report, POST, Qg.confidence, "DatatypeConstraintComponent");
    }

    @Test
    void two_russian_preferred_labels_do_not_conform() {
        ValidationReport report = validateVariant(m -> m.add(PERSON, Qg.prefLabel, m.createLiteral("Серикова Айгуль", "ru")));
        assertViolation(report, PERSON, Qg.prefLabel, "UniqueLangConstraintComponent");
    }

    @Test
    void an_untagged_preferred_label_does_not_conform() {
        ValidationReport report = validateVariant(m -> m.add(ORGANIZATION, Qg.prefLabel, "Bolashak"));
        assertViolation(report, ORGANIZATION, Qg.prefLabel, "DatatypeConstraintComponent");
    }

    @Test
    void a_content_hash_that_is_not_sha256_hex_does_not_conform() {
        ValidationReport report = validateReplacing(SOURCE, Qg.contentHash, m -> m.createLiteral("9F86D081"));
        assertViolation(report, SOURCE, Qg.contentHash, "PatternConstraintComponent");
    }

    @Test
    void a_source_language_outside_ru_kk_and_kk_latn_does_not_conform() {
        ValidationReport report = validateReplacing(SOURCE, Qg.language, m -> m.createLiteral("en"));
        assertViolation(report, SOURCE, Qg.language, "InConstraintComponent");
    }

    @Test
    void a_role_outside_the_roles_scheme_does_not_conform() {
        ValidationReport report = validateReplacing(POST, Qg.role, m -> res(Qg.LEGAL_FORM_NS + "public-foundation"));
        assertViolation(report, POST, Qg.role, "NodeConstraintComponent");
    }

    @Test
    void a_role_that_is_no_concept_at_all_does_not_conform() {
        ValidationReport report = validateReplacing(POST, Qg.role, m -> res(Qg.ROLE_NS + "grand-vizier"));
        assertViolation(report, POST, Qg.role, "NodeConstraintComponent");
    }

    @Test
    void a_post_whose_role_words_map_to_no_concept_conforms_with_its_role_label() {
        ValidationReport report = validateVariant(m -> m.removeAll(POST, Qg.role, null));
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void a_post_title_without_a_language_tag_does_not_conform() {
        ValidationReport report = validateReplacing(POST, Qg.postTitle, m -> m.createLiteral("директор по развитию"));
        assertViolation(report, POST, Qg.postTitle, "DatatypeConstraintComponent");
    }

    @Test
    void a_post_with_neither_role_nor_role_label_does_not_conform() {
        ValidationReport report = validateVariant(m -> {
            m.removeAll(POST, Qg.role, null);
            m.removeAll(POST, Qg.roleLabel, null);
        });
        assertViolation(report, POST, null, "OrConstraintComponent");
    }

    @Test
    void a_legal_form_outside_the_legal_forms_scheme_does_not_conform() {
        ValidationReport report = validateReplacing(ORGANIZATION, Qg.classification, m -> res(Qg.ROLE_NS + "director"));
        assertViolation(report, ORGANIZATION, Qg.classification, "NodeConstraintComponent");
    }

    @Test
    void a_post_held_by_an_organisation_does_not_conform() {
        ValidationReport report = validateReplacing(POST, Qg.member, m -> ORGANIZATION);
        assertViolation(report, POST, Qg.member, "ClassConstraintComponent");
    }

    @Test
    void a_position_whose_start_is_after_its_end_does_not_conform() {
        ValidationReport report = validateReplacing(POST_POSITION, Qg.start, m -> m.createTypedLiteral(BigInteger.valueOf(95)));
        assertViolation(report, POST_POSITION, Qg.start, "LessThanOrEqualsConstraintComponent");
    }

    @Test
    void evidence_missing_its_quote_selector_does_not_conform() {
        ValidationReport report = validateVariant(m -> m.remove(res(ID + "fact/post1#evidence"), Qg.hasSelector,
                res(ID + "fact/post1#quote")));
        assertViolation(report, POST, Qg.evidence, "NodeConstraintComponent");
    }

    @Test
    void evidence_from_another_source_than_the_fact_does_not_conform() {
        ValidationReport report = validateVariant(m -> {
            Resource other = m.createResource(ID + "source/other", Qg.Source);
            m.removeAll(POST, Qg.wasDerivedFrom, null);
            m.add(POST, Qg.wasDerivedFrom, other);
        });
        assertViolation(report, POST, null, "EqualsConstraintComponent");
    }

    @Test
    void a_date_without_a_date_datatype_does_not_conform() {
        Resource event = res(ID + "event/nko-forum");
        ValidationReport report = validateReplacing(event, Qg.startDate, m -> m.createLiteral("28 августа 2019"));
        assertViolation(report, event, Qg.startDate, "OrConstraintComponent");
    }

    @Test
    void a_malformed_date_does_not_conform() {
        ValidationReport report = validateReplacing(ORGANIZATION, Qg.foundingDate, m -> m.createTypedLiteral("2005-13", XSDDatatype.XSDgYearMonth));
        assertViolation(report, ORGANIZATION, Qg.foundingDate, "OrConstraintComponent");
    }

    @Test
    void a_mention_of_an_unknown_type_does_not_conform() {
        Resource mention = res(BASE + "/id/source/demo#m-22-37");
        ValidationReport report = validateReplacing(mention, Qg.mentionType, m -> m.createLiteral("celebrity"));
        assertViolation(report, mention, Qg.mentionType, "InConstraintComponent");
    }

    @Test
    void an_organisation_based_in_something_that_is_not_a_place_does_not_conform() {
        ValidationReport report = validateReplacing(ORGANIZATION, Qg.basedIn, m -> PERSON);
        assertViolation(report, ORGANIZATION, Qg.basedIn, "ClassConstraintComponent");
    }

    @Test
    void violations_of_untouched_nodes_are_not_reported() {
        ValidationReport report = validateVariant(m -> m.add(PERSON, Qg.prefLabel, m.createLiteral("Серикова Айгуль", "ru")));
        assertTrue(report.getEntries().stream().allMatch(e -> e.focusNode().equals(PERSON.asNode())), describe(report));
    }
}
