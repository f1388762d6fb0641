package kz.qogam.ingest.eval.corpora;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qogam.ingest.doc.Span;

/**
 * One text of a factRuEval-2016 folder with its annotation, as {@link FactRuEvalReader} reads it.
 * Every offset is a UTF-16 index into {@link #text()}, which is the {@code .txt} file without a
 * byte order mark and with CR LF (and lone CR) turned into LF.
 *
 * @param id       the file name without extension ({@code book_100})
 * @param text     the text
 * @param tokens   the {@code .tokens} layer, in text order (empty when the file is missing)
 * @param spans    the {@code .spans} layer, in file order (job spans too, which no mention uses)
 * @param mentions the {@code .objects} layer: mentions of Person, Org, Location, LocOrg and
 *                 Project, each made of {@code .spans} spans
 * @param clusters the {@code .coref} layer: mentions of one real-world object with its normalised
 *                 names
 * @param facts    the {@code .facts} layer, every fact type
 * @param problems anything in the files that could not be read as the format says (empty for the
 *                 devset)
 */
public record FactRuEvalDocument(String id, String text, List<Token> tokens, List<SpanAnnotation> spans,
                                 List<GoldMention> mentions,
                                 List<Cluster> clusters, List<Fact> facts, List<String> problems) {

    /** Span types that carry a name, per mention type, as factRuEval's own scorer weighs them. */
    private static final Map<String, Set<String>> NAME_SPANS = Map.of(
            "Person", Set.of("name", "surname", "patronymic", "nickname"),
            "Org", Set.of("org_name", "loc_name"),
            "Location", Set.of("loc_name", "org_name"),
            "LocOrg", Set.of("loc_name", "org_name"),
            "Project", Set.of("prj_name"));

    public FactRuEvalDocument {
        tokens = List.copyOf(tokens);
        spans = List.copyOf(spans);
        mentions = List.copyOf(mentions);
        clusters = List.copyOf(clusters);
        facts = List.copyOf(facts);
        problems = List.copyOf(problems);
    }

    /** A token of the {@code .tokens} layer. */
    public record Token(String id, Span span, String text) {}

    /**
     * A span of the {@code .spans} layer: a name part ({@code name}, {@code surname},
     * {@code org_name}, {@code loc_name} ...), a descriptor ({@code org_descr}, {@code loc_descr}),
     * a {@code geo_adj} or a {@code job}. One id can stand for several spans of different types
     * over the same text (a word marked both {@code surname} and {@code nickname}).
     */
    public record SpanAnnotation(String id, String type, Span span) {
        public boolean isDescriptor() {
            return type.endsWith("_descr");
        }
    }

    /**
     * An {@code .objects} mention.
     *
     * @param id    the mention id
     * @param type  {@code Person}, {@code Org}, {@code Location}, {@code LocOrg} or {@code Project}
     * @param parts the spans it is made of, in text order
     */
    public record GoldMention(String id, String type, List<SpanAnnotation> parts) {
        public GoldMention {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) throw new IllegalArgumentException("Mention " + id + " has no spans");
        }

        /** From the first character of its first part to the last of its last part. */
        public Span span() {
            return extent(parts);
        }

        /**
         * The extent of the parts that carry a name (for an organisation: {@code org_name} and
         * {@code loc_name}, not the descriptor), or empty when it has none: an unnamed mention
         * such as a bare descriptor or a {@code geo_adj}.
         */
        public Optional<Span> nameSpan() {
            Set<String> named = NAME_SPANS.getOrDefault(type, Set.of());
            List<SpanAnnotation> names = parts.stream().filter(p -> named.contains(p.type())).toList();
            return names.isEmpty() ? Optional.empty() : Optional.of(extent(names));
        }

        /** The positions of the letters and digits its parts cover: what embedding compares. */
        public BitSet letters(String text) {
            BitSet b = new BitSet();
            for (SpanAnnotation p : parts) {
                for (int i = p.span().start(); i < p.span().end() && i < text.length(); i++) {
                    if (Character.isLetterOrDigit(text.charAt(i))) b.set(i);
                }
            }
            return b;
        }

        private static Span extent(List<SpanAnnotation> ps) {
            int s = Integer.MAX_VALUE, e = 0;
            for (SpanAnnotation p : ps) {
                s = Math.min(s, p.span().start());
                e = Math.max(e, p.span().end());
            }
            return new Span(s, e);
        }
    }

    /**
     * A {@code .coref} record: the mentions of one object and its attributes.
     *
     * @param id         the cluster id ({@code .facts} cites it as {@code obj<id>})
     * @param mentionIds the {@code .objects} mentions it groups
     * @param attributes key → values in file order: {@code name}, {@code descriptor},
     *                   {@code firstname}, {@code firstname1}, {@code patronymic},
     *                   {@code lastname} (the README says {@code surname}), {@code lastname1},
     *                   {@code nickname}, {@code wikidata}; empty values are dropped
     */
    public record Cluster(String id, List<String> mentionIds, Map<String, List<String>> attributes) {
        public Cluster {
            mentionIds = List.copyOf(mentionIds);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            attributes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            attributes = Collections.unmodifiableMap(copy);
        }

        public List<String> values(String key) {
            return attributes.getOrDefault(key, List.of());
        }

        /** The values of the key and its numbered variants ({@code firstname}, {@code firstname1}, ...). */
        public List<String> valuesLike(String key) {
            List<String> out = new ArrayList<>(values(key));
            for (int i = 1; i < 10; i++) out.addAll(values(key + i));
            return out;
        }
    }

    /**
     * An argument of a fact: {@code Who obj48 Лужков Юрий} has role {@code Who} and one value,
     * reference {@code obj48} with text {@code Лужков Юрий}. A line can give alternatives
     * separated by {@code " | "}: other names of the same object
     * ({@code Where obj144 Турецкая республика | Турция}) or other spans of the same position
     * ({@code Position span27603 Посол Японии в России | span27602 Посол}). {@code Фаза конец}
     * has one value without a reference.
     */
    public record Argument(String role, List<Value> values) {
        public Argument {
            values = List.copyOf(values);
        }

        /** The references of the values, in order, without repeats. */
        public List<String> references() {
            return values.stream().map(Value::reference).filter(java.util.Objects::nonNull).distinct().toList();
        }

        /** The first value's text. */
        public String text() {
            return values.isEmpty() ? "" : values.get(0).text();
        }
    }

    /**
     * One alternative of an argument.
     *
     * @param reference {@code obj<cluster id>}, {@code span<span id>}, or null for a plain value
     * @param text      the referent's text as the annotators wrote it, or the plain value
     */
    public record Value(String reference, String text) {
        public boolean isObject() {
            return reference != null && reference.startsWith("obj");
        }

        public boolean isSpan() {
            return reference != null && reference.startsWith("span");
        }

        /** The cluster or span id the reference names, without its prefix; null without one. */
        public String referencedId() {
            if (isObject()) return reference.substring(3);
            if (isSpan()) return reference.substring(4);
            return null;
        }
    }

    /** A {@code .facts} record: {@code Occupation}, {@code Deal}, {@code Ownership}, {@code Meeting}, ... */
    public record Fact(String id, String type, List<Argument> arguments) {
        public Fact {
            arguments = List.copyOf(arguments);
        }

        public Optional<Argument> argument(String role) {
            return arguments.stream().filter(a -> a.role().equals(role)).findFirst();
        }
    }

    /**
     * An {@code Occupation} fact in the terms scoring needs.
     *
     * @param id        the fact id
     * @param who       the person's cluster id, or null when the fact has none
     * @param where     the employer's cluster id, or null when the fact has none
     * @param positions the {@code job} spans of the position: alternatives, the first as the
     *                  annotators put it first (Посол Японии в России, then Посол); empty when
     *                  the position is not stated
     * @param modality  {@code Модальность} (возможность, будущее, завершено ...) or null
     * @param phase     {@code Фаза} (начало, конец) or null
     */
    public record Occupation(String id, String who, String where, List<SpanAnnotation> positions,
                             String modality, String phase) {
        public Occupation {
            positions = List.copyOf(positions);
        }
    }

    public Optional<GoldMention> mention(String mentionId) {
        return mentions.stream().filter(m -> m.id().equals(mentionId)).findFirst();
    }

    public Optional<Cluster> cluster(String clusterId) {
        return clusters.stream().filter(c -> c.id().equals(clusterId)).findFirst();
    }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    /**
     * The {@code Occupation} facts: {@code Who} and {@code Where} name clusters, {@code Position}
     * (or {@code Job}) names {@code job} spans.
     */
    public List<Occupation> occupations() {
        Map<String, List<SpanAnnotation>> spansById = new LinkedHashMap<>();
        for (SpanAnnotation p : spans) spansById.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
        List<Occupation> out = new ArrayList<>();
        for (Fact f : facts) {
            if (!f.type().toLowerCase(Locale.ROOT).equals("occupation")) continue;
            String who = firstObject(f, "Who");
            String where = firstObject(f, "Where");
            List<SpanAnnotation> positions = new ArrayList<>();
            for (Argument a : f.arguments()) {
                if (!a.role().equals("Position") && !a.role().equals("Job")) continue;
                for (Value v : a.values()) {
                    List<SpanAnnotation> ps = v.isSpan() ? spansById.get(v.referencedId()) : null;
                    if (ps != null && !ps.isEmpty() && !positions.contains(ps.get(0))) positions.add(ps.get(0));
                }
            }
            String modality = f.argument("Модальность").map(Argument::text).orElse(null);
            String phase = f.argument("Фаза").map(Argument::text).orElse(null);
            out.add(new Occupation(f.id(), who, where, positions, modality, phase));
        }
        return out;
    }

    private static String firstObject(Fact f, String role) {
        return f.argument(role).stream().flatMap(a -> a.values().stream())
                .filter(Value::isObject).map(Value::referencedId).findFirst().orElse(null);
    }
}
