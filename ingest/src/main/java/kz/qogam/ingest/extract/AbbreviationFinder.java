package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Abbreviations the text defines for an organisation, «Общество молодых профессионалов» (ОМП),
 * «Коалиция гражданских инициатив (далее КГИ)», and every use of them in the text, also with a
 * Kazakh ending («ОМП-ның»). Each is a mention of the organisation: its name is the full name,
 * and the abbreviation itself becomes one of the organisation's names.
 */
public final class AbbreviationFinder extends MentionFinder {
    public AbbreviationFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        Map<String, Mention> defined = new LinkedHashMap<>();
        List<Mention> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            for (Mention org : Mentions.within(view.document(), s.span(), MentionType.ORGANIZATION)) {
                if (Anaphora.isAnaphor(org)) continue;
                int k = s.indexAt(org.end());
                if (!s.isPunct(k, "(")) continue;
                k++;
                if (s.is(k, "далее", "бұдан")) k++;
                if (s.is(k, "әрі")) k++;
                if (s.isPunct(k, "-–—:")) k++;
                if (s.isUpper(k) && s.isPunct(k + 1, ")") && initialsAgree(s.form(k), view.readingOf(org.normalized()))) {
                    defined.putIfAbsent(s.form(k), org);
                }
            }
        }
        if (defined.isEmpty()) return out;
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                String word = s.form(i);
                int dash = word.indexOf('-');
                String abbr = dash > 0 && word.substring(dash + 1).equals(word.substring(dash + 1).toLowerCase(Locale.ROOT))
                        ? word.substring(0, dash) : word;
                Mention org = defined.get(abbr);
                if (org == null) continue;
                Span span = dash > 0 && !abbr.equals(word) ? new Span(s.start(i), s.start(i) + abbr.length()) : s.span(i, i + 1);
                out.add(new Mention(span, view.document().text(span), MentionType.ORGANIZATION, org.normalized(), org.concept(), 0.85));
            }
        }
        return out;
    }

    /** «ОМП» for «Общество молодых профессионалов»: the first letters agree (in the reading: «ABK» is read «АБК»). */
    private static boolean initialsAgree(String abbreviation, String name) {
        String n = name.replaceAll("[«»\"]", "").strip();
        return !n.isEmpty() && Character.toUpperCase(n.charAt(0)) == Character.toUpperCase(abbreviation.charAt(0));
    }
}
