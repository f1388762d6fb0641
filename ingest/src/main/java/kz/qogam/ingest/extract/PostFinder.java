package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ontology.Qg;
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

    /** A post word with the organisation it is held in. */
    private record Post(Mention role, Concept concept, EntityIndex.Item org) {}

    /** The confidence of a body's mention at or below which it is a guess ({@link ImpliedBodyFinder}'s main country). */
    static final double GUESSED_BODY = 0.5;

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            List<EntityIndex.Item> orgs = index.within(s.span(), EntityKind.ORGANIZATION);
            List<EntityIndex.Item> people = index.outermost(s.span(), EntityKind.PERSON);
            List<Post> posts = new ArrayList<>();
            for (Mention role : Mentions.within(view.document(), s.span(), MentionType.ROLE)) {
                if (!RoleFinder.isPost(lexicons, role) || governed(view, s, role) || inName(view, role)) continue;
                EntityIndex.Item org = organisationOf(view, s, role, orgs, russian);
                if (org != null) posts.add(new Post(role, lexicons.concept(role.concept()), org));
            }
            for (Post post : posts) {
                Mention role = post.role();
                List<EntityIndex.Item> holders = new ArrayList<>(holdersAfter(view, s, people, orgs, posts, post, russian));
                // A Russian title that begins before the post word is headed by its first word, which governs the post
                // word: «Татьяна Скригонюк, [заместитель начальника] пресс-службы …». (A Kazakh title ends with its head.)
                Mention head = russian ? titleOf(view, s, role) : null;
                if (head == null || head.start() >= role.start()) head = role;
                int before = Math.min(head.start(), post.org().start());
                int lead = russian ? leadOf(view, s, s.indexAt(before)) : s.indexAt(before);
                // «Сергей Худяков, председатель …»; not «…, Лев Пономарев, координатор … Сергей Удальцов» in a list,
                // nor «предложению Дмитрия Медведева, депутаты …», whose post does not agree with him.
                boolean apposition = holders.isEmpty() && (governsPost(s, lead, s.indexAt(before))
                        || head.text().toLowerCase(Locale.ROOT).equals(head.normalized().toLowerCase(Locale.ROOT)));
                // A Kazakh post after a comma is the person's before it only where the post ends the clause («Гүлнар Бекова,
                // «…» қорының директоры, сөз сөйледі»), and not a plural, which is a group («…, қалалық мәслихат
                // депутаттары, …»); in a list the comma separates one person from the next post.
                int roleNext = s.indexAt(role.end());
                boolean kazakhApposition = !russian && holders.isEmpty() && !NounPhrases.kazakhPlural(s.lower(roleNext - 1))
                        && (roleNext >= s.size() || s.isPunct(roleNext, ",.;") || s.lineBreakAfter(roleNext - 1));
                EntityIndex.Item ahead = personBefore(s, people, s.start(lead), russian && apposition || kazakhApposition);
                // A caption: «Кирсан Илюмжинов Президент ФИДЕ», the post capitalised right after the name.
                if (ahead == null && holders.isEmpty() && lead > 0 && s.isCapitalized(lead) && !s.isUpper(lead)) {
                    ahead = people.stream().filter(p -> s.indexAt(p.end()) == lead).findFirst().orElse(null);
                }
                if (ahead != null) holders.add(ahead);
                if (holders.isEmpty()) {
                    EntityIndex.Item elected = elected(s, people, head, role, russian);
                    if (elected != null) holders.add(elected);
                }
                // «Владимир Путин согласился занять пост премьер-министра РФ»: the one who takes or leaves the post.
                if (holders.isEmpty() && russian && afterPostWord(s, role)) {
                    EntityIndex.Item subject = personBeforePostWord(view, s, people, role);
                    if (subject != null) holders.add(subject);
                }
                // A title headed by another word is that word's post: «заместитель начальника» is no chief.
                boolean headed = head != role;
                Concept concept = headed ? null : post.concept();
                // «Фонд является членом Экологического альянса», «Қор … альянсының мүшесі болып табылады»: a body that opens the
                // sentence is the member when no person is.
                if (holders.isEmpty() && concept != null && concept.isA("member")) {
                    EntityIndex.Item opening = opening(s, orgs, people, post.org().entity());
                    // «С 2019 года организация является членом …»: with no body or person before the post, the one the text is about.
                    Entity main = opening != null || orgs.stream().anyMatch(o -> o.start() < post.role().start())
                            || people.stream().anyMatch(p -> p.start() < post.role().start()) ? null : index.mainOrganization();
                    Entity member = opening != null ? opening.entity() : main;
                    if (member != null && member != post.org().entity()) {
                        // «членом Гражданского альянса Казахстана и Ассоциации НПО»: of each body joined to the first.
                        for (EntityIndex.Item body : joined(s, orgs, post.org())) {
                            out.add(Fact.link(Predicate.MEMBER_OF, member, body.entity(), s.span(), opening != null ? 0.7 : MAIN_BODY));
                        }
                    }
                }
                String label = headed ? head.normalized().toLowerCase(Locale.ROOT) : role.normalized();
                for (EntityIndex.Item p : holders) {
                    if (concept != null && concept.isA("member")) {
                        out.add(Fact.link(Predicate.MEMBER_OF, p.entity(), post.org().entity(), s.span(), 0.75));
                    } else {
                        // A body guessed from the whole text (the country it is about) makes a less sure post.
                        double confidence = post.org().mention().confidence() <= GUESSED_BODY ? 0.6 : 0.8;
                        out.add(Fact.post(p.entity(), post.org().entity(), label, concept == null ? null : concept.iri(),
                                title(view, s, role), s.span(), confidence));
                    }
                }
            }
            if (posts.isEmpty()) openingPost(view, index, s, orgs, people, out);
            if (orgs.isEmpty()) captionPost(view, index, s, people, out);
            else headingPost(view, s, orgs, people, out);
        }
        return out;
    }

    /** The confidence of a post whose body is the organisation the text is about, named in no sentence with it. */
    static final double MAIN_BODY = 0.5;

    /** Posts inside a body a bare post word stands for: the body is the one the text is about. */
    private static final List<String> BODYS_OWN_POSTS = List.of("director", "executive-director", "chair", "board-chair", "co-chair",
            "founder", "coordinator");
    /** Words that may stand before such a post: «Бұрынғы төраға», «Бывший председатель», «Жаңа директор». */
    private static final String[] POST_ADJECTIVES = {"бұрынғы", "бывший", "бывшая", "жаңа", "новый", "новая", "нынешний", "нынешняя"};

    /**
     * A sentence that opens with a body's own post word and its holder, naming no body but the one the
     * text is about: «Бұрынғы төраға Әсел Мұқанова бірлестіктің жұмысына тоқталды», «Председатель Анна
     * Ким рассказала …». The post is held in that body ({@link EntityIndex#mainOrganization}), with
     * a lower confidence.
     */
    private void openingPost(TextView view, EntityIndex index, SentenceView s, List<EntityIndex.Item> orgs, List<EntityIndex.Item> people,
                             List<Fact> out) {
        Entity main = index.mainOrganization();
        if (main == null || orgs.stream().anyMatch(o -> o.entity() != main) || isStateBody(main)) return;
        int first = s.is(0, POST_ADJECTIVES) ? 1 : 0;
        Mention role = Mentions.startingAt(view.document(), s.start(first), MentionType.ROLE);
        Concept concept = role == null || role.concept() == null ? null : lexicons.concept(role.concept());
        if (concept == null || BODYS_OWN_POSTS.stream().noneMatch(concept::isA)) return;
        List<EntityIndex.Item> holders = peopleFrom(s, people, s.indexAt(role.end()));
        for (EntityIndex.Item p : holders) {
            out.add(Fact.post(p.entity(), main, role.normalized(), concept.iri(), null, s.span(), MAIN_BODY));
        }
    }

    private boolean isStateBody(Entity org) {
        Concept kind = org.classification() == null ? null : lexicons.concept(org.classification());
        return kind != null && kind.isA("state-body");
    }

    /**
     * A line that is only a post and a person, the body left to the text: «Исполнительный директор —
     * Тимур Ахметжанов.», «Директор: Анна Ким», «Тимур Ахметжанов — исполнительный директор». On an
     * organisation's own page the post is that organisation's, so it goes to the one the text is
     * about ({@link EntityIndex#mainOrganization}), if any, with a lower confidence.
     */
    private void captionPost(TextView view, EntityIndex index, SentenceView s, List<EntityIndex.Item> people, List<Fact> out) {
        List<Mention> roles = Mentions.within(view.document(), s.span(), MentionType.ROLE);

        if (roles.size() != 1 || people.size() != 1 || !RoleFinder.isPost(lexicons, roles.get(0))) return;
        Mention role = roles.get(0);
        Concept concept = role.concept() == null ? null : lexicons.concept(role.concept());
        if (concept != null && concept.isA("member")) return;
        int last = s.size() - 1;
        while (last > 0 && s.isPunct(last, ".")) last--;
        int roleFirst = s.indexAt(role.start());
        // «координатор проектов»: the post with the lower-case genitive words it governs.
        int roleLast = (view.readingLanguage() == Language.RUSSIAN ? NounPhrases.commonGenitiveEnd(view, s, s.indexAt(role.end())) : s.indexAt(role.end())) - 1;
        EntityIndex.Item person = people.get(0);
        int personFirst = s.indexAt(person.start()), personLast = s.indexAt(person.end()) - 1;
        // A Kazakh post may open with the noun it is of: «Жоба үйлестірушісі – Данияр Қасымов».
        boolean opens = roleFirst == 0 || roleFirst == 1 && view.readingLanguage() != Language.RUSSIAN && s.isWord(0) && !s.isUpper(0);
        boolean postFirst = opens && s.isPunct(roleLast + 1, "—–-:") && personFirst == roleLast + 2 && personLast == last;
        boolean personFirstThenPost = personFirst == 0 && s.isPunct(personLast + 1, "—–-") && roleFirst == personLast + 2 && roleLast == last;
        Entity main = index.mainOrganization();
        if ((!postFirst && !personFirstThenPost) || main == null) return;
        out.add(Fact.post(person.entity(), main, role.normalized(), concept == null ? null : concept.iri(), null, s.span(), MAIN_BODY));
    }

    /**
     * Who is elected or appointed to a post named as what they become: «Коалицияның төрағасы болып
     * "Ұрпақ" қорының директоры Гүлнар Сәкенова сайланды», «председателем коалиции избрана Гульнар
     * Сакенова», «Гульнар Сакенова избрана председателем коалиции». The person nearest the verb: after
     * it in Russian if one is, else before it. Null when the sentence says no such thing.
     */
    private static EntityIndex.Item elected(SentenceView s, List<EntityIndex.Item> people, Mention head, Mention role, boolean russian) {
        List<Integer> cues = Cues.find(s, Cues.ELECTED);
        if (cues.isEmpty()) return null;
        int cue = cues.get(0), roleNext = s.indexAt(role.end());
        // What one becomes: Kazakh «төрағасы болып», Russian the instrumental «председателем», «заместителем председателя».
        boolean becomes = russian ? s.lower(s.indexAt(head.start())).matches("(?U).*(ем|ом|ой|ей|ёй)") : s.is(roleNext, "болып", "етіп");
        if (!becomes) return null;
        EntityIndex.Item after = null, before = null;
        for (EntityIndex.Item p : people) {
            if (s.indexAt(p.start()) > cue && after == null) after = p;
            if (s.indexAt(p.end()) <= cue) before = p;
        }
        return russian && after != null ? after : before;
    }

    /** The post of one who heads a body, told by a verb («возглавляет», «басқарады») rather than a post word. */
    static final String HEAD = Qg.ROLE_NS + "head";

    /**
     * Who heads a body, said by a verb between the two: «Фонд возглавляет Сауле Абдрахманова»,
     * «Сауле Абдрахманова руководит фондом», «Қорды Сәуле Әбдірахманова басқарады». The body right
     * before or after the verb, the one person of the sentence on the other side.
     */
    private void headingPost(TextView view, SentenceView s, List<EntityIndex.Item> orgs, List<EntityIndex.Item> people, List<Fact> out) {
        List<Integer> cues = Cues.find(s, Cues.HEADING);
        if (cues.isEmpty() || people.size() != 1) return;
        int cue = cues.get(0);
        EntityIndex.Item person = people.get(0);
        int personFirst = s.indexAt(person.start()), personNext = s.indexAt(person.end());
        EntityIndex.Item body = null;
        for (EntityIndex.Item o : orgs) {
            int first = s.indexAt(o.start()), next = s.indexAt(o.end());
            boolean verbBetween = next == cue && personFirst > cue || first == cue + 1 && personNext <= cue;
            // Kazakh puts both before the verb: «Қорды Сәуле Әбдірахманова басқарады», «Сәуле … қорды басқарады».
            boolean bothBefore = next == personFirst && personNext == cue || personNext == first && next == cue;
            if (verbBetween || bothBefore) body = o;
        }
        if (body == null) return;
        Concept head = lexicons.concept(HEAD);
        out.add(Fact.post(person.entity(), body.entity(), head.label(view), HEAD, null, s.span(), 0.7));
    }

    /** The nominative of the title the role word stands in, when it is more than the word («Білім және ғылым министрі»), or null. */
    private static String title(TextView view, SentenceView s, Mention role) {
        Mention t = titleOf(view, s, role);
        return t == null ? null : t.normalized();
    }

    /**
     * The title mention that holds the role word and more, or null. Not one the name finder ran
     * into a person's name or across a dash («Майгельдинов Қазыбек — «…» ҚҚ төрағасы»).
     */
    private static Mention titleOf(TextView view, SentenceView s, Mention role) {
        for (Mention t : Mentions.within(view.document(), s.span(), MentionType.TITLE)) {
            if (!t.span().contains(role.span()) || t.span().equals(role.span()) || t.text().matches("(?s).*[—–].*")) continue;
            if (!Mentions.within(view.document(), t.span(), MentionType.PERSON).isEmpty()) continue;
            return t;
        }
        return null;
    }

    /**
     * The first token of the words a Russian post word at token {@code k} may have before it in
     * an apposition: adjectives («бывший», «первый»), «исполняющий обязанности», «один из», and
     * another post joined by «и» («политик и лидер …»).
     */
    static int leadOf(TextView v, SentenceView s, int k) {
        while (true) {
            int j = k;
            while (j > 0 && s.isWord(j - 1) && !s.isCapitalized(j - 1) && v.morphology().isAdjective(s.form(j - 1), Language.RUSSIAN)) j--;
            if (j > 1 && s.is(j - 1, "обязанности") && s.lower(j - 2).startsWith("исполняющ")) j -= 2;
            else if (j > 1 && s.is(j - 1, "из") && s.lower(j - 2).startsWith("одн")) j -= 2;
            else if (j > 1 && s.is(j - 1, "и") && s.isWord(j - 2) && !s.isCapitalized(j - 2)
                    && v.morphology().isAnimateNoun(s.form(j - 2), Language.RUSSIAN)) j -= 2;
            if (j == k) return k;
            k = j;
        }
    }

    /** Whether the lead of an apposition puts its post word in the genitive: «один из …», «исполняющий обязанности …». */
    private static boolean governsPost(SentenceView s, int lead, int post) {
        for (int k = lead; k < post; k++) {
            if (s.is(k, "из", "обязанности")) return true;
        }
        return false;
    }

    private static final Pattern CANDIDATE = Pattern.compile("(?U)(кандидат|претендент|баллотир|претенд)\\p{L}*");

    /** «пост», «должность», «кресло» in any case: a word that names the post the next words give. */
    private static final Pattern POST_WORD = Pattern.compile("(?U)пост(а|у|ом|е)?|должност\\p{L}*|кресл\\p{L}*");

    /** Whether the post word follows «пост», «должность»: «занять пост премьер-министра», «ухода с поста президента». */
    static boolean afterPostWord(SentenceView s, Mention role) {
        int k = s.indexAt(role.start());
        return k > 0 && s.isWord(k - 1) && POST_WORD.matcher(s.lower(k - 1)).matches();
    }

    /**
     * The person nearest before «пост …» with no other post word between: who takes, holds or
     * leaves it («Владимир Путин согласился занять пост премьер-министра», «Медведев предложил
     * Путину занять пост …»), or null.
     */
    private static EntityIndex.Item personBeforePostWord(TextView v, SentenceView s, List<EntityIndex.Item> people, Mention role) {
        EntityIndex.Item best = null;
        for (EntityIndex.Item p : people) {
            if (p.end() <= role.start() && (best == null || p.end() > best.end())) best = p;
        }
        if (best == null) return null;
        for (Mention r : Mentions.within(v.document(), new Span(best.end(), role.start()), MentionType.ROLE)) {
            if (r != role) return null;
        }
        // «стала кандидатом на пост главы Франции»: who runs for a post does not hold it.
        for (int k = s.indexAt(best.end()); k < s.indexAt(role.start()); k++) {
            if (CANDIDATE.matcher(s.lower(k)).matches()) return null;
        }
        return best;
    }

    /**
     * The people named after the post and its organisation, whichever ends later («президент
     * США Барак Обама»). When another post follows after a comma or «и», they are that post's
     * holders too: «депутат муниципального собрания …, сопредседатель … движения «Солидарность»
     * Михаил Вельмакин», «бывший глава … компании и совладелец WFC Артур Перепёлкин», «Парламент
     * Мәжілісінің депутаты, «…» бірлестігінің жетекшісі Вера Ким».
     */
    private static List<EntityIndex.Item> holdersAfter(TextView v, SentenceView s, List<EntityIndex.Item> people,
                                                       List<EntityIndex.Item> orgs, List<Post> posts, Post post, boolean russian) {
        int after = Math.max(post.role().end(), post.org().end());
        List<EntityIndex.Item> holders = peopleFrom(s, people, holderAt(v, s, after));
        // «директор департамента АО «Банк ЦентрКредит» Ерлан …»: a department, the body it is of, then the holder.
        EntityIndex.Item whole = russian && holders.isEmpty() ? PartOfFinder.bodyOfUnit(s, post.org(), orgs) : null;
        if (whole != null) holders = peopleFrom(s, people, holderAt(v, s, whole.end()));
        if (!holders.isEmpty()) return holders;
        int k = s.indexAt(after);
        // «Қордың директоры – Айгүл Бекенова.», «Директор фонда: Анна Ким»: a line of the post, a dash and the one who holds it.
        if (s.isPunct(k, "—–-:")) {
            EntityIndex.Item person = people.stream().filter(p -> s.indexAt(p.start()) == k + 1).findFirst().orElse(null);
            int rest = person == null ? -1 : s.indexAt(person.end());
            if (person != null && (rest >= s.size() || rest == s.size() - 1 && s.isPunct(rest, ".;"))) return List.of(person);
        }
        if (!s.isPunct(k, ",") && !s.is(k, "и")) return holders;
        int next = k + 1;
        // «…, народный депутат Украины Мустафа Джемилев»: adjectives may stand before the next post.
        while (russian && next < s.size() && Mentions.startingAt(v.document(), s.start(next), MentionType.ROLE) == null
                && v.morphology().isAdjective(s.form(next), Language.RUSSIAN) && !s.isCapitalized(next)) next++;
        for (Post p : posts) {
            // A Kazakh post begins with its body: «Парламент Мәжілісінің депутаты, «…» бірлестігінің жетекшісі Вера Ким».
            int opens = russian ? p.role().start() : Math.min(p.role().start(), p.org().start());
            if (p != post && next < s.size() && opens == s.start(next) && p.role().start() > post.role().start()) {
                return holdersAfter(v, s, people, orgs, posts, p, russian);
            }
        }
        return holders;
    }

    /**
     * Where a holder's name may start after the offset: the next token, past a closing quote
     * («… партии «Яблоко» Артур Гороховский»), an abbreviation in brackets («… фронта за
     * демократию (ОФДД) Наттавута Сайкыа»), a place the post is held in («посол Италии в
     * Грузии Виторио Сандали») and a title («… шейх Равиль Гайнутдин»).
     */
    static int holderAt(TextView v, SentenceView s, int offset) {
        int k = s.indexAt(offset);
        while (s.isPunct(k, "»\"“”")) k++;
        if (s.isPunct(k, "(") && s.isUpper(k + 1) && s.isPunct(k + 2, ")")) k += 3;
        if (v.readingLanguage() == Language.RUSSIAN) k = pastComplement(v, s, k);
        if (k + 1 < s.size() && s.is(k, "в", "на")) {
            Mention place = Mentions.startingAt(v.document(), s.start(k + 1), MentionType.PLACE);
            if (place != null) k = s.indexAt(place.end());
        }
        if (v.readingLanguage() != Language.RUSSIAN) return k;
        // A title before the name, a noun naming a person, perhaps with adjectives: «… Совета муфтиев России шейх
        // Равиль Гайнутдин», «наблюдатель от ОБСЕ португальский парламентарий Хуан Суареш».
        int t = k;
        while (t < s.size() && s.isWord(t) && !s.isCapitalized(t) && v.morphology().isAdjective(s.form(t), Language.RUSSIAN)
                && !v.morphology().isAnimateNoun(s.form(t), Language.RUSSIAN)) t++;
        if (t + 1 < s.size() && s.isWord(t) && !s.isCapitalized(t) && v.morphology().isAnimateNoun(s.form(t), Language.RUSSIAN)
                && Mentions.startingAt(v.document(), s.start(t + 1), MentionType.PERSON) != null) k = t + 1;
        return k;
    }

    /**
     * Where a name starts after a Russian complement of the post, a preposition and a few common
     * words or a place: «директор НАСА [по космическим полётам] Билл Герстенмайер», «полпред
     * президента РФ [в Северо-Кавказском федеральном округе] Александр Хлопонин»; else {@code k}.
     */
    private static int pastComplement(TextView v, SentenceView s, int k) {
        if (!s.is(k, "по", "в", "на")) return k;
        for (int t = k + 1; t < s.size() && t <= k + 5 && s.isWord(t); t++) {
            if (Mentions.startingAt(v.document(), s.start(t), MentionType.PERSON) != null) return t > k + 1 ? t : k;
            if (Mentions.covering(v.document(), s.start(t), MentionType.ROLE) != null) return k;
            if (s.isCapitalized(t) && Mentions.covering(v.document(), s.start(t), MentionType.PLACE) == null) return k;
        }
        return k;
    }

    /**
     * The token after a post word's title, where its body may be named: the name finder's title
     * can run past the role word over the words that qualify it («Министр по государственным
     * сборам [Новой Зеландии]», «Помощник госсекретаря [США]»). A title with a name of its own
     * after the role word ends where the role word does: its body is in it.
     */
    static int afterTitle(TextView v, SentenceView s, Mention role) {
        int next = s.indexAt(role.end());
        for (Mention t : Mentions.within(v.document(), s.span(), MentionType.TITLE)) {
            if (!t.span().contains(role.span()) || t.end() <= role.end()) continue;
            for (Mention m : v.document().mentions()) {
                if (m.type().entityKind() != null && m.start() >= role.end() && m.start() < t.end()) return next;
            }
            return s.indexAt(t.end());
        }
        return next;
    }

    /** A post word in the plural: «юристов», «директоров»; «заңгерлер», «журналистерінің». */
    private static final Pattern PLURAL = Pattern.compile("(?U)\\p{L}*(ов|ев|ёв|ей)|\\p{L}*(лар|лер|дар|дер|тар|тер)\\p{L}*");

    /**
     * Whether a post word is part of an organisation's name, in the plural after its first word
     * («Ассоциация юристов», «Совет директоров», «Журналистер одағы» is not a post of a journalist).
     */
    private static boolean inName(TextView v, Mention role) {
        if (!PLURAL.matcher(role.text().toLowerCase(Locale.ROOT)).matches()) return false;
        for (Mention m : v.document().mentions()) {
            if (m.type() == MentionType.ORGANIZATION && m.span().contains(role.span()) && !ImpliedBodyFinder.isImplied(v.document(), m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a post word is the complement of the post before it, not a post of its own:
     * «полпред президента РФ», «помощник заместителя госсекретаря».
     */
    static boolean governed(TextView v, SentenceView s, Mention role) {
        int k = s.indexAt(role.start());
        return k > 0 && Mentions.covering(v.document(), s.start(k - 1), MentionType.ROLE) != null;
    }

    private static EntityIndex.Item organisationOf(TextView v, SentenceView s, Mention role, List<EntityIndex.Item> orgs, boolean russian) {
        Mention listed = listedBody(v, s, role);
        if (listed != null) {
            for (EntityIndex.Item o : orgs) if (o.mention() == listed) return o;
        }
        for (EntityIndex.Item o : orgs) {
            // A body the post implies spans the post and what it governs: «вице-министр культуры РК», «Шымкент қаласының әкімі».
            boolean edge = o.start() == role.start() || o.end() == role.end();
            if (o.mention().span().contains(role.span()) && edge) return o;
            // «Руководитель управления», «Басқарма басшысы»: the body its word refers back to.
            if (RoleFinder.headsNamedBody(role) && role.span().contains(o.mention().span()) && Anaphora.isAnaphor(o.mention())) return o;
        }
        int roleFirst = s.indexAt(role.start());
        int roleNext = afterTitle(v, s, role);
        if (russian) {
            // Right after the post, or after the common words of its complement: «председатель влиятельного Комитета …».
            int complementEnd = NounPhrases.commonGenitiveEnd(v, s, roleNext);
            EntityIndex.Item after = null;
            for (EntityIndex.Item o : orgs) {
                int at = s.indexAt(o.start());
                // A name the model read without its opening quote: «… партии «[Яблоко]»».
                boolean quoted = s.isPunct(at - 1, "«\"„“") && (at - 1 == roleNext || at - 1 == complementEnd);
                // «наблюдатель от ОБСЕ», «представитель от партии …»: the body that sent him.
                boolean from = s.is(roleNext, "от") && at == roleNext + 1;
                // A body whose kind word ends the post's phrase: «[руководитель [проекта] Mushroom works]».
                boolean sharing = o.start() > role.start() && o.start() < role.end() && o.end() > role.end();
                if ((at == roleNext || at == complementEnd || quoted || from || sharing) && (after == null || o.end() > after.end())) after = o;
            }
            return after;
        }
        EntityIndex.Item before = endingAt(s, orgs, roleFirst);
        // «[… ішкі саясат басқармасының] басшысы», the post «басқарма басшысы» sharing the body's last word.
        if (before == null && RoleFinder.headsNamedBody(role)) {
            EntityIndex.Item sharing = endingAt(s, orgs, roleFirst + 1);
            if (sharing != null && s.indexAt(sharing.start()) < roleFirst) before = sharing;
        }
        // «… ortalyǵy» KMM dırektory: a legal form's abbreviation may stand between the name and the post.
        if (before == null && s.isUpper(roleFirst - 1)) before = endingAt(s, orgs, roleFirst - 1);
        // ««Атамекен» палатасы өңірлік филиалының директоры»: so may a unit of the body, whose post it is.
        for (int unit : NounPhrases.kazakhUnitStarts(s, roleFirst)) {
            if (before == null) before = endingAt(s, orgs, unit);
        }
        return before == null ? null : coordinationParent(s, before, orgs);
    }

    /**
     * The organisation a line of a list opens with, before the post word after a comma or a dash:
     * «2. ОО «Павлодарский центр прав человека», директор Асхат Жумабаев», as signatories are listed.
     * Null unless the line is just that: the body, the post and a person.
     */
    static Mention listedBody(TextView v, SentenceView s, Mention role) {
        int first = s.indexAt(role.start());
        if (first < 2 || !s.isPunct(first - 1, ",–—-")) return null;
        Mention body = Mentions.covering(v.document(), s.start(first - 2), MentionType.ORGANIZATION);
        if (body == null || body.end() != s.end(first - 2)) return null;
        int open = s.indexAt(body.start());
        String before = v.document().text().substring(s.span().start(), s.start(open)).strip();
        if (!before.isEmpty() && !LIST_MARKER.matcher(before).matches()) return null;
        int next = afterTitle(v, s, role);
        Mention person = next < s.size() ? Mentions.startingAt(v.document(), s.start(next), MentionType.PERSON) : null;
        if (person == null) return null;
        int rest = s.indexAt(person.end());
        return rest >= s.size() || rest == s.size() - 1 && s.isPunct(rest, ".;,") ? body : null;
    }

    private static final Pattern LIST_MARKER = Pattern.compile("\\d{1,3}[.)]|[•·\\-–—*]");

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
        return parent != null && NounPhrases.kazakhGenitive(s.readingOf(s.indexAt(parent.start()), s.indexAt(parent.end()))) ? parent : last;
    }

    /** The people named from token {@code at} on: one, or several joined by «и», «мен», «және» or commas. */
    private static List<EntityIndex.Item> peopleFrom(SentenceView s, List<EntityIndex.Item> people, int at) {
        List<EntityIndex.Item> out = new ArrayList<>();
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
     * or before a comma when {@code comma} («Сергей Худяков, председатель…»).
     */
    private static EntityIndex.Item personBefore(SentenceView s, List<EntityIndex.Item> people, int offset, boolean comma) {
        int k = s.indexAt(offset);
        if (!s.isPunct(k - 1, comma ? "-–—," : "-–—")) return null;
        for (EntityIndex.Item p : people) {
            if (s.indexAt(p.end()) == k - 1) return p;
        }
        return null;
    }
}
