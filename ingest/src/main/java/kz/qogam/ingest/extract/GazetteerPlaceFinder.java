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
 * Places of the gazetteer by any of their names and in any case form: «Мангистауской области»,
 * «В Петропавловске», «Шымкент қаласында», «Шымкенттегі», «#СКО». A place-kind word that follows
 * the name and agrees with the place («Шымкент қаласында») is part of the mention. The mention
 * denotes the gazetteer place, and its name is the place's preferred label in the text's language.
 */
public final class GazetteerPlaceFinder extends MentionFinder {
    public GazetteerPlaceFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            for (PhraseTable.Match<Concept> m : lexicons.places().findAll(s)) {
                // Place names are proper names: «казахстанских» or «алматы» in a URL are not places;
                // nor is a street named after a place or a person («ул. Шевченко», «Абай көшесі»).
                if (!s.isCapitalized(m.start()) || onStreet(s, m.start(), m.end()) || afterGivenName(view, s, m)) continue;
                Concept place = m.value();
                int end = m.end();
                PhraseTable.Match<Concept> kind = end < s.size() ? lexicons.placeKinds().longestAt(s, end) : null;
                if (kind != null && kindAgrees(place, kind.value()) && !s.isCapitalized(end)) end = kind.end();
                Span span = s.span(m.start(), end);
                String name = place.label(view);
                out.add(new Mention(span, view.document().text(span), MentionType.PLACE, name, place.iri(), 0.95));
            }
        }
        return out;
    }

    /**
     * Whether a one-word place with no case ending follows a given name, and so is a surname:
     * «Владимир Шевченко», not «Айгүл Алматыда».
     */
    private boolean afterGivenName(TextView view, SentenceView s, PhraseTable.Match<Concept> m) {
        if (m.start() == 0 || m.length() != 1 || !s.isCapitalized(m.start() - 1) || NounPhrases.kazakhCaseEnded(s.lower(m.start() - 1))) return false;
        boolean givenName = lexicons.givenNames().isGivenName(s.form(m.start() - 1), view.readingLanguage())
                || lexicons.givenNames().isGivenName(s.form(m.start() - 1), Language.RUSSIAN);
        return givenName && !NounPhrases.kazakhCaseEnded(s.lower(m.start())) && !NounPhrases.kazakhAttributive(s.lower(m.start()));
    }

    /** Whether tokens [start, end) name a street: «ул. Шевченко», «Абай көшесі». */
    public static boolean onStreet(SentenceView s, int start, int end) {
        int before = start - 1;
        if (s.isPunct(before, ".")) before--;
        return s.is(before, "ул", "улица", "улице", "улицы", "пр", "проспект", "проспекте", "мкр", "бульвар", "пер", "переулок")
                || s.is(end, "көшесі", "көшесінде", "даңғылы", "даңғылында");
    }

    /** Whether a kind word fits a place: «қаласы» after a city, «облысы» after a region. */
    static boolean kindAgrees(Concept place, Concept kind) {
        String p = place.kind().substring(place.kind().lastIndexOf('/') + 1);
        String k = kind.localName();
        return p.equals(k) || (p.equals("city-of-republican-significance") && k.equals("city"));
    }
}
