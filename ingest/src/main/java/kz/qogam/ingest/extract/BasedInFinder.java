package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Where an organisation is based:
 * <ul>
 *   <li>a place in its name («Гражданский альянс Мангистауской области», «акимат города
 *       Алматы», «Шымкент қалалық Азаматтық Альянс»), unless only the country: a national name
 *       says nothing about the seat;</li>
 *   <li>a Kazakh place «-дағы» right before it («Шымкенттегі «Азаматтық ресурстық орталық»»);</li>
 *   <li>the one place in the locative of a sentence saying it works or is there («Фонд работает в
 *       Риддере», «Қор … Кентау қаласында жұмыс істейді»);</li>
 *   <li>the place of its address («офис ОМП по адресу: г. Алматы»), or after a comma that ends its line in a
 *       list («ОФ «Ұрпақ», г. Шымкент»);</li>
 *   <li>the place of the dateline under the lines that name it (a declaration signed «г.Алматы»).</li>
 * </ul>
 */
public final class BasedInFinder extends RelationFinder {
    public BasedInFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            List<EntityIndex.Item> places = index.within(s.span(), EntityKind.PLACE);
            List<EntityIndex.Item> orgs = index.within(s.span(), EntityKind.ORGANIZATION);
            for (EntityIndex.Item o : orgs) {
                for (EntityIndex.Item p : places) {
                    if (o.mention().span().contains(p.mention().span()) && !isCountry(p.entity())) {
                        out.add(Fact.link(Predicate.BASED_IN, o.entity(), p.entity(), s.span(), 0.7));
                    }
                    if (s.indexAt(p.end()) == s.indexAt(o.start()) && s.lower(s.indexAt(p.end()) - 1).matches(".*(дағы|дегі|тағы|тегі)")) {
                        out.add(Fact.link(Predicate.BASED_IN, o.entity(), p.entity(), s.span(), 0.7));
                    }
                }
                EntityIndex.Item seat = placeAfterComma(s, o, places);
                if (seat != null && !isCountry(seat.entity())) out.add(Fact.link(Predicate.BASED_IN, o.entity(), seat.entity(), s.span(), 0.6));
            }
            Fact seat = seat(view, s, orgs, places);
            if (seat != null) out.add(seat);
            for (int cue : Cues.find(s, Cues.ADDRESS)) {
                EntityIndex.Item place = places.stream().filter(p -> p.start() > s.start(cue)).findFirst().orElse(null);
                if (place == null) continue;
                EntityIndex.Item org = null;
                for (EntityIndex.Item o : orgs) if (o.end() <= s.start(cue)) org = o;
                Entity owner = org != null ? org.entity() : index.mainOrganization();
                if (owner != null) out.add(Fact.link(Predicate.BASED_IN, owner, place.entity(), s.span(), 0.7));
            }
        }
        Dateline dateline = Dateline.find(view, index);
        if (dateline != null && dateline.place() != null) {
            for (EntityIndex.Item o : index.outermost(dateline.heading(), EntityKind.ORGANIZATION)) {
                out.add(Fact.link(Predicate.BASED_IN, o.entity(), dateline.place().entity(), dateline.line(), 0.5));
            }
        }
        return out;
    }

    /**
     * «Қор … Кентау қаласында жұмыс істейді», «Фонд работает в Риддере», «В Кентау работает фонд …»:
     * a verb of working or being, the organisation first named in the sentence (its subject), and
     * the one place said in the locative.
     */
    private static Fact seat(TextView view, SentenceView s, List<EntityIndex.Item> orgs, List<EntityIndex.Item> places) {
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        boolean verb = Cues.find(s, Cues.SEAT).stream().anyMatch(k -> !s.lower(k).startsWith("іст") || s.is(k - 1, "жұмыс"));
        if (!verb || orgs.isEmpty()) return null;
        List<EntityIndex.Item> where = places.stream().filter(p -> EventPlaceFinder.locative(s, p, russian)
                && orgs.stream().noneMatch(o -> o.mention().span().contains(p.mention().span()))).toList();
        if (where.size() != 1) return null;
        return Fact.link(Predicate.BASED_IN, orgs.get(0).entity(), where.get(0).entity(), s.span(), 0.6);
    }

    /**
     * The place after a comma that ends an organisation's line, as lists of signatories and
     * participants give the seat: «ОФ «Ұрпақ», г. Шымкент», «"Ұрпақ" ҚҚ, Шымкент қаласы»; or null.
     */
    private static EntityIndex.Item placeAfterComma(SentenceView s, EntityIndex.Item org, List<EntityIndex.Item> places) {
        int k = s.indexAt(org.end());
        if (!s.isPunct(k, ",")) return null;
        k++;
        if (s.is(k, "г", "город", "гор")) k += s.isPunct(k + 1, ".") ? 2 : 1;
        for (EntityIndex.Item p : places) {
            if (s.indexAt(p.start()) != k) continue;
            int after = s.indexAt(p.end());
            return after >= s.size() || s.lineBreakAfter(after - 1) || s.isPunct(after, ".;") ? p : null;
        }
        return null;
    }

    private boolean isCountry(Entity place) {
        Concept kind = place.classification() == null ? null : lexicons.concept(place.classification());
        return kind != null && kind.isA("country");
    }
}
