package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Dates at the precision the text gives them, as ISO values: «28.08.2019» → 2019-08-28,
 * «в октябре 2003 года» → 2003-10, «в 2005г.» → 2005, «четырнадцатого ноября» → --11-14,
 * «2022 жылғы 14 қарашада» → 2022-11-14. A bare number is no year («Казахстанский путь - 2050»):
 * a year needs «год»/«жыл» or a month beside it.
 */
public final class DateFinder extends MentionFinder {
    private static final String RU_MONTH = "(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*";
    private static final String KK_MONTH = "(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)[а-яәғқңөұүһі]*";
    private static final String RU_ORDINAL = "(?:(двадцать|тридцать) )?(перв|втор|треть|четверт|четвёрт|пят|шест|седьм|восьм|девят|десят|"
            + "одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)(?:ого|его|ое|ье)";
    private static final String YEAR_WORD_RU = "(?:года|году|год|годах|годы|гг|г)";
    private static final String YEAR_WORD_KK = "(?:жылғы|жылы|жылдың|жылдан|жылға|жылдары|жылда|жыл|ж)";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Patterns from the most precise to the least; a later one never overlaps an earlier match. */
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(\\d{1,2}) \\. (\\d{1,2}) \\. (\\d{4})\\b", FLAGS),
            Pattern.compile("\\b(?<year>\\d{4}) " + YEAR_WORD_KK + " (?<day>\\d{1,2}) " + KK_MONTH, FLAGS),
            Pattern.compile("\\b(?<day>\\d{1,2}) " + KK_MONTH + "(?: (?<year>\\d{4}) " + YEAR_WORD_KK + ")?", FLAGS),
            Pattern.compile("\\b(?<year>\\d{4}) (?:жылдың|жылғы|ж) " + KK_MONTH, FLAGS),
            Pattern.compile("\\b(?<day>\\d{1,2}|" + RU_ORDINAL + ") " + RU_MONTH + "(?: (?<year>\\d{4})(?: " + YEAR_WORD_RU + ")?)?", FLAGS),
            Pattern.compile("\\b" + RU_MONTH + " (?<year>\\d{4})\\b", FLAGS),
            Pattern.compile("\\b(?<year>\\d{4}) ?(?:" + YEAR_WORD_RU + "|" + YEAR_WORD_KK + ")\\b", FLAGS));

    /** The index in {@link #PATTERNS} of the one pattern that can match without a digit. */
    private static final int ORDINAL_DAY = 4;

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("перв", 1), Map.entry("втор", 2), Map.entry("треть", 3), Map.entry("четверт", 4),
            Map.entry("четвёрт", 4), Map.entry("пят", 5), Map.entry("шест", 6), Map.entry("седьм", 7),
            Map.entry("восьм", 8), Map.entry("девят", 9), Map.entry("десят", 10), Map.entry("одиннадцат", 11),
            Map.entry("двенадцат", 12), Map.entry("тринадцат", 13), Map.entry("четырнадцат", 14),
            Map.entry("пятнадцат", 15), Map.entry("шестнадцат", 16), Map.entry("семнадцат", 17),
            Map.entry("восемнадцат", 18), Map.entry("девятнадцат", 19), Map.entry("двадцат", 20), Map.entry("тридцат", 30));
    private static final List<String> RU_MONTHS = List.of("январ", "феврал", "март", "апрел", "ма", "июн", "июл",
            "август", "сентябр", "октябр", "ноябр", "декабр");
    private static final List<String> KK_MONTHS = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
            "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");

    public DateFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            SentenceView.Joined joined = s.joined();
            // Every pattern but the ordinal day's («четырнадцатого ноября») needs a digit: the others are not tried without one.
            boolean digits = joined.text().chars().anyMatch(Character::isDigit);
            List<Span> taken = new ArrayList<>();
            for (int p = digits ? 0 : ORDINAL_DAY; p < (digits ? PATTERNS.size() : ORDINAL_DAY + 1); p++) {
                Matcher m = PATTERNS.get(p).matcher(joined.text());
                while (m.find()) {
                    Span chars = new Span(m.start(), m.end());
                    if (taken.stream().anyMatch(t -> t.overlaps(chars))) continue;
                    String iso = p == 0 ? numeric(m) : iso(m);
                    if (iso == null) continue;
                    taken.add(chars);
                    int from = joined.tokenAt(m.start());
                    int to = joined.tokenAt(m.end() - 1) + 1;
                    Span span = s.span(from, to);
                    out.add(new Mention(span, view.document().text(span), MentionType.DATE, iso, null, 0.9));
                }
            }
        }
        return out;
    }

    private static String numeric(Matcher m) {
        return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static String iso(Matcher m) {
        String text = m.group().toLowerCase(Locale.ROOT);
        Integer year = group(m, "year") != null ? Integer.valueOf(group(m, "year")) : null;
        if (year != null && (year < 1900 || year > 2100)) return null;
        int month = month(text);
        Integer day = null;
        String d = group(m, "day");
        if (d != null) day = d.chars().allMatch(Character::isDigit) ? Integer.valueOf(d) : ordinal(d.toLowerCase(Locale.ROOT));
        if (month == 0) return year == null ? null : String.valueOf(year);
        if (day == null) return year == null ? null : String.format(Locale.ROOT, "%04d-%02d", year, month);
        if (year == null) return day >= 1 && day <= 31 ? String.format(Locale.ROOT, "--%02d-%02d", month, day) : null;
        return date(year, month, day);
    }

    private static String date(int year, int month, int day) {
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // this pattern has no such group
        }
    }

    /** The month a matched text names, 1–12, or 0. */
    private static int month(String text) {
        for (String w : text.split(" ")) {
            for (int i = 0; i < KK_MONTHS.size(); i++) {
                if (w.startsWith(KK_MONTHS.get(i))) return i + 1;
            }
            for (int i = 0; i < RU_MONTHS.size(); i++) {
                String stem = RU_MONTHS.get(i);
                boolean may = stem.equals("ма") && w.matches("ма[йяе]");
                if (may || (!stem.equals("ма") && w.startsWith(stem))) return i + 1;
            }
        }
        return 0;
    }

    private static Integer ordinal(String words) {
        int value = 0;
        for (String w : words.split(" ")) {
            if (w.equals("двадцать")) value += 20;
            else if (w.equals("тридцать")) value += 30;
            else {
                for (Map.Entry<String, Integer> e : ORDINALS.entrySet()) {
                    if (w.matches(e.getKey() + "(ого|его|ое|ье)")) value += e.getValue();
                }
            }
        }
        return value == 0 ? null : value;
    }
}
