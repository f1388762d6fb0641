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
 * and the abbreviation itself becomes one of the organisation's names. So, in the other language,
 * is a name in brackets after the organisation's.
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
                Mention parallel = parallelName(view, s, k);
                if (parallel != null) out.add(parallel);
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

    /** The most words of a body's name in brackets. */
    private static final int PARALLEL_WORDS = 8;

    /**
     * A body's name in the other language in brackets from token {@code k}, as written: «Конгресс
     * молодежи Казахстана (Қазақстан жастар конгресі)». Two words or more, the first capitalised and
     * a lower-case one among them (which a person's name lacks), no place, person or date; null when
     * there is none. (The resolver makes it the outer body's; the words are the other language's,
     * which the text's lists do not read.)
     */
    private Mention parallelName(TextView view, SentenceView s, int k) {
        int close = k;
        while (close < s.size() && close < k + PARALLEL_WORDS && !s.isPunct(close, ")(")) close++;
        if (!s.isPunct(close, ")") || close - k < 2 || !s.isCapitalized(k) || s.isUpper(k)) return null;
        Span span = s.span(k, close);
        boolean lowerCase = java.util.stream.IntStream.range(k + 1, close).anyMatch(i -> s.isWord(i) && !s.isCapitalized(i));
        boolean other = view.document().mentions().stream().anyMatch(m -> m.span().overlaps(span)
                && (m.type() == MentionType.PLACE || m.type() == MentionType.PERSON || m.type() == MentionType.DATE));
        if (!lowerCase || other) return null;
        String name = view.document().text(span).replaceAll("[«»\"“”„]", "").replaceAll("\\s+", " ").strip();
        return new Mention(span, view.document().text(span), MentionType.ORGANIZATION, name, null, 0.75);
    }

    /** «ОМП» for «Общество молодых профессионалов»: the first letters agree (in the reading: «ABK» is read «АБК»). */
    private static boolean initialsAgree(String abbreviation, String name) {
        String n = name.replaceAll("[«»\"]", "").strip();
        return !n.isEmpty() && Character.toUpperCase(n.charAt(0)) == Character.toUpperCase(abbreviation.charAt(0));
    }
}
