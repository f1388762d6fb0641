package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * The labelled lines of an event's announcement or programme, about the event the text names
 * first: «Дата: 20 ноября 2024 года», «Место проведения: г. Астана», «Организаторы: …»,
 * «Өтетін орны: …», «Ұйымдастырушылар: …»; and who speaks, on a line labelled «Спикеры:»,
 * «Модератор:», «Приветственное слово:», «Қатысушылар:» and on the list lines under it
 * («– Аида Балаева, министр …»).
 */
public final class EventDetailsFinder extends RelationFinder {
    private enum Field { DATE, PLACE, DATE_AND_PLACE, ORGANISERS, SPEAKERS }

    private record Label(Pattern words, Field field) {}

    /** Labels as read in Cyrillic, lower case, words joined by one space. */
    private static final List<Label> LABELS = List.of(
            new Label(Pattern.compile("дата( проведения| и время)?|когда|(өтетін |өткізілетін )?(күні|уақыты)"), Field.DATE),
            new Label(Pattern.compile("место( проведения)?|где|(өтетін |өткізілетін )?орны"), Field.PLACE),
            new Label(Pattern.compile("время и место( проведения)?|(өтетін )?уақыты мен орны"), Field.DATE_AND_PLACE),
            new Label(Pattern.compile("организатор(ы)?|ұйымдастырушы(сы|лар|лары)?"), Field.ORGANISERS),
            new Label(Pattern.compile("спикер(ы)?|модератор(ы)?|участники|выступающие|докладчики|приветственное слово"
                    + "|спикерлер(і)?|қатысушылар(ы)?|баяндамашылар|құттықтау сөз"), Field.SPEAKERS));

    /** The most words a label has before its colon. */
    private static final int LABEL_WORDS = 3;

    public EventDetailsFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        Entity event = index.mainEvent();
        if (event == null) return out;
        List<Line> lines = lines(view);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Field field = line.label();
            if (field == null) continue;
            Span content = line.after();
            switch (field) {
                case DATE -> dates(view, event, content, out);
                case PLACE -> places(index, event, content, out);
                case DATE_AND_PLACE -> {
                    dates(view, event, content, out);
                    places(index, event, content, out);
                }
                case ORGANISERS -> {
                    for (EntityIndex.Item o : index.outermost(content, EntityKind.ORGANIZATION)) {
                        out.add(Fact.link(Predicate.ORGANIZES, o.entity(), event, content, 0.8));
                    }
                }
                case SPEAKERS -> {
                    speakers(index, event, content, out);
                    // The list under the label: each item a speaker, up to the first line that is no item.
                    for (int k = i + 1; k < lines.size() && lines.get(k).item(); k++) speakers(index, event, lines.get(k).span(), out);
                }
            }
        }
        return out;
    }

    private static void dates(TextView view, Entity event, Span content, List<Fact> out) {
        for (Mention d : Mentions.within(view.document(), content, MentionType.DATE)) {
            out.add(Fact.value(Predicate.DATE, event, d.normalized(), content, 0.8));
        }
    }

    private static void places(EntityIndex index, Entity event, Span content, List<Fact> out) {
        for (EntityIndex.Item p : index.outermost(content, EntityKind.PLACE)) {
            out.add(Fact.link(Predicate.TAKES_PLACE_IN, event, p.entity(), content, 0.8));
        }
    }

    private static void speakers(EntityIndex index, Entity event, Span line, List<Fact> out) {
        for (EntityIndex.Item p : index.outermost(line, EntityKind.PERSON)) {
            out.add(Fact.link(Predicate.PARTICIPATES_IN, p.entity(), event, line, 0.7));
        }
    }

    /** A line of the text as tokens [from, to) of its sentence (a line inside a sentence, or a sentence of its own). */
    private record Line(SentenceView s, int from, int to) {
        Span span() {
            return s.span(from, to);
        }

        /** The field the line's label names, or null: a few words then a colon, after a list mark or none. */
        Field label() {
            int start = item() ? from + 1 : from;
            for (int k = start; k < Math.min(to, start + LABEL_WORDS + 1); k++) {
                if (!s.isPunct(k, ":")) {
                    if (!s.isWord(k)) return null;
                    continue;
                }
                if (k == start) return null;
                String words = s.readingOf(start, k).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
                for (Label l : LABELS) {
                    if (l.words().matcher(words).matches()) return l.field();
                }
                return null;
            }
            return null;
        }

        /** What follows the label's colon. */
        Span after() {
            int k = from;
            while (!s.isPunct(k, ":")) k++;
            return k + 1 < to ? s.span(k + 1, to) : new Span(s.end(k), s.end(k));
        }

        /** Whether the line is an item of a list: it opens with a dash, a bullet or a number. */
        boolean item() {
            return s.isPunct(from, "–—-•·*") || from + 1 < to && s.form(from).matches("\\d{1,2}") && s.isPunct(from + 1, ".)");
        }
    }

    private static List<Line> lines(TextView view) {
        List<Line> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            int from = 0;
            for (int k = 0; k < s.size(); k++) {
                if (k + 1 == s.size() || s.lineBreakAfter(k)) {
                    out.add(new Line(s, from, k + 1));
                    from = k + 1;
                }
            }
        }
        return out;
    }
}
