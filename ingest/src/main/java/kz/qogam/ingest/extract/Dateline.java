package kz.qogam.ingest.extract;

import java.util.List;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * The place and date a statement or declaration is signed with, on lines of their own
 * («г.Алматы» / «28.08.2019»), and the lines just above them that name who signs.
 *
 * @param date    the full date, ISO
 * @param place   the place line's place, or null
 * @param heading the stretch of the two lines before the place (or date) line, where the signer is named
 * @param line    the sentence of the date, as evidence
 */
record Dateline(String date, EntityIndex.Item place, Span heading, Span line) {
    /** The document's dateline, or null when it has none. */
    static Dateline find(TextView view, EntityIndex index) {
        List<SentenceView> sentences = view.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            SentenceView s = sentences.get(i);
            List<Mention> dates = Mentions.within(view.document(), s.span(), MentionType.DATE);
            if (dates.size() != 1 || !dates.get(0).normalized().matches("\\d{4}-\\d{2}-\\d{2}")) continue;
            Mention date = dates.get(0);
            String rest = view.document().text(s.span()).replace(date.text(), "").strip();
            List<EntityIndex.Item> places = index.within(s.span(), EntityKind.PLACE);
            EntityIndex.Item place = places.isEmpty() ? null : places.get(0);
            if (place != null) rest = rest.replace(place.mention().text(), "").replaceAll("г\\.?", "").strip();
            if (!rest.replaceAll("[\\p{P}\\s]", "").isEmpty()) continue;
            int headingEnd = i;
            if (place == null && i > 0) {
                List<EntityIndex.Item> before = index.within(sentences.get(i - 1).span(), EntityKind.PLACE);
                String line = view.document().text(sentences.get(i - 1).span()).replaceAll("г\\.?", "");
                if (before.size() == 1 && line.replace(before.get(0).mention().text(), "").replaceAll("[\\p{P}\\s]", "").isEmpty()) {
                    place = before.get(0);
                    headingEnd = i - 1;
                }
            }
            int headingStart = Math.max(0, headingEnd - 2);
            Span heading = headingEnd == 0 ? new Span(0, 0)
                    : new Span(sentences.get(headingStart).span().start(), sentences.get(headingEnd - 1).span().end());
            return new Dateline(date.normalized(), place, heading, s.span());
        }
        return null;
    }
}
