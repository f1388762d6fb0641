package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Places of the gazetteer by any of their names and in any case form: «Мангистауской области»,
 * «В Петропавловске», «Шымкент қаласында», «Шымкенттегі», «#СКО». A place-kind word that follows
 * the name and agrees with the place («Шымкент қаласында») is part of the mention. The mention
 * denotes the gazetteer place, and its name is the place's preferred label in the text's language.
 */
public final class GazetteerPlaceFinder extends MentionFinder {
    public GazetteerPlaceFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            for (PhraseTable.Match<Concept> m : lexicons.places().findAll(s, declinable(view, s))) {
                // Place names are proper names: «казахстанских» or «алматы» in a URL are not places;
                // nor is a street named after a place or a person («ул. Шевченко», «Абай көшесі»).
                // A name the gazetteer writes with its kind word first is capitalised after it: «области Абай».
                boolean proper = s.isCapitalized(m.start())
                        || s.isCapitalized(m.end() - 1) && m.entries().stream().anyMatch(e -> Character.isLowerCase(e.label().charAt(0)));
                if (!proper || onStreet(s, m.start(), m.end()) || afterGivenName(view, s, m)) continue;
                Concept place = m.value();
                int end = m.end();
                PhraseTable.Match<Concept> kind = kindAfter(lexicons, s, m);
                if (kind != null && !kindAgrees(place, kind.value())) continue; // «Сарыағаш ауданы» is a district, not the town
                // So is each of «Қазалы және Арал аудандарында», «в Казалинском и Аральском районах».
                PhraseTable.Match<Concept> listKind = kind != null ? null
                        : PlaceNameFinder.listKind(lexicons, s, view.readingLanguage() != Language.RUSSIAN, m.end());
                if (listKind != null && !kindAgrees(place, listKind.value())) continue;
                if (kind != null) end = kind.end();
                Span span = s.span(m.start(), end);
                String name = place.label(view);
                out.add(new Mention(span, view.document().text(span), MentionType.PLACE, name, place.iri(), 0.95));
            }
            listed(view, s, out);
        }
        return out;
    }

    /**
     * The places of a list that only its plural kind word names: «Жамбыл және Түркістан
     * облыстарында», «в Жамбылской и Туркестанской областях» (the last one is found with the kind
     * word as any other).
     */
    private void listed(TextView view, SentenceView s, List<Mention> out) {
        boolean kazakh = view.readingLanguage() != Language.RUSSIAN;
        for (int i = 1; i < s.size(); i++) {
            PhraseTable.Match<Concept> kind = s.isCapitalized(i) ? null : lexicons.placeKinds().longestAt(s, i);
            if (kind == null || !PlaceNameFinder.plural(s, kind, kazakh)) continue;
            String singular = PlaceNameFinder.singularKindWord(view, s, kind, kazakh);
            if (singular == null) continue;
            for (int k = kind.start() - 1; k >= 0 && s.isWord(k) && s.isCapitalized(k); k -= 2) {
                int start = s.start(k);
                if (out.stream().noneMatch(m -> m.start() <= start && start < m.end())) {
                    Concept place = lexicons.places().phrase(List.of(s.form(k), singular), view.readingLanguage()).stream()
                            .map(PhraseTable.Entry::value).filter(p -> kindAgrees(p, kind.value())).findFirst().orElse(null);
                    if (place != null) {
                        Span span = s.span(k, k + 1);
                        out.add(new Mention(span, view.document().text(span), MentionType.PLACE, place.label(view), place.iri(), 0.95));
                    }
                }
                if (k < 2 || !NounPhrases.listJoint(s, k - 1)) break;
            }
        }
    }

    /**
     * Which names of the table the words up to a token may be: in a Russian text, a case form of a
     * Russian name. The table matches by stem, which an indeclinable name shares with other
     * names: «Аксая» is «Аксай», not «Аксу», and «Актобы» is not «Актобе». Such a name (ending in
     * a vowel other than а, я) is matched as written; a plural in -ы takes only the plural's
     * endings («Нидерландах», «из Кульсар», not «Алматой»); a name in -й keeps the rest («Аксая»,
     * «Аксае»). Kazakh names, and Kazakh texts, are the table's business.
     */
    public static BiPredicate<PhraseTable.Entry<Concept>, Integer> declinable(TextView view, SentenceView s) {
        if (view.readingLanguage() != Language.RUSSIAN) return null;
        return (e, end) -> !e.lang().equals("ru") || formOf(e.label(), s.lower(end - 1));
    }

    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile("ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем");

    private static boolean formOf(String label, String written) {
        String[] words = label.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s-]+");
        String name = words[words.length - 1];
        String form = written.replace('ё', 'е');
        if (form.equals(name) || form.endsWith("-" + name)) return true;
        char last = name.charAt(name.length() - 1);
        if (last == 'ы') {
            String stem = name.substring(0, name.length() - 1);
            return form.startsWith(stem) && List.of("", "ов", "ам", "ами", "ах").contains(form.substring(stem.length()));
        }
        // «Рудный» declines as an adjective: «из Рудного», «в Рудном».
        if (name.matches(".+[ыио]й")) return form.startsWith(name.substring(0, name.length() - 2)) && ADJECTIVE_ENDING.matcher(form.substring(name.length() - 2)).matches();
        if (last == 'й') return form.startsWith(name.substring(0, name.length() - 1)); // «Аксая», not «Аксу»
        return "оеиуюэ".indexOf(last) < 0;
    }

    /**
     * Whether a one-word place with no case ending follows a given name, and so is a surname:
     * «Владимир Шевченко», not «Айгүл Алматыда».
     */
    private boolean afterGivenName(TextView view, SentenceView s, PhraseTable.Match<Concept> m) {
        if (m.start() == 0 || m.length() != 1 || !s.isCapitalized(m.start() - 1) || NounPhrases.kazakhCaseEnded(s.lower(m.start() - 1))) return false;
        boolean givenName = lexicons.givenNames().isGivenName(s.form(m.start() - 1), view.readingLanguage())
                || lexicons.givenNames().isGivenName(s.form(m.start() - 1), Language.RUSSIAN);
        return givenName && !NounPhrases.kazakhCaseEnded(s.lower(m.start())) && !NounPhrases.kazakhAttributive(s.lower(m.start()));
    }

    /** Titles a namesake keeps in a street's name: «Әйтеке би көшесі», «Қабанбай батыр даңғылы». */
    private static final String[] NAMESAKE_TITLES = {"би", "батыр", "хан", "ақын", "абыз"};

    /** Whether tokens [start, end) name a street: «ул. Шевченко», «Абай көшесі», «Әйтеке би көшесі». */
    public static boolean onStreet(SentenceView s, int start, int end) {
        int before = start - 1;
        if (s.isPunct(before, ".")) before--;
        int after = s.is(end, NAMESAKE_TITLES) ? end + 1 : end;
        return s.is(before, "ул", "улица", "улице", "улицы", "пр", "проспект", "проспекте", "проспекта", "мкр", "бульвар", "пер", "переулок")
                || s.is(after, "көшесі", "көшесінде", "көшесіндегі", "даңғылы", "даңғылында", "даңғылындағы");
    }

    /** The place-kind word in lower case right after a match, or null: «Шымкент [қаласында]», «Сарыағаш [ауданы]». */
    public static PhraseTable.Match<Concept> kindAfter(Lexicons lexicons, SentenceView s, PhraseTable.Match<Concept> m) {
        if (m.end() >= s.size() || s.isCapitalized(m.end())) return null;
        return lexicons.placeKinds().longestAt(s, m.end());
    }

    /** Whether a kind word fits a place: «қаласы» after a city or a town, «облысы» after a region. */
    public static boolean kindAgrees(Concept place, Concept kind) {
        String p = place.kind().substring(place.kind().lastIndexOf('/') + 1);
        String k = kind.localName();
        return p.equals(k) || ((p.equals("city-of-republican-significance") || p.equals("town")) && k.equals("city"));
    }
}
