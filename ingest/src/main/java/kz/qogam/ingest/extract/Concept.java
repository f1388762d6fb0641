package kz.qogam.ingest.extract;

import java.util.List;
import java.util.Map;

/**
 * A concept of one of the ontology's SKOS schemes (legal form, role, event kind, place kind), or
 * a gazetteer place, as the finders need it.
 *
 * @param iri        the concept's or place's IRI
 * @param prefLabels preferred label by language tag
 * @param broader    the IRIs of the broader concepts (for a place: the places that contain it), nearest first
 * @param kind       for a gazetteer place its place-kind IRI, else null
 */
public record Concept(String iri, Map<String, String> prefLabels, List<String> broader, String kind) {
    /** The preferred label in the tag, falling back to Russian; null when it has neither. */
    public String label(String lang) {
        String l = prefLabels.get(lang);
        return l != null ? l : prefLabels.get("ru");
    }

    /** The last segment of the IRI: {@code public-foundation}, {@code director}, {@code astana}. */
    public String localName() {
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** Whether this concept or one broader than it has the local name. */
    public boolean isA(String localName) {
        if (localName().equals(localName)) return true;
        for (String b : broader) {
            if (b.endsWith("/" + localName)) return true;
        }
        return false;
    }
}
