package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Local bodies named by their level and their noun only: «депутат областного маслихата»,
 * «облыстық мәслихат депутаты», «председатель городского общественного совета», and the youth
 * resource centre every region and city has («в областном молодежном ресурсном центре»,
 * «Қалалық жастар ресурстық орталығында»). They are the
 * bodies of the region or city the text names ({@link TextPlaces}): «Маслихат Мангистауской
 * области», «Маңғыстау облыстық мәслихаты». With no such place, or several, the words name no
 * body: «Областной маслихат» would be one entity for every region's across texts.
 */
public final class LocalBodyFinder extends MentionFinder {
    /** A body's noun after the level's adjective, and its name in the nominative (Kazakh with the possessive). */
    private record Noun(Pattern words, String name) {}

    private static final List<Noun> RUSSIAN = List.of(
            new Noun(Pattern.compile("маслихат\\p{L}*"), "Маслихат"),
            new Noun(Pattern.compile("акимат\\p{L}*"), "Акимат"),
            new Noun(Pattern.compile("общественн\\p{L}+ совет\\p{L}*"), "Общественный совет"),
            new Noun(Pattern.compile("общественн\\p{L}+ палат\\p{L}*"), "Общественная палата"),
            new Noun(Pattern.compile("избирательн\\p{L}+ комисси\\p{L}*"), "Избирательная комиссия"),
            new Noun(Pattern.compile("молодежн\\p{L}+ ресурсн\\p{L}+ центр\\p{L}*"), "Молодежный ресурсный центр"));
    private static final List<Noun> KAZAKH = List.of(
            new Noun(Pattern.compile("мәслихат\\p{L}*"), "мәслихаты"),
            new Noun(Pattern.compile("әкімді[гк]\\p{L}*"), "әкімдігі"),
            new Noun(Pattern.compile("қоғамдық кеңес\\p{L}*"), "қоғамдық кеңесі"),
            new Noun(Pattern.compile("сайлау комиссия\\p{L}*"), "сайлау комиссиясы"),
            new Noun(Pattern.compile("жастар ресурстық орталығ\\p{L}*"), "жастар ресурстық орталығы"));

    /** The level's adjective: a region's or a city's. */
    private static final Pattern RUSSIAN_REGION = Pattern.compile("областн\\p{L}+");
    private static final Pattern RUSSIAN_CITY = Pattern.compile("городск\\p{L}+");

    public LocalBodyFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i + 1 < s.size(); i++) {
                String kind = levelAt(s, i, russian);
                if (kind == null || Mentions.covering(view.document(), s.start(i), MentionType.ORGANIZATION) != null) continue;
                // «Мангистауский областной маслихат», «Маңғыстау облыстық мәслихаты» name their region themselves.
                if (i > 0 && (Mentions.covering(view.document(), s.start(i - 1), MentionType.PLACE) != null
                        || i > 1 && s.isCapitalized(i - 1))) continue;
                for (Noun noun : russian ? RUSSIAN : KAZAKH) {
                    int end = nounEnd(s, i + 1, noun.words());
                    if (end < 0) continue;
                    Concept place = TextPlaces.only(lexicons, view.document(), kind);
                    if (place == null) break;
                    Span span = s.span(i, end);
                    String name = russian ? noun.name() + " " + TextPlaces.russianOwner(lexicons, view.document(), place)
                            : view.toDocumentScript(kazakhOwner(place) + " " + noun.name());
                    out.add(new Mention(span, view.document().text(span), MentionType.ORGANIZATION, name, null, 0.8));
                    out.add(TextPlaces.reference(view, s, i, place));
                    break;
                }
            }
        }
        return out;
    }

    /** The kind of place whose level the word at {@code i} names («областного» → region, «қалалық» → city), or null. */
    private static String levelAt(SentenceView s, int i, boolean russian) {
        String w = s.lower(i);
        if (russian) return RUSSIAN_REGION.matcher(w).matches() ? "region" : RUSSIAN_CITY.matcher(w).matches() ? "city" : null;
        return w.equals("облыстық") ? "region" : w.equals("қалалық") ? "city" : null;
    }

    /** The token after the body's noun of one to three words from {@code k}, or -1. */
    private static int nounEnd(SentenceView s, int k, Pattern words) {
        for (int n = 1; n <= 3 && k + n <= s.size(); n++) {
            if (words.matcher(s.readingOf(k, k + n).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).matches()) return k + n;
        }
        return -1;
    }

    /** The Kazakh words for the place before its level's adjective: «Маңғыстау облыстық», «Ақтау қалалық». */
    private String kazakhOwner(Concept place) {
        String label = place.label("kk");
        return TextPlaces.isRegion(lexicons, place) ? label.replaceFirst(" облысы$", " облыстық") : label + " қалалық";
    }
}
