package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Buildings and venues where things happen, by the facility kinds of the place-kinds scheme
 * (hotel, palace, venue): «в отеле «Ренессанс»» → «Отель «Ренессанс»», «Во дворце школьников» →
 * «Дворец школьников», ««Рахат» қонақүйінде» → ««Рахат» қонақүйі». A Russian facility needs a
 * name in quotes or a genitive complement after it, and is taken only where the text says where
 * («в», «во», «на») or, with a quoted name, in a list after a comma or a colon («г. Астана, отель
 * «Radisson»»); a Kazakh one needs its quoted name before it.
 */
public final class FacilityFinder extends MentionFinder {
    public FacilityFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            List<Quotes.Quote> quotes = Quotes.find(s);
            for (int i = 0; i < s.size(); i++) {
                PhraseTable.Match<Concept> kind = lexicons.placeKinds().longestAt(s, i);
                if (kind == null || !kind.value().isA("facility") || kind.value().localName().equals("facility")
                        || Mentions.covering(view.document(), s.start(i), MentionType.ORGANIZATION) != null) {
                    continue;
                }
                Mention m = russian ? russian(view, s, quotes, kind) : kazakh(view, s, quotes, kind);
                if (m != null) {
                    out.add(m);
                    i = kind.end() - 1;
                }
            }
        }
        return out;
    }

    private Mention russian(TextView v, SentenceView s, List<Quotes.Quote> quotes, PhraseTable.Match<Concept> kind) {
        // Where the text says where; or a venue with its name in an address's list: «г. Астана, отель «Radisson»».
        boolean listed = s.isPunct(kind.start() - 1, ",:");
        if (!s.is(kind.start() - 1, "в", "во", "на") && !listed) return null;
        String head = v.nominative(s.span(kind.start(), kind.end()), Morphology.PhraseKind.NOUN_PHRASE);
        for (Quotes.Quote q : quotes) {
            if (q.open() == kind.end()) {
                Span span = s.span(kind.start(), q.after(s));
                String name = EventFinder.capitalise(head) + " «" + s.textOf(q.from(), q.to()) + "»";
                return new Mention(span, v.document().text(span), MentionType.PLACE, name, kind.value().iri(), 0.75);
            }
        }
        if (listed) return null;
        int end = NounPhrases.genitiveComplementEnd(lexicons.givenNames(), v, s, kind.end());
        boolean wholeLabel = kind.length() > 1;
        if (end == kind.end() && !wholeLabel) return null;
        Span span = s.span(kind.start(), end);
        String name = v.nominative(s.span(kind.start(), end), Morphology.PhraseKind.NOUN_PHRASE);
        return new Mention(span, v.document().text(span), MentionType.PLACE, EventFinder.capitalise(name), kind.value().iri(), 0.7);
    }

    private Mention kazakh(TextView v, SentenceView s, List<Quotes.Quote> quotes, PhraseTable.Match<Concept> kind) {
        for (Quotes.Quote q : quotes) {
            if (q.after(s) == kind.start()) {
                Span span = s.span(q.open(), kind.end());
                String name = v.nominative(s.span(q.open(), kind.end()), Morphology.PhraseKind.NOUN_PHRASE);
                return new Mention(span, v.document().text(span), MentionType.PLACE, name, kind.value().iri(), 0.75);
            }
        }
        return null;
    }
}
