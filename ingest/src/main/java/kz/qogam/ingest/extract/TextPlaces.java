package kz.qogam.ingest.extract;

import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * The region or city a text is about, for the words that stand for it without naming it
 * («области», «облыс», «областного», «қалалық»): the only gazetteer place of that kind the text
 * names. A text that names several, or none, leaves such words to no place.
 */
final class TextPlaces {
    private static final Pattern RUSSIAN_REGION = Pattern.compile("ая область$");

    private TextPlaces() {}

    /** The only gazetteer place of the kind ({@code region}, {@code city}) the document names, or null. */
    static Concept only(Lexicons lexicons, Document doc, String kind) {
        Concept only = null;
        for (Mention m : doc.mentions()) {
            Concept c = m.type() == MentionType.PLACE && m.concept() != null ? lexicons.concept(m.concept()) : null;
            Concept ck = c == null || c.kind() == null ? null : lexicons.concept(c.kind());
            if (ck == null || !ck.isA(kind)) continue;
            if (only != null && !only.iri().equals(c.iri())) return null;
            only = c;
        }
        return only;
    }

    static boolean isRegion(Lexicons lexicons, Concept place) {
        return lexicons.concept(place.kind()).isA("region");
    }

    /** The Russian words for «of the place» after a body's noun: «Мангистауской области», «города Актау». */
    static String russianOwner(Lexicons lexicons, Concept place) {
        String label = place.label("ru");
        return isRegion(lexicons, place) ? RUSSIAN_REGION.matcher(label).replaceFirst("ой области") : "города " + label;
    }

    /** Token {@code k} as a mention of the place it stands for, so that a body there is based there. */
    static Mention reference(TextView v, SentenceView s, int k, Concept place) {
        Span span = s.span(k, k + 1);
        return new Mention(span, v.document().text(span), MentionType.PLACE, place.label(v), place.iri(), 0.6);
    }
}
