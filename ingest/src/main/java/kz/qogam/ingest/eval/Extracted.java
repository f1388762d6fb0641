package kz.qogam.ingest.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qogam.ingest.doc.Label;

/**
 * What an extractor found in one text, in the neutral shape the scorer reads: entities with
 * their type, preferred name and all names; facts with predicate, subject, object (an entity or a
 * literal) and role. {@link #of(kz.qogam.ingest.doc.Document)} adapts a processed document; an
 * adapter from a stored graph can produce the same shape.
 */
public final class Extracted {
    private Extracted() {}

    /** One text's extraction. */
    public record Document(String document, List<Entity> entities, List<Fact> facts) {}

    /**
     * @param id    unique within the document
     * @param type  {@code Organization}, {@code Person}, {@code Event} or {@code Place}
     * @param name  the preferred (canonical) name
     * @param names every name, the preferred one included
     */
    public record Entity(String id, String type, String name, Set<String> names) {}

    /** {@code object} is an entity id when {@code literal} is false. */
    public record Fact(String predicate, String subject, String object, boolean literal, String role) {}

    /** The extraction of a processed document. */
    public static Document of(kz.qogam.ingest.doc.Document doc) {
        Map<kz.qogam.ingest.doc.Entity, String> ids = new IdentityHashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (kz.qogam.ingest.doc.Entity e : doc.entities()) {
            String id = "e" + (ids.size() + 1);
            ids.put(e, id);
            Set<String> names = new LinkedHashSet<>();
            names.add(e.name().text());
            for (Label l : e.altLabels()) names.add(l.text());
            entities.add(new Entity(id, e.kind().goldType(), e.name().text(), names));
        }
        List<Fact> facts = new ArrayList<>();
        for (kz.qogam.ingest.doc.Fact f : doc.facts()) {
            boolean literal = f.object() == null;
            facts.add(new Fact(f.predicate().goldName(), ids.get(f.subject()), literal ? f.literal() : ids.get(f.object()),
                    literal, f.role()));
        }
        return new Document(doc.id(), entities, facts);
    }
}
