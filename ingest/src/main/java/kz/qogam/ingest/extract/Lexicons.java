package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.qogam.ingest.text.DictionaryRussianMorphology;
import kz.qogam.ingest.text.GivenNames;
import kz.qogam.ingest.text.Morphology;
import kz.qogam.ingest.text.ResourceLines;
import kz.qogam.ontology.Ontology;
import kz.qogam.ontology.Qg;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Everything the finders look words up in. The legal forms, roles, event kinds, place kinds and
 * the gazetteer come from the ontology module ({@link Ontology}), so there is one list of each;
 * given names, national bodies and the generic nouns that head organisation and event names are
 * the extractor's own lists ({@code kz/qogam/ingest/lexicon/}).
 */
public final class Lexicons {
    /** A state body or international organisation known by name. */
    /**
     * A national body of {@code national-bodies.txt}.
     *
     * @param rulesOnly read by the rules only, not by the name finder's features (the line ends with
     *                  {@code | rules}): the shipped models were trained without it
     */
    public record Body(Concept legalForm, String ru, String kk, boolean rulesOnly) {
        public String name(String lang) {
            return lang.equals("ru") ? ru : kk;
        }
    }

    private static final Map<String, Lexicons> CACHE = new ConcurrentHashMap<>();
    private static final Property BROADER = ResourceFactory.createProperty(Qg.SKOS + "broader");

    private final Morphology morphology;
    private final GivenNames givenNames;
    private final Map<String, Concept> concepts = new HashMap<>();
    private final PhraseTable<Concept> legalForms;
    private final PhraseTable<Concept> roles;
    private final Set<String> rulesOnlyLabels;
    private final PhraseTable<Concept> deputyWords;
    private final PhraseTable<Concept> eventKinds;
    private final PhraseTable<Concept> placeKinds;
    private final Map<String, String> centres = new HashMap<>();
    private final PhraseTable<Concept> places;
    private final PhraseTable<Concept> placeAdjectives;
    private final PhraseTable<Body> bodies;
    private final PhraseTable<Body> ministryDomains;
    private final PhraseTable<String> organizationNouns;
    private final PhraseTable<String> thingNouns;
    private final PhraseTable<String> notNames;
    private final PhraseTable<String> placeBodyNouns;
    private final PhraseTable<String> eventNouns;

    private Lexicons(String base) {
        Model vocabulary = Ontology.vocabulary();
        Model gazetteer = Ontology.gazetteer(base);
        Map<String, List<String[]>> labels = new HashMap<>();
        readConcepts(vocabulary, labels);
        readPlaces(gazetteer, labels);
        Map<Resource, List<Literal>> adjectives = new HashMap<>();
        gazetteer.listStatements(null, Qg.adjective, (RDFNode) null)
                .forEach(st -> adjectives.computeIfAbsent(st.getSubject(), k -> new ArrayList<>()).add(st.getLiteral()));

        Set<String> russianNouns = new LinkedHashSet<>();
        for (Concept c : concepts.values()) {
            if (c.kind() == null && c.prefLabels().get("ru") != null) russianNouns.add(c.prefLabels().get("ru"));
        }
        this.givenNames = GivenNames.standard();
        // Russian from the dictionary, with the rules for what it does not know; Kazakh from the rules.
        this.morphology = DictionaryRussianMorphology.standard(givenNames, russianNouns);

        this.legalForms = table(labels, Qg.LEGAL_FORM_NS);
        this.roles = table(labels, Qg.ROLE_NS);
        this.rulesOnlyLabels = Set.copyOf(ResourceLines.read("rules-only-labels.txt").stream().map(String::strip).toList());
        this.deputyWords = new PhraseTable<>(morphology);
        for (Concept c : concepts.values()) {
            if (!c.iri().startsWith(Qg.ROLE_NS) || !(c.localName().startsWith("deputy-") || c.localName().startsWith("vice-"))) continue;
            for (String[] l : labels.get(c.iri())) {
                String[] words = l[0].split("\\s+");
                if (l[1].equals("kk") && words.length > 1) deputyWords.add(words[words.length - 1], "kk", c);
            }
        }
        this.eventKinds = table(labels, Qg.EVENT_KIND_NS);
        this.placeKinds = table(labels, Qg.PLACE_KIND_NS);
        this.places = new PhraseTable<>(morphology);
        for (Concept c : concepts.values()) {
            if (c.kind() == null) continue;
            for (String[] l : labels.get(c.iri())) places.add(l[0], l[1], c);
        }
        this.placeAdjectives = new PhraseTable<>(morphology);
        adjectives.forEach((place, words) -> {
            Concept c = concepts.get(place.getURI());
            if (c != null) for (Literal w : words) placeAdjectives.add(w.getLexicalForm(), w.getLanguage(), c);
        });
        this.ministryDomains = new PhraseTable<>(morphology);
        this.bodies = readBodies();
        this.organizationNouns = readNouns("organization-nouns.txt");
        this.thingNouns = readNouns("thing-nouns.txt");
        this.notNames = readNouns("not-names.txt");
        this.placeBodyNouns = readNouns("place-body-nouns.txt");
        this.eventNouns = new PhraseTable<>(morphology);
        for (String line : ResourceLines.read("event-nouns.txt")) {
            String[] f = line.split("\\s+");
            eventNouns.add(f[0], f[1], f.length > 2 && f[2].equals(RULES_ONLY) ? RULES_ONLY : f[0]);
        }
    }

