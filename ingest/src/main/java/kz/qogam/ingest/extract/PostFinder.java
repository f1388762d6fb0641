package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Who holds which post where, from a post word standing between a person and an organisation:
 * <ul>
 *   <li>post, organisation, person: «директор молодежного общественного фонда «Ұрпақ Next»
 *       Гульжанат Муратова»;</li>
 *   <li>person, dash, post, organisation: «Сергей Худяков - председатель частного учреждения
 *       «…»», «Айзада Курманова- вице-министр культуры РК» (the ministry the post implies);</li>
 *   <li>Kazakh, organisation, post, person: «Азаматтық Альянс төрағасының орынбасары Жанетте
 *       Жазықбаева», «Шымкент қаласының әкімі Мұрат Әйтенов», and after a dash: «Пак Елена —
 *       «…» РҚБ филиалының төрағасы»;</li>
 *   <li>several people after one post: «депутаттары Айгүл Қапбарова мен Ғани Ташқараев»; the
 *       deputies of «the Senate and the Mazhilis of the Parliament» are the Parliament's.</li>
 * </ul>
 * A member («член», «мүшесі») is a membership, not a post. Roles people take at events
 * (speaker, participant, volunteer) are not posts.
 */
public final class PostFinder extends RelationFinder {
    public PostFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            List<EntityIndex.Item> orgs = index.within(s.span(), EntityKind.ORGANIZATION);
            List<EntityIndex.Item> people = index.outermost(s.span(), EntityKind.PERSON);
            for (Mention role : Mentions.within(view.document(), s.span(), MentionType.ROLE)) {
                Concept concept = lexicons.concept(role.concept());
                if (!RoleFinder.isPost(concept)) continue;
                EntityIndex.Item org = organisationOf(s, role, orgs, russian);
                if (org == null) continue;
                int after = Math.max(role.end(), org.start() > role.start() ? org.end() : role.end());
                List<EntityIndex.Item> holders = new ArrayList<>(peopleFrom(s, people, after));
                int before = Math.min(role.start(), org.start());
                EntityIndex.Item ahead = personBefore(s, people, before, russian);
                if (ahead != null) holders.add(ahead);
                for (EntityIndex.Item p : holders) {
                    if (concept.isA("member")) {
                        out.add(Fact.link(Predicate.MEMBER_OF, p.entity(), org.entity(), s.span(), 0.75));
                    } else {
                        out.add(Fact.post(p.entity(), org.entity(), role.normalized(), concept.iri(), s.span(), 0.8));
                    }
                }
            }
        }
        return out;
    }

    private static EntityIndex.Item organisationOf(SentenceView s, Mention role, List<EntityIndex.Item> orgs, boolean russian) {
        for (EntityIndex.Item o : orgs) {
            // A body the post implies spans the post and what it governs: «вице-министр культуры РК», «Шымкент қаласының әкімі».
            boolean edge = o.start() == role.start() || o.end() == role.end();
            if (o.mention().span().contains(role.span()) && edge) return o;
        }
        int roleFirst = s.indexAt(role.start());
        int roleNext = s.indexAt(role.end());
        if (russian) {
            EntityIndex.Item after = null;
            for (EntityIndex.Item o : orgs) {
                if (s.indexAt(o.start()) == roleNext && (after == null || o.end() > after.end())) after = o;
            }
            return after;
        }
        EntityIndex.Item before = endingAt(s, orgs, roleFirst);
        // «… ortalyǵy» KMM dırektory: a legal form's abbreviation may stand between the name and the post.
        if (before == null && s.isUpper(roleFirst - 1)) before = endingAt(s, orgs, roleFirst - 1);
        return before == null ? null : coordinationParent(s, before, orgs);
    }

    /** The longest organisation mention that ends right before token {@code next}. */
    private static EntityIndex.Item endingAt(SentenceView s, List<EntityIndex.Item> orgs, int next) {
        EntityIndex.Item best = null;
        for (EntityIndex.Item o : orgs) {
            if (s.indexAt(o.end()) == next && (best == null || o.start() < best.start())) best = o;
        }
        return best;
    }

    /** «Сенаты мен Мәжілісінің депутаттары» after «ҚР Парламентінің»: the parent both belong to. */
    private static EntityIndex.Item coordinationParent(SentenceView s, EntityIndex.Item last, List<EntityIndex.Item> orgs) {
        int k = s.indexAt(last.start());
        if (!s.is(k - 1, "мен", "және", "и") && !s.isPunct(k - 1, ",")) return last;
        EntityIndex.Item first = endingAt(s, orgs, k - 1);
        if (first == null) return last;
        EntityIndex.Item parent = endingAt(s, orgs, s.indexAt(first.start()));
        return parent != null && s.textOf(s.indexAt(parent.start()), s.indexAt(parent.end())).matches("(?s).*(ның|нің|дың|дің|тың|тің)")
                ? parent : last;
    }

    /** The people named from the offset on: one, or several joined by «и», «мен», «және» or commas. */
    private static List<EntityIndex.Item> peopleFrom(SentenceView s, List<EntityIndex.Item> people, int offset) {
        List<EntityIndex.Item> out = new ArrayList<>();
        int at = s.indexAt(offset);
        while (true) {
            EntityIndex.Item p = null;
            for (EntityIndex.Item i : people) {
                if (s.indexAt(i.start()) == at) p = i;
            }
            if (p == null) break;
            out.add(p);
            int next = s.indexAt(p.end());
            if (!(s.is(next, "и", "мен", "және") || s.isPunct(next, ","))) break;
            at = next + 1;
        }
        return out;
    }

    /**
     * The person right before a dash that precedes the offset: «Сергей Худяков - председатель»;
     * in Russian also before a comma («Сергей Худяков, председатель…»), which in a Kazakh list
     * only separates one person from the next post.
     */
    private static EntityIndex.Item personBefore(SentenceView s, List<EntityIndex.Item> people, int offset, boolean russian) {
        int k = s.indexAt(offset);
        if (!s.isPunct(k - 1, russian ? "-–—," : "-–—")) return null;
        for (EntityIndex.Item p : people) {
            if (s.indexAt(p.end()) == k - 1) return p;
        }
        return null;
    }
}
