package kz.qogam.server.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The gold files of {@code data/gold/} and the name matching of {@code data/gold/README.md}: a label
 * matches a gold entity when it normalises to its name or one of its aliases (for people, in any
 * word order).
 */
final class Gold {
    record Entity(String doc, String id, String type, String name, Set<String> names, boolean optional) {
        /** True when the label names this entity, after normalisation. */
        boolean matches(String label) {
            if (label == null) return false;
            String n = normalize(label);
            if (names.contains(n)) return true;
            if (type.equals("Person")) {
                String sorted = sortedWords(n);
                return names.stream().anyMatch(x -> sortedWords(x).equals(sorted));
            }
            return false;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Fact(String doc, Entity subject, String predicate, Entity object, String literal, String role) {
        @Override
        public String toString() {
            return doc + ": " + subject.name() + " " + predicate + " " + (object != null ? object.name() : literal)
                    + (role != null ? " (" + role + ")" : "");
        }
    }

    /** Document id (file name without extension) → its entities by gold id. */
    final Map<String, Map<String, Entity>> entities = new LinkedHashMap<>();
    final List<Fact> facts = new ArrayList<>();

    static Gold load(Path folder) {
        Gold g = new Gold();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = json.readTree(f.toFile());
                String doc = root.get("document").asText().replaceFirst("\\.[^.]+$", "");
                Map<String, Entity> byId = new LinkedHashMap<>();
                for (JsonNode e : root.get("entities")) {
                    Set<String> names = new LinkedHashSet<>();
                    names.add(normalize(e.get("name").asText()));
                    if (e.has("aliases")) e.get("aliases").forEach(a -> names.add(normalize(a.asText())));
                    byId.put(e.get("id").asText(), new Entity(doc, e.get("id").asText(), e.get("type").asText(),
                            e.get("name").asText(), names, e.path("optional").asBoolean(false)));
                }
                g.entities.put(doc, byId);
                for (JsonNode fact : root.get("facts")) {
                    Entity s = byId.get(fact.get("subject").asText());
                    String o = fact.get("object").asText();
                    Entity object = byId.get(o);
                    g.facts.add(new Fact(doc, s, fact.get("predicate").asText(), object, object == null ? o : null,
                            fact.has("role") ? fact.get("role").asText() : null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    Entity entity(String doc, String id) {
        Entity e = entities.get(doc).get(id);
        if (e == null) throw new IllegalArgumentException("No gold entity " + id + " in " + doc);
        return e;
    }

    List<Fact> facts(String predicate) {
        return facts.stream().filter(f -> f.predicate().equals(predicate)).toList();
    }

    /** The normalisation of data/gold/README.md. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        n = n.replaceAll("[«»\"“”„']", "");
        n = n.replaceAll("\\s+", " ").strip();
        n = n.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        return n;
    }

    private static String sortedWords(String s) {
        String[] words = s.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }
}