    /** The lexicons for a deployment base (gazetteer IRIs are {@code {base}/id/place/...}); built once per base. */
    public static Lexicons forBase(String base) {
        return CACHE.computeIfAbsent(base, Lexicons::new);
    }

    public Morphology morphology() {
        return morphology;
    }

    public GivenNames givenNames() {
        return givenNames;
    }

    public PhraseTable<Concept> legalForms() {
        return legalForms;
    }

    public PhraseTable<Concept> roles() {
        return roles;
    }

    /** Whether a role's, legal form's, place kind's or event kind's label is read by the rules only, not by the name finder's features (rules-only-labels.txt). */
    public boolean rulesOnly(PhraseTable.Entry<Concept> label) {
        return rulesOnlyLabels.contains(label.label());
    }

    public PhraseTable<Concept> eventKinds() {
        return eventKinds;
    }

    public PhraseTable<Concept> placeKinds() {
        return placeKinds;
    }

    /** The gazetteer's places by the adjectives texts name them by ({@code qg:adjective}: «российский», «ресейлік»). */
    public PhraseTable<Concept> placeAdjectives() {
        return placeAdjectives;
    }

    /** The gazetteer's places by every name (preferred, alternative, hidden). */
    public PhraseTable<Concept> places() {
        return places;
    }

    public PhraseTable<Body> bodies() {
        return bodies;
    }

    /**
     * The listed ministries by what their Kazakh name says they govern, the words between the
     * country and «министрлігі» («Мәдениет және ақпарат» → Мәдениет және ақпарат министрлігі): a
     * minister's title says it before «министрі».
     */
    public PhraseTable<Body> ministryDomains() {
        return ministryDomains;
    }

    /**
     * The Kazakh word that makes a post a deputy's, after the post it deputises for: the last word
     * of the scheme's Kazakh labels of deputy and vice posts («директор орынбасары» → орынбасары).
     */
    public PhraseTable<Concept> kazakhDeputyWords() {
        return deputyWords;
    }

    /** The value of a listed noun the rules read but the name finder's features do not (see organization-nouns.txt). */
    public static final String RULES_ONLY = "rules";

    /** Nouns that head organisation names besides the legal forms (центр, клуб, орталық; {@link #RULES_ONLY} for some). */
    public PhraseTable<String> organizationNouns() {
        return organizationNouns;
    }

    /** Nouns of things that make a name beside them a thing's, not an organisation's (кітап, жүйе; корабль, фильм). */
    public PhraseTable<String> thingNouns() {
        return thingNouns;
    }

    /** Abbreviations that name no organisation or place but a disease, a measure, an exam (ВИЧ, ВВП, ҰБТ; see not-names.txt). */
    public PhraseTable<String> notNames() {
        return notNames;
    }

    /**
     * Russian nouns for a place's government or team («правительство», «власти», «сборная»); the
     * value is the body's legal form («state-body») where the list gives one, else the noun.
     */
    public PhraseTable<String> placeBodyNouns() {
        return placeBodyNouns;
    }

    /** Words for an event in general (мероприятие, іс-шара); {@link #RULES_ONLY} as the value for some. */
    public PhraseTable<String> eventNouns() {
        return eventNouns;
    }

    /** A scheme concept or gazetteer place by IRI, or null. */
    public Concept concept(String iri) {
        return concepts.get(iri);
    }

    /** The administrative centre of a gazetteer place (a region's city), or null. */
    public Concept centreOf(Concept place) {
        String centre = centres.get(place.iri());
        return centre == null ? null : concepts.get(centre);
    }

    /** A legal form by its local name (public-foundation, akimat), or null. */
    public Concept legalForm(String localName) {
        return concepts.get(Qg.LEGAL_FORM_NS + localName);
    }

    private void readConcepts(Model m, Map<String, List<String[]>> labels) {
        Property inScheme = ResourceFactory.createProperty(Qg.SKOS + "inScheme");
        for (Resource c : m.listSubjectsWithProperty(inScheme).toList()) {
            if (!c.isURIResource()) continue;
            List<String> broader = new ArrayList<>();
            collectBroader(c, broader);
            concepts.put(c.getURI(), new Concept(c.getURI(), prefLabels(c), broader, null));
            labels.put(c.getURI(), allLabels(c));
        }
    }

