package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * Phones and home pages of organisations: a number or web address belongs to the organisation
 * named last before it in its sentence, or to the one the text is about («Конт. тел: …»,
 * «Наша страница в Facebook …»). An organisation has one home page, the first given.
 */
public final class ContactFactFinder extends RelationFinder {
    public ContactFactFinder(Lexicons lexicons) {
        super(lexicons);
    }

    @Override
    public List<Fact> find(TextView view, EntityIndex index) {
        List<Fact> out = new ArrayList<>();
        Set<Entity> withHomepage = new HashSet<>();
        for (SentenceView s : view.sentences()) {
            for (Mention c : Mentions.within(view.document(), s.span(), MentionType.CONTACT)) {
                String value = c.normalized();
                boolean url = value.matches("(?i)(https?://|www\\.).*") || SiteNameFinder.SITE.matcher(value).matches();
                boolean phone = !url && !value.contains("@");
                if (!url && !phone) continue;
                EntityIndex.Item named = null;
                for (EntityIndex.Item o : index.outermost(s.span(), EntityKind.ORGANIZATION)) {
                    if (o.end() <= c.start() && !(url && hosts(o.entity(), value))) named = o;
                }
                Entity owner = named != null ? named.entity() : index.mainOrganization();
                if (owner == null) continue;
                if (phone) {
                    out.add(Fact.value(Predicate.PHONE, owner, value, s.span(), 0.7));
                } else if (withHomepage.add(owner)) {
                    out.add(Fact.value(Predicate.HOMEPAGE, owner, value, s.span(), 0.6));
                }
            }
        }
        return out;
    }

    private static final Pattern PAGE = Pattern.compile("(?i)(?:https?://)?(?:www\\.)?([^./]+)\\.[^/]+/.+");

    /**
     * Whether the organisation is the site a page is on rather than its owner: a page below the
     * root of a site named as the organisation («Наша страница в Facebook https://www.facebook.com/groups/…»).
     */
    private static boolean hosts(Entity org, String url) {
        Matcher m = PAGE.matcher(url);
        if (!m.matches()) return false;
        String site = m.group(1).toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(org.name()), org.altLabels().stream())
                .anyMatch(l -> l.text().toLowerCase(Locale.ROOT).replace(" ", "").equals(site));
    }
}
