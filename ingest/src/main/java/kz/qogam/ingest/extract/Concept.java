package kz.qogam.ingest.extract;

import java.util.List;
import java.util.Map;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.text.TextView;

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

    /**
     * The preferred label a document names this by: the one in its language; in a Kazakh text in
     * the Latin alphabet, the Kazakh label written in that text's alphabet (2018 or 2021), as the
     * text itself writes names («Mańǵystaý oblysy», not the gazetteer's «Mañğystau oblysy»).
     */
    public String label(TextView view) {
        String kazakh = prefLabels.get("kk");
        if (view.document().language() == Language.KAZAKH_LATIN && kazakh != null) return view.toDocumentScript(kazakh);
        return label(view.nameLanguage());
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
