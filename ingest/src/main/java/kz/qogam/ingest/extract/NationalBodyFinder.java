package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * State bodies and international organisations that texts name bare, from the list
 * {@code national-bodies.txt}: «депутаты Парламента», «ҚР Парламентінің Сенаты мен Мәжілісінің»,
 * «национального Курултая», «БҰҰ». Their canonical name is the list's, in the text's language.
 */
public final class NationalBodyFinder extends MentionFinder {
    public NationalBodyFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        String lang = view.readingLanguage().tag();
        boolean kazakh = view.readingLanguage() == Language.KAZAKH;
        for (SentenceView s : view.sentences()) {
            for (PhraseTable.Match<Lexicons.Body> m : lexicons.bodies().findAll(s)) {
                // A body's name has a capital somewhere («национального Курултая»); «правительство» alone is a common noun.
                // A Kazakh sentence that opens with «Мәжіліс», «Үкімет», «Парламентте» names the body (KazNERD: 30 of
                // the 36 such openings outside a post's title).
                boolean named = false;
                for (int k = m.start(); k < m.end(); k++) named |= s.isCapitalized(k) && (k > 0 || m.length() > 1 || s.isUpper(k) || kazakh);
                // «Конституционный суд России», «Министерство финансов РФ»: another country's body, not ours.
                // «Хабар 24» is another channel than «Хабар».
                boolean numbered = m.start() > 0 && s.isPunct(m.start() - 1, "«\"") && m.end() < s.size()
                        && Character.isDigit(s.form(m.end()).charAt(0));
                if (!named || numbered || foreign(view, s, m.end())) continue;
                // «Үкіметтер» are governments, no one body; «Қарулы күштері» is one, its name a plural.
                String[] listed = m.value().kk().toLowerCase(java.util.Locale.ROOT).split(" ");
                if (kazakh && NounPhrases.kazakhPlural(s.lower(m.end() - 1)) && !NounPhrases.kazakhPlural(listed[listed.length - 1])) continue;
                Lexicons.Body body = m.value();
                int start = m.start();
                Mention owner = kazakh && !body.legalForm().localName().equals("international-organization") ? owner(view, s, m.start()) : null;
                if (owner != null) {
                    // «Қазақстан Үкіметі» is ours, the country a word of its name; «Ресей Үкіметі» is Russia's, not ours.
                    if (!owner.concept().endsWith("/kazakhstan")) continue;
                    start = s.indexAt(owner.start());
                }
                Span span = s.span(start, m.end());
                out.add(new Mention(span, view.document().text(span), MentionType.ORGANIZATION,
                        view.toDocumentScript(body.name(lang)), body.legalForm().iri(), 0.9));
            }
        }
        return out;
    }

    /**
     * The country a Kazakh body's name starts with, right before it, in the nominative or the
     * genitive («Қазақстан Үкіметі», «Ресейдің Парламенті»; not «Қазақстанда Парламент»), or null.
     */
    private Mention owner(TextView v, SentenceView s, int k) {
        if (k == 0) return null;
        Mention place = Mentions.covering(v.document(), s.start(k - 1), MentionType.PLACE);
        if (place == null || place.end() != s.end(k - 1) || place.concept() == null) return null;
        Concept c = lexicons.concept(place.concept());
        if (c == null || c.kind() == null || !c.kind().endsWith("/country")) return null;
        return NounPhrases.kazakhOwnerForm(v, place) ? place : null;
    }

    /** A Russian name followed by another country's genitive («… России», «… РФ»); in Kazakh the owner would come first. */
    private static boolean foreign(TextView v, SentenceView s, int next) {
        if (next >= s.size() || v.readingLanguage() != kz.qogam.ingest.doc.Language.RUSSIAN) return false;
        if (s.isUpper(next)) return !s.is(next, "рк", "қр");
        var place = Mentions.startingAt(v.document(), s.start(next), MentionType.PLACE);
        return place != null && !place.concept().endsWith("/kazakhstan");
    }
}
