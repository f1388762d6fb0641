package kz.qogam.ingest.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.SourceInfo;

/**
 * How Qogam names things: {@code {base}/id/{kind}/{slug}} for entities, sources and facts,
 * {@code {base}/graph/...} for named graphs. IRIs depend only on names and content, never on
 * the order documents arrive in.
 */
public final class IriScheme {
    private final String base;

    /** @param base the IRI prefix, e.g. {@code http://localhost:8080}; a trailing slash is dropped */
    public IriScheme(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            throw new IllegalArgumentException("The base IRI must be an http(s) IRI such as http://localhost:8080, got '" + base + "'");
        }
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    public String entity(Entity e) {
        if (e.iri() != null) return e.iri();
        String slug = Slugs.slug(e.name().text());
        return entity(e.kind(), slug.isEmpty() ? "x" + hash(e.name().text()) : slug);
    }

    public String entity(EntityKind kind, String slug) {
        return base + "/id/" + kind.slug() + "/" + slug;
    }

    public String source(String id) {
        return base + "/id/source/" + id;
    }

    public String sourceGraph(String id) {
        return base + "/graph/source/" + id;
    }

    public String ontologyGraph() {
        return base + "/graph/ontology";
    }

    public String gazetteerGraph() {
        return base + "/graph/gazetteer";
    }

    /** A fact's IRI from its document and content, so the same fact in the same text keeps its IRI. */
    public String fact(String... parts) {
        return base + "/id/fact/" + hash(String.join("\u0001", parts));
    }

    /** The source id of a source graph IRI, or null when the IRI is not one. */
    public String sourceIdOfGraph(String graphIri) {
        String prefix = base + "/graph/source/";
        return graphIri.startsWith(prefix) ? graphIri.substring(prefix.length()) : null;
    }

    static String hash(String s) {
        return SourceInfo.sha256(s.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

}
