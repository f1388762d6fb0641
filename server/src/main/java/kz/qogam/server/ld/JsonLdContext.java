package kz.qogam.server.ld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import kz.qogam.ontology.Ontology;
import kz.qogam.ontology.Qg;

/**
 * The JSON-LD context of Qogam's data, published at {@code /context.jsonld}: the prefixes of the
 * data model, {@code id} and {@code type} for {@code @id} and {@code @type}, a short term for
 * every property the data uses (IRI-valued ones coerced to {@code @id}, names as language maps:
 * {@code "prefLabel": {"ru": "…", "kk": "…"}}) and for the main classes.
 *
 * <p>Every JSON-LD document the server writes (linked data, VoID, the ontology, the export) is
 * compacted with exactly this context and carries it inline, so it reads without fetching
 * anything; applications that build their own documents can refer to the published copy.
 */
public final class JsonLdContext {
    public static final String PATH = "/context.jsonld";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    /** Extra prefixes beyond the data model's, for VoID, the service description and the ontology page. */
    private static final Map<String, String> EXTRA_PREFIXES = Map.of(
            "sd", SD,
            "vann", "http://purl.org/vocab/vann/",
            "formats", "http://www.w3.org/ns/formats/",
            "sh", "http://www.w3.org/ns/shacl#");

    private static final String DOCUMENT = build();
    private static final String TAG = "W/\"ctx-" + sha(DOCUMENT) + "\"";

    private JsonLdContext() {}

    /** The published document, {@code {"@context": {...}}}. */
    public static String document() {
        return DOCUMENT;
    }

    /** A strong-enough tag for the published document (it changes only with the code). */
    public static String etag() {
        return TAG;
    }

    /** The document as a JSON-P object, for Rio's JSON-LD writer (which frames and compacts with it). */
    public static JsonObject asJsonP() {
        return Json.createReader(new StringReader(DOCUMENT)).readObject();
    }

