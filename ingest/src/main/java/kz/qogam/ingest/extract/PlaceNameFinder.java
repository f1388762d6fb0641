package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Places the gazetteer does not list, named with a place-kind word: «Төлеби ауданына» →
 * «Төлеби ауданы», «Мунайлинского района» → «Мунайлинский район», «в селе Акжар» → «Акжар».
 * The mention's concept is the place kind.
 */
public final class PlaceNameFinder extends MentionFinder {
    public PlaceNameFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        List<Mention> opening = new ArrayList<>();
        boolean kazakh = view.readingLanguage() != kz.qogam.ingest.doc.Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                PhraseTable.Match<Concept> kind = lexicons.placeKinds().longestAt(s, i);
                if (kind == null || !settlementOrDistrict(kind.value())) continue;
                Mention m = s.isCapitalized(i - 1) ? nameBefore(view, s, kind, kazakh) : kazakh ? null : nameAfter(view, s, kind);
                if (m == null && kazakh && kind.start() == 1) m = opening(view, s, kind);
                if (m != null) {
                    (m.confidence() == OPENING ? opening : out).add(m);
                    i = kind.end() - 1;
                }
            }
        }
        // A capital at the start of a sentence proves nothing, but a name the text gives elsewhere does: a headline's
        // «Төлеби ауданында жастар форумы өтті» before «… Төлеби ауданының …».
        for (Mention m : opening) {
            if (out.stream().anyMatch(o -> o.normalized().equals(m.normalized()))) out.add(m);
        }
        return out;
    }

    /** The confidence of a Kazakh place named at the start of a sentence, which stands only if the text names it elsewhere. */
    private static final double OPENING = 0.65;

    /** A Kazakh «X ауданы» that opens the sentence, for {@link #find} to keep if the text names X so elsewhere. */
    private Mention opening(TextView view, SentenceView s, PhraseTable.Match<Concept> kind) {
        String kindWord = s.isCapitalized(0) && s.isWord(0) && !alreadyPlace(view, s, 0) ? kazakhKindWord(s.lower(kind.end() - 1), kind) : null;
        if (kindWord == null) return null;
        Span span = s.span(0, kind.end());
        String name = view.toDocumentScript(s.readingOf(0, kind.end() - 1) + " " + kindWord);
        return new Mention(span, view.document().text(span), MentionType.PLACE, name, kind.value().iri(), OPENING);
    }

    /** «Төлеби ауданы», «Мунайлинский район»: a capitalised name before the kind word. */
    private Mention nameBefore(TextView view, SentenceView s, PhraseTable.Match<Concept> kind, boolean kazakh) {
        int from = kind.start() - 1;
        if (from == 0 || alreadyPlace(view, s, from)) return null; // a capital at the start of a sentence proves nothing
        if (!kazakh && !view.morphology().isAdjective(s.form(from), view.readingLanguage())) return null;
        // A name in quotes is something's name, not a place: фонд «Чистый город».
        if (s.isPunct(from - 1, "«\"„“") && s.isPunct(kind.end(), "»\"“”")) return null;
        Span span = s.span(from, kind.end());
        String name;
        if (kazakh) {
            // A Kazakh place is named with its kind word in the possessive, «Төлеби ауданы»; «Асқар Мамин қала
            // тұрғындарының» (the city's residents) and «Сапарбаев ауылда» (in a village) name none.
            String kindWord = kazakhKindWord(s.lower(kind.end() - 1), kind);
            if (kindWord == null) return null;
            name = view.toDocumentScript(s.readingOf(from, kind.end() - 1) + " " + kindWord);
        } else {
            name = view.nominative(span, Morphology.PhraseKind.NOUN_PHRASE);
        }
        return new Mention(span, view.document().text(span), MentionType.PLACE, name, kind.value().iri(), 0.7);
    }

    /**
     * The Kazakh kind word with its possessive and without its case ending, cut from the written
     * word by the kind's own label: «ауданының», «ауданы» → «ауданы», «қаласында» → «қаласы». The
     * morphology alone reads «ауданы» as «ауда» with the accusative «-ны». Null when the word does
     * not begin with the label or has no possessive.
     */
    private static String kazakhKindWord(String written, PhraseTable.Match<Concept> kind) {
        for (PhraseTable.Entry<Concept> e : kind.entries()) {
            String[] words = e.label().toLowerCase(Locale.ROOT).split("\\s+");
            String stem = words[words.length - 1];
            if (!written.startsWith(stem)) continue;
            String rest = written.substring(stem.length());
            int possessive = rest.startsWith("сы") || rest.startsWith("сі") ? 2 : rest.startsWith("ы") || rest.startsWith("і") ? 1 : 0;
            return possessive == 0 ? null : stem + rest.substring(0, possessive);
        }
        return null;
    }

    /** «селе Акжар», «г. Кентау»: the kind word, then a capitalised name. */
    private Mention nameAfter(TextView view, SentenceView s, PhraseTable.Match<Concept> kind) {
        int at = kind.end();
        if (s.isPunct(at, ".")) at++;
        if (!s.isCapitalized(at) || s.isUpper(at) || alreadyPlace(view, s, at)) return null;
        Span span = s.span(at, at + 1);
        return new Mention(span, view.document().text(span), MentionType.PLACE, view.document().text(span), kind.value().iri(), 0.6);
    }

    private static boolean alreadyPlace(TextView view, SentenceView s, int token) {
        return Mentions.covering(view.document(), s.start(token), MentionType.PLACE) != null;
    }

    private static boolean settlementOrDistrict(Concept kind) {
        return kind.isA("district") || kind.isA("town") || kind.isA("village") || kind.isA("rural-district")
                || kind.localName().equals("city");
    }
}
