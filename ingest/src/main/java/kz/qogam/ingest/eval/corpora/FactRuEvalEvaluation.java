package kz.qogam.ingest.eval.corpora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.GoldMention;
import kz.qogam.ingest.text.NameNormalizer;

/**
 * Scores an extractor on a factRuEval-2016 folder: its mentions of people, organisations and
 * places, and its {@code holdsPost} facts against the {@code Occupation} facts.
 *
 * <h2>Mentions</h2>
 * Each text is given to the extractor as {@code Document.ofText(id, text, Language.RUSSIAN)}.
 * Its mentions are scored by type: {@link MentionType#PERSON} as {@code PER},
 * {@link MentionType#ORGANIZATION} as {@code ORG}, {@link MentionType#PLACE} as {@code LOC}; the
 * other types are not scored. The key holds the {@code .objects} mentions: {@code Person} as
 * {@code PER}, {@code Org} as {@code ORG}, {@code Location} and {@code LocOrg} as {@code LOC};
 * {@code Project} is not scored.
 * <ul>
 *   <li>Spans are compared after trimming anything but letters and digits from both ends (quotes,
 *       dots, brackets), on both sides. A predicted mention listed twice with the same type and
 *       trimmed span counts once.</li>
 *   <li>A key mention's span runs from its first span to its last; its <em>name span</em> covers
 *       only its name parts ({@code name surname patronymic nickname} for a person,
 *       {@code org_name loc_name} for the others), without descriptors ({@code движение},
 *       {@code мэрия} when annotated as a descriptor).</li>
 *   <li><b>Exact</b>: a predicted mention matches a key mention of the same type whose span or
 *       name span it equals.</li>
 *   <li><b>Overlap</b>: a predicted mention matches a key mention of the same type when it
 *       covers at least one letter or digit that one of the key mention's parts covers. (Parts,
 *       not the span: twelve devset mentions share a descriptor across a coordination,
 *       {@code правоохранительными органами Китая, Малайзии}, so their span holds other words.)</li>
 *   <li>Each key mention is matched to at most one prediction and each prediction to at most one
 *       key mention, and the pairs are chosen to be as many as possible. So a key mention counts
 *       once: of two predictions overlapping one key mention, one is a true positive and the other
 *       a false positive (unless it matches another key mention); a prediction overlapping two
 *       key mentions is one true positive, and the other key mention is missed unless another
 *       prediction matches it. A prediction of the wrong type is a false positive of its type and
 *       leaves the key mention missed.</li>
 *   <li>As factRuEval's own scorer does, some key mentions are <em>optional</em>: finding one is
 *       neither a true nor a false positive, missing one is no false negative. They are: mentions
 *       with no name part ({@code unnamed}: a bare descriptor, a {@code geo_adj} such as
 *       {@code подмосковного}); mentions whose letters are a strict part of those of a named key
 *       mention that may contain them ({@code embedded}: Москвы in мэрии Москвы; a person in a
 *       place, organisation or LocOrg; a place in any of those; an organisation in an
 *       organisation or LocOrg); of mentions over the same letters, all but the first of one
 *       scored type ({@code duplicate}) and all but the organisation of different types
 *       ({@code sibling}). Predictions are first matched to required key mentions (as many as
 *       possible); the rest may then match optional ones.</li>
 *   <li>Precision, recall and F1 per type and micro-averaged over the three ({@code all}).</li>
 * </ul>
 *
 * <h2>Occupations</h2>
 * The key is {@link FactRuEvalGold#of}: one {@code holdsPost} per {@code Occupation} with a
 * {@code Who} and a {@code Where}. The predictions are the document's {@link Predicate#HOLDS_POST}
 * facts and a person's {@link Predicate#MEMBER_OF} facts, as factRuEval counts a member («член
 * Общественной палаты») as an occupation with the position «член» (the same subject, object and
 * role once).
 * <ul>
 *   <li>A predicted entity <em>matches</em> a key entity (a {@code .coref} cluster) when its kind
 *       fits the cluster (a person for {@code Person}; an organisation for any other cluster, as
 *       {@code holdsPost} has an organisation for object and the key has a few {@code Location}
 *       employers, Italy for its prime minister; a place for one with a {@code Location} or
 *       {@code LocOrg} mention, not for an {@code Org}) and either one of its mentions' spans
 *       overlaps one of the
 *       cluster's mentions' spans (both trimmed as above), or one of its names (name and
 *       alternative labels) normalises ({@link NameNormalizer}) to the cluster's name or one of
 *       its aliases; for people the order of the words does not matter.</li>
 *   <li>A predicted fact matches a key fact when its subject matches the {@code Who} cluster and
 *       its object matches the {@code Where} cluster. The position is not required to match.
 *       Facts are paired one to one, as many as possible, preferring pairs whose roles agree.</li>
 *   <li>Role agreement is reported apart ({@link FactRuEvalResult.Details#roleAgreement()}):
 *       among matched facts whose key states a position, the share whose predicted role
 *       agrees with the position or one of its alternative spans: every word of one (lower
 *       case, ё as е) agrees with a word of the other, two words
 *       agreeing when they share a prefix of at least 3 letters that each extends by at most 3
 *       (мэр and мэра, губернатор and подмосковного губернатора).</li>
 * </ul>
 *
 * Texts on which the extractor throws are counted as finding nothing and listed in the details.
 */
