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

    /**
     * The only district the document names, outside the gazetteer («Панфиловского района», «Төлеби
     * ауданы»: {@link PlaceNameFinder}), as a mention of it, or null.
     */
    static Mention onlyDistrict(Document doc) {
        Mention only = null;
        for (Mention m : doc.mentions()) {
            if (m.type() != MentionType.PLACE || !DISTRICT.equals(m.concept())) continue;
            if (only != null && !only.normalized().equals(m.normalized())) return null;
            if (only == null) only = m;
        }
        return only;
    }

    private static final String DISTRICT = kz.qogam.ontology.Qg.PLACE_KIND_NS + "district";

    /** «Панфиловский район» → «Панфиловского района»: a district's name after a body's noun. */
    static String russianDistrictOwner(String name) {
        String[] w = name.split(" ");
        if (w.length != 2 || !w[1].equals("район") || !w[0].matches("(?U)\\p{L}+[иоы]й")) return null;
        return w[0].substring(0, w[0].length() - 2) + "ого района";
    }

    static boolean isRegion(Lexicons lexicons, Concept place) {
        return lexicons.concept(place.kind()).isA("region");
    }

    /**
     * The Russian words for «of the place» after a body's noun: «Мангистауской области», «города
     * Актау», «города Павлодара» (the city in the genitive as the text writes it after «города», else
     * by the ending).
     */
    static String russianOwner(Lexicons lexicons, Document doc, Concept place) {
        String label = place.label("ru");
        if (isRegion(lexicons, place)) return RUSSIAN_REGION.matcher(label).replaceFirst("ой области");
        String text = doc.text();
        for (Mention m : doc.mentions()) {
            if (m.type() == MentionType.PLACE && place.iri().equals(m.concept()) && text.startsWith("города ", m.start() - 7)) {
                return "города " + m.text();
            }
        }
        return "города " + russianGenitive(label);
    }

    /** A city's name in the genitive by its ending: Павлодар → Павлодара, Кызылорда → Кызылорды, Семей → Семея; Алматы, Актобе as written. */
    static String russianGenitive(String name) {
        int sp = Math.max(name.lastIndexOf(' '), name.lastIndexOf('-'));
        String head = name.substring(sp + 1), before = name.substring(0, sp + 1);
        if (!head.matches("(?U)\\p{IsCyrillic}{3,}")) return name;
        // A name that is an adjective declines as one: Рудный → Рудного.
        if (head.endsWith("ый") || head.endsWith("ой")) return before + head.substring(0, head.length() - 2) + "ого";
        if (head.endsWith("ий")) return before + head.substring(0, head.length() - 2) + "его";
        char last = head.charAt(head.length() - 1);
        String stem = head.substring(0, head.length() - 1);
        String genitive = switch (last) {
            case 'а' -> stem + ("гкхжшщч".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? "и" : "ы");
            case 'я', 'ь', 'й' -> stem + "я";
            case 'ы', 'и', 'о', 'е', 'у', 'ю', 'э' -> head;
            default -> head + "а";
        };
        return before + genitive;
    }

    /** Token {@code k} as a mention of the district named elsewhere it stands for («района»). */
    static Mention reference(TextView v, SentenceView s, int k, Mention district) {
        Span span = s.span(k, k + 1);
        return new Mention(span, v.document().text(span), MentionType.PLACE, district.normalized(), district.concept(), 0.6);
    }

    /** Token {@code k} as a mention of the place it stands for, so that a body there is based there. */
    static Mention reference(TextView v, SentenceView s, int k, Concept place) {
        Span span = s.span(k, k + 1);
        return new Mention(span, v.document().text(span), MentionType.PLACE, place.label(v), place.iri(), 0.6);
    }
}
