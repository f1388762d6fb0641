package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.TextView;

/**
 * Websites a text names by their domain, as a source or an outlet: «сообщает baltinfo.ru»,
 * «Lenta.ru напоминает», «7152.kz». The site stands for the organisation that runs it, under that
 * name (factRuEval marks such names as organisations; the seed gold lists «7152.kz» as one). A
 * domain inside a link or an e-mail address is a contact, not a name: the contact finder, which
 * runs first, has it.
 */
public final class SiteNameFinder extends MentionFinder {
    static final Pattern SITE = Pattern.compile(
            "(?<![/@\\w.])[\\p{L}\\d][\\p{L}\\d-]*\\.(?:ru|com|net|org|kz|info|ua|by|uk|de)(?![/\\w@]|\\.\\w)",
            Pattern.UNICODE_CHARACTER_CLASS);

    public SiteNameFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        String text = view.document().text();
        List<Mention> out = new ArrayList<>();
        if (text.indexOf('.') < 0) return out;
        Matcher m = SITE.matcher(text);
        while (m.find()) {
            if (Mentions.covering(view.document(), m.start(), MentionType.CONTACT) != null) continue;
            Span span = new Span(m.start(), m.end());
            out.add(new Mention(span, m.group(), MentionType.ORGANIZATION, m.group(), null, 0.8));
        }
        return out;
    }
}
