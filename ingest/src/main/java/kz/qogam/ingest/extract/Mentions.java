package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.TextView;

/** The document's mentions: adding with one overlap policy, and looking them up by place and type. */
public final class Mentions {
    private Mentions() {}

    /**
     * Adds a mention unless one already covers it. Mentions of different types may nest (a place
     * inside an organisation's name, an organisation inside another's), but two of one type may not
     * otherwise overlap: the longer stays. An
     * entity mention on exactly the span of another entity mention is dropped: the finder that
     * ran first knew better (a national body before an event kind).
     */
    public static void add(Document doc, Mention m) {
        List<Mention> all = doc.mentions();
        List<Mention> replaced = new ArrayList<>();
        for (Mention e : all) {
            if (e.span().equals(m.span()) && (e.type() == m.type()
                    || (e.type().entityKind() != null && m.type().entityKind() != null))) {
                return;
            }
            // An organisation inside another's name stays an organisation of its own («Ресурсный центр ОМП»).
            boolean nested = m.type() == MentionType.ORGANIZATION && (e.span().contains(m.span()) || m.span().contains(e.span()));
            if (e.type() == m.type() && e.span().overlaps(m.span()) && !nested) {
                if (m.span().length() > e.span().length()) replaced.add(e);
                else return;
            }
        }
        all.removeAll(replaced);
        all.add(m);
        all.sort(Comparator.comparing(Mention::span));
    }

    /** The mentions of a type inside the span, in text order. */
    public static List<Mention> within(Document doc, Span span, MentionType type) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (m.type() == type && span.contains(m.span())) out.add(m);
        }
        return out;
    }

    /** A post's title over the span, as written, named in the nominative (a TITLE mention of the post's concept). */
    public static Mention title(TextView view, Span span, String concept, double confidence) {
        return new Mention(span, view.document().text(span), MentionType.TITLE,
                view.nominative(span, kz.qogam.ingest.text.Morphology.PhraseKind.NOUN_PHRASE), concept, confidence);
    }

    /** The mention of a type that starts exactly at the offset, or null. */
    public static Mention startingAt(Document doc, int offset, MentionType type) {
        for (Mention m : doc.mentions()) {
            if (m.type() == type && m.start() == offset) return m;
        }
        return null;
    }

    /** Whether any mention overlaps the span. */
    public static boolean anyOverlapping(Document doc, Span span) {
        for (Mention m : doc.mentions()) if (m.span().overlaps(span)) return true;
        return false;
    }

    /** Whether a mention of an entity (a name: person, organisation, place, event) overlaps the span. */
    public static boolean nameOverlapping(Document doc, Span span) {
        for (Mention m : doc.mentions()) if (m.type().entityKind() != null && m.span().overlaps(span)) return true;
        return false;
    }

    /** The mention of a type that covers the offset, or null. */
    public static Mention covering(Document doc, int offset, MentionType type) {
        for (Mention m : doc.mentions()) {
            if (m.type() == type && m.start() <= offset && offset < m.end()) return m;
        }
        return null;
    }
}
