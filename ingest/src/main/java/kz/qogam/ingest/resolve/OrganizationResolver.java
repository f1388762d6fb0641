package kz.qogam.ingest.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.extract.Anaphora;
import kz.qogam.ingest.extract.Concept;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.text.NameNormalizer;

/**
 * Organisations: mentions whose names agree are one organisation, also when one adds the country
 * («Коалиция гражданских инициатив Казахстана») or spells it short («… РК»); abbreviations
 * arrive with the full name already; or adds its place («Управление внутренней политики
 * Мангистауской области»), or is a Russian name's opening words («Глобальный фонд»). A bare head noun («Коалиции», «министерстве») joins the organisation
 * with that head named last before it.
 */
final class OrganizationResolver {
    /** A trailing country in a name, which does not make another organisation. */
    private static final Pattern COUNTRY_TAIL = Pattern.compile(
            " (республики казахстан|казахстана|казахстан|рк|қазақстан республикасы|қазақстанның|қазақстан)$");
    private static final Pattern SHORT_ABBREVIATION = Pattern.compile("[\\p{Lu}\\p{N}]{2,6}");

    private final Lexicons lexicons;
    /** A name in the text's alphabet to its reading (Cyrillic for a Latin-script Kazakh text). */
    private final UnaryOperator<String> toReading;

    OrganizationResolver(Lexicons lexicons, UnaryOperator<String> toReading) {
        this.lexicons = lexicons;
        this.toReading = toReading;
    }

    List<Entity> resolve(Document doc, List<Mention> mentions, String lang) {
        List<Cluster> clusters = new ArrayList<>();
        Map<Cluster, String> keys = new HashMap<>();
        Map<Cluster, String> cores = new HashMap<>();
        for (Mention m : mentions) {
            if (Anaphora.isAnaphor(m)) continue;
            String key = key(m.normalized(), lang);
            String core = quotedCore(m.normalized(), lang);
            // A listed body's name quotes its own («"Хабар" агенттігі»), which the text may give alone or with another noun
            // («"Хабар" телеарнасы», read as Хабар).
            Cluster c = clusters.stream().filter(k -> sameOrganization(keys.get(k), key)
                    || core != null && core.equals(keys.get(k)) || key.equals(cores.get(k))).findFirst().orElse(null);
            if (c == null) {
                c = new Cluster(m);
                clusters.add(c);
                keys.put(c, key);
                if (core != null) cores.put(c, core);
            } else {
                c.mentions.add(m);
            }
        }
        joinBracketed(doc, clusters);
        joinPlaceQualified(doc, clusters, keys);
        if (doc.language() == Language.RUSSIAN) joinShortened(clusters, keys);
        Language reading = doc.language() == Language.RUSSIAN ? Language.RUSSIAN : Language.KAZAKH;
        for (Mention a : mentions) {
            if (!Anaphora.isAnaphor(a)) continue;
            String head = head(a.normalized(), reading);
            // «партии» refers back to «партия «Яблоко»» by its head, or to «Яблоко» by the kind a form gave it; «фонда» to a
            // public foundation, a kind of foundation.
            List<Cluster> sameHead = clusters.stream().filter(c -> head.equals(head(c.mentions.get(0).normalized(), reading))
                    || a.concept() != null && c.mentions.stream().anyMatch(m -> ofKind(m.concept(), a.concept()))
                    || a.concept() == null && c.mentions.stream().anyMatch(m -> writtenHead(m.text(), reading).contains(head))).toList();
            Cluster to = Cluster.antecedent(sameHead, a.start());
            if (to != null) to.mentions.add(a);
        }
        List<Entity> out = new ArrayList<>();
        for (Cluster c : clusters) out.add(entity(c, lang));
        return out;
    }

    /**
     * A name in brackets right after another's is the same body's name in the other language:
     * «Волонтерский центр «Жүрек жылуы» (Жүрек жылуы еріктілер орталығы)», «Қазақстан жастар
     * конгресі (Конгресс молодежи Казахстана)».
     */
    private static void joinBracketed(Document doc, List<Cluster> clusters) {
        String text = doc.text();
        for (Cluster inner : new ArrayList<>(clusters)) {
            for (Mention m : inner.mentions) {
                int open = text.lastIndexOf('(', m.start());
                int close = text.indexOf(')', m.end());
                if (open < 0 || close < 0 || !text.substring(open + 1, m.start()).isBlank() || !text.substring(m.end(), close).isBlank()) continue;
                String before = text.substring(0, open).stripTrailing();
                Cluster outer = clusters.stream().filter(c -> c != inner && c.mentions.stream().anyMatch(o -> o.end() == before.length()))
                        .findFirst().orElse(null);
                if (outer == null) continue;
                outer.mentions.addAll(inner.mentions);
                clusters.remove(inner);
                break;
            }
        }
    }

    /**
     * A body named once with its place and once without («Управление внутренней политики
     * Мангистауской области», «управления внутренней политики»; «Маңғыстау облысының ішкі саясат
     * басқармасы») is one body, the place's, when the text names it with no other place.
     */
    private static void joinPlaceQualified(Document doc, List<Cluster> clusters, Map<Cluster, String> keys) {
        for (Cluster shorter : new ArrayList<>(clusters)) {
            String key = keys.get(shorter);
            List<Cluster> longer = clusters.stream().filter(c -> c != shorter && qualifiedByPlace(doc, c, keys.get(c), key)).toList();
            if (longer.size() != 1) continue;
            longer.get(0).mentions.addAll(shorter.mentions);
            clusters.remove(shorter);
        }
    }

