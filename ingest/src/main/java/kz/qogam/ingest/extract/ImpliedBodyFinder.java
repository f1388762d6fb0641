package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;
import kz.qogam.ontology.Qg;

/**
 * Organisations a post names without naming them: an akim heads the akimat of his place and a
 * minister his ministry. «акима города Алматы» → «Акимат города Алматы», «вице-министр культуры
 * РК» → «Министерство культуры РК», «Шымкент қаласының әкімі» → «Шымкент қаласының әкімдігі».
 * Any other post of a place is held in that place's state, a state body named as the place:
 * «президент Франции», «мэра Москвы», «Қазақстан Республикасының Президенті». The mention spans
 * the post and what it governs; its name uses the body's word from the legal-forms scheme. It
 * runs after the name finder, whose posts and places it uses too.
 */
public final class ImpliedBodyFinder extends MentionFinder {
    /** The role whose holder heads a body, and that body's legal form. */
    private static final Map<String, String> BODY_OF_ROLE = Map.of(
            "akim", "akimat", "deputy-akim", "akimat", "minister", "ministry", "vice-minister", "ministry");

    public ImpliedBodyFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            for (Mention role : Mentions.within(view.document(), s.span(), MentionType.ROLE)) {
                if (!RoleFinder.isPost(lexicons, role)) continue;
                Mention m;
                if (impliesBody(lexicons, role)) {
                    Concept body = lexicons.legalForm(BODY_OF_ROLE.get(lexicons.concept(role.concept()).localName()));
                    Mention listed = russian ? null : listedMinistry(view, s, s.indexAt(role.start()), role, body);
                    if (listed != null) {
                        out.add(listed);
                        // The words before «министрі» make its title, whether the name finder read it or not.
                        if (Mentions.within(view.document(), s.span(), MentionType.TITLE).stream().noneMatch(t -> t.span().overlaps(listed.span()))) {
                            out.add(Mentions.title(view, listed.span(), role.concept(), 0.8));
                        }
                        continue;
                    }
                    m = russian ? russian(view, s, role, body, out) : kazakh(view, s, role, body, out);
                } else {
                    m = state(view, s, role, russian);
                }
                if (m != null) out.add(m);
            }
        }
        return out;
    }

    private Mention russian(TextView v, SentenceView s, Mention role, Concept body, List<Mention> out) {
        int from = s.indexAt(role.end());
        // «Министр по государственным сборам Новой Зеландии»: the complement goes on after the title.
        int end = NounPhrases.genitiveComplementEnd(lexicons.givenNames(), v, s, PostFinder.afterTitle(v, s, role));
        if (end == from) return null;
        Span span = new Span(role.start(), s.end(end - 1));
        String complement = s.textOf(from, end).replaceAll("\\s+", " ");
        if (isKindWord(v, s, from, end)) {
            Concept place = placeReferredTo(v, s, from);
            if (place == null) return null; // «акимат области» of which region? Not a name to share across texts.
            out.add(TextPlaces.reference(v, s, from, place));
            complement = TextPlaces.russianOwner(lexicons, v.document(), place);
        } else if (isDistrictWord(v, s, from, end)) {
            // «заместитель акима района» in a text about «Панфиловский район»: that district's akimat.
            Mention district = TextPlaces.onlyDistrict(v.document());
            String owner = district == null ? null : TextPlaces.russianDistrictOwner(district.normalized());
            if (owner != null) {
                out.add(TextPlaces.reference(v, s, from, district));
                complement = owner;
            }
        }
        String name = EventFinder.capitalise(body.label("ru")) + " " + complement;
        return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, name, body.iri(), 0.6);
    }

    private Mention kazakh(TextView v, SentenceView s, Mention role, Concept body, List<Mention> out) {
        int roleStart = s.indexAt(role.start());
        if (isKindWord(v, s, roleStart - 1, roleStart)) {
            Concept place = placeReferredTo(v, s, roleStart - 1);
            if (place == null) return null;
            out.add(TextPlaces.reference(v, s, roleStart - 1, place));
            String label = place.label("kk");
            String owner = TextPlaces.isRegion(lexicons, place) ? label + "ның" : label + " қаласының";
            Span span = new Span(s.start(roleStart - 1), role.end());
            return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, v.toDocumentScript(owner + " " + possessive(body.label("kk"))),
                    body.iri(), 0.6);
        }
        if (isDistrictWord(v, s, roleStart - 1, roleStart)) {
            // «аудан әкімінің орынбасары» in a text about «Төлеби ауданы»: that district's akimat.
            Mention district = TextPlaces.onlyDistrict(v.document());
            if (district != null) {
                out.add(TextPlaces.reference(v, s, roleStart - 1, district));
                String owner = NounPhrases.possessiveGenitive(v.readingOf(district.normalized()));
                Span span = new Span(s.start(roleStart - 1), role.end());
                return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, v.toDocumentScript(owner + " " + possessive(body.label("kk"))),
                        body.iri(), 0.6);
            }
        }
        int from = NounPhrases.kazakhModifiersStart(lexicons, v, s, roleStart);
        if (from == roleStart) return null;
        String modifiers = s.readingOf(from, roleStart);
        // A place named as the body's owner stands in the genitive: «Шымкент қаласы» → «Шымкент қаласының».
        if (Mentions.covering(v.document(), s.start(roleStart - 1), MentionType.PLACE) != null && !NounPhrases.kazakhGenitive(modifiers)) {
            modifiers = NounPhrases.possessiveGenitive(modifiers);
        }
        Span span = new Span(s.start(from), role.end());
        String name = v.toDocumentScript(modifiers + " " + possessive(body.label("kk")));
        return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, name, body.iri(), 0.6);
    }

    /**
     * A listed ministry whose Kazakh name the words before «министрі» give, in any case
     * («денсаулық сақтау министрі», «Мәдениет және ақпарат министрінің»), under the ministry's
     * own name; the words are the title's whether the text writes them with capitals or not.
     */
    private Mention listedMinistry(TextView v, SentenceView s, int roleStart, Mention role, Concept body) {
        if (!body.localName().equals("ministry")) return null;
        for (PhraseTable.Match<Lexicons.Body> m : lexicons.ministryDomains().findAll(s)) {
            if (m.end() != roleStart) continue;
            Span span = new Span(s.start(m.start()), role.end());
            return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, v.toDocumentScript(m.value().kk()),
                    body.iri(), 0.8);
        }
        return null;
    }

    /**
     * Whether tokens [from, to) are one lower-case word for a region or a city («области», «облыс», «города», «қала»),
     * not one of a place's name («Шымкент қаласының»).
     */
    private boolean isKindWord(TextView v, SentenceView s, int from, int to) {
        if (to - from != 1 || from < 0 || !s.isWord(from) || s.isCapitalized(from)) return false;
        if (Mentions.covering(v.document(), s.start(from), MentionType.PLACE) != null) return false;
        PhraseTable.Match<Concept> kind = lexicons.placeKinds().longestAt(s, from);
        return kind != null && kind.end() == to && (kind.value().isA("region") || kind.value().localName().equals("city"));
    }

    /** Whether tokens [from, to) are one lower-case word for a district («района», «аудан»), not one of a district's name. */
    private boolean isDistrictWord(TextView v, SentenceView s, int from, int to) {
        if (to - from != 1 || from < 0 || !s.isWord(from) || s.isCapitalized(from)) return false;
        if (Mentions.covering(v.document(), s.start(from), MentionType.PLACE) != null) return false;
        PhraseTable.Match<Concept> kind = lexicons.placeKinds().longestAt(s, from);
        return kind != null && kind.end() == to && kind.value().localName().equals("district");
    }

    /** The place a region's or a city's word at token {@code k} stands for, or null ({@link TextPlaces}). */
    private Concept placeReferredTo(TextView v, SentenceView s, int k) {
        return TextPlaces.only(lexicons, v.document(), lexicons.placeKinds().longestAt(s, k).value().localName());
    }

    /** The legal forms of the bodies this finder makes. */
    private static final Set<String> IMPLIED_FORMS = Set.of(
            Qg.LEGAL_FORM_NS + "akimat", Qg.LEGAL_FORM_NS + "ministry", Qg.LEGAL_FORM_NS + "state-body");

    /**
     * Whether an organisation mention is a body this finder made from a post: its span begins or
     * ends with the post that implies it («президент Франции», «Шымкент қаласының әкімі»). The
     * text writes no name there, so scorers of named mentions leave it out.
     */
    public static boolean isImplied(Document doc, Mention m) {
        if (m.type() != MentionType.ORGANIZATION || m.concept() == null || !IMPLIED_FORMS.contains(m.concept())) return false;
        for (Mention r : doc.mentions()) {
            if (r.type() == MentionType.ROLE && m.span().contains(r.span()) && (r.start() == m.start() || r.end() == m.end())) return true;
        }
        return false;
    }

    /** Whether the post names the body its holder heads (an akim's akimat, a minister's ministry). */
    public static boolean impliesBody(Lexicons lexicons, Mention role) {
        Concept r = lexicons.concept(role.concept());
        return r != null && BODY_OF_ROLE.containsKey(r.localName());
    }

    /**
     * The state of the place a post is held in, when the holder's name follows: in Russian the
     * place after the post (or after its title, {@link PostFinder#afterTitle}) and the common
     * words of its complement («президент Франции», «помощник госсекретаря США») or the place
     * adjective before it («подмосковного
     * губернатора», or a country's {@code qg:adjective}: «российский президент»), and for a
     * president or prime minister with neither, nor a body after the post, the country the text
     * names most ({@link #mainCountry}; a guess, with confidence {@link PostFinder#GUESSED_BODY});
     * in Kazakh the place right before the post, in the genitive.
     */
    private Mention state(TextView v, SentenceView s, Mention role, boolean russian) {
        // A signatory's post in the body the line names: «Ассоциация НПО …, президент Виктор Ким».
        if (PostFinder.listedBody(v, s, role) != null) return null;
        int first = s.indexAt(role.start());
        Mention before = first > 0 ? Mentions.covering(v.document(), s.start(first - 1), MentionType.PLACE) : null;
        if (before != null && before.end() != s.end(first - 1)) before = null;
        Mention place;
        Span span;
        if (russian) {
            int at = NounPhrases.commonGenitiveEnd(v, s, PostFinder.afterTitle(v, s, role));
            Mention after = at < s.size() ? Mentions.startingAt(v.document(), s.start(at), MentionType.PLACE) : null;
            if (after != null) {
                place = after;
                span = new Span(role.start(), after.end());
            } else {
                place = before != null && !s.isCapitalized(first - 1) ? before : null;
                span = place == null ? null : new Span(place.start(), role.end());
                if (place == null && first > 0 && !s.isCapitalized(first - 1)) {
                    // «российский президент», «израильского премьера»: the country's adjective.
                    PhraseTable.Match<Concept> adjective = lexicons.placeAdjectives().longestAt(s, first - 1);
                    if (adjective != null && adjective.end() == first) {
                        Concept country = adjective.value();
                        span = new Span(s.start(first - 1), role.end());
                        place = new Mention(s.span(first - 1, first), s.form(first - 1), MentionType.PLACE,
                                country.label(v), country.iri(), 0.85);
                    }
                }
                boolean bodyAfter = at < s.size() && Mentions.startingAt(v.document(), s.start(at), MentionType.ORGANIZATION) != null;
                if (place == null && !bodyAfter && leadsCountry(role)) {
                    // «Премьер-министр Михаил Фрадков» in a text about Russia: the country the text is about.
                    Concept country = mainCountry(v);
                    if (country != null) {
                        span = role.span();
                        place = new Mention(role.span(), role.text(), MentionType.PLACE, country.label(v), country.iri(),
                                PostFinder.GUESSED_BODY);
                    }
                }
            }
        } else {
            place = before != null && NounPhrases.kazakhGenitive(s.lower(first - 1)) ? before : null;
            span = place == null ? null : new Span(place.start(), role.end());
        }
        if (place == null || PostFinder.governed(v, s, role)) return null;
        int holder = PostFinder.holderAt(v, s, span.end());
        // Only a post someone is named in: «визит президента США» alone is no post of anyone's here; someone
        // named before «пост …» takes or leaves it («Владимир Путин согласился занять пост премьер-министра РФ»).
        boolean namedAfter = holder < s.size() && Mentions.startingAt(v.document(), s.start(holder), MentionType.PERSON) != null;
        boolean namedBefore = russian && PostFinder.afterPostWord(s, role)
                && !Mentions.within(v.document(), new Span(s.start(0), role.start()), MentionType.PERSON).isEmpty();
        if (!namedAfter && !namedBefore) return null;
        return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, place.normalized(),
                lexicons.legalForm("state-body").iri(), Math.min(0.6, place.confidence()));
    }

    /** Whether the post leads a country: a president or a prime minister. */
    private boolean leadsCountry(Mention role) {
        Concept r = lexicons.concept(role.concept());
        return r != null && (r.isA("president") || r.isA("prime-minister"));
    }

    /**
     * The country of the gazetteer the text names most, itself or through its places (at least
     * twice, and more often than any other), or null.
     */
    private Concept mainCountry(TextView v) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : v.document().mentions()) {
            if (m.type() != MentionType.PLACE || m.concept() == null) continue;
            Concept c = lexicons.concept(m.concept());
            if (c == null || c.kind() == null) continue;
            String country = c.kind().endsWith("/country") ? c.iri() : null;
            for (String b : c.broader()) {
                Concept container = lexicons.concept(b);
                if (container != null && container.kind() != null && container.kind().endsWith("/country")) country = b;
            }
            if (country != null) counts.merge(country, 1, Integer::sum);
        }
        String best = null;
        int top = 0, second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= 2 && top > second ? lexicons.concept(best) : null;
    }


    /** The Kazakh 3rd-person possessive of a noun: «әкімдік» → «әкімдігі», «министрлік» → «министрлігі». */
    static String possessive(String noun) {
        String lower = noun.toLowerCase(java.util.Locale.ROOT);
        char last = lower.charAt(lower.length() - 1);
        boolean front = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ("аоұыуэюя".indexOf(c) >= 0) front = false;
            else if ("әеөүіи".indexOf(c) >= 0) front = true;
        }
        String stem = switch (last) {
            case 'к' -> noun.substring(0, noun.length() - 1) + "г";
            case 'қ' -> noun.substring(0, noun.length() - 1) + "ғ";
            case 'п' -> noun.substring(0, noun.length() - 1) + "б";
            default -> noun;
        };
        boolean vowel = "аәеоөұүыіиуэюя".indexOf(last) >= 0;
        return stem + (vowel ? (front ? "сі" : "сы") : (front ? "і" : "ы"));
    }
}
