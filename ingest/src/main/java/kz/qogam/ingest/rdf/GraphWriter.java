package kz.qogam.ingest.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ontology.Qg;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Writes a processed document as the quads of its own named graph, following the model of
 * {@code ontology/README.md}: the source, its entities as this text describes them, every mention,
 * and every fact as a qualified node with its evidence plus the shortcut triple.
 * Output goes to a {@link StreamRDF}, so the same writer feeds a store, a file or a validator.
 */
public final class GraphWriter {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("--\\d{2}-\\d{2}");

    private final IriScheme iris;
    private final String extractor;
    private final String extractorVersion;

    public GraphWriter(IriScheme iris, String extractor, String extractorVersion) {
        this.iris = iris;
        this.extractor = extractor;
        this.extractorVersion = extractorVersion;
    }

    /** The named graph a document's quads go to. */
    public Node graphOf(Document doc) {
        return NodeFactory.createURI(iris.sourceGraph(doc.id()));
    }

    /** Sends the document's quads to the stream (without calling start/finish). */
    public void write(Document doc, StreamRDF out) {
        new Emitter(doc, out).emit();
    }

    private final class Emitter {
        private final Document doc;
        private final StreamRDF out;
        private final Node graph;
        private final Node source;
        private final Map<Entity, Node> entityNodes = new HashMap<>();

        Emitter(Document doc, StreamRDF out) {
            this.doc = doc;
            this.out = out;
            this.graph = graphOf(doc);
            this.source = uri(iris.source(doc.id()));
        }

