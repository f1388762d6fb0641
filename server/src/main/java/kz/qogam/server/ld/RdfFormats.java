package kz.qogam.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        List<String[]> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            double q = 1.0;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) ranges.add(new String[] {bits[0].trim().toLowerCase(Locale.ROOT), Double.toString(q)});
        }
        ranges.sort(Comparator.comparingDouble((String[] r) -> -Double.parseDouble(r[1])));
        for (String[] r : ranges) {
            String type = r[0];
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
