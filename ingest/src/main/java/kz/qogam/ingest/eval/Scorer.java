package kz.qogam.ingest.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import kz.qogam.ingest.text.NameNormalizer;

/**
 * Scores extractions against gold exactly as {@code data/gold/README.md} says:
 * <ol>
 *   <li>names compare after {@link NameNormalizer#normalize};</li>
 *   <li>an extracted entity matches a gold one of its type when one of its names is the gold name
 *       or an alias; each gold entity matches at most one extracted entity (and the other way
 *       round), the matching taking as many pairs as it can;</li>
 *   <li>optional gold entities, the extracted entities that match them, and the facts that touch
 *       either are left out of both sides;</li>
 *   <li>canonical-name accuracy: among matched entities, the share whose preferred name is the
 *       gold name (for people in any order of the name's parts);</li>
 *   <li>a fact matches when the predicate is equal and both ends match (an entity end through the
 *       entity matching, a literal after normalisation); each gold fact matches at most one
 *       extracted fact; role accuracy among matched {@code holdsPost} facts.</li>
 * </ol>
 * Scores are micro-averaged over documents.
 */
public final class Scorer {
    private final Map<String, int[]> entityCounts = new TreeMap<>();
    private final Map<String, int[]> factCounts = new TreeMap<>();
    private int matchedEntities, canonicalNames, matchedPosts, rolesRight, documents;
    private final List<EvaluationResult.DocumentResult> perDocument = new ArrayList<>();

    /** Adds one document's extraction to the score. */
    public Scorer add(Gold.Document gold, Extracted.Document extracted) {
        documents++;
        int[] docEntities = new int[3];
        int[] docFacts = new int[3];
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();

        List<Gold.Entity> golds = new ArrayList<>(gold.entities());
        golds.sort((a, b) -> Boolean.compare(a.optional(), b.optional())); // required ones get first pick
        Map<String, String> goldOf = match(golds, extracted.entities());
        Set<String> optional = gold.optionalIds();
        Set<String> leftOut = new HashSet<>();
        for (Extracted.Entity e : extracted.entities()) {
            String g = goldOf.get(e.id());
            if (g != null ? optional.contains(g) : matchesAny(e, golds, optional)) leftOut.add(e.id());
        }

        Map<String, String> matchedExtracted = new HashMap<>();
        goldOf.forEach((e, g) -> matchedExtracted.put(g, e));
        Map<String, Extracted.Entity> byId = new HashMap<>();
        extracted.entities().forEach(e -> byId.put(e.id(), e));
        for (Gold.Entity g : gold.entities()) {
            if (g.optional()) continue;
            String e = matchedExtracted.get(g.id());
            if (e != null) {
                count(entityCounts, g.type(), 0, docEntities);
                matchedEntities++;
                if (sameName(byId.get(e).name(), g.name(), g.type())) canonicalNames++;
            } else {
                count(entityCounts, g.type(), 2, docEntities);
                missed.add(g.type() + " " + g.name());
            }
        }
        for (Extracted.Entity e : extracted.entities()) {
            if (!goldOf.containsKey(e.id()) && !leftOut.contains(e.id())) {
                count(entityCounts, e.type(), 1, docEntities);
                extra.add(e.type() + " " + e.name());
            }
        }

        scoreFacts(gold, extracted, goldOf, leftOut, optional, byId, docFacts, missed, extra);
        perDocument.add(new EvaluationResult.DocumentResult(gold.document(), Score.of(docEntities[0], docEntities[1], docEntities[2]),
                Score.of(docFacts[0], docFacts[1], docFacts[2]), missed, extra));
        return this;
    }

    private void scoreFacts(Gold.Document gold, Extracted.Document extracted, Map<String, String> goldOf, Set<String> leftOut,
                            Set<String> optional, Map<String, Extracted.Entity> byId, int[] docFacts,
                            List<String> missed, List<String> extra) {
        List<Gold.Fact> goldFacts = new ArrayList<>();
        for (Gold.Fact f : gold.facts()) {
            boolean objectIsEntity = gold.isEntity(f.object());
            if (optional.contains(f.subject()) || (objectIsEntity && optional.contains(f.object()))) continue;
            goldFacts.add(f);
        }
        List<Extracted.Fact> facts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Extracted.Fact f : extracted.facts()) {
            if (leftOut.contains(f.subject()) || (!f.literal() && leftOut.contains(f.object()))) continue;
            String key = f.predicate() + "|" + f.subject() + "|" + (f.literal() ? "\"" + NameNormalizer.normalize(f.object()) : f.object());
            if (seen.add(key)) facts.add(f);
        }
        boolean[] used = new boolean[facts.size()];
        for (Gold.Fact g : goldFacts) {
            boolean objectIsEntity = gold.isEntity(g.object());
            int hit = -1;
            for (int i = 0; i < facts.size() && hit < 0; i++) {
                Extracted.Fact f = facts.get(i);
                if (used[i] || !f.predicate().equals(g.predicate()) || !g.subject().equals(goldOf.get(f.subject()))) continue;
                boolean objectMatches = objectIsEntity
                        ? !f.literal() && g.object().equals(goldOf.get(f.object()))
                        : f.literal() && NameNormalizer.normalize(f.object()).equals(NameNormalizer.normalize(g.object()));
                if (objectMatches) hit = i;
            }
            if (hit >= 0) {
                used[hit] = true;
                count(factCounts, g.predicate(), 0, docFacts);
                if (g.predicate().equals("holdsPost")) {
                    matchedPosts++;
                    if (NameNormalizer.normalize(g.role()).equals(NameNormalizer.normalize(facts.get(hit).role()))) rolesRight++;
                }
            } else {
                count(factCounts, g.predicate(), 2, docFacts);
                missed.add(g.predicate() + " " + g.subject() + " → " + g.object());
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            if (used[i]) continue;
            Extracted.Fact f = facts.get(i);
            count(factCounts, f.predicate(), 1, docFacts);
            Extracted.Entity s = byId.get(f.subject());
            String object = f.literal() ? f.object() : byId.get(f.object()) == null ? f.object() : byId.get(f.object()).name();
            extra.add(f.predicate() + " " + (s == null ? f.subject() : s.name()) + " → " + object);
        }
    }

