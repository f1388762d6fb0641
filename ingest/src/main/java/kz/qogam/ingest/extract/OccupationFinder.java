package kz.qogam.ingest.extract;

import java.util.List;
import java.util.Locale;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Occupations the roles scheme does not list, in Russian: a word the dictionary reads as a
 * singular noun naming a person («экономист», «полузащитник», «фотограф»), written in lower case
 * (or first in its sentence), that an organisation or place follows as its complement, with at
 * most adjectives between («Экономист ФАО», «фотограф независимого еженедельника «Пермский
 * обозреватель»», «защитник Арсенала»). It becomes a role mention with no concept, which
 * {@link PostFinder} reads as a post when a person goes with it. Its confidence is low, so the
 * name finder's reading of the same words wins ({@code KEEP_SURE}).
 *
 * <p>Runs after the name finder, whose organisations it needs; Kazakh has no dictionary here.
 */
public final class OccupationFinder extends RussianSentenceFinder {
    /** Below the name finder's names: a guess from grammar alone. */
    static final double CONFIDENCE = 0.5;

    public OccupationFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    protected void find(TextView view, SentenceView s, List<Mention> out) {
        var doc = view.document();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.isWord(i) || (s.isCapitalized(i) && i > 0) || s.isUpper(i)) continue;
            Span word = s.span(i, i + 1);
            if (Mentions.anyOverlapping(doc, word)) continue;
            String form = s.form(i);
            if (!lexicons.morphology().isAnimateNoun(form, Language.RUSSIAN)) continue;
            if (!complementFollows(view, s, i + 1)) continue;
            String role = lexicons.morphology().nominative(form, Language.RUSSIAN).toLowerCase(Locale.ROOT);
            out.add(new Mention(word, doc.text(word), MentionType.ROLE, role, null, CONFIDENCE));
        }
    }

    /** Whether an organisation or place starts at token {@code k}, after nothing but adjectives. */
    private boolean complementFollows(TextView view, SentenceView s, int k) {
        for (int j = k; j < s.size() && j < k + 3; j++) {
            int at = s.start(j);
            if (Mentions.startingAt(view.document(), at, MentionType.ORGANIZATION) != null
                    || Mentions.startingAt(view.document(), at, MentionType.PLACE) != null) return true;
            if (!s.isWord(j) || !lexicons.morphology().isAdjective(s.form(j), Language.RUSSIAN)) return false;
        }
        return false;
    }
}
