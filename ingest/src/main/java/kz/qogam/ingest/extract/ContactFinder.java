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
 * Web addresses, e-mail addresses and phone numbers. A number counts as a phone when it has the
 * shape of one (10 or 11 digits in groups, or a «+») and the sentence says so («тел», «телефон»,
 * «байланыс») or it starts with +7 or 8: otherwise «13 активных НПО» or a year range might pass.
 * The mention's normalized value is the address or number as written.
 */
public final class ContactFinder extends MentionFinder {
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>«»\"]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.,/])(?:\\+\\s?\\d{1,3}[\\s-]?|8[\\s-]?(?=\\(|\\d{3}))?(?:\\(\\d{3,5}\\)|\\d{3,5})[\\s-]?\\d{1,3}[\\s-]?\\d{2}[\\s-]?\\d{2,3}(?![\\d.,/]\\d)");
    private static final Pattern PHONE_CUE = Pattern.compile("тел|phone|байланыс|факс|fax|моб|whatsapp",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A label of contacts, with its colon: «Сайт:», «Контакты:», «Байланыс:» (not «сообщает сайт Lenta.ru», a source). */
    private static final Pattern SITE_CUE = Pattern.compile("(сайт|контакт|site|web|байланыс|bailanys|baılanys|интернет)\\w*\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    public ContactFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Mention> find(TextView view) {
        String text = view.document().text();
        List<Mention> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        // The address patterns are slow to scan a text with, and most texts hold no address.
        List<Pattern> addresses = new ArrayList<>(2);
        if (text.indexOf("://") >= 0 || containsIgnoringCase(text, "www.")) addresses.add(URL);
        if (text.indexOf('@') >= 0) addresses.add(EMAIL);
        for (Pattern p : addresses) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int end = m.end();
                // A sentence's full stop or a closing bracket is not part of the address.
                while (end > m.start() && ".,;:)!?".indexOf(text.charAt(end - 1)) >= 0) end--;
                Span span = new Span(m.start(), end);
                if (taken.stream().anyMatch(t -> t.overlaps(span))) continue;
                taken.add(span);
                out.add(new Mention(span, text.substring(span.start(), span.end()), MentionType.CONTACT,
                        text.substring(span.start(), span.end()), null, 0.95));
            }
        }
        // A bare domain the line gives as a contact: «Контакты: aeok.kz», «Сайт: fond.kz» (elsewhere it names a site, SiteNameFinder).
        if (text.indexOf('.') >= 0) {
            Matcher d = SiteNameFinder.SITE.matcher(text);
            while (d.find()) {
                Span span = new Span(d.start(), d.end());
                if (taken.stream().anyMatch(t -> t.overlaps(span))) continue;
                int lineStart = text.lastIndexOf('\n', d.start()) + 1;
                if (!SITE_CUE.matcher(text.substring(Math.max(lineStart, d.start() - 40), d.start())).find()) continue;
                taken.add(span);
                out.add(new Mention(span, d.group(), MentionType.CONTACT, d.group(), null, 0.9));
            }
        }
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String number = m.group();
            long digits = number.chars().filter(Character::isDigit).count();
            if (digits < 10 || digits > 12 || taken.stream().anyMatch(t -> t.overlaps(span))) continue;
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            String before = text.substring(Math.max(lineStart, m.start() - 80), m.start());
            boolean cued = PHONE_CUE.matcher(before).find() || number.startsWith("+") || number.matches("8[\\s-]?\\(?7\\d\\d.*");
            if (!cued) continue;
            out.add(new Mention(span, number, MentionType.CONTACT, number, null, 0.85));
        }
        return out;
    }

    private static boolean containsIgnoringCase(String text, String ascii) {
        for (int i = 0; i + ascii.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, ascii, 0, ascii.length())) return true;
        }
        return false;
    }
}
