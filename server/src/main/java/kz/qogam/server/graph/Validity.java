package kz.qogam.server.graph;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a node or a fact holds, from the dates the model has, for {@code at=YYYY-MM-DD}.
 *
 * <ul>
 *   <li>An event ({@code schema:startDate}) holds during its date at the precision the text gives: a day
 *       ({@code xsd:date}), a month ({@code xsd:gYearMonth}), a year ({@code xsd:gYear}); a day without a
 *       year ({@code xsd:gMonthDay}, "14 November") holds on that day of any year. With several dates
 *       (texts that disagree) it holds when any of them does.</li>
 *   <li>An organisation does not hold before its {@code schema:foundingDate} (the first day of its
 *       precision).</li>
 *   <li>A place, a fact, a post or a membership holds from {@code qg:validFrom} to {@code qg:validUntil}
 *       (regions created in 2022), and a post or membership during its {@code org:memberDuring} interval
 *       ({@code time:hasBeginning} / {@code time:hasEnd}), when the store says so.</li>
 * </ul>
 *
 * A link with no date at all holds at every date: {@code at} removes what is known not to hold then,
 * it does not require proof that it does. Most posts and memberships are undated (texts seldom say
 * when someone took a post), so they are kept; answers say which hops were dated.
 */
final class Validity {
    /** Holds at every date. */
    static final Validity ALWAYS = new Validity(List.of(), null, null);

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Pattern DATE = Pattern.compile("(-?\\d{4,})-(\\d{2})-(\\d{2}).*");
    private static final Pattern YEAR_MONTH = Pattern.compile("(-?\\d{4,})-(\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern YEAR = Pattern.compile("(-?\\d{4,})(?:Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern MONTH_DAY = Pattern.compile("--(\\d{2})-(\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?");

    /** A date at some precision: the days from first to last, both inclusive; or a day of every year. */
    record Span(LocalDate first, LocalDate last, MonthDay everyYear) {
        boolean contains(LocalDate d) {
            if (everyYear != null) return MonthDay.from(d).equals(everyYear);
            return !d.isBefore(first) && !d.isAfter(last);
        }

        /**
         * The span a date literal stands for, or null when it is not a date Qogam can read.
         *
         * @param lexical  the literal's lexical form
         * @param datatype its datatype IRI (null or empty for a plain string, read by its form)
         */
        static Span parse(String lexical, String datatype) {
            if (lexical == null) return null;
            String s = lexical.trim();
            String type = datatype == null || !datatype.startsWith(XSD) ? "" : datatype.substring(XSD.length());
            try {
                Matcher m;
                if ((type.isEmpty() || type.equals("gMonthDay")) && (m = MONTH_DAY.matcher(s)).matches()) {
                    return new Span(null, null, MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                }
                if ((type.isEmpty() || type.startsWith("date")) && (m = DATE.matcher(s)).matches()) {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    return new Span(d, d, null);
                }
                if ((type.isEmpty() || type.equals("gYearMonth")) && (m = YEAR_MONTH.matcher(s)).matches()) {
                    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                    return new Span(ym.atDay(1), ym.atEndOfMonth(), null);
                }
                if ((type.isEmpty() || type.equals("gYear")) && (m = YEAR.matcher(s)).matches()) {
                    int y = Integer.parseInt(m.group(1));
                    return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), null);
                }
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return null;
            }
            return null;
        }
    }

    /** Any-of: the dates of an event; empty when there is none. */
    private final List<Span> during;
    /** Does not hold before this day; null when unknown. */
    private final LocalDate notBefore;
    /** Does not hold after this day; null when unknown. */
    private final LocalDate notAfter;

    private Validity(List<Span> during, LocalDate notBefore, LocalDate notAfter) {
        this.during = during;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
    }

    /** True when some date constrains it. */
    boolean dated() {
        return !during.isEmpty() || notBefore != null || notAfter != null;
    }

    /** Whether it holds at the day (always, when nothing is dated). */
    boolean holdsAt(LocalDate d) {
        if (notBefore != null && d.isBefore(notBefore)) return false;
        if (notAfter != null && d.isAfter(notAfter)) return false;
        if (during.isEmpty()) return true;
        for (Span s : during) {
            if (s.contains(d)) return true;
        }
        return false;
    }

    /** Collects dates as they come from query rows, then {@link #build()}s. */
    static final class Builder {
        private final List<Span> during = new ArrayList<>();
        private LocalDate notBefore;
        private LocalDate notAfter;

        /**
         * Adds one dated statement.
         *
         * @param kind {@code during} (an event's date), {@code from} (founding, validFrom, a beginning) or
         *             {@code until} (validUntil, an end)
         */
        Builder add(String kind, String lexical, String datatype) {
            Span s = Span.parse(lexical, datatype);
            if (s == null || kind == null) return this;
            switch (kind) {
                case "during" -> {
                    if (!during.contains(s)) during.add(s);
                }
                case "from" -> {
                    // A day without a year cannot bound anything; of two starting dates the earlier wins.
                    if (s.first() != null && (notBefore == null || s.first().isBefore(notBefore))) notBefore = s.first();
                }
                case "until" -> {
                    if (s.last() != null && (notAfter == null || s.last().isAfter(notAfter))) notAfter = s.last();
                }
                default -> { }
            }
            return this;
        }

        Validity build() {
            if (during.isEmpty() && notBefore == null && notAfter == null) return ALWAYS;
            return new Validity(List.copyOf(during), notBefore, notAfter);
        }
    }

    @Override
    public String toString() {
        return "Validity[during=" + during + ", notBefore=" + notBefore + ", notAfter=" + notAfter + "]";
    }
}