public final class FactRuEvalEvaluation {
    /** The scored types, in table order; {@code all} follows them. */
    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");
    public static final String ALL = "all";

    private FactRuEvalEvaluation() {}

    /** Reads the folder and scores the extractor on it. */
    public static FactRuEvalResult run(Path dir, Function<Document, Document> extractor) throws IOException {
        return run(dir, extractor, Progress.NONE);
    }

    /** Reads the folder and scores the extractor on it, telling progress after each text. */
    public static FactRuEvalResult run(Path dir, Function<Document, Document> extractor, Progress progress) throws IOException {
        return evaluate(FactRuEvalReader.readDirectory(dir), extractor, progress);
    }

    public static FactRuEvalResult evaluate(List<FactRuEvalDocument> docs, Function<Document, Document> extractor, Progress progress) {
        Tally exact = new Tally();
        Tally overlap = new Tally();
        int[] occ = new int[3];
        int[] role = new int[2];
        Map<String, Integer> optional = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int keyPosts = 0, skippedPosts = 0;
        progress.update(0, docs.size());
        int done = 0;
        for (FactRuEvalDocument d : docs) {
            Document predicted = extract(d, extractor, failures);
            List<Key> keys = keys(d);
            for (Key k : keys) if (!k.required()) optional.merge(k.optional(), 1, Integer::sum);
            List<Prediction> preds = predictions(predicted, d.text());
            score(keys, preds, true, exact);
            score(keys, preds, false, overlap);

            FactRuEvalGold gold = FactRuEvalGold.of(d);
            keyPosts += gold.facts().size();
            skippedPosts += gold.occupationsWithoutWhoOrWhere();
            scorePosts(gold, posts(predicted), d.text(), occ, role);
            progress.update(++done, docs.size());
        }
        FactRuEvalResult.Mentions mentions = new FactRuEvalResult.Mentions(exact.scores(), overlap.scores());
        FactRuEvalResult.Details details = new FactRuEvalResult.Details(docs.size(), failures, optional,
                exact.ignored, overlap.ignored, keyPosts, skippedPosts, role[0], role[1]);
        return new FactRuEvalResult(mentions, Scores.of(occ[0], occ[1], occ[2]), details);
    }

    private static Document extract(FactRuEvalDocument d, Function<Document, Document> extractor, List<String> failures) {
        Document input = Document.ofText(d.id(), d.text(), Language.RUSSIAN);
        try {
            Document out = extractor.apply(input);
            if (out == null) throw new IllegalStateException("the extractor returned no document");
            if (!out.text().equals(d.text())) {
                throw new IllegalStateException("the extractor returned a document with another text, so its offsets cannot be scored");
            }
            return out;
        } catch (RuntimeException e) {
            failures.add(d.id() + ": " + e);
            return Document.ofText(d.id(), d.text(), Language.RUSSIAN);
        }
    }

    // ------------------------------------------------------------------ mentions