    private void readPlaces(Model m, Map<String, List<String[]>> labels) {
        for (Resource p : m.listSubjectsWithProperty(Qg.placeKind).toList()) {
            if (!p.isURIResource()) continue;
            List<String> containers = new ArrayList<>();
            Resource at = p;
            // Nearest container first: a city's region, then the country.
            while (at.hasProperty(Qg.containedInPlace) && containers.size() < 5) {
                at = at.getPropertyResourceValue(Qg.containedInPlace);
                containers.add(at.getURI());
            }
            String kind = p.getPropertyResourceValue(Qg.placeKind).getURI();
            concepts.put(p.getURI(), new Concept(p.getURI(), prefLabels(p), containers, kind));
            Resource centre = p.getPropertyResourceValue(Qg.administrativeCentre);
            if (centre != null && centre.isURIResource()) centres.put(p.getURI(), centre.getURI());
            labels.put(p.getURI(), allLabels(p));
        }
    }

    private static void collectBroader(Resource c, List<String> out) {
        for (RDFNode b : c.listProperties(BROADER).mapWith(s -> s.getObject()).toList()) {
            if (b.isURIResource() && !out.contains(b.asResource().getURI())) {
                out.add(b.asResource().getURI());
                collectBroader(b.asResource(), out);
            }
        }
    }

    private static Map<String, String> prefLabels(Resource r) {
        Map<String, String> out = new HashMap<>();
        r.listProperties(Qg.prefLabel).forEach(s -> {
            Literal l = s.getLiteral();
            out.putIfAbsent(l.getLanguage(), l.getLexicalForm());
        });
        return out;
    }

    /** Every name of a resource as (text, language); notations count as names in any language. */
    private static List<String[]> allLabels(Resource r) {
        List<String[]> out = new ArrayList<>();
        for (Property p : List.of(Qg.prefLabel, Qg.altLabel, Qg.hiddenLabel, Qg.notation)) {
            r.listProperties(p).forEach(s -> {
                if (s.getObject().isLiteral()) {
                    Literal l = s.getLiteral();
                    String lang = l.getLanguage();
                    if (lang.isEmpty()) {
                        out.add(new String[] {l.getLexicalForm(), "ru"});
                        out.add(new String[] {l.getLexicalForm(), "kk"});
                    } else {
                        out.add(new String[] {l.getLexicalForm(), lang});
                    }
                }
            });
        }
        return out;
    }

    private PhraseTable<Concept> table(Map<String, List<String[]>> labels, String namespace) {
        PhraseTable<Concept> t = new PhraseTable<>(morphology);
        for (Concept c : concepts.values()) {
            if (c.kind() != null || !c.iri().startsWith(namespace)) continue;
            for (String[] l : labels.get(c.iri())) t.add(l[0], l[1], c);
        }
        return t;
    }

    private static final java.util.regex.Pattern MINISTRY_DOMAIN = java.util.regex.Pattern.compile("Қазақстан Республикасының (.+) министрлігі");

    private PhraseTable<Body> readBodies() {
        PhraseTable<Body> t = new PhraseTable<>(morphology);
        for (String line : ResourceLines.read("national-bodies.txt")) {
            String[] f = line.split("\\|");
            if (f.length < 3) throw new IllegalStateException("national-bodies.txt: expected 'form | ru | kk | others', got: " + line);
            Concept form = legalForm(f[0].strip());
            if (form == null) throw new IllegalStateException("national-bodies.txt: no legal form '" + f[0].strip() + "' in the ontology");
            Body b = new Body(form, f[1].strip(), f[2].strip(), f.length > 4 && f[4].strip().equals(RULES_ONLY));
            t.add(b.ru(), "ru", b);
            t.add(b.kk(), "kk", b);
            java.util.regex.Matcher domain = MINISTRY_DOMAIN.matcher(b.kk());
            if (form.localName().equals("ministry") && domain.matches()) ministryDomains.add(domain.group(1), "kk", b);
            if (f.length > 3) {
                for (String other : f[3].split(";")) {
                    String o = other.strip();
                    if (o.isEmpty()) continue;
                    boolean kazakh = o.chars().anyMatch(ch -> "әғқңөұүһіӘҒҚҢӨҰҮҺІ".indexOf(ch) >= 0);
                    t.add(o, kazakh ? "kk" : "ru", b);
                    if (!kazakh) t.add(o, "kk", b);
                }
            }
        }
        return t;
    }

    private PhraseTable<String> readNouns(String file) {
        PhraseTable<String> t = new PhraseTable<>(morphology);
        String lang = null;
        for (String line : ResourceLines.read(file)) {
            if (line.startsWith("## ")) lang = line.substring(3).strip();
            else if (lang != null) {
                // «noun», or «noun<TAB>value» (the value a list gives its nouns)
                String[] f = line.split("\t");
                t.add(f[0].strip(), lang, f[f.length > 1 ? 1 : 0].strip());
            }
        }
        return t;
    }
}
