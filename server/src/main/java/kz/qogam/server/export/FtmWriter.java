package kz.qogam.server.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.qogam.ingest.rdf.Slugs;
import kz.qogam.ontology.Qg;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Writes the knowledge graph as FollowTheMoney entities, one JSON object per line
 * ({@code {"id", "schema", "properties": {name: [values]}}}), so that Aleph, OpenSanctions'
 * tools ({@code ftm}, {@code nomenklatura}, yente) and followthemoney-store load it directly.
 *
 * <p>The mapping:
 * <ul>
 * <li>{@code foaf:Person} → Person; {@code org:Organization} → Organization, or PublicBody when its
 *   legal form is a state body ({@code qglf:state-body} and what is narrower: akimat, maslikhat,
 *   ministry, …); {@code schema:Event} → Event (date, location, organizer, involved: attendees and
 *   funders). Places are not entities of their own: they become {@code address},
 *   {@code location} and {@code country} (ISO 3166-1 alpha-2, lower case, from the gazetteer).</li>
 * <li>A post ({@code qg:Post}) held in a state body, or a public office whatever the body (akim,
 *   deputy akim, minister, vice minister, deputy of parliament or maslikhat, speaker, head of
 *   state), held by a person → Occupancy (holder, post) of a Position (name "role, body",
 *   organization, country, subnationalArea); a head post (director, chair, head, president,
 *   chief and their deputies, board members, editor-in-chief) → Directorship; any other post →
 *   Membership with the role. Plain memberships ({@code org:Membership}) → Membership.</li>
 * <li>Names: {@code name} is the canonical name (ru, else kk, kk-Latn, en); the canonical names in
 *   the other languages and abbreviations are {@code alias}; the other forms a text used
 *   (inflected: «молодежного общественного фонда …») are {@code weakAlias}, which FtM does not
 *   match on.</li>
 * <li>Evidence: every entity lists the Qogam IRIs of the sources that name it in
 *   {@code sourceUrl} and its own IRI in {@code notes}; every relationship carries its source
 *   ({@code sourceUrl}), the sentence that states it ({@code summary}) and the fact's IRI
 *   ({@code recordId}).</li>
 * <li>Ids: {@code qogam-{kind}-{slug}} from {@code {base}/id/{kind}/{slug}} (so
 *   {@code qogam-person-gulzhanat-muratova}, {@code qogam-fact-…}), {@code qogam-position-{slug}}
 *   from the body's slug and the role, and {@code qogam-} plus a hash for IRIs not under the
 *   base: they never change while the IRIs do not.</li>
 * </ul>
 */
