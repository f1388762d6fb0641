package kz.qogam.ingest.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The gold files of {@code data/gold/README.md}: what a journalist should find in one text.
 * Keys the scorer does not use ({@code form}, {@code kind}, {@code title}, {@code note},
 * {@code address}) are read and ignored.
 */
public final class Gold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Gold() {}

    /** One gold file. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String document, String lang, List<Entity> entities, List<Fact> facts) {
        public Document {
            entities = entities == null ? List.of() : List.copyOf(entities);
            facts = facts == null ? List.of() : List.copyOf(facts);
        }

        /** The ids of the optional entities: neither required nor a false positive. */
        public Set<String> optionalIds() {
            return entities.stream().filter(Entity::optional).map(Entity::id).collect(Collectors.toSet());
        }

        /** Whether a fact's object names one of this document's entities (else it is a literal). */
        public boolean isEntity(String id) {
            return entities.stream().anyMatch(e -> e.id().equals(id));
        }
    }

    /** A gold entity: its canonical name and the other forms the text uses. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String id, String type, String name, List<String> aliases, boolean optional) {
        public Entity {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** A gold fact; {@code object} is an entity id or a literal, {@code role} only for posts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fact(String subject, String predicate, String object, String role) {}

    /** Reads one gold file; a malformed one fails naming the file. */
    public static Document read(Path file) {
        try {
            Document d = JSON.readValue(file.toFile(), Document.class);
            if (d.document() == null) throw new IllegalArgumentException(file + ": the gold file names no \"document\"");
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gold file " + file + ": " + e.getMessage(), e);
        }
    }
}
