package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.Span;

/** A resolved document's entity mentions in text order, each with its entity: what relation finders read. */
public final class EntityIndex {
    /** A mention and the entity it names. */
    public record Item(Mention mention, Entity entity) {
        public int start() {
            return mention.start();
        }

        public int end() {
            return mention.end();
        }

        public EntityKind kind() {
            return entity.kind();
        }
    }

    private final Document doc;
    private final List<Item> items = new ArrayList<>();
    private final Map<Mention, Entity> byMention = new IdentityHashMap<>();

    private EntityIndex(Document doc) {
        this.doc = doc;
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) {
                items.add(new Item(m, e));
                byMention.put(m, e);
            }
        }
        items.sort(Comparator.comparing((Item i) -> i.mention().span()));
    }

    public static EntityIndex of(Document doc) {
        return new EntityIndex(doc);
    }

    public Document document() {
        return doc;
    }

    /** The entity a mention names, or null when it names none (an anaphor left alone). */
    public Entity entityOf(Mention m) {
        return byMention.get(m);
    }

    /** The entity mentions inside the span, of the given kind (or of any, when null), in text order. */
    public List<Item> within(Span span, EntityKind kind) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if ((kind == null || i.kind() == kind) && span.contains(i.mention().span())) out.add(i);
        }
        return out;
    }

    /** Like {@link #within}, without the mentions that lie inside a longer mention of the same kind. */
    public List<Item> outermost(Span span, EntityKind kind) {
        List<Item> all = within(span, kind);
        List<Item> out = new ArrayList<>();
        for (Item i : all) {
            boolean nested = all.stream().anyMatch(o -> o != i && o.mention().span().contains(i.mention().span())
                    && !o.mention().span().equals(i.mention().span()));
            if (!nested) out.add(i);
        }
        return out;
    }

    /** The last mention of a kind that starts before the offset, or null. */
    public Item lastBefore(int offset, EntityKind kind) {
        Item best = null;
        for (Item i : items) {
            if (i.kind() == kind && i.start() < offset) best = i;
        }
        return best;
    }

    /** The event the text is about: the one it names first (by a name, not a bare kind word). */
    public Entity mainEvent() {
        for (Item i : items) {
            if (i.kind() == EntityKind.EVENT && !Anaphora.isAnaphor(i.mention())) return i.entity();
        }
        return null;
    }

    /** The organisation the text talks about most, or null when it names none, or several each once. */
    public Entity mainOrganization() {
        List<Entity> orgs = doc.entities().stream().filter(e -> e.kind() == EntityKind.ORGANIZATION)
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::firstOffset)).toList();
        // Several bodies each named once (a statement's addressee and its signatories): none is what the text is about.
        if (orgs.size() > 1 && orgs.get(0).mentions().size() == 1) return null;
        return orgs.isEmpty() ? null : orgs.get(0);
    }
}
