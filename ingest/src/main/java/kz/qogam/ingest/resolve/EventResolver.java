package kz.qogam.ingest.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.extract.Anaphora;
import kz.qogam.ingest.extract.Concept;
import kz.qogam.ingest.extract.EventFinder;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.extract.Ordinals;
import kz.qogam.ingest.text.NameNormalizer;

/**
 * Events: named mentions of one kind are one event when the words of one name are among the
 * other's («первом гражданском форуме» and «первый Гражданский форум НПО») and their ordinals do
 * not differ («первый» and «XII» are two forums). A bare kind word refers back: to the event of
 * its kind named last before it, preferring, when it has no ordinal itself, an event that has
 * no spelled-out one («в рамках форума» is the XII forum of the story, not «первый форум» of its history); a
 * general word («іс-шара», «басқосу») to the event named last of any kind.
 */
final class EventResolver {
    private static final Pattern QUOTED = Pattern.compile("«([^«»]+)»|\"([^\"]+)\"");
    /** How far back (in characters, a few sentences) a general word can refer. */
    private static final int GENERAL_REACH = 1500;

    private final Lexicons lexicons;
    private final Language reading;
    private final UnaryOperator<String> toReading;

    EventResolver(Lexicons lexicons, Language reading, UnaryOperator<String> toReading) {
        this.lexicons = lexicons;
        this.reading = reading;
        this.toReading = toReading;
    }

    /** What a mention says about its event: kind, ordinal (and whether spelled out), content words. */
    private record Sign(String kind, String ordinal, boolean spelledOrdinal, Set<String> words) {}