        void emit() {
            writeSource();
            List<Entity> entities = doc.entities().stream()
                    .sorted(Comparator.comparingInt(Entity::firstOffset)).toList();
            for (Entity e : entities) {
                entityNodes.put(e, uri(iris.entity(e)));
            }
            for (Entity e : entities) {
                writeEntity(e);
            }
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    writeMention(e, m);
                }
            }
            for (Fact f : distinctFacts()) {
                writeFact(f);
            }
        }

        private void writeSource() {
            var info = doc.source();
            add(source, RDF.type.asNode(), Qg.Source.asNode());
            add(source, Qg.identifier, str(doc.id()));
            add(source, Qg.title, NodeFactory.createLiteralLang(doc.title(), doc.language().tag()));
            add(source, Qg.language, str(doc.language().tag()));
            add(source, Qg.format, str(info.mediaType()));
            add(source, Qg.fileName, str(info.fileName()));
            add(source, Qg.encoding, str(info.encoding()));
            add(source, Qg.contentHash, str(info.contentHash()));
            add(source, Qg.text, NodeFactory.createLiteralLang(doc.text(), doc.language().tag()));
            add(source, Qg.extractor, str(extractor));
            add(source, Qg.extractorVersion, str(extractorVersion));
        }

        private void writeEntity(Entity e) {
            Node n = entityNodes.get(e);
            add(n, Qg.mentionedIn, source);
            boolean fromGazetteer = e.iri() != null;
            if (!fromGazetteer) {
                // A gazetteer place has its types and preferred labels in the gazetteer graph;
                // repeating them here would give it a second preferred label per language.
                for (Resource type : typesOf(e)) {
                    add(n, RDF.type.asNode(), type.asNode());
                }
                Node name = label(e.name());
                add(n, Qg.prefLabel, name);
                add(n, RDFS.label.asNode(), name);
                if (e.classification() != null) {
                    add(n, classificationProperty(e.kind()), uri(e.classification()));
                }
                if (e.abbreviation() != null) {
                    add(n, Qg.notation, str(e.abbreviation()));
                }
                if (e.title() != null) {
                    add(n, Qg.schemaName, NodeFactory.createLiteralLang(e.title(), e.name().lang()));
                }
            }
            for (Label alt : e.altLabels()) {
                add(n, Qg.altLabel, label(alt));
            }
        }

        private void writeMention(Entity e, Mention m) {
            String iri = iris.source(doc.id()) + "#m-" + m.start() + "-" + m.end();
            Node mention = uri(iri);
            add(mention, RDF.type.asNode(), Qg.Mention.asNode());
            add(mention, Qg.denotes, entityNodes.get(e));
            add(mention, Qg.mentionType, str(m.type().slug()));
            writeSelectors(mention, iri + "-quote", iri + "-position", m.span(), m.text());
        }

        private void writeFact(Fact f) {
            Node subject = entityNodes.get(f.subject());
            if (subject == null) {
                throw new IllegalStateException("Fact " + f.predicate() + " refers to an entity that is not in document "
                        + doc.id() + ": " + f.subject());
            }
            Node object;
            if (f.object() != null) {
                object = entityNodes.get(f.object());
                if (object == null) {
                    throw new IllegalStateException("Fact " + f.predicate() + " refers to an entity that is not in document "
                            + doc.id() + ": " + f.object());
                }
            } else {
                object = literal(f.predicate(), f.literal());
            }
            Property shortcut = shortcut(f.predicate(), f.subject().kind());
            String factIri = iris.fact(doc.id(), f.predicate().goldName(), subject.getURI(),
                    object.isURI() ? object.getURI() : object.getLiteralLexicalForm(), f.role() == null ? "" : f.role());
            Node fact = uri(factIri);

            add(fact, RDF.type.asNode(), Qg.Fact.asNode());
            add(fact, Qg.subject, subject);
            add(fact, Qg.property, shortcut.asNode());
            add(fact, Qg.object, object);
            add(fact, Qg.wasDerivedFrom, source);
            add(fact, Qg.confidence, NodeFactory.createLiteralDT(decimal(f.confidence()), XSDDatatype.XSDdecimal));
            add(fact, Qg.extractor, str(extractor));
            add(fact, Qg.extractorVersion, str(extractorVersion));
            Node evidence = uri(factIri + "#evidence");
            add(fact, Qg.evidence, evidence);
            add(evidence, RDF.type.asNode(), Qg.SpecificResource.asNode());
            writeSelectors(evidence, factIri + "#quote", factIri + "#position", f.evidence(), doc.text(f.evidence()));

            add(subject, shortcut.asNode(), object);
            switch (f.predicate()) {
                case HOLDS_POST, MEMBER_OF -> {
                    add(fact, RDF.type.asNode(), (f.predicate() == Predicate.HOLDS_POST ? Qg.Post : Qg.Membership).asNode());
                    add(fact, Qg.member, subject);
                    add(fact, Qg.organization, object);
                    String role = f.roleConcept() != null ? f.roleConcept()
                            : f.predicate() == Predicate.MEMBER_OF ? Qg.ROLE_NS + "member" : null;
                    if (role != null) add(fact, Qg.role, uri(role));
                    if (f.role() != null) add(fact, Qg.roleLabel, NodeFactory.createLiteralLang(f.role(), doc.language().tag()));
                    if (f.title() != null) add(fact, Qg.postTitle, NodeFactory.createLiteralLang(f.title(), doc.language().tag()));
                }
                case PARTICIPATES_IN -> {
                    add(fact, RDF.type.asNode(), Qg.Participation.asNode());
                    add(fact, Qg.participant, subject);
                    add(fact, Qg.event, object);
                    if (f.role() != null) add(fact, Qg.roleLabel, NodeFactory.createLiteralLang(f.role(), doc.language().tag()));
                    add(object, Qg.attendee, subject);
                }
                case ORGANIZES -> add(object, Qg.organizer, subject);
                default -> { }
            }
        }

        /** One fact per (predicate, subject, object, role): the most confident statement of it, first in the text. */
        private List<Fact> distinctFacts() {
            Map<String, Fact> best = new LinkedHashMap<>();
            for (Fact f : doc.facts()) {
                String key = f.predicate() + "|" + entityNodes.get(f.subject()) + "|"
                        + (f.object() != null ? entityNodes.get(f.object()) : f.literal()) + "|" + f.role();
                Fact seen = best.get(key);
                if (seen == null || f.confidence() > seen.confidence()) best.put(key, f);
            }
            return best.values().stream().sorted(Comparator.comparing(Fact::evidence)).toList();
        }

        private void writeSelectors(Node target, String quoteIri, String positionIri, Span span, String exact) {
            Node quote = uri(quoteIri);
            Node position = uri(positionIri);
            add(target, Qg.hasSource, source);
            add(target, Qg.hasSelector, quote);
            add(target, Qg.hasSelector, position);
            add(quote, RDF.type.asNode(), Qg.TextQuoteSelector.asNode());
            add(quote, Qg.exact, str(exact));
            add(position, RDF.type.asNode(), Qg.TextPositionSelector.asNode());
            add(position, Qg.start, integer(span.start()));
            add(position, Qg.end, integer(span.end()));
        }

        private void add(Node s, Property p, Node o) {
            add(s, p.asNode(), o);
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    private static List<Resource> typesOf(Entity e) {
        return switch (e.kind()) {
            case PERSON -> List.of(Qg.Person);
            case ORGANIZATION -> {
                if (e.classification() == null) yield List.of(Qg.Organization);
                if (e.classification().endsWith("/coalition")) {
                    yield List.of(Qg.Organization, Qg.OrganizationalCollaboration);
                }
                yield List.of(Qg.Organization, Qg.FormalOrganization);
            }
            case EVENT -> List.of(Qg.Event);
            case PLACE -> List.of(Qg.Place);
        };
    }

    private static Property classificationProperty(EntityKind kind) {
        return switch (kind) {
            case ORGANIZATION -> Qg.classification;
            case EVENT -> Qg.eventKind;
            case PLACE -> Qg.placeKind;
            case PERSON -> throw new IllegalArgumentException("People have no classification");
        };
    }

    /** The plain triple asserted beside each fact node (the table in ontology/README.md). */
    public static Property shortcut(Predicate p, EntityKind subjectKind) {
        return switch (p) {
            case HOLDS_POST -> Qg.holdsPost;
            case MEMBER_OF -> Qg.memberOf;
            case PART_OF -> switch (subjectKind) {
                case ORGANIZATION -> Qg.subOrganizationOf;
                case EVENT -> Qg.superEvent;
                default -> Qg.partOf;
            };
            case ORGANIZES -> Qg.organizes;
            case PARTICIPATES_IN -> Qg.participatesIn;
            case FUNDED_BY -> Qg.funder;
            case TAKES_PLACE_IN -> Qg.location;
            case BASED_IN -> Qg.basedIn;
            case LOCATED_IN -> Qg.containedInPlace;
            case FOUNDED_ON -> Qg.foundingDate;
            case DATE -> Qg.startDate;
            case PHONE -> Qg.telephone;
            case HOMEPAGE -> Qg.url;
        };
    }

    /** The predicate a shortcut property stands for (the inverse of {@link #shortcut}), or null for other properties. */
    public static Predicate predicateOf(String propertyIri) {
        for (Predicate p : Predicate.values()) {
            for (EntityKind k : EntityKind.values()) {
                if (shortcut(p, k).getURI().equals(propertyIri)) return p;
            }
        }
        return null;
    }

    /** A literal object with the datatype its form calls for: dates at their precision, URLs as anyURI. */
    static Node literal(Predicate p, String value) {
        RDFDatatype type = switch (p) {
            case DATE, FOUNDED_ON -> {
                if (YEAR.matcher(value).matches()) yield XSDDatatype.XSDgYear;
                if (YEAR_MONTH.matcher(value).matches()) yield XSDDatatype.XSDgYearMonth;
                if (DATE.matcher(value).matches()) yield XSDDatatype.XSDdate;
                if (MONTH_DAY.matcher(value).matches()) yield XSDDatatype.XSDgMonthDay;
                throw new IllegalArgumentException("Not an ISO date at any precision Qogam writes: '" + value + "'");
            }
            case HOMEPAGE -> XSDDatatype.XSDanyURI;
            default -> XSDDatatype.XSDstring;
        };
        return NodeFactory.createLiteralDT(value, type);
    }

    /** Two decimals, in the canonical form ("0.9", "1.0") that stores keep as written. */
    static String decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
    }

    private static Node label(Label l) {
        return NodeFactory.createLiteralLang(l.text(), l.lang());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
}
