package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;
import kz.qogam.ontology.Qg;

/**
 * Posts and roles of the ontology's roles scheme in any form: «директор», «вице-министр»,
 * «председателя», «әкімі», «төрағасының орынбасары», «депутаттары». The mention's normalized
 * value is the role as the text says it, in the nominative and lower case (the scheme's label
 * that the words match, the preferred one when several do); its concept is the role.
 */
public final class RoleFinder extends MentionFinder {
    /** Roles people take at events or in life rather than posts in an organisation. */
    private static final java.util.Set<String> NOT_POSTS = java.util.Set.of("participant", "organizer", "speaker", "moderator",
            "trainer", "volunteer", "activist", "head-of-state");
    public RoleFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            List<Quotes.Quote> quotes = Quotes.find(s);
            boolean[] taken = new boolean[s.size()];
            for (PhraseTable.Match<Concept> m : lexicons.roles().findAll(s)) {
                // «Qazaqstan zańgerler odaǵy» names an organisation, not a lawyer; a quoted speech's posts are posts.
                if (quotes.stream().anyMatch(q -> q.from() <= m.start() && m.start() < q.to() && !q.isSpeech(s))) continue;
                Mention deputy = view.readingLanguage() == Language.RUSSIAN ? null : kazakhDeputy(view, s, m);
                if (deputy != null) {
                    out.add(deputy);
                } else {
                    Span span = s.span(m.start(), m.end());
                    out.add(new Mention(span, view.document().text(span), MentionType.ROLE, label(view, s, m), m.value().iri(), 0.9));
                }
                for (int k = m.start(); k < m.end(); k++) taken[k] = true;
            }
            if (view.readingLanguage() != Language.RUSSIAN) continue;
            for (int i = 0; i < s.size(); i++) {
                if (taken[i] || !s.isWord(i)) continue;
                Mention m = prefixed(view, s, i);
                if (m != null) out.add(m);
            }
        }
        return out;
    }

    /**
     * A Russian post word made of a prefix and a post of the scheme the scheme does not list
     * whole: a former post is that post («экс-премьера» → экс-премьер); a vice or deputy post is the
     * scheme's deputy of the post («замминистра» → vice-minister) or a post with no concept
     * («вице-губернатор», «замглавы»). Null for any other word.
     */
    private Mention prefixed(TextView view, SentenceView s, int i) {
        String word = s.lower(i);
        for (String prefix : PREFIXES) {
            if (!word.startsWith(prefix) || word.length() < prefix.length() + 4) continue;
            String rest = word.substring(prefix.length());
            List<PhraseTable.Entry<Concept>> posts = lexicons.roles().ofWord(rest, Language.RUSSIAN);
            if (posts.isEmpty() || !isPost(posts.get(0).value())) continue;
            // «замглавы», «замминистра»: the post's word is a complement in the genitive, as written.
            String label = prefix.equals("зам") ? word : prefix + posts.get(0).label().toLowerCase(Locale.ROOT);
            Concept post = posts.get(0).value();
            String concept = prefix.equals("экс-") ? post.iri() : deputy(post);
            Span span = s.span(i, i + 1);
            return new Mention(span, view.document().text(span), MentionType.ROLE, label, concept, 0.8);
        }
        return null;
    }

    /**
     * A Kazakh post in the genitive with a deputy's word after it, maybe past a modifier, is the
     * deputy's post: «басқарма төрағасының орынбасары», «төрағасының бірінші орынбасары». Its concept
     * is the scheme's deputy of the post, or of its last word's post when the post has none (a
     * board chair's deputy is a deputy chair). Null when no deputy's word follows.
     */
    private Mention kazakhDeputy(TextView view, SentenceView s, PhraseTable.Match<Concept> post) {
        if (!NounPhrases.kazakhGenitive(s.lower(post.end() - 1))) return null;
        PhraseTable.Match<Concept> word = kazakhDeputyAfter(lexicons, view, s, post.end());
        if (word == null) return null;
        String concept = deputy(post.value());
        if (concept == null && post.length() > 1) {
            PhraseTable.Match<Concept> last = lexicons.roles().longestAt(s, post.end() - 1);
            // «төрағасының орынбасары» after «басқарма» is the scheme's deputy chair itself.
            if (last != null) concept = last.end() == word.end() ? last.value().iri() : deputy(last.value());
        }
        Span span = s.span(post.start(), word.end());
        String label = view.toDocumentScript(view.morphology().nominative(s.readingOf(post.start(), word.end()), view.readingLanguage())
                .toLowerCase(Locale.ROOT));
        return new Mention(span, view.document().text(span), MentionType.ROLE, label, concept, 0.9);
    }

    /**
     * The deputy's word («орынбасары», in any case) after a Kazakh post in the genitive that ends
     * before token {@code next}, past at most two modifiers («бірінші», «бұрынғы»), or null.
     */
    public static PhraseTable.Match<Concept> kazakhDeputyAfter(Lexicons lexicons, TextView view, SentenceView s, int next) {
        return lexicons.kazakhDeputyWords().longestAt(s, NounPhrases.afterKazakhPostModifiers(view, s, next));
    }

    /** The scheme's deputy of a post («замминистра» → vice-minister, «замдиректора» → deputy-director), or null. */
    private String deputy(Concept post) {
        for (String prefix : List.of("deputy-", "vice-")) {
            Concept c = lexicons.concept(Qg.ROLE_NS + prefix + post.localName());
            if (c != null) return c.iri();
        }
        return null;
    }

    private static final List<String> PREFIXES = List.of("экс-", "вице-", "зам");

    /** Whether a role is a post held in an organisation (director, akim), not a part taken (speaker, volunteer). */
    static boolean isPost(Concept role) {
        return role != null && !NOT_POSTS.contains(role.localName());
    }

    /** Whether a role is named by the body it heads, whose word is that body's («руководитель управления», «басқарма басшысы»). */
    static boolean headsNamedBody(Mention role) {
        return role.concept() != null && role.concept().endsWith("/head-of-department");
    }

    /**
     * Whether a role mention names a post: one of the scheme's posts, or a post the name finder
     * found that the scheme does not name (a mention with no concept: «премьер-министр», «мэр»).
     */
    public static boolean isPost(Lexicons lexicons, Mention role) {
        return role.concept() == null || isPost(lexicons.concept(role.concept()));
    }

    /** The 3rd-person possessive ending of a Kazakh word: «-сы», «-сі» after a vowel, «-ы», «-і» after a consonant. */
    private static final String KAZAKH_POSSESSIVE = "(?<=[аәеиоөұүыіэюя])с[ыі]$|(?<=[^аәеиоөұүыіэюя])[ыі]$";

    private static String label(TextView view, SentenceView s, PhraseTable.Match<Concept> m) {
        String written = view.morphology().nominative(s.readingOf(m.start(), m.end()), view.readingLanguage())
                .toLowerCase(Locale.ROOT);
        // A Kazakh post word keeps its possessive in the nominative («жетекшісі»), which its label lacks («жетекші»).
        String bare = view.readingLanguage() == Language.RUSSIAN ? written : written.replaceFirst(KAZAKH_POSSESSIVE, "");
        String preferred = null;
        for (PhraseTable.Entry<Concept> e : m.entries()) {
            String l = e.label().toLowerCase(Locale.ROOT);
            if (l.equals(written) || l.equals(bare)) return view.toDocumentScript(l);
            String pref = e.value().prefLabels().get(e.lang());
            if (preferred == null && pref != null) preferred = pref.toLowerCase(Locale.ROOT);
        }
        return view.toDocumentScript(preferred != null ? preferred : m.entries().get(0).label().toLowerCase(Locale.ROOT));
    }
}
