package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Places the gazetteer does not list, named with a place-kind word: «Төлеби ауданына» →
 * «Төлеби ауданы», «Мунайлинского района» → «Мунайлинский район», «в селе Акжар» → «Акжар».
 * The mention's concept is the place kind.
 */
public final class PlaceNameFinder extends MentionFinder {
    public PlaceNameFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        List<Mention> opening = new ArrayList<>();
        boolean kazakh = view.readingLanguage() != kz.qogam.ingest.doc.Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                PhraseTable.Match<Concept> kind = lexicons.placeKinds().longestAt(s, i);
                if (kind == null || !settlementOrDistrict(kind.value())) continue;
                if (plural(s, kind, kazakh)) {
                    out.addAll(listed(view, s, kind, kazakh));
                    i = kind.end() - 1;
                    continue;
                }
                Mention m = s.isCapitalized(i - 1) ? nameBefore(view, s, kind, kazakh) : kazakh ? null : nameAfter(view, s, kind);
                if (m == null && kazakh && kind.start() == 1) m = opening(view, s, kind);
                if (m != null) {
                    (m.confidence() == OPENING ? opening : out).add(m);
                    i = kind.end() - 1;
                }
            }
        }
        // A capital at the start of a sentence proves nothing, but a name the text gives elsewhere does: a headline's
        // «Төлеби ауданында жастар форумы өтті» before «… Төлеби ауданының …».
        for (Mention m : opening) {
            if (out.stream().anyMatch(o -> o.normalized().equals(m.normalized()))) out.add(m);
        }
        return out;
    }

    /** The confidence of a Kazakh place named at the start of a sentence, which stands only if the text names it elsewhere. */
    private static final double OPENING = 0.65;

    /** A Kazakh «X ауданы» that opens the sentence, for {@link #find} to keep if the text names X so elsewhere. */
    private Mention opening(TextView view, SentenceView s, PhraseTable.Match<Concept> kind) {
        String kindWord = s.isCapitalized(0) && s.isWord(0) && !alreadyPlace(view, s, 0) ? kazakhKindWord(s.lower(kind.end() - 1), kind) : null;
        if (kindWord == null) return null;
        Span span = s.span(0, kind.end());
        String name = view.toDocumentScript(s.readingOf(0, kind.end() - 1) + " " + kindWord);
        return new Mention(span, view.document().text(span), MentionType.PLACE, name, kind.value().iri(), OPENING);
    }

    /** «Төлеби ауданы», «Мунайлинский район»: a capitalised name before the kind word. */
    private Mention nameBefore(TextView view, SentenceView s, PhraseTable.Match<Concept> kind, boolean kazakh) {
        int from = kind.start() - 1;
        if (from == 0 || alreadyPlace(view, s, from)) return null; // a capital at the start of a sentence proves nothing
        if (!kazakh && !view.morphology().isAdjective(s.form(from), view.readingLanguage())) return null;
        // A name in quotes is something's name, not a place: фонд «Чистый город».
        if (s.isPunct(from - 1, "«\"„“") && s.isPunct(kind.end(), "»\"“”")) return null;
        Span span = s.span(from, kind.end());
        String name;
        if (kazakh) {
            // A Kazakh place is named with its kind word in the possessive, «Төлеби ауданы»; «Асқар Мамин қала
            // тұрғындарының» (the city's residents) and «Сапарбаев ауылда» (in a village) name none.
            String kindWord = kazakhKindWord(s.lower(kind.end() - 1), kind);
            if (kindWord == null) return null;
            name = view.toDocumentScript(s.readingOf(from, kind.end() - 1) + " " + kindWord);
        } else {
            name = view.nominative(span, Morphology.PhraseKind.NOUN_PHRASE);
        }
        return new Mention(span, view.document().text(span), MentionType.PLACE, name, kind.value().iri(), 0.7);
    }

    /**
     * The Kazakh kind word with its possessive and without its case ending, cut from the written
     * word by the kind's own label: «ауданының», «ауданы» → «ауданы», «қаласында» → «қаласы». The
     * morphology alone reads «ауданы» as «ауда» with the accusative «-ны». Null when the word does
     * not begin with the label or has no possessive.
     */
    private static String kazakhKindWord(String written, PhraseTable.Match<Concept> kind) {
        for (PhraseTable.Entry<Concept> e : kind.entries()) {
            String[] words = e.label().toLowerCase(Locale.ROOT).split("\\s+");
            String stem = words[words.length - 1];
            if (!written.startsWith(stem)) continue;
            String rest = written.substring(stem.length());
            int possessive = rest.startsWith("сы") || rest.startsWith("сі") ? 2 : rest.startsWith("ы") || rest.startsWith("і") ? 1 : 0;
            return possessive == 0 ? null : stem + rest.substring(0, possessive);
        }
        return null;
    }

    /**
     * The plural kind word that ends a list of names, from the token after one of them: «Қазалы
     * [және Арал] аудандарында», «в Казалинском [и Аральском] районах». Null when none does.
     */
    public static PhraseTable.Match<Concept> listKind(Lexicons lexicons, SentenceView s, boolean kazakh, int next) {
        int k = next;
        while (k < s.size()) {
            PhraseTable.Match<Concept> kind = s.isCapitalized(k) ? null : lexicons.placeKinds().longestAt(s, k);
            if (kind != null) return plural(s, kind, kazakh) ? kind : null;
            if (!NounPhrases.listJoint(s, k) || !s.isCapitalized(k + 1)) return null;
            k += 2;
        }
        return null;
    }

    static boolean plural(SentenceView s, PhraseTable.Match<Concept> kind, boolean kazakh) {
        String last = s.lower(kind.end() - 1);
        return kazakh ? NounPhrases.kazakhPlural(last) : RUSSIAN_PLURAL.matcher(last).matches();
    }

    /** Endings only a Russian plural has (not «области», which may be singular). */
    private static final java.util.regex.Pattern RUSSIAN_PLURAL = java.util.regex.Pattern.compile("(?U)\\p{L}{3,}(ах|ях|ов|ей|ами|ями|ам|ям)");

    /**
     * The places of a list the plural kind word ends, each with the kind in the singular: «Қазалы
     * және Арал аудандарында» → «Қазалы ауданы», «Арал ауданы»; «в Казалинском и Аральском
     * районах» → «Казалинский район», «Аральский район». At least two names, each one word
     * (in Russian an adjective); those the gazetteer read as that kind stay its.
     */
    private List<Mention> listed(TextView view, SentenceView s, PhraseTable.Match<Concept> kind, boolean kazakh) {
        if (kind.start() < 1) return List.of();
        String singular = singularKindWord(view, s, kind, kazakh);
        List<Mention> out = new ArrayList<>();
        if (singular == null) return out;
        int k = kind.start() - 1;
        List<Integer> names = new ArrayList<>();
        while (k >= 0 && s.isWord(k) && s.isCapitalized(k) && (kazakh || view.morphology().isAdjective(s.form(k), view.readingLanguage()))) {
            names.add(k);
            if (k < 2 || !NounPhrases.listJoint(s, k - 1)) break;
            k -= 2;
        }
        if (names.size() < 2) return out;
        for (int n : names) {
            if (alreadyPlace(view, s, n)) continue;
            Span span = s.span(n, n + 1);
            String name = kazakh ? view.toDocumentScript(s.readingOf(n, n + 1) + " " + singular)
                    : EventFinder.capitalise(view.nominative(s.readingOf(n, n + 1) + " " + singular, Morphology.PhraseKind.NOUN_PHRASE));
            out.add(new Mention(span, view.document().text(span), MentionType.PLACE, name, kind.value().iri(), 0.7));
        }
        return out;
    }

    /**
     * The plural kind word in the singular: in Kazakh in the nominative with its possessive, in
     * Russian in the same case. Null when it cannot tell.
     */
    static String singularKindWord(TextView view, SentenceView s, PhraseTable.Match<Concept> kind, boolean kazakh) {
        return kazakh ? kazakhSingularKindWord(s.lower(kind.end() - 1), kind) : russianSingular(view, s, kind);
    }

    /**
     * A Kazakh plural kind word in the singular with its possessive: «аудандарында» → «ауданы»,
     * «қалаларында» → «қаласы». Null when the word does not begin with the kind's label.
     */
    private static String kazakhSingularKindWord(String written, PhraseTable.Match<Concept> kind) {
        for (PhraseTable.Entry<Concept> e : kind.entries()) {
            String[] words = e.label().toLowerCase(Locale.ROOT).split("\\s+");
            String stem = words[words.length - 1];
            if (!written.startsWith(stem) || written.length() < stem.length() + 3) continue;
            boolean front = written.charAt(stem.length() + 1) == 'е';
            boolean vowelEnd = "аәеиоөұүыіэюя".indexOf(stem.charAt(stem.length() - 1)) >= 0;
            return stem + (vowelEnd ? "с" : "") + (front ? "і" : "ы");
        }
        return null;
    }

    /**
     * A Russian plural kind word in the singular of the same case, as the adjective before it
     * agrees with: «Аральском районах» → «районе». Null when the dictionary knows none.
     */
    private static String russianSingular(TextView view, SentenceView s, PhraseTable.Match<Concept> kind) {
        String plural = s.lower(kind.end() - 1);
        java.util.regex.Matcher m = RUSSIAN_PLURAL.matcher(plural);
        if (!m.matches()) return null;
        String stem = plural.substring(0, m.start(1));
        String adjective = s.form(kind.start() - 1);
        for (String ending : List.of("е", "и", "а", "у", "ом", "ью", "ем", "я", "ю")) {
            String candidate = stem + ending;
            if (view.morphology().knows(candidate, view.readingLanguage()) && view.morphology().agrees(adjective, candidate, view.readingLanguage())) {
                return candidate;
            }
        }
        return null;
    }

    /** «селе Акжар», «г. Кентау»: the kind word, then a capitalised name. */
    private Mention nameAfter(TextView view, SentenceView s, PhraseTable.Match<Concept> kind) {
        int at = kind.end();
        if (s.isPunct(at, ".")) at++;
        if (!s.isCapitalized(at) || s.isUpper(at) || alreadyPlace(view, s, at)) return null;
        // A given name and a surname after it are a person's: «руководитель отдела … города Динара Сеитова».
        if (lexicons.givenNames().isGivenName(s.form(at), view.readingLanguage()) && s.isCapitalized(at + 1)) return null;
        Span span = s.span(at, at + 1);
        return new Mention(span, view.document().text(span), MentionType.PLACE, view.document().text(span), kind.value().iri(), 0.6);
    }

    private static boolean alreadyPlace(TextView view, SentenceView s, int token) {
        return Mentions.covering(view.document(), s.start(token), MentionType.PLACE) != null;
    }

    private static boolean settlementOrDistrict(Concept kind) {
        return kind.isA("district") || kind.isA("town") || kind.isA("village") || kind.isA("rural-district")
                || kind.localName().equals("city");
    }
}
