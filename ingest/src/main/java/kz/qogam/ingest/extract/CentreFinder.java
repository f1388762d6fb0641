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
 * The regional centre named by what it is: «в областном центре», «облыс орталығында» stand for
 * the administrative centre (the gazetteer's {@code qg:administrativeCentre}) of the one region
 * the text names ({@link TextPlaces}). Not a body so named: «областной центр занятости», «центра
 * «Жастар»».
 */
public final class CentreFinder extends MentionFinder {
    public CentreFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        Concept centre = null;
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i + 1 < s.size(); i++) {
                boolean named = russian ? s.lower(i).startsWith("областн") && s.lower(i + 1).startsWith("центр") && !goesOn(view, s, i + 2)
                        : s.is(i, "облыс") && s.lower(i + 1).startsWith("орталығ");
                if (!named) continue;
                if (centre == null) {
                    Concept region = TextPlaces.only(lexicons, view.document(), "region");
                    centre = region == null ? null : lexicons.centreOf(region);
                    if (centre == null) return out;
                }
                Span span = s.span(i, i + 2);
                out.add(new Mention(span, view.document().text(span), MentionType.PLACE, centre.label(view), centre.iri(), 0.7));
            }
        }
        return out;
    }

    /** Whether the name goes on after «центр»: a genitive complement, a quoted or capitalised name. */
    private static boolean goesOn(TextView view, SentenceView s, int k) {
        if (k >= s.size()) return false;
        return s.isPunct(k, "«\"„“") || s.isCapitalized(k) || view.morphology().isGenitiveNoun(s.form(k), Language.RUSSIAN);
    }
}
