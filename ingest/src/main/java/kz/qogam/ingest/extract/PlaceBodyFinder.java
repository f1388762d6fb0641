package kz.qogam.ingest.extract;

import java.util.List;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * A place's government, authorities or team, in Russian: a noun of {@code place-body-nouns.txt}
 * and right after it a place («правительства Израиля», «власти Таиланда», «[правоохранительными]
 * органами Китая», «сборной США»). The organisation spans the noun and the place, not the
 * adjectives before them (the rules cannot tell «нынешнее» from «потом» by the ending). Its name is
 * the phrase in the nominative, and its legal form the list's (a state body) when it gives one.
 * Runs after the name finder, whose places it needs; the place stays a place of its own.
 */
public final class PlaceBodyFinder extends RussianSentenceFinder {
    /** Below the name finder's names: the words do not say whose body it is as a name would. */
    static final double CONFIDENCE = 0.6;

    public PlaceBodyFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    protected void find(TextView view, SentenceView s, List<Mention> out) {
        var doc = view.document();
        for (PhraseTable.Match<String> noun : lexicons.placeBodyNouns().findAll(s)) {
            if (noun.end() >= s.size() || (s.isCapitalized(noun.start()) && noun.start() > 0)) continue;
            Mention place = Mentions.startingAt(doc, s.start(noun.end()), MentionType.PLACE);
            if (place == null || Mentions.covering(doc, s.start(noun.start()), MentionType.ORGANIZATION) != null) continue;
            Span span = new Span(s.start(noun.start()), place.end());
            String name = view.nominative(span, Morphology.PhraseKind.NOUN_PHRASE);
            Concept form = lexicons.legalForm(noun.value());
            out.add(new Mention(span, doc.text(span), MentionType.ORGANIZATION, name, form == null ? null : form.iri(), CONFIDENCE));
        }
    }
}
