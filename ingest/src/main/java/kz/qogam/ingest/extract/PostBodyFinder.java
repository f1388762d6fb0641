package kz.qogam.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;
import kz.qogam.ontology.Qg;

/**
 * The body of a Russian post named by one word nothing else read, between the post word and its
 * holder's name: an abbreviation («глава NASA Майкл Гриффин», «директор ЦРУ Майкл Хайден») or a
 * ministry's short name («главы Минкомсвязи Игоря Щеголёва»). The word becomes an organisation
 * mention, which {@link PostFinder} then reads as the body. Runs after the name finder, whose
 * people it needs; its confidence is low, as the guess rests on the word's place alone.
 */
public final class PostBodyFinder extends RussianSentenceFinder {
    static final double CONFIDENCE = 0.5;

    /** «Минкомсвязи», «Минобороны», «Минфина»: a ministry's short name (four letters after «Мин»: not «Минска»). */
    private static final Pattern MINISTRY = Pattern.compile("(?U)Мин\\p{Ll}{4,}");

    public PostBodyFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    protected void find(TextView view, SentenceView s, List<Mention> out) {
        var doc = view.document();
        for (Mention role : Mentions.within(doc, s.span(), MentionType.ROLE)) {
            int k = s.indexAt(role.end());
            if (k + 1 >= s.size() || !s.isWord(k)) continue;
            Span span = s.span(k, k + 1);
            if (Mentions.anyOverlapping(doc, span) || Mentions.startingAt(doc, s.start(k + 1), MentionType.PERSON) == null) continue;
            String form = s.form(k);
            boolean ministry = MINISTRY.matcher(form).matches() && !lexicons.morphology().isAdjective(form, Language.RUSSIAN)
                    && lexicons.morphology().wordClass(form, Language.RUSSIAN) != Morphology.WordClass.PERSON_NAME;
            if (!s.isUpper(k) && !ministry) continue;
            out.add(new Mention(span, doc.text(span), MentionType.ORGANIZATION, form,
                    ministry ? Qg.LEGAL_FORM_NS + "ministry" : null, CONFIDENCE));
        }
    }
}
