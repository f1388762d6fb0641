package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Organisations listed under a legal form: «Политические партии: ОСДП», «Гражданские движения:
 * НАQ, За реформу МВД, Молодежное движение Абадан, …». Each item up to the next comma is an
 * organisation of that form, named as written; an item that begins with its own form
 * («Молодежное движение Абадан») is named by the rest («Абадан»).
 */
public final class OrganizationListFinder extends MentionFinder {
    /** Longer items are prose, not names. */
    private static final int MAX_ITEM = 8;

    public OrganizationListFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                PhraseTable.Match<Concept> header = lexicons.legalForms().longestAt(s, i);
                if (header == null || !s.isPunct(header.end(), ":")) continue;
                int k = header.end() + 1;
                while (k < s.size()) {
                    int end = k;
                    while (end < s.size() && !s.isPunct(end, ",;") && !s.is(end, "и", "және")) end++;
                    if (end == k || end - k > MAX_ITEM || !(s.isCapitalized(k) || s.isPunct(k, "«\""))) break;
                    out.add(item(view, s, k, end, header.value()));
                    k = end + 1;
                }
                i = k;
            }
        }
        return out;
    }

    private Mention item(TextView v, SentenceView s, int from, int to, Concept listForm) {
        int nameFrom = from;
        Concept form = listForm;
        int k = from;
        while (k < to - 1 && v.morphology().isAdjective(s.form(k), v.readingLanguage())) k++;
        PhraseTable.Match<Concept> own = lexicons.legalForms().longestAt(s, k);
        if (own != null && own.end() < to && s.isCapitalized(own.end())) {
            nameFrom = own.end();
            form = own.value();
        }
        while (to > nameFrom && s.isPunct(to - 1, ".»\"")) to--;
        Span span = s.span(from, to);
        String name = v.document().text(s.span(nameFrom, to)).replaceAll("\\s+", " ").replaceAll("^[«\"]|[»\"]$", "");
        return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, name, form.iri(), 0.8);
    }
}