    /**
     * A Russian name of two words or more that opens exactly one longer name of the text is that
     * body, named short: «Глобального фонда» after «Глобальный фонд для борьбы со СПИДом …»,
     * «Казахстанский союз» of «Казахстанский союз людей, живущих с ВИЧ».
     */
    private static void joinShortened(List<Cluster> clusters, Map<Cluster, String> keys) {
        for (Cluster shorter : new ArrayList<>(clusters)) {
            String key = keys.get(shorter);
            if (key.split(" ").length < 2) continue;
            List<Cluster> longer = clusters.stream().filter(c -> c != shorter && keys.get(c).startsWith(key + " ")).toList();
            if (longer.size() != 1) continue;
            longer.get(0).mentions.addAll(shorter.mentions);
            clusters.remove(shorter);
        }
    }

    /** Whether a cluster's name is {@code shorter} with a place the text names before or after it. */
    private static boolean qualifiedByPlace(Document doc, Cluster c, String key, String shorter) {
        if (shorter.isEmpty() || !(key.startsWith(shorter + " ") || key.endsWith(" " + shorter))) return false;
        String rest = key.startsWith(shorter + " ") ? key.substring(shorter.length() + 1) : key.substring(0, key.length() - shorter.length() - 1);
        for (Mention m : c.mentions) {
            for (Mention p : doc.mentions()) {
                if (p.type() == MentionType.PLACE && m.span().contains(p.span()) && NameNormalizer.fold(p.text()).equals(rest)) return true;
            }
        }
        return false;
    }

    private Entity entity(Cluster c, String lang) {
        List<Mention> named = c.mentions.stream().filter(m -> !Anaphora.isAnaphor(m)).toList();
        String name = CanonicalNames.expandCountry(CanonicalNames.choose(named, Comparator.comparing(n -> 0)), lang);
        Entity e = new Entity(EntityKind.ORGANIZATION, new Label(name, lang));
        c.mentions.sort(Comparator.comparing(Mention::span));
        c.mentions.forEach(e::addMention);
        CanonicalNames.apply(e, name, lang);
        e.setClassification(mostCommon(named.stream().map(Mention::concept).filter(Objects::nonNull).toList()));
        for (Mention m : named) {
            if (SHORT_ABBREVIATION.matcher(m.text()).matches() && !m.text().equals(name)) e.setAbbreviation(m.text());
        }
        return e;
    }

    /** Whether a legal form is the kind or a narrower one («общественный фонд» is a «фонд»). */
    private boolean ofKind(String form, String kind) {
        if (form == null) return false;
        if (form.equals(kind)) return true;
        Concept f = lexicons.concept(form), k = lexicons.concept(kind);
        return f != null && k != null && f.isA(k.localName());
    }

    /** The comparison key of a name: normalised, РК spelled out. */
    private static String key(String name, String lang) {
        return NameNormalizer.fold(CanonicalNames.expandCountry(name, lang));
    }

    /** The comparison key of the quoted part of a name with words outside the quotes («"Хабар" агенттігі» → хабар), or null. */
    private static String quotedCore(String name, String lang) {
        java.util.regex.Matcher q = QUOTED_PART.matcher(name);
        return q.matches() && !(q.group(1) + q.group(3)).isBlank() ? key(q.group(2), lang) : null;
    }

    private static final Pattern QUOTED_PART = Pattern.compile("(?s)([^«»]*)«([^«»]+)»([^«»]*)");

    private static boolean sameOrganization(String a, String b) {
        if (a.equals(b)) return true;
        String ta = COUNTRY_TAIL.matcher(a).replaceFirst("");
        String tb = COUNTRY_TAIL.matcher(b).replaceFirst("");
        return ta.equals(tb) && !ta.isEmpty() && (ta.length() < a.length() || tb.length() < b.length());
    }

    /**
     * The keys the head noun of a name as the text writes it may have: «орталық» for ««Ақ жүрек»
     * жастар волонтерлік орталығының», whose own name («Ақ жүрек») has no such noun; «совет» for
     * «Общественного совета Павлодарской области», the first word past the adjectives in Russian.
     */
    private java.util.Set<String> writtenHead(String text, Language language) {
        String[] words = NameNormalizer.normalize(toReading.apply(text)).split(" ");
        if (language != Language.RUSSIAN) return lexicons.morphology().lookupKeys(words[words.length - 1], language);
        for (String w : words) {
            if (!lexicons.morphology().isAdjective(w, language)) return lexicons.morphology().lookupKeys(w, language);
        }
        return java.util.Set.of();
    }

    /** The head noun's key: the first word of a Russian name, the last of a Kazakh one. */
    private String head(String name, Language language) {
        String[] words = NameNormalizer.normalize(toReading.apply(name)).split(" ");
        String word = language == Language.RUSSIAN ? words[0] : words[words.length - 1];
        return lexicons.morphology().lemmaKey(word, language);
    }

    private static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : values) counts.merge(v, 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