    /** The factRuEval type a predicted mention is scored as, or null when it is not scored. */
    public static String typeOf(MentionType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case PLACE -> "LOC";
            default -> null;
        };
    }

    /** The scored type of a factRuEval mention type, or null ({@code Project}). */
    public static String typeOf(String factRuEvalType) {
        return switch (factRuEvalType) {
            case "Person" -> "PER";
            case "Org", "Organization" -> "ORG";
            case "Location", "LocOrg" -> "LOC";
            default -> null;
        };
    }

    /**
     * A key mention as scored.
     *
     * @param span     its span, trimmed
     * @param nameSpan its name span, trimmed, or null when it has none
     * @param letters  the positions of the letters and digits its parts cover
     * @param optional why it is optional ({@code unnamed}, {@code embedded}, {@code duplicate},
     *                 {@code sibling}), or null when it is required
     */
    public record Key(GoldMention mention, String type, Span span, Span nameSpan, BitSet letters, String optional) {
        public boolean required() {
            return optional == null;
        }

        /** Whether the span covers a letter or digit of one of the parts. */
        public boolean overlaps(Span s) {
            int next = letters.nextSetBit(s.start());
            return next >= 0 && next < s.end();
        }
    }

    /** A predicted mention as scored: its type and trimmed span. */
    record Prediction(String type, Span span) {}

    /** Which containing types a mention of a type is embedded in (factRuEval's PARENT_TAGS). */
    private static final Map<String, Set<String>> CONTAINERS = Map.of(
            "Person", Set.of("Location", "Org", "LocOrg"),
            "Location", Set.of("Location", "Org", "LocOrg"),
            "Org", Set.of("Org", "LocOrg"),
            "LocOrg", Set.of("Org", "LocOrg"));

    /** The key mentions of a text, in file order, each marked required or optional. */
    public static List<Key> keys(FactRuEvalDocument d) {
        String text = d.text();
        List<GoldMention> ms = d.mentions().stream().filter(m -> typeOf(m.type()) != null).toList();
        List<BitSet> letters = ms.stream().map(m -> m.letters(text)).toList();
        List<Key> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            GoldMention m = ms.get(i);
            String type = typeOf(m.type());
            Span nameSpan = m.nameSpan().map(s -> trim(text, s)).orElse(null);
            String optional = null;
            if (nameSpan == null || letters.get(i).isEmpty()) {
                optional = "unnamed";
            } else {
                for (int j = 0; j < ms.size() && optional == null; j++) {
                    GoldMention o = ms.get(j);
                    if (j == i || o.nameSpan().isEmpty()) continue;
                    BitSet mine = letters.get(i), theirs = letters.get(j);
                    if (mine.equals(theirs)) {
                        String otherType = typeOf(o.type());
                        if (otherType.equals(type)) {
                            if (j < i) optional = "duplicate";
                        } else if (!type.equals("ORG") && (otherType.equals("ORG") || j < i)) {
                            optional = "sibling";
                        }
                    } else if (CONTAINERS.getOrDefault(m.type(), Set.of()).contains(o.type()) && isSubset(mine, theirs)) {
                        optional = "embedded";
                    }
                }
            }
            out.add(new Key(m, type, trim(text, m.span()), nameSpan, letters.get(i), optional));
        }
        return out;
    }

    private static boolean isSubset(BitSet a, BitSet b) {
        BitSet c = (BitSet) a.clone();
        c.andNot(b);
        return c.isEmpty();
    }

    /**
     * The scored predicted mentions: names the text writes ({@link ConllEvaluation#named}), mapped
     * type, trimmed non-empty span, each once.
     */
    static List<Prediction> predictions(Document doc, String text) {
        Set<Prediction> out = new LinkedHashSet<>();
        for (Mention m : doc.mentions()) {
            String type = typeOf(m.type());
            if (type == null || !ConllEvaluation.named(doc, m)) continue;
            Span s = trim(text, m.span());
            if (s.length() > 0) out.add(new Prediction(type, s));
        }
        return new ArrayList<>(out);
    }

    /** The span without characters other than letters and digits at either end. */
    static Span trim(String text, Span s) {
        int start = Math.min(s.start(), text.length());
        int end = Math.min(s.end(), text.length());
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) start++;
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) end--;
        return new Span(start, end);
    }

    /** True, false and missed counts per type for one criterion. */
    static final class Tally {
        final Map<String, int[]> counts = new LinkedHashMap<>();
        int ignored;

        Tally() {
            for (String t : TYPES) counts.put(t, new int[3]);
        }

        void add(String type, int which) {
            counts.computeIfAbsent(type, k -> new int[3])[which]++;
        }

        Map<String, Scores> scores() {
            Map<String, Scores> out = new LinkedHashMap<>();
            Scores all = Scores.of(0, 0, 0);
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                Scores s = Scores.of(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
                out.put(e.getKey(), s);
                all = all.plus(s);
            }
            out.put(ALL, all);
            return out;
        }
    }

    private static final int TP = 0, FP = 1, FN = 2;

    static void score(List<Key> keys, List<Prediction> preds, boolean exact, Tally tally) {
        List<int[]> required = new ArrayList<>();
        List<int[]> optional = new ArrayList<>();
        for (Prediction p : preds) {
            List<Integer> req = new ArrayList<>(), opt = new ArrayList<>();
            for (int j = 0; j < keys.size(); j++) {
                Key k = keys.get(j);
                if (!k.type().equals(p.type())) continue;
                boolean hit = exact
                        ? p.span().equals(k.span()) || p.span().equals(k.nameSpan())
                        : k.overlaps(p.span());
                if (hit) (k.required() ? req : opt).add(j);
            }
            required.add(req.stream().mapToInt(Integer::intValue).toArray());
            optional.add(opt.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] first = Matching.maximum(required, keys.size(), null);
        List<int[]> rest = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) rest.add(first[i] >= 0 ? new int[0] : optional.get(i));
        int[] second = Matching.maximum(rest, keys.size(), null);
        boolean[] found = new boolean[keys.size()];
        for (int i = 0; i < preds.size(); i++) {
            if (first[i] >= 0) {
                tally.add(preds.get(i).type(), TP);
                found[first[i]] = true;
            } else if (second[i] >= 0) {
                tally.ignored++;
            } else {
                tally.add(preds.get(i).type(), FP);
            }
        }
        for (int j = 0; j < keys.size(); j++) {
            if (keys.get(j).required() && !found[j]) tally.add(keys.get(j).type(), FN);
        }
    }

    // ------------------------------------------------------------------ occupations

    /** The predicted {@code holdsPost} facts and people's memberships, the same subject, object and role once. */
    static List<Fact> posts(Document doc) {
        List<Fact> out = new ArrayList<>();
        Map<Entity, Map<Entity, Set<String>>> seen = new IdentityHashMap<>();
        for (Fact f : doc.facts()) {
            if (f.object() == null) continue;
            // factRuEval's Occupation covers membership: «член Общественной палаты».
            if (f.predicate() == Predicate.MEMBER_OF && f.subject().kind() == EntityKind.PERSON) {
                f = Fact.post(f.subject(), f.object(), "член", null, null, f.evidence(), f.confidence());
            } else if (f.predicate() != Predicate.HOLDS_POST) continue;
            Set<String> roles = seen.computeIfAbsent(f.subject(), k -> new IdentityHashMap<>())
                    .computeIfAbsent(f.object(), k -> new LinkedHashSet<>());
            if (roles.add(NameNormalizer.normalize(f.role()))) out.add(f);
        }
        return out;
    }

    static void scorePosts(FactRuEvalGold gold, List<Fact> preds, String text, int[] counts, int[] role) {
        List<FactRuEvalGold.Post> keys = gold.facts();
        int[][] bonus = new int[preds.size()][keys.size()];
        Map<Entity, Map<String, Boolean>> cache = new IdentityHashMap<>();
        for (int i = 0; i < preds.size(); i++) {
            Fact f = preds.get(i);
            for (int j = 0; j < keys.size(); j++) {
                FactRuEvalGold.Post k = keys.get(j);
                FactRuEvalGold.Entity who = gold.entity(k.subject()).orElseThrow();
                FactRuEvalGold.Entity where = gold.entity(k.object()).orElseThrow();
                boolean match = matches(f.subject(), who, text, cache) && matches(f.object(), where, text, cache);
                bonus[i][j] = !match ? -1 : rolesAgree(f.role(), k.roles()) ? 1 : 0;
            }
        }
        int[] pairs = Matching.maximumPreferring(bonus, keys.size());
        int tp = 0;
        for (int i = 0; i < preds.size(); i++) {
            if (pairs[i] < 0) continue;
            tp++;
            List<String> keyRoles = keys.get(pairs[i]).roles();
            if (!keyRoles.isEmpty()) {
                role[0]++;
                if (rolesAgree(preds.get(i).role(), keyRoles)) role[1]++;
            }
        }
        counts[TP] += tp;
        counts[FP] += preds.size() - tp;
        counts[FN] += keys.size() - tp;
    }

    private static boolean matches(Entity e, FactRuEvalGold.Entity key, String text, Map<Entity, Map<String, Boolean>> cache) {
        return cache.computeIfAbsent(e, k -> new LinkedHashMap<>()).computeIfAbsent(key.id(), k -> matches(e, key, text));
    }

    /** Whether a predicted entity matches a key entity: see the class comment. */
    public static boolean matches(Entity e, FactRuEvalGold.Entity key, String text) {
        boolean kindFits = switch (e.kind()) {
            case PERSON -> key.type().equals("Person");
            case ORGANIZATION -> !key.type().equals("Person");
            case PLACE -> key.mentionTypes().contains("Location") || key.mentionTypes().contains("LocOrg");
            default -> false;
        };
        if (!kindFits) return false;
        for (Mention m : e.mentions()) {
            Span s = trim(text, m.span());
            for (Span k : key.spans()) {
                if (s.overlaps(trim(text, k))) return true;
            }
        }
        Set<String> keyNames = key.normalizedNames();
        Set<String> keyWordSets = new LinkedHashSet<>();
        if (e.kind() == EntityKind.PERSON) for (String n : keyNames) keyWordSets.add(sortedWords(n));
        List<Label> labels = new ArrayList<>();
        labels.add(e.name());
        labels.addAll(e.altLabels());
        for (Label l : labels) {
            if (l == null) continue;
            String n = NameNormalizer.normalize(l.text());
            if (n.isEmpty()) continue;
            if (keyNames.contains(n)) return true;
            if (e.kind() == EntityKind.PERSON && keyWordSets.contains(sortedWords(n))) return true;
        }
        return false;
    }

    private static String sortedWords(String normalized) {
        String[] w = normalized.split("[\\s\\-]+");
        Arrays.sort(w);
        return String.join(" ", w);
    }

    /** Whether a predicted role agrees with one of the alternatives of a key position. */
    public static boolean rolesAgree(String predicted, List<String> alternatives) {
        return alternatives.stream().anyMatch(k -> rolesAgree(predicted, k));
    }

    /** Whether a predicted role agrees with a key position: see the class comment. */
    public static boolean rolesAgree(String predicted, String key) {
        List<String> a = words(predicted), b = words(key);
        if (a.isEmpty() || b.isEmpty()) return false;
        return covered(a, b) || covered(b, a);
    }

    private static List<String> words(String s) {
        if (s == null) return List.of();
        return Arrays.stream(NameNormalizer.normalize(s).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean covered(List<String> xs, List<String> ys) {
        for (String x : xs) {
            if (ys.stream().noneMatch(y -> wordsAgree(x, y))) return false;
        }
        return true;
    }

    static boolean wordsAgree(String a, String b) {
        if (a.equals(b)) return true;
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) p++;
        return p >= 3 && a.length() - p <= 3 && b.length() - p <= 3;
    }

    // ------------------------------------------------------------------ table

    /** The result as a plain-text table, for the console. */
    public static String table(FactRuEvalResult r) {
        StringBuilder sb = new StringBuilder();
        FactRuEvalResult.Details d = r.details();
        sb.append(String.format(Locale.ROOT, "factRuEval-2016: %d texts%n", d.documents()));
        sb.append(String.format(Locale.ROOT, "%-5s %6s | %-29s | %-29s%n", "", "", "exact", "overlap"));
        sb.append(String.format(Locale.ROOT, "%-5s %6s | %6s %6s %6s %6s  | %6s %6s %6s %6s%n",
                "type", "key", "found", "P", "R", "F1", "found", "P", "R", "F1"));
        for (String t : r.mentions().exact().keySet()) {
            Scores e = r.mentions().exact().get(t), o = r.mentions().overlap().get(t);
            sb.append(String.format(Locale.ROOT, "%-5s %6d | %6d %6.3f %6.3f %6.3f  | %6d %6.3f %6.3f %6.3f%n",
                    t, e.expected(), e.predicted(), e.precision(), e.recall(), e.f1(),
                    o.predicted(), o.precision(), o.recall(), o.f1()));
        }
        Scores occ = r.occupation();
        sb.append(String.format(Locale.ROOT, "occupation (holdsPost): key %d, found %d, matched %d: P %.3f R %.3f F1 %.3f%n",
                occ.expected(), occ.predicted(), occ.tp(), occ.precision(), occ.recall(), occ.f1()));
        sb.append(String.format(Locale.ROOT, "  role agrees in %d of %d matched facts with a stated position (%.1f%%)%n",
                d.roleAgreed(), d.roleComparable(), 100 * d.roleAgreement()));
        if (d.occupationsSkipped() > 0) {
            sb.append(String.format(Locale.ROOT, "  %d occupation(s) without Who or Where not scored%n", d.occupationsSkipped()));
        }
        sb.append("optional key mentions (not scored): ").append(d.optionalMentions().isEmpty() ? "none" : d.optionalMentions().toString())
                .append(String.format(Locale.ROOT, "; predictions that matched only those: exact %d, overlap %d%n",
                        d.ignoredPredictionsExact(), d.ignoredPredictionsOverlap()));
        if (!d.failures().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "extractor failed on %d text(s), scored as finding nothing:%n", d.failures().size()));
            d.failures().stream().limit(5).forEach(f -> sb.append("  ").append(f).append(System.lineSeparator()));
        }
        return sb.toString();
    }
}