public final class FtmWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAME_ORDER = List.of("ru", "kk", "kk-Latn", "en");

    /** Roles that are a public office whoever the body. */
    static final Set<String> PUBLIC_OFFICES = Set.of("akim", "deputy-akim", "minister", "vice-minister", "deputy",
            "speaker-of-parliament", "head-of-state");
    /** Roles that direct or sit on the board of the organisation. */
    static final Set<String> HEAD_ROLES = Set.of("director", "deputy-director", "general-director", "executive-director",
            "chair", "deputy-chair", "board-chair", "board-member", "head", "chief", "president", "vice-president",
            "head-of-department", "editor-in-chief");

    private static final String ENTITY_PROPERTIES = """
            SELECT DISTINCT ?e ?p ?o WHERE {
              VALUES ?e {}
              ?e ?p ?o
              FILTER(?p IN (skos:prefLabel, skos:altLabel, skos:hiddenLabel, skos:notation, org:classification, qg:basedIn,
                            qg:mentionedIn, schema:name, schema:startDate, schema:location, schema:organizer, schema:attendee,
                            schema:funder, schema:telephone, schema:url, schema:foundingDate, owl:sameAs, qg:eventKind,
                            org:subOrganizationOf))
            }""";
    private static final String PLACES = """
            SELECT ?x ?label ?iso WHERE {
              VALUES ?x {}
              OPTIONAL { ?x skos:prefLabel ?label }
              OPTIONAL { ?x (schema:containedInPlace|qg:partOf)* ?c . ?c qg:iso3166 ?iso }
            }""";
    private static final String LABELS = """
            SELECT ?x ?label WHERE {
              VALUES ?x {}
              ?x skos:prefLabel ?label
            }""";
    private static final String RELATIONS = """
            SELECT ?f ?member ?org ?role ?roleLabel ?src ?quote ?isPost ?isPerson ?stateBody WHERE {
              VALUES ?f {}
              ?f org:member ?member ; org:organization ?org .
              BIND(EXISTS { ?f a qg:Post } AS ?isPost)
              BIND(EXISTS { ?member a foaf:Person } AS ?isPerson)
              BIND(EXISTS { ?org org:classification/skos:broader* qglf:state-body } AS ?stateBody)
              OPTIONAL { ?f org:role ?role }
              OPTIONAL { ?f qg:roleLabel ?roleLabel }
              OPTIONAL { ?f prov:wasDerivedFrom ?src }
              OPTIONAL { ?f qg:evidence/oa:hasSelector ?qs . ?qs oa:exact ?quote }
            }""";

    private final Rows rows;
    private final String base;
    private final Writer out;
    private final Map<String, Map<String, String>> conceptLabels = new HashMap<>();
    private final Set<String> stateBodyForms = new HashSet<>();
    private final Set<String> positionsWritten = new HashSet<>();
    private long written;

    /**
     * @param dsg  the store (the caller holds a read transaction for the whole write)
     * @param base the IRI base of the data, for ids
     * @param out  where the lines go (UTF-8)
     */
    public FtmWriter(DatasetGraph dsg, String base, Writer out) {
        this.rows = new Rows(dsg);
        this.base = base;
        this.out = out;
    }

    /** Writes every person, organisation, event and relationship; returns the number of lines. */
    public long write() throws IOException {
        // The SKOS schemes are small and fixed: their labels and the state-body forms are read once.
        rows.select("SELECT ?c ?l WHERE { ?c a skos:Concept ; skos:prefLabel ?l }", b -> conceptLabels
                .computeIfAbsent(b.get("c").getURI(), k -> new TreeMap<>()).putIfAbsent(b.get("l").getLiteralLanguage(), b.get("l").getLiteralLexicalForm()));
        rows.select("SELECT ?c WHERE { ?c skos:broader* qglf:state-body }", b -> stateBodyForms.add(b.get("c").getURI()));

        entities("foaf:Person", "Person");
        entities("org:Organization", "Organization");
        entities("schema:Event", "Event");
        relations();
        out.flush();
        return written;
    }

    private void entities(String cls, String schema) throws IOException {
        List<Node> iris = rows.list("SELECT DISTINCT ?e WHERE { ?e a " + cls + " FILTER(isIRI(?e)) }", "e");
        IOException[] failure = new IOException[1];
        rows.batches(ENTITY_PROPERTIES, "e", iris, batch -> {
            Set<Node> places = new LinkedHashSet<>();
            for (List<Binding> props : batch.values()) {
                for (Binding b : props) {
                    String p = b.get("p").getURI();
                    if (p.equals(Qg.NS + "basedIn") || p.equals(Qg.SCHEMA + "location")) places.add(b.get("o"));
                }
            }
            Map<Node, Place> placeInfo = places(places);
            for (Map.Entry<Node, List<Binding>> e : batch.entrySet()) {
                try {
                    entity(e.getKey().getURI(), schema, e.getValue(), placeInfo);
                } catch (IOException ex) {
                    failure[0] = ex;
                    return;
                }
            }
        });
        if (failure[0] != null) throw failure[0];
    }

    private void entity(String iri, String schema, List<Binding> props, Map<Node, Place> placeInfo) throws IOException {
        Map<String, String> pref = new TreeMap<>();
        Set<String> extraPref = new LinkedHashSet<>();
        Set<String> weak = new LinkedHashSet<>();
        Props p = new Props();
        boolean publicBody = false;
        List<String> notes = new ArrayList<>();
        notes.add("Qogam: " + iri);
        for (Binding b : props) {
            String prop = b.get("p").getURI();
            Node o = b.get("o");
            switch (prop) {
                case Qg.SKOS + "prefLabel" -> {
                    if (pref.putIfAbsent(o.getLiteralLanguage(), o.getLiteralLexicalForm()) != null) extraPref.add(o.getLiteralLexicalForm());
                }
                case Qg.SKOS + "altLabel", Qg.SKOS + "hiddenLabel" -> weak.add(o.getLiteralLexicalForm());
                case Qg.SKOS + "notation" -> p.add("alias", o.isLiteral() ? o.getLiteralLexicalForm() : null);
                case Qg.SCHEMA + "name" -> p.add("alias", o.isLiteral() ? o.getLiteralLexicalForm() : null);
                case Qg.NS + "mentionedIn" -> p.add("sourceUrl", o.isURI() ? o.getURI() : null);
                case Qg.OWL + "sameAs" -> {
                    if (o.isURI() && o.getURI().startsWith("http://www.wikidata.org/entity/Q")) {
                        p.add("wikidataId", o.getURI().substring("http://www.wikidata.org/entity/".length()));
                    }
                }
                case Qg.ORG + "classification" -> {
                    if (o.isURI()) {
                        p.add("legalForm", label(conceptLabels.get(o.getURI()), List.of("en", "ru")));
                        publicBody |= stateBodyForms.contains(o.getURI());
                    }
                }
                case Qg.NS + "eventKind" -> {
                    if (o.isURI()) p.add("keywords", label(conceptLabels.get(o.getURI()), List.of("en", "ru")));
                }
                case Qg.NS + "basedIn" -> {
                    Place place = placeInfo.get(o);
                    if (place != null) {
                        p.add("address", place.label());
                        p.add("country", place.country());
                    }
                }
                case Qg.SCHEMA + "location" -> {
                    Place place = placeInfo.get(o);
                    if (place != null) {
                        p.add("location", place.label());
                        p.add("country", place.country());
                    }
                }
                case Qg.SCHEMA + "organizer" -> p.add("organizer", o.isURI() ? id(o.getURI()) : null);
                case Qg.SCHEMA + "attendee", Qg.SCHEMA + "funder" -> p.add("involved", o.isURI() ? id(o.getURI()) : null);
                case Qg.SCHEMA + "telephone" -> p.add("phone", o.isLiteral() ? o.getLiteralLexicalForm() : null);
                case Qg.SCHEMA + "url" -> p.add("website", o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null);
                case Qg.SCHEMA + "foundingDate" -> date(p, "incorporationDate", o, notes, "founded");
                case Qg.SCHEMA + "startDate" -> date(p, "startDate", o, notes, "date");
                case Qg.ORG + "subOrganizationOf" -> p.add("parent", o.isURI() ? id(o.getURI()) : null);
                default -> { }
            }
        }
        String name = label(pref, NAME_ORDER);
        if (name == null) name = weak.isEmpty() ? iri : weak.iterator().next();
        Props props2 = new Props();
        props2.add("name", name);
        for (String l : pref.values()) if (!l.equals(name)) props2.add("alias", l);
        for (String l : extraPref) if (!l.equals(name)) props2.add("alias", l);
        for (String l : p.values.getOrDefault("alias", new LinkedHashSet<>())) if (!l.equals(name)) props2.add("alias", l);
        for (String l : weak) {
            if (!l.equals(name) && !props2.values.getOrDefault("alias", Set.of()).contains(l)) props2.add("weakAlias", l);
        }
        p.values.remove("alias");
        props2.values.putAll(p.values);
        String finalSchema = schema;
        if (schema.equals("Organization")) {
            if (publicBody) finalSchema = "PublicBody";
            Set<String> countries = props2.values.get("country");
            props2.add("jurisdiction", countries != null && countries.size() == 1 ? countries.iterator().next() : "kz");
        }
        if (schema.equals("Event") && props2.values.containsKey("startDate")) {
            props2.values.put("date", new LinkedHashSet<>(props2.values.get("startDate")));
        }
        props2.values.put("notes", new LinkedHashSet<>(notes));
        emit(id(iri), finalSchema, props2);
    }

    private void relations() throws IOException {
        List<Node> facts = rows.list("SELECT DISTINCT ?f WHERE { { ?f a qg:Post } UNION { ?f a org:Membership } }", "f");
        IOException[] failure = new IOException[1];
        rows.batches(RELATIONS, "f", facts, batch -> {
            Set<Node> orgs = new LinkedHashSet<>();
            for (List<Binding> rs : batch.values()) for (Binding b : rs) orgs.add(b.get("org"));
            Map<Node, Map<String, String>> orgLabels = labels(orgs);
            Map<Node, Place> orgPlaces = orgPlaces(orgs);
            for (Map.Entry<Node, List<Binding>> e : batch.entrySet()) {
                if (e.getValue().isEmpty()) continue;
                try {
                    relation(e.getKey().getURI(), e.getValue(), orgLabels, orgPlaces);
                } catch (IOException ex) {
                    failure[0] = ex;
                    return;
                }
            }
        });
        if (failure[0] != null) throw failure[0];
    }

    private void relation(String fact, List<Binding> rs, Map<Node, Map<String, String>> orgLabels, Map<Node, Place> orgPlaces) throws IOException {
        Binding first = rs.get(0);
        Node member = first.get("member");
        Node org = first.get("org");
        if (!member.isURI() || !org.isURI()) return;
        String roleIri = null;
        Map<String, String> roleLabels = new TreeMap<>();
        Set<String> sources = new LinkedHashSet<>();
        Set<String> quotes = new LinkedHashSet<>();
        for (Binding b : rs) {
            if (b.get("role") != null && b.get("role").isURI()) roleIri = b.get("role").getURI();
            Node rl = b.get("roleLabel");
            if (rl != null && rl.isLiteral()) roleLabels.putIfAbsent(rl.getLiteralLanguage(), rl.getLiteralLexicalForm());
            if (b.get("src") != null && b.get("src").isURI()) sources.add(b.get("src").getURI());
            if (b.get("quote") != null) quotes.add(b.get("quote").getLiteralLexicalForm());
        }
        String roleKey = roleIri != null && roleIri.startsWith(Qg.ROLE_NS) ? roleIri.substring(Qg.ROLE_NS.length()) : null;
        String roleText = label(roleLabels, NAME_ORDER);
        if (roleText == null && roleIri != null) roleText = label(conceptLabels.get(roleIri), NAME_ORDER);
        boolean isPost = bool(first, "isPost");
        boolean isPerson = bool(first, "isPerson");
        boolean stateBody = bool(first, "stateBody");

        Props p = new Props();
        p.add("role", roleText);
        for (String s : sources) p.add("sourceUrl", s);
        for (String q : quotes) p.add("summary", q);
        p.add("recordId", fact);

        if (isPost && isPerson && ((roleKey != null && PUBLIC_OFFICES.contains(roleKey)) || stateBody)) {
            String orgName = label(orgLabels.getOrDefault(org, Map.of()), NAME_ORDER);
            String postKey = roleKey != null ? roleKey : Slugs.slug(roleText == null ? "post" : roleText);
            String positionId = "qogam-position-" + idTail(org.getURI()) + "-" + (postKey.isEmpty() ? hash(String.valueOf(roleText)) : postKey);
            if (positionsWritten.add(positionId)) {
                Props pos = new Props();
                pos.add("name", (roleText == null ? "post" : roleText) + (orgName == null ? "" : ", " + orgName));
                pos.add("organization", id(org.getURI()));
                Place place = orgPlaces.get(org);
                pos.add("country", place != null && place.country() != null ? place.country() : "kz");
                if (place != null && place.label() != null && !place.isCountry()) pos.add("subnationalArea", place.label());
                for (String s : sources) pos.add("sourceUrl", s);
                emit(positionId, "Position", pos);
            }
            Props occ = new Props();
            occ.add("holder", id(member.getURI()));
            occ.add("post", positionId);
            for (String s : sources) occ.add("sourceUrl", s);
            for (String q : quotes) occ.add("summary", q);
            occ.add("recordId", fact);
            emit(id(fact), "Occupancy", occ);
        } else if (isPost && roleKey != null && HEAD_ROLES.contains(roleKey)) {
            p.add("director", id(member.getURI()));
            p.add("organization", id(org.getURI()));
            emit(id(fact), "Directorship", p);
        } else {
            p.add("member", id(member.getURI()));
            p.add("organization", id(org.getURI()));
            emit(id(fact), "Membership", p);
        }
    }

    /** Label and country of each place: the country from the place's ISO 3166 code or that of a place containing it. */
    private Map<Node, Place> places(Set<Node> places) {
        Map<Node, Map<String, String>> labels = new HashMap<>();
        Map<Node, String> country = new HashMap<>();
        Map<Node, Boolean> isCountry = new HashMap<>();
        rows.withValues(PLACES, "x", places, b -> {
            Node x = b.get("x");
            Node l = b.get("label");
            if (l != null && l.isLiteral()) labels.computeIfAbsent(x, k -> new TreeMap<>()).putIfAbsent(l.getLiteralLanguage(), l.getLiteralLexicalForm());
            Node iso = b.get("iso");
            if (iso != null && iso.isLiteral()) {
                String code = iso.getLiteralLexicalForm();
                String cc = code.split("-")[0].toLowerCase(Locale.ROOT);
                if (cc.matches("[a-z]{2}")) country.putIfAbsent(x, cc);
            }
        });
        // A place is a country when its own code is ISO 3166-1 alpha-2.
        rows.withValues("SELECT ?x ?iso WHERE { VALUES ?x {} ?x qg:iso3166 ?iso }", "x", places, b -> {
            if (b.get("iso").getLiteralLexicalForm().length() == 2) isCountry.put(b.get("x"), true);
        });
        Map<Node, Place> out = new HashMap<>();
        for (Node n : places) {
            out.put(n, new Place(label(labels.getOrDefault(n, Map.of()), NAME_ORDER), country.get(n), Boolean.TRUE.equals(isCountry.get(n))));
        }
        return out;
    }

    private Map<Node, Place> orgPlaces(Set<Node> orgs) {
        Map<Node, Node> basedIn = new HashMap<>();
        rows.withValues("SELECT ?x ?place WHERE { VALUES ?x {} ?x qg:basedIn ?place }", "x", orgs, b -> basedIn.putIfAbsent(b.get("x"), b.get("place")));
        Map<Node, Place> byPlace = places(new LinkedHashSet<>(basedIn.values()));
        Map<Node, Place> out = new HashMap<>();
        basedIn.forEach((org, place) -> out.put(org, byPlace.get(place)));
        return out;
    }

    private Map<Node, Map<String, String>> labels(Set<Node> nodes) {
        Map<Node, Map<String, String>> out = new HashMap<>();
        rows.withValues(LABELS, "x", nodes, b -> {
            Node l = b.get("label");
            if (l.isLiteral()) out.computeIfAbsent(b.get("x"), k -> new TreeMap<>()).putIfAbsent(l.getLiteralLanguage(), l.getLiteralLexicalForm());
        });
        return out;
    }

    record Place(String label, String country, boolean isCountry) {}

    /** The FtM id of a Qogam IRI: {@code qogam-{kind}-{slug}} under the base, else {@code qogam-} and a hash. */
    public String id(String iri) {
        return "qogam-" + idTail(iri);
    }

    private String idTail(String iri) {
        String prefix = base + "/id/";
        if (iri.startsWith(prefix)) {
            String rest = iri.substring(prefix.length());
            if (rest.matches("[a-z]+/[A-Za-z0-9._~-]{1,200}")) return rest.replace('/', '-');
        }
        return hash(iri);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** FtM dates are ISO 8601 prefixes (2005, 2003-10, 2019-08-28); a day and month without a year goes to the notes. */
    private static void date(Props p, String prop, Node o, List<String> notes, String what) {
        if (!o.isLiteral()) return;
        String v = o.getLiteralLexicalForm();
        if (v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) p.add(prop, v);
        else notes.add(what + ": " + v + (v.startsWith("--") ? " (day and month; the text gives no year)" : ""));
    }

    private static boolean bool(Binding b, String var) {
        Node n = b.get(var);
        return n != null && n.isLiteral() && "true".equals(n.getLiteralLexicalForm());
    }

    private static String label(Map<String, String> byLang, List<String> order) {
        if (byLang == null || byLang.isEmpty()) return null;
        for (String l : order) {
            String v = byLang.get(l);
            if (v != null) return v;
        }
        return byLang.values().iterator().next();
    }

    private void emit(String id, String schema, Props props) throws IOException {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", id);
        entity.put("schema", schema);
        Map<String, List<String>> values = new LinkedHashMap<>();
        props.values.forEach((k, v) -> {
            if (!v.isEmpty()) values.put(k, new ArrayList<>(v));
        });
        entity.put("properties", values);
        try {
            out.write(JSON.writeValueAsString(entity));
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        out.write('\n');
        written++;
    }

    /** Property name → distinct values, in the order met. */
    private static final class Props {
        final Map<String, Set<String>> values = new LinkedHashMap<>();

        void add(String prop, String value) {
            if (value == null || value.isBlank()) return;
            values.computeIfAbsent(prop, k -> new LinkedHashSet<>()).add(value);
        }
    }
}
