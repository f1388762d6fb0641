package kz.qogam.server.ld;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.qogam.server.http.QualityValues;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The formats linked data is served in, and the choice among them from an Accept header. */
public final class RdfFormats {
    /** Served for machines, in order of preference when a client accepts several equally. */
    public static final List<RDFFormat> GRAPH_FORMATS = List.of(RDFFormat.TURTLE, RDFFormat.JSONLD, RDFFormat.NTRIPLES, RDFFormat.RDFXML);
    public static final String HTML = "text/html";

    private RdfFormats() {}

    /**
     * The media type to answer with: {@code text/html} or one of {@link #GRAPH_FORMATS}'
     * types; empty when the client accepts none of them.
     */
    public static Optional<String> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(RDFFormat.TURTLE.getDefaultMIMEType());
        for (QualityValues.Item r : QualityValues.accepted(accept)) {
            String type = r.value().toLowerCase(Locale.ROOT);
            if (type.equals(HTML) || type.equals("application/xhtml+xml")) return Optional.of(HTML);
            for (RDFFormat f : GRAPH_FORMATS) {
                if (f.hasMIMEType(type)) return Optional.of(f.getDefaultMIMEType());
            }
            if (type.equals("*/*") || type.equals("text/*")) return Optional.of(RDFFormat.TURTLE.getDefaultMIMEType());
            if (type.equals("application/*")) return Optional.of(RDFFormat.JSONLD.getDefaultMIMEType());
        }
        return Optional.empty();
    }

    public static RDFFormat forMediaType(String mediaType) {
        for (RDFFormat f : GRAPH_FORMATS) {
            if (f.hasMIMEType(mediaType)) return f;
        }
        throw new IllegalArgumentException("Not a served RDF format: " + mediaType);
    }
}
