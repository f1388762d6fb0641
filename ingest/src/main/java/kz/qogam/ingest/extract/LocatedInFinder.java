package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Layer;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.text.TextView;

/**
 * Which place lies in which, among the places a text names:
 * <ul>
 *   <li>a city of the gazetteer in its region, when the text names the region too (Petropavl in
 *       North Kazakhstan Region); that a place lies in Kazakhstan goes without saying;</li>
 *   <li>a district the gazetteer does not list in the one region the text names;</li>
 *   <li>a building in the city where the same event takes place (the palace of schoolchildren in
 *       Petropavl).</li>
 * </ul>
 * Reads the takes-place-in facts, so it runs after the finder of those.
 */
public final class LocatedInFinder extends RelationFinder {
    public LocatedInFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES, Layer.FACTS);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        List<Entity> places = index.document().entities().stream().filter(e -> e.kind() == EntityKind.PLACE).toList();
        Concept onlyRegion = TextPlaces.only(lexicons, index.document(), "region");
        Entity region = onlyRegion == null ? null : places.stream().filter(q -> onlyRegion.iri().equals(q.iri())).findFirst().orElse(null);
        for (Entity p : places) {
            // A district the gazetteer does not list lies in the one region the text names, if it names one.
            if (p.iri() == null && region != null && kindIs(p, "district")) {
                out.add(Fact.link(Predicate.LOCATED_IN, p, region, evidence(index, p), 0.6));
            }
            Concept c = p.iri() == null ? null : lexicons.concept(p.iri());
            if (c == null || !(kindIs(p, "city") || kindIs(p, "town") || kindIs(p, "district"))) continue;
            for (String container : c.broader()) {
                Entity named = places.stream().filter(q -> container.equals(q.iri())).findFirst().orElse(null);
                Concept rc = lexicons.concept(container);
                if (named != null && rc != null && rc.kind() != null && lexicons.concept(rc.kind()).isA("region")) {
                    out.add(Fact.link(Predicate.LOCATED_IN, p, named, evidence(index, p), 0.9));
                    break;
                }
            }
        }
        for (Fact atFacility : index.document().facts()) {
            if (atFacility.predicate() != Predicate.TAKES_PLACE_IN || !kindIs(atFacility.object(), "facility")) continue;
            for (Fact atCity : index.document().facts()) {
                if (atCity.predicate() == Predicate.TAKES_PLACE_IN && atCity.subject() == atFacility.subject()
                        && (kindIs(atCity.object(), "city") || kindIs(atCity.object(), "town"))) {
                    out.add(Fact.link(Predicate.LOCATED_IN, atFacility.object(), atCity.object(), atFacility.evidence(), 0.6));
                }
            }
        }
        return out;
    }

    private boolean kindIs(Entity place, String kind) {
        Concept c = place.classification() == null ? null : lexicons.concept(place.classification());
        return c != null && c.isA(kind);
    }

    private static Span evidence(EntityIndex index, Entity e) {
        return index.document().sentenceAt(e.mentions().get(0).start());
    }
}