    /**
     * The events of a text's mentions. An event only the headline names (the text's first line, up
     * to {@code headlineEnd}; -1 when it has none) is the one event of its kind the rest names:
     * «Атырауда азаматтық қоғам форумы өтті» over «… облыстық азаматтық форум өтті», «В Кокшетау
     * прошел областной форум НПО» over «… VI областной гражданский форум Акмолинской области».
     */
    List<Entity> resolve(List<Mention> mentions, String lang, int headlineEnd) {
        List<Cluster> clusters = new ArrayList<>();
        List<Sign> signs = new ArrayList<>();
        for (Mention m : mentions) {
            if (Anaphora.isAnaphor(m) || EventFinder.isDescribed(m)) continue;
            Sign s = sign(m);
            Cluster c = null;
            for (int i = 0; i < clusters.size() && c == null; i++) {
                if (compatible(signs.get(i), s)) c = clusters.get(i);
            }
            if (c == null) {
                clusters.add(new Cluster(m));
                signs.add(s);
            } else {
                c.mentions.add(m);
            }
        }
        // «Круглый стол по вопросам экологии состоялся …» above «круглый стол «Экологические вызовы …»»: a described event is
        // the one of its kind the text names, and an event of its own only where the text names none.
        for (Mention d : mentions) {
            if (!EventFinder.isDescribed(d)) continue;
            Sign s = sign(d);
            List<Cluster> named = new ArrayList<>();
            for (int i = 0; i < clusters.size(); i++) {
                if (s.kind() != null && s.kind().equals(signs.get(i).kind()) && !EventFinder.isDescribed(clusters.get(i).mentions.get(0))) {
                    named.add(clusters.get(i));
                }
            }
            Cluster to = Cluster.antecedent(named, d.start());
            if (to != null) {
                to.mentions.add(d);
            } else {
                Cluster c = null;
                for (int i = clusters.size() - 1; i >= 0 && c == null; i--) {
                    if (EventFinder.isDescribed(clusters.get(i).mentions.get(0)) && compatible(signs.get(i), s)) c = clusters.get(i);
                }
                if (c == null) {
                    clusters.add(new Cluster(d));
                    signs.add(s);
                } else {
                    c.mentions.add(d);
                }
            }
        }
        mergeHeadline(clusters, signs, headlineEnd);
        for (Mention a : mentions) {
            if (!Anaphora.isAnaphor(a)) continue;
            Sign s = sign(a);
            boolean general = s.kind() == null || isGeneral(s.kind());
            List<Cluster> candidates = new ArrayList<>();
            for (int i = 0; i < clusters.size(); i++) {
                Sign c = signs.get(i);
                if (!general && !s.kind().equals(c.kind())) continue;
                if (!c.words().containsAll(s.words())) continue;
                if (s.ordinal() != null && !s.ordinal().equals(c.ordinal())) continue;
                candidates.add(clusters.get(i));
            }
            if (s.ordinal() == null && !general) {
                List<Cluster> plain = new ArrayList<>();
                for (Cluster c : candidates) if (!signs.get(clusters.indexOf(c)).spelledOrdinal()) plain.add(c);
                if (!plain.isEmpty()) candidates = plain;
            }
            if (general) {
                // «басқосу», «іс-шара» say nothing of which event: only one named just before can be meant.
                candidates = candidates.stream().filter(c -> c.lastBefore(a.start()) >= a.start() - GENERAL_REACH).toList();
            }
            Cluster to = Cluster.antecedent(candidates, a.start());
            if (to != null) to.mentions.add(a);
        }
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) out.add(entity(clusters.get(i), signs.get(i), lang));
        return out;
    }

    private static void mergeHeadline(List<Cluster> clusters, List<Sign> signs, int headlineEnd) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster h = clusters.get(i);
            if (h.mentions.stream().anyMatch(m -> m.end() > headlineEnd) || signs.get(i).kind() == null) continue;
            int only = -1, count = 0;
            for (int j = 0; j < clusters.size(); j++) {
                if (j != i && signs.get(i).kind().equals(signs.get(j).kind())) {
                    only = j;
                    count++;
                }
            }
            if (count != 1) continue;
            clusters.get(only).mentions.addAll(h.mentions);
            clusters.remove(i);
            signs.remove(i);
            return;
        }
    }

    private Entity entity(Cluster c, Sign sign, String lang) {
        List<Mention> named = c.mentions.stream().filter(m -> !Anaphora.isAnaphor(m)).toList();
        // A name the text gives beats a description, and a numbered name one without the number: «VIII областной форум
        // гражданского общества» over the headline's «областной форум гражданского общества».
        List<Mention> given = named.stream().filter(m -> !EventFinder.isDescribed(m)).toList();
        String name = CanonicalNames.choose(given.isEmpty() ? named : given,
                Comparator.comparing(n -> Ordinals.isNumeral(n.split("\\s+")[0]) ? 0 : 1));
        Entity e = new Entity(EntityKind.EVENT, new Label(name, lang));
        c.mentions.sort(Comparator.comparing(Mention::span));
        c.mentions.forEach(e::addMention);
        CanonicalNames.apply(e, name, lang);
        e.setClassification(named.stream().map(Mention::concept).filter(Objects::nonNull).findFirst().orElse(sign.kind()));
        for (Mention m : named) {
            Matcher q = QUOTED.matcher(m.text());
            if (q.find()) {
                String title = q.group(1) != null ? q.group(1) : q.group(2);
                if (!NameNormalizer.normalize(title).equals(NameNormalizer.normalize(name))) {
                    e.setTitle(title.strip());
                    break;
                }
            }
        }
        return e;
    }

    /** Two named mentions of one event: same kind, no differing ordinals, the words of one among the other's. */
    private static boolean compatible(Sign a, Sign b) {
        if (a.kind() != null && b.kind() != null && !a.kind().equals(b.kind())) return false;
        if (a.ordinal() != null && b.ordinal() != null && !a.ordinal().equals(b.ordinal())) return false;
        return a.words().containsAll(b.words()) || b.words().containsAll(a.words());
    }

    private Sign sign(Mention m) {
        String ordinal = null;
        boolean spelled = false;
        for (String w : toReading.apply(m.text()).toLowerCase(Locale.ROOT).split("[\\s«»\"]+")) {
            String o = Ordinals.key(w);
            if (o != null && ordinal == null) {
                ordinal = o;
                spelled = Ordinals.isWord(w);
            }
        }
        Set<String> words = new HashSet<>();
        String[] all = NameNormalizer.normalize(toReading.apply(m.normalized())).split("\\s+");
        // An anaphor's own words, less its kind's (the last, and all of a kind of several words: «круглый стол»):
        // «первый гражданский форум» → «гражданский».
        boolean anaphor = Anaphora.isAnaphor(m);
        Set<String> kindWords = anaphor ? kindWords(m.concept()) : Set.of();
        int n = anaphor ? all.length - 1 : all.length;
        for (int i = 0; i < n; i++) {
            if (!all[i].isEmpty() && Ordinals.key(all[i]) == null && !kindWords.contains(key(all[i]))) words.add(key(all[i]));
        }
        return new Sign(m.concept(), ordinal, spelled, words);
    }

    /** The keys of the words of an event kind's preferred labels («круглый», «стол»; «дөңгелек», «үстел»). */
    private Set<String> kindWords(String kindIri) {
        Concept c = kindIri == null ? null : lexicons.concept(kindIri);
        if (c == null) return Set.of();
        Set<String> out = new HashSet<>();
        for (String label : c.prefLabels().values()) {
            for (String w : NameNormalizer.normalize(label).split("\\s+")) {
                if (!w.isEmpty()) out.add(key(w));
            }
        }
        return out;
    }

    private boolean isGeneral(String kindIri) {
        Concept c = lexicons.concept(kindIri);
        return c != null && c.isA("meeting");
    }

    private String key(String word) {
        return lexicons.morphology().lemmaKey(word, reading);
    }
}
