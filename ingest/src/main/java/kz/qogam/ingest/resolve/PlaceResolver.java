package kz.qogam.ingest.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.extract.Concept;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.text.NameNormalizer;

/**
 * Places: mentions of one gazetteer place are one entity with the gazetteer's IRI and its
 * preferred label in the text's language; other places group by name.
 */
final class PlaceResolver {
    private final Lexicons lexicons;

    PlaceResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Entity> resolve(List<Mention> mentions, String lang) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Concept c = m.concept() == null ? null : lexicons.concept(m.concept());
            boolean gazetteer = c != null && c.kind() != null;
            String key = gazetteer ? c.iri() : "name:" + NameNormalizer.fold(m.normalized());
            Entity e = byKey.computeIfAbsent(key, k -> {
                Entity created = new Entity(EntityKind.PLACE, new Label(m.normalized(), lang));
                if (gazetteer) created.setIri(c.iri());
                created.setClassification(gazetteer ? c.kind() : m.concept());
                return created;
            });
            e.addMention(m);
        }
        List<Entity> out = new ArrayList<>(byKey.values());
        for (Entity e : out) CanonicalNames.apply(e, e.name().text(), lang);
        return out;
    }
}
