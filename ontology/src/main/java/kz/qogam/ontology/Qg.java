package kz.qogam.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Qogam vocabulary ({@code qg:}) and the terms it reuses, as Jena constants.
 * The model they form is described in {@code ontology/README.md}.
 */
public final class Qg {
    private Qg() {}

    public static final String NS = "https://qogam.kz/ns#";
    public static final String LEGAL_FORM_NS = "https://qogam.kz/ns/legal-form/";
    public static final String ROLE_NS = "https://qogam.kz/ns/role/";
    public static final String EVENT_KIND_NS = "https://qogam.kz/ns/event-kind/";
    public static final String PLACE_KIND_NS = "https://qogam.kz/ns/place-kind/";
    /** The IRI of the vocabulary as an owl:Ontology (the namespace without its '#'). */
    public static final String ONTOLOGY = "https://qogam.kz/ns";
    /** The namespace of the SHACL shapes in {@code shapes.ttl}. */
    public static final String SHAPES_NS = "https://qogam.kz/ns/shapes#";

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String VOID = "http://rdfs.org/ns/void#";

    // Classes
    public static final Resource Source = r(NS, "Source");
    public static final Resource Fact = r(NS, "Fact");
    public static final Resource Post = r(NS, "Post");
    public static final Resource Participation = r(NS, "Participation");
    public static final Resource Mention = r(NS, "Mention");
    public static final Resource FormerName = r(NS, "FormerName");

    // Source properties
    public static final Property text = p(NS, "text");
    public static final Property fileName = p(NS, "fileName");
    public static final Property encoding = p(NS, "encoding");
    public static final Property contentHash = p(NS, "contentHash");
    public static final Property extractor = p(NS, "extractor");
    public static final Property extractorVersion = p(NS, "extractorVersion");

    // Fact properties
    public static final Property subject = p(NS, "subject");
    public static final Property property = p(NS, "property");
    public static final Property object = p(NS, "object");
    public static final Property confidence = p(NS, "confidence");
    public static final Property evidence = p(NS, "evidence");
    public static final Property roleLabel = p(NS, "roleLabel");
    public static final Property postTitle = p(NS, "postTitle");
    public static final Property participant = p(NS, "participant");
    public static final Property event = p(NS, "event");

    // Entity properties
    public static final Property mentionedIn = p(NS, "mentionedIn");
    public static final Property eventKind = p(NS, "eventKind");
    public static final Property placeKind = p(NS, "placeKind");
    public static final Property iso3166 = p(NS, "iso3166");
    public static final Property adjective = p(NS, "adjective");
    public static final Property kato = p(NS, "kato");
    public static final Property administrativeCentre = p(NS, "administrativeCentre");
    public static final Property formerName = p(NS, "formerName");
    public static final Property name = p(NS, "name");
    public static final Property validFrom = p(NS, "validFrom");
    public static final Property validUntil = p(NS, "validUntil");

    // Mention properties
    public static final Property denotes = p(NS, "denotes");
    public static final Property mentionType = p(NS, "mentionType");

    // Concept schemes
    public static final Resource legalFormScheme = r(LEGAL_FORM_NS, "scheme");
    public static final Resource roleScheme = r(ROLE_NS, "scheme");
    public static final Resource eventKindScheme = r(EVENT_KIND_NS, "scheme");
    public static final Resource placeKindScheme = r(PLACE_KIND_NS, "scheme");

    // Shortcut properties of our own (see the table in ontology/README.md)
    public static final Property holdsPost = p(NS, "holdsPost");
    public static final Property organizes = p(NS, "organizes");
    public static final Property participatesIn = p(NS, "participatesIn");
    public static final Property basedIn = p(NS, "basedIn");
    public static final Property partOf = p(NS, "partOf");

    // Reused terms
    public static final Resource Person = r(FOAF, "Person");
    public static final Resource Organization = r(ORG, "Organization");
    public static final Resource FormalOrganization = r(ORG, "FormalOrganization");
    public static final Resource OrganizationalCollaboration = r(ORG, "OrganizationalCollaboration");
    public static final Resource Membership = r(ORG, "Membership");
    public static final Resource Event = r(SCHEMA, "Event");
    public static final Resource Place = r(SCHEMA, "Place");
    public static final Property memberOf = p(ORG, "memberOf");
    public static final Property member = p(ORG, "member");
    public static final Property organization = p(ORG, "organization");
    public static final Property role = p(ORG, "role");
    public static final Property classification = p(ORG, "classification");
    public static final Property subOrganizationOf = p(ORG, "subOrganizationOf");
    public static final Property organizer = p(SCHEMA, "organizer");
    public static final Property attendee = p(SCHEMA, "attendee");
    public static final Property funder = p(SCHEMA, "funder");
    public static final Property location = p(SCHEMA, "location");
    public static final Property containedInPlace = p(SCHEMA, "containedInPlace");
    public static final Property superEvent = p(SCHEMA, "superEvent");
    public static final Property foundingDate = p(SCHEMA, "foundingDate");
    public static final Property startDate = p(SCHEMA, "startDate");
    public static final Property telephone = p(SCHEMA, "telephone");
    public static final Property url = p(SCHEMA, "url");
    public static final Property schemaName = p(SCHEMA, "name");
    public static final Property wasDerivedFrom = p(PROV, "wasDerivedFrom");
    public static final Property prefLabel = p(SKOS, "prefLabel");
    public static final Property altLabel = p(SKOS, "altLabel");
    public static final Property hiddenLabel = p(SKOS, "hiddenLabel");
    public static final Property notation = p(SKOS, "notation");
    public static final Property inScheme = p(SKOS, "inScheme");
    public static final Property identifier = p(DCTERMS, "identifier");
    public static final Property title = p(DCTERMS, "title");
    public static final Property language = p(DCTERMS, "language");
    public static final Property format = p(DCTERMS, "format");
    public static final Resource SpecificResource = r(OA, "SpecificResource");
    public static final Resource TextQuoteSelector = r(OA, "TextQuoteSelector");
    public static final Resource TextPositionSelector = r(OA, "TextPositionSelector");
    public static final Property hasSource = p(OA, "hasSource");
    public static final Property hasSelector = p(OA, "hasSelector");
    public static final Property exact = p(OA, "exact");
    public static final Property start = p(OA, "start");
    public static final Property end = p(OA, "end");
    public static final Property hasGeometry = p(GEO, "hasGeometry");
    public static final Property asWKT = p(GEO, "asWKT");

    private static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }
}
