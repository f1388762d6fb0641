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
 * What is part of what:
 * <ul>
 *   <li>an organisation whose name ends in another's is its unit: «Ресурсный центр ОМП»;</li>
 *   <li>Russian, a department whose name runs into another body's: «департамент … АО «Банк
 *       ЦентрКредит»»;</li>
 *   <li>Kazakh, an organisation in the genitive before another: «ҚР Парламентінің Сенаты мен
 *       Мәжілісінің» (both chambers);</li>
 *   <li>an organisation working «на базе» another belongs to it (to the whole, when the host is
 *       itself a unit: a club at the resource centre of ОМП is ОМП's);</li>
 *   <li>an event held «в рамках» another («… аясында») is part of it.</li>
 * </ul>
 */
public final class PartOfFinder extends RelationFinder {
    public PartOfFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        boolean russian = view.readingLanguage() == Language.RUSSIAN;
        for (SentenceView s : view.sentences()) {
            List<EntityIndex.Item> orgs = index.within(s.span(), EntityKind.ORGANIZATION);
            for (EntityIndex.Item outer : orgs) {
                for (EntityIndex.Item inner : orgs) {
                    if (inner != outer && outer.mention().span().contains(inner.mention().span()) && inner.end() == outer.end()
                            && inner.start() > outer.start()) {
                        out.add(Fact.link(Predicate.PART_OF, outer.entity(), inner.entity(), s.span(), 0.7));
                    }
                }
            }
            if (!russian) genitiveChains(s, orgs, out);
            for (EntityIndex.Item unit : russian ? orgs : List.<EntityIndex.Item>of()) {
                EntityIndex.Item whole = bodyOfUnit(s, unit, orgs);
                if (whole != null) out.add(Fact.link(Predicate.PART_OF, unit.entity(), whole.entity(), s.span(), 0.7));
            }
            for (int i = 0; i + 1 < s.size(); i++) {
                if (s.is(i, "на") && s.is(i + 1, "базе")) onBase(s, index, orgs, i, out);
                if ((s.is(i, "в") && s.is(i + 1, "рамках")) || s.is(i, "аясында")) within(s, index, i, out);
            }
        }
        return out;
    }

    /**
     * The body a Russian department's name runs into, whose unit it is: «департамента по работе с
     * МСБ АО «Банк ЦентрКредит»» → the bank; null when no body follows the department right away.
     */
    static EntityIndex.Item bodyOfUnit(SentenceView s, EntityIndex.Item unit, List<EntityIndex.Item> orgs) {
        String kind = unit.entity().classification();
        if (kind == null || !kind.endsWith("/department")) return null;
        int next = s.indexAt(unit.end());
        return orgs.stream().filter(o -> o != unit && o.entity() != unit.entity() && s.indexAt(o.start()) == next).findFirst().orElse(null);
    }

    private static void genitiveChains(SentenceView s, List<EntityIndex.Item> orgs, List<Fact> out) {
        for (EntityIndex.Item parent : orgs) {
            int p = s.indexAt(parent.end());
            if (!NounPhrases.kazakhGenitive(s.lower(p - 1))) continue;
            int k = p;
            EntityIndex.Item unit;
            while ((unit = startingAt(s, orgs, k)) != null) {
                out.add(Fact.link(Predicate.PART_OF, unit.entity(), parent.entity(), s.span(), 0.7));
                k = s.indexAt(unit.end());
                if (!s.is(k, "мен", "және")) break;
                k++;
            }
        }
    }

    private static void onBase(SentenceView s, EntityIndex index, List<EntityIndex.Item> orgs, int cue, List<Fact> out) {
        EntityIndex.Item host = null, guest = null;
        for (EntityIndex.Item o : index.outermost(s.span(), EntityKind.ORGANIZATION)) {
            if (o.end() <= s.start(cue)) guest = o;
            else if (host == null && s.indexAt(o.start()) == cue + 2) host = o;
        }
        if (host == null || guest == null) return;
        Entity whole = host.entity();
        for (EntityIndex.Item inner : orgs) {
            if (host.mention().span().contains(inner.mention().span()) && inner != host && inner.end() == host.end()) whole = inner.entity();
        }
        out.add(Fact.link(Predicate.PART_OF, guest.entity(), whole, s.span(), 0.6));
    }

    private static void within(SentenceView s, EntityIndex index, int cue, List<Fact> out) {
        List<EntityIndex.Item> events = index.within(s.span(), EntityKind.EVENT);
        boolean kazakh = s.is(cue, "аясында");
        EntityIndex.Item frame = null;
        for (EntityIndex.Item e : events) {
            int at = s.indexAt(e.start());
            if (kazakh ? s.indexAt(e.end()) == cue : at == cue + 2) frame = e;
        }
        if (frame == null) return;
        for (EntityIndex.Item e : events) {
            if (e.entity() != frame.entity()) out.add(Fact.link(Predicate.PART_OF, e.entity(), frame.entity(), s.span(), 0.7));
        }
    }

    private static EntityIndex.Item startingAt(SentenceView s, List<EntityIndex.Item> items, int token) {
        for (EntityIndex.Item i : items) {
            if (s.indexAt(i.start()) == token) return i;
        }
        return null;
    }
}