    /** The scores of every document added. */
    public EvaluationResult result() {
        Map<String, Score> byType = scores(entityCounts);
        Map<String, Score> byPredicate = scores(factCounts);
        return new EvaluationResult(
                EvaluationResult.Entities.of(total(byType), byType),
                EvaluationResult.Facts.of(total(byPredicate), byPredicate),
                matchedEntities == 0 ? 1 : (double) canonicalNames / matchedEntities,
                matchedPosts == 0 ? 1 : (double) rolesRight / matchedPosts,
                documents, List.copyOf(perDocument));
    }

    /**
     * A maximum one-to-one matching of extracted to gold entities (augmenting paths), trying for
     * each gold entity first the extracted ones whose preferred name is the gold name.
     *
     * @return gold id by extracted id
     */
    static Map<String, String> match(List<Gold.Entity> golds, List<Extracted.Entity> extracted) {
        Map<String, String> goldOf = new HashMap<>();
        Map<String, String> extractedOf = new HashMap<>();
        Map<String, List<Extracted.Entity>> candidates = new HashMap<>();
        for (Gold.Entity g : golds) {
            List<Extracted.Entity> c = new ArrayList<>();
            for (Extracted.Entity e : extracted) if (matches(e, g) && sameName(e.name(), g.name(), g.type())) c.add(e);
            for (Extracted.Entity e : extracted) if (matches(e, g) && !c.contains(e)) c.add(e);
            candidates.put(g.id(), c);
        }
        for (Gold.Entity g : golds) augment(g.id(), candidates, goldOf, extractedOf, new HashSet<>());
        return goldOf;
    }

    private static boolean augment(String gold, Map<String, List<Extracted.Entity>> candidates, Map<String, String> goldOf,
                                   Map<String, String> extractedOf, Set<String> visited) {
        for (Extracted.Entity e : candidates.get(gold)) {
            if (!visited.add(e.id())) continue;
            String holder = goldOf.get(e.id());
            if (holder == null || augment(holder, candidates, goldOf, extractedOf, visited)) {
                goldOf.put(e.id(), gold);
                extractedOf.put(gold, e.id());
                return true;
            }
        }
        return false;
    }

    static boolean matches(Extracted.Entity e, Gold.Entity g) {
        if (!e.type().equals(g.type())) return false;
        Set<String> goldNames = new HashSet<>();
        goldNames.add(NameNormalizer.normalize(g.name()));
        g.aliases().forEach(a -> goldNames.add(NameNormalizer.normalize(a)));
        return e.names().stream().anyMatch(n -> goldNames.contains(NameNormalizer.normalize(n)));
    }

    private static boolean matchesAny(Extracted.Entity e, List<Gold.Entity> golds, Set<String> ids) {
        return golds.stream().anyMatch(g -> ids.contains(g.id()) && matches(e, g));
    }

    /** Names equal after normalisation; a person's name parts in any order. */
    static boolean sameName(String extracted, String gold, String type) {
        String a = NameNormalizer.normalize(extracted);
        String b = NameNormalizer.normalize(gold);
        if (a.equals(b)) return true;
        if (!type.equals("Person")) return false;
        String[] pa = a.split(" ");
        String[] pb = b.split(" ");
        Arrays.sort(pa);
        Arrays.sort(pb);
        return Arrays.equals(pa, pb);
    }

    /** Counts a true positive (0), false positive (1) or false negative (2) under a key and for the document. */
    private static void count(Map<String, int[]> counts, String key, int which, int[] doc) {
        counts.computeIfAbsent(Objects.requireNonNull(key, "type or predicate"), k -> new int[3])[which]++;
        doc[which]++;
    }

    private static Map<String, Score> scores(Map<String, int[]> counts) {
        Map<String, Score> out = new TreeMap<>();
        counts.forEach((k, c) -> out.put(k, Score.of(c[0], c[1], c[2])));
        return out;
    }

    private static Score total(Map<String, Score> scores) {
        Score t = Score.of(0, 0, 0);
        for (Score s : scores.values()) t = t.plus(s);
        return t;
    }
}
