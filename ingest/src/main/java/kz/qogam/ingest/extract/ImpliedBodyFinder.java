package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Layer;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Organisations a post names without naming them: an akim heads the akimat of his place and a
 * minister his ministry. «акима города Алматы» → «Акимат города Алматы», «вице-министр культуры
 * РК» → «Министерство культуры РК», «Шымкент қаласының әкімі» → «Шымкент қаласының әкімдігі».
 * The mention spans the post and what it governs; its name uses the body's word from the
 * legal-forms scheme.
 */
public final class ImpliedBodyFinder extends MentionFinder {
    /** The role whose holder heads a body, and that body's legal form. */
    private static final Map<String, String> BODY_OF_ROLE = Map.of(
            "akim", "akimat", "deputy-akim", "akimat", "minister", "ministry", "vice-minister", "ministry");

    public ImpliedBodyFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public Set<Layer> requires() {
        return afterMentions();
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            for (Mention role : Mentions.within(view.document(), s.span(), MentionType.ROLE)) {
                Concept r = lexicons.concept(role.concept());
                String form = r == null ? null : BODY_OF_ROLE.get(r.localName());
                if (form == null) continue;
                Concept body = lexicons.legalForm(form);
                Mention m = russian ? russian(view, s, role, body) : kazakh(view, s, role, body);
                if (m != null) out.add(m);
            }
        }
        return out;
    }

    private Mention russian(TextView v, SentenceView s, Mention role, Concept body) {
        int from = s.indexAt(role.end());
        int end = NounPhrases.genitiveComplementEnd(lexicons.givenNames(), v, s, from);
        if (end == from) return null;
        Span span = new Span(role.start(), s.end(end - 1));
        String name = EventFinder.capitalise(body.label("ru")) + " " + s.textOf(from, end).replaceAll("\\s+", " ");
        return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, name, body.iri(), 0.6);
    }

    private Mention kazakh(TextView v, SentenceView s, Mention role, Concept body) {
        int roleStart = s.indexAt(role.start());
        int from = NounPhrases.kazakhModifiersStart(lexicons, v, s, roleStart);
        if (from == roleStart) return null;
        String modifiers = s.readingOf(from, roleStart);
        // A place named as the body's owner stands in the genitive: «Шымкент қаласы» → «Шымкент қаласының».
        if (Mentions.covering(v.document(), s.start(roleStart - 1), MentionType.PLACE) != null && !modifiers.matches(".*(ның|нің|дың|дің|тың|тің)")) {
            modifiers += modifiers.endsWith("ы") ? "ның" : modifiers.endsWith("і") ? "нің" : "";
        }
        Span span = new Span(s.start(from), role.end());
        String name = v.toDocumentScript(modifiers + " " + possessive(body.label("kk")));
        return new Mention(span, v.document().text(span), MentionType.ORGANIZATION, name, body.iri(), 0.6);
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