    private static String build() {
        ObjectNode ctx = JSON.createObjectNode();
        Ontology.prefixes().getNsPrefixMap().forEach(ctx::put);
        EXTRA_PREFIXES.forEach(ctx::put);
        ctx.put("id", "@id");
        ctx.put("type", "@type");

        // Classes, for short type values.
        cls(ctx, "Person", Qg.FOAF + "Person");
        cls(ctx, "Organization", Qg.ORG + "Organization");
        cls(ctx, "Membership", Qg.ORG + "Membership");
        cls(ctx, "Event", Qg.SCHEMA + "Event");
        cls(ctx, "Place", Qg.SCHEMA + "Place");
        cls(ctx, "Source", Qg.NS + "Source");
        cls(ctx, "Fact", Qg.NS + "Fact");
        cls(ctx, "Post", Qg.NS + "Post");
        cls(ctx, "Participation", Qg.NS + "Participation");
        cls(ctx, "Mention", Qg.NS + "Mention");
        cls(ctx, "FormerName", Qg.NS + "FormerName");
        cls(ctx, "Concept", Qg.SKOS + "Concept");

        // Names and texts: language maps.
        lang(ctx, "label", Qg.RDFS + "label");
        lang(ctx, "comment", Qg.RDFS + "comment");
        lang(ctx, "prefLabel", Qg.SKOS + "prefLabel");
        lang(ctx, "altLabel", Qg.SKOS + "altLabel");
        lang(ctx, "hiddenLabel", Qg.SKOS + "hiddenLabel");
        lang(ctx, "scopeNote", Qg.SKOS + "scopeNote");
        lang(ctx, "roleLabel", Qg.NS + "roleLabel");
        lang(ctx, "text", Qg.NS + "text");

        // Links to other resources.
        ref(ctx, "sameAs", Qg.OWL + "sameAs");
        ref(ctx, "mentionedIn", Qg.NS + "mentionedIn");
        ref(ctx, "holdsPost", Qg.NS + "holdsPost");
        ref(ctx, "memberOf", Qg.ORG + "memberOf");
        ref(ctx, "member", Qg.ORG + "member");
        ref(ctx, "organization", Qg.ORG + "organization");
        ref(ctx, "role", Qg.ORG + "role");
        ref(ctx, "classification", Qg.ORG + "classification");
        ref(ctx, "subOrganizationOf", Qg.ORG + "subOrganizationOf");
        ref(ctx, "basedIn", Qg.NS + "basedIn");
        ref(ctx, "location", Qg.SCHEMA + "location");
        ref(ctx, "containedInPlace", Qg.SCHEMA + "containedInPlace");
        ref(ctx, "partOf", Qg.NS + "partOf");
        ref(ctx, "superEvent", Qg.SCHEMA + "superEvent");
        ref(ctx, "organizer", Qg.SCHEMA + "organizer");
        ref(ctx, "attendee", Qg.SCHEMA + "attendee");
        ref(ctx, "funder", Qg.SCHEMA + "funder");
        ref(ctx, "organizes", Qg.NS + "organizes");
        ref(ctx, "participatesIn", Qg.NS + "participatesIn");
        ref(ctx, "participant", Qg.NS + "participant");
        ref(ctx, "event", Qg.NS + "event");
        ref(ctx, "eventKind", Qg.NS + "eventKind");
        ref(ctx, "placeKind", Qg.NS + "placeKind");
        ref(ctx, "administrativeCentre", Qg.NS + "administrativeCentre");
        ref(ctx, "formerName", Qg.NS + "formerName");
        ref(ctx, "hasGeometry", Qg.GEO + "hasGeometry");
        ref(ctx, "subject", Qg.NS + "subject");
        ref(ctx, "property", Qg.NS + "property");
        ref(ctx, "evidence", Qg.NS + "evidence");
        ref(ctx, "wasDerivedFrom", Qg.PROV + "wasDerivedFrom");
        ref(ctx, "hasSource", Qg.OA + "hasSource");
        ref(ctx, "hasSelector", Qg.OA + "hasSelector");
        ref(ctx, "denotes", Qg.NS + "denotes");
        ref(ctx, "inScheme", Qg.SKOS + "inScheme");
        ref(ctx, "broader", Qg.SKOS + "broader");
        ref(ctx, "narrower", Qg.SKOS + "narrower");

        // Plain values (their datatypes vary or are kept as written).
        plain(ctx, "name", Qg.SCHEMA + "name");
        plain(ctx, "notation", Qg.SKOS + "notation");
        plain(ctx, "startDate", Qg.SCHEMA + "startDate");
        plain(ctx, "foundingDate", Qg.SCHEMA + "foundingDate");
        plain(ctx, "telephone", Qg.SCHEMA + "telephone");
        plain(ctx, "url", Qg.SCHEMA + "url");
        plain(ctx, "iso3166", Qg.NS + "iso3166");
        plain(ctx, "kato", Qg.NS + "kato");
        plain(ctx, "validFrom", Qg.NS + "validFrom");
        plain(ctx, "validUntil", Qg.NS + "validUntil");
        plain(ctx, "asWKT", Qg.GEO + "asWKT");
        plain(ctx, "object", Qg.NS + "object");
        plain(ctx, "confidence", Qg.NS + "confidence");
        plain(ctx, "extractor", Qg.NS + "extractor");
        plain(ctx, "extractorVersion", Qg.NS + "extractorVersion");
        plain(ctx, "exact", Qg.OA + "exact");
        plain(ctx, "start", Qg.OA + "start");
        plain(ctx, "end", Qg.OA + "end");
        plain(ctx, "mentionType", Qg.NS + "mentionType");
        plain(ctx, "identifier", Qg.DCTERMS + "identifier");
        plain(ctx, "title", Qg.DCTERMS + "title");
        plain(ctx, "language", Qg.DCTERMS + "language");
        plain(ctx, "format", Qg.DCTERMS + "format");
        plain(ctx, "fileName", Qg.NS + "fileName");
        plain(ctx, "encoding", Qg.NS + "encoding");
        plain(ctx, "contentHash", Qg.NS + "contentHash");

        ObjectNode doc = JSON.createObjectNode();
        doc.set("@context", ctx);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cls(ObjectNode ctx, String term, String iri) {
        ctx.put(term, iri);
    }

    private static void plain(ObjectNode ctx, String term, String iri) {
        ctx.put(term, iri);
    }

    private static void ref(ObjectNode ctx, String term, String iri) {
        ctx.putObject(term).put("@id", iri).put("@type", "@id");
    }

    private static void lang(ObjectNode ctx, String term, String iri) {
        ctx.putObject(term).put("@id", iri).put("@container", "@language");
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
