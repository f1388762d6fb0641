package kz.qogam.ingest.eval.corpora;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Cluster;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.GoldMention;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Occupation;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.SpanAnnotation;
import kz.qogam.ingest.text.NameNormalizer;

/**
 * A factRuEval text's {@code Occupation} facts in the project's gold format
 * ({@code data/gold/README.md}): its {@code .coref} clusters become entities, its occupations
 * {@code holdsPost} facts. Serialised with Jackson it is a gold file; the spans that scoring also
 * uses are left out of the JSON.
 *
 * <ul>
 *   <li>Entity {@code id}: the cluster id. {@code type}: {@code Person}; {@code Organization}
 *       for a cluster with an {@code Org} mention, or a {@code LocOrg} or {@code Location}
 *       cluster that is the {@code Where} of an occupation (the mayor of Moscow works for the
 *       city, the prime minister of Italy for Italy, as an organisation); else {@code Place}.
 *       {@code Project} clusters are left out.</li>
 *   <li>{@code name}: for a person, given names, patronymic and surnames of the cluster
 *       ({@code firstname firstname1 patronymic lastname lastname1}), else its nickname; for
 *       the others the first {@code name} value; failing those, the text of its first mention.
 *       The names are as the annotators normalised them (nominative).</li>
 *   <li>{@code aliases}: the other {@code name} values, a person's first given name with the
 *       surname, nicknames, and the text of every mention (whole, and its name part alone), each
 *       once by normalised form.</li>
 *   <li>A {@code holdsPost} fact per {@code Occupation} that has both {@code Who} and
 *       {@code Where}; {@code role} is the {@code Position} span's text in lower case, as
 *       written (inflected, {@code мэра}): factRuEval does not give the nominative. Where the
 *       position has alternative spans ({@code Посол Японии в России | Посол}) the first is the
 *       role and all are kept for scoring. Occupations with the same person, employer and role
 *       are given once.</li>
 * </ul>
 */
@JsonPropertyOrder({"document", "lang", "entities", "facts"})
public record FactRuEvalGold(String document, String lang, List<Entity> entities, List<Post> facts,
                             @JsonIgnore int occupationsWithoutWhoOrWhere) {

    /**
     * @param spans        the extents of the cluster's mentions (not serialised)
     * @param mentionTypes the factRuEval types of its mentions (not serialised)
     */
    @JsonPropertyOrder({"id", "type", "name", "aliases"})
    public record Entity(String id, String type, String name, List<String> aliases,
                         @JsonIgnore List<Span> spans, @JsonIgnore Set<String> mentionTypes) {
        public Entity {
            aliases = List.copyOf(aliases);
            spans = List.copyOf(spans);
            mentionTypes = Set.copyOf(mentionTypes);
        }

        /** The name and aliases, normalised as {@link NameNormalizer} does. */
        @JsonIgnore
        public Set<String> normalizedNames() {
            Set<String> out = new LinkedHashSet<>();
            out.add(NameNormalizer.normalize(name));
            for (String a : aliases) out.add(NameNormalizer.normalize(a));
            out.remove("");
            return out;
        }
    }

    /**
     * @param role      the first stated position, lower case, or null
     * @param roles     every stated alternative of the position, lower case (not serialised)
     * @param factId    the {@code .facts} id (not serialised)
     * @param roleSpan  where the first position is written, or null (not serialised)
     */
    @JsonPropertyOrder({"subject", "predicate", "object", "role"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Post(String subject, String object, String role, @JsonIgnore List<String> roles,
                       @JsonIgnore String factId, @JsonIgnore Span roleSpan) {
        public Post {
            roles = List.copyOf(roles);
        }

        @JsonProperty("predicate")
        public String predicate() {
            return "holdsPost";
        }
    }

    public FactRuEvalGold {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public static FactRuEvalGold of(FactRuEvalDocument d) {
        List<Occupation> occupations = d.occupations();
        Set<String> employers = new HashSet<>();
        for (Occupation o : occupations) if (o.where() != null) employers.add(o.where());

        List<Entity> entities = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (Cluster c : d.clusters()) {
            Entity e = entity(d, c, employers.contains(c.id()));
            if (e != null) {
                entities.add(e);
                known.add(e.id());
            }
        }

        Map<String, Post> posts = new LinkedHashMap<>();
        int incomplete = 0;
        for (Occupation o : occupations) {
            if (o.who() == null || o.where() == null || !known.contains(o.who()) || !known.contains(o.where())) {
                incomplete++;
                continue;
            }
            List<String> roles = new ArrayList<>();
            for (SpanAnnotation p : o.positions()) roles.add(d.text(p.span()).toLowerCase(Locale.ROOT));
            String role = roles.isEmpty() ? null : roles.get(0);
            Span roleSpan = o.positions().isEmpty() ? null : o.positions().get(0).span();
            String key = o.who() + "\u0000" + o.where() + "\u0000" + NameNormalizer.normalize(role);
            posts.putIfAbsent(key, new Post(o.who(), o.where(), role, roles, o.id(), roleSpan));
        }
        return new FactRuEvalGold(d.id() + ".txt", "ru", entities, new ArrayList<>(posts.values()), incomplete);
    }

    private static Entity entity(FactRuEvalDocument d, Cluster c, boolean employer) {
        List<GoldMention> ms = new ArrayList<>();
        for (String id : c.mentionIds()) d.mention(id).ifPresent(ms::add);
        Set<String> types = new LinkedHashSet<>();
        for (GoldMention m : ms) types.add(m.type());
        String type;
        if (types.contains("Person")) type = "Person";
        else if (types.contains("Org")) type = "Organization";
        else if (types.contains("LocOrg") || types.contains("Location")) type = employer ? "Organization" : "Place";
        else return null;

        List<String> names = new ArrayList<>();
        if (type.equals("Person")) {
            List<String> given = c.valuesLike("firstname");
            List<String> patronymic = c.valuesLike("patronymic");
            List<String> surname = new ArrayList<>(c.valuesLike("lastname"));
            surname.addAll(c.valuesLike("surname"));
            List<String> full = new ArrayList<>(given);
            full.addAll(patronymic);
            full.addAll(surname);
            if (!full.isEmpty()) names.add(String.join(" ", full));
            if (!given.isEmpty() && !surname.isEmpty()) names.add(given.get(0) + " " + surname.get(0));
            names.addAll(c.valuesLike("nickname"));
        } else {
            names.addAll(c.values("name"));
        }
        List<Span> spans = new ArrayList<>();
        for (GoldMention m : ms) {
            spans.add(m.span());
            names.add(d.text(m.span()));
            m.nameSpan().ifPresent(s -> names.add(d.text(s)));
        }
        if (names.isEmpty()) return null;
        String name = names.get(0);
        Set<String> seen = new HashSet<>();
        seen.add(NameNormalizer.normalize(name));
        List<String> aliases = new ArrayList<>();
        for (String n : names.subList(1, names.size())) {
            String norm = NameNormalizer.normalize(n);
            if (!norm.isEmpty() && seen.add(norm)) aliases.add(n.replaceAll("\\s+", " ").strip());
        }
        return new Entity(c.id(), type, name, aliases, spans, types);
    }
}
