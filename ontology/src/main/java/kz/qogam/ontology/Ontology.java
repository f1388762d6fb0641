package kz.qogam.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shared.PrefixMapping;

/**
 * The Qogam ontology files as Jena objects: the vocabulary with its SKOS schemes, the gazetteer,
 * the SHACL shapes and the prefixes. The files live beside this class on the class path
 * ({@code kz/qogam/ontology/*.ttl}); what they contain is described in {@code ontology/README.md}.
 */
public final class Ontology {
    private Ontology() {}

    /** The folder of the files on the class path. */
    public static final String RESOURCE_DIR = "kz/qogam/ontology/";
    /** The vocabulary and the SKOS concept schemes: the files of the ontology graph. */
    public static final List<String> VOCABULARY_FILES = List.of(
            "qogam.ttl", "legal-forms.ttl", "roles.ttl", "event-kinds.ttl", "place-kinds.ttl");
    public static final String GAZETTEER_FILE = "gazetteer.ttl";
    public static final String SHAPES_FILE = "shapes.ttl";

    // Parsed once, on first use; callers get copies of the vocabulary, so nothing they do changes what others see.
    private static Model vocabulary;
    private static Shapes shapes;

    /**
     * The vocabulary ({@code qogam.ttl}) and the four SKOS schemes (legal forms, roles, event kinds,
     * place kinds) as one model: the content of the {@code {base}/graph/ontology} graph.
     *
     * @return a fresh copy on every call, free to change or to add to a dataset
     */
    public static Model vocabulary() {
        Model parsed;
        synchronized (Ontology.class) {
            if (vocabulary == null) vocabulary = readAll(VOCABULARY_FILES);
            parsed = vocabulary;
        }
        Model copy = ModelFactory.createDefaultModel().add(parsed);
        copy.setNsPrefixes(parsed.getNsPrefixMap());
        return copy;
    }

    /**
     * The Kazakhstan gazetteer with its relative IRIs ({@code <place/astana>}) resolved against
     * {@code base + "/id/"}, so that its places are entities of that deployment: the content of the
     * {@code {base}/graph/gazetteer} graph.
     *
     * @param base the deployment base IRI without a trailing slash, e.g. {@code http://localhost:8080}
     *             (a trailing slash is tolerated)
     * @return a fresh model on every call
     * @throws IllegalArgumentException if {@code base} is not an absolute IRI
     */
    public static Model gazetteer(String base) {
        String b = checkBase(base);
        return read(GAZETTEER_FILE, b + "/id/");
    }

    /**
     * The SHACL shapes of everything the ingest writes. Validate the union of the data with
     * {@link #vocabulary()} and {@link #gazetteer(String)}: class and scheme checks look there.
     *
     * @return the parsed shapes (immutable, shared)
     */
    public static synchronized Shapes shapes() {
        if (shapes == null) {
            Model model = read(SHAPES_FILE);
            try {
                shapes = Shapes.parse(model);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Ontology resource " + RESOURCE_DIR + SHAPES_FILE
                        + " is not valid SHACL: " + e.getMessage(), e);
            }
        }
        return shapes;
    }

    /**
     * The prefixes of the data model ({@code qg}, {@code qglf}, {@code qgrole}, {@code qgev},
     * {@code qgpk} and the reused vocabularies), for writers and queries.
     *
     * @return a fresh, modifiable mapping on every call
     */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("qg", Qg.NS)
                .setNsPrefix("qglf", Qg.LEGAL_FORM_NS)
                .setNsPrefix("qgrole", Qg.ROLE_NS)
                .setNsPrefix("qgev", Qg.EVENT_KIND_NS)
                .setNsPrefix("qgpk", Qg.PLACE_KIND_NS)
                .setNsPrefix("org", Qg.ORG)
                .setNsPrefix("foaf", Qg.FOAF)
                .setNsPrefix("schema", Qg.SCHEMA)
                .setNsPrefix("prov", Qg.PROV)
                .setNsPrefix("skos", Qg.SKOS)
                .setNsPrefix("dcterms", Qg.DCTERMS)
                .setNsPrefix("oa", Qg.OA)
                .setNsPrefix("geo", Qg.GEO)
                .setNsPrefix("owl", Qg.OWL)
                .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .setNsPrefix("rdfs", Qg.RDFS)
                .setNsPrefix("xsd", Qg.XSD)
                .setNsPrefix("void", Qg.VOID);
    }

    /**
     * Reads one Turtle file of this module from the class path.
     *
     * @param resourceName a file name in {@value #RESOURCE_DIR} (e.g. {@code "roles.ttl"}), or a
     *                     class-path name starting with {@code /}
     * @return a fresh model
     * @throws IllegalStateException naming the resource if it is missing or does not parse
     */
    public static Model read(String resourceName) {
        return read(resourceName, null);
    }

    private static Model read(String resourceName, String base) {
        String path = resourceName.startsWith("/") ? resourceName.substring(1) : RESOURCE_DIR + resourceName;
        URL url = Ontology.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("Ontology resource not found on the class path: " + path
                    + " (is the qogam-ontology jar complete?)");
        }
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = url.openStream()) {
            RDFParser.source(in).lang(Lang.TURTLE).base(base != null ? base : url.toString()).parse(model);
        } catch (RiotException e) {
            throw new IllegalStateException("Ontology resource " + path + " is not valid Turtle: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Ontology resource " + path + " could not be read: " + e.getMessage(), e);
        }
        return model;
    }

    private static Model readAll(List<String> names) {
        Model all = ModelFactory.createDefaultModel();
        for (String name : names) {
            Model m = read(name);
            all.add(m);
            all.setNsPrefixes(m.getNsPrefixMap());
        }
        return all;
    }

    private static String checkBase(String base) {
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException("The base IRI is empty; expected e.g. http://localhost:8080");
        }
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            if (!new URI(b).isAbsolute()) {
                throw new IllegalArgumentException("The base IRI is not absolute: '" + base + "'; expected e.g. http://localhost:8080");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The base IRI is not a valid IRI: '" + base + "': " + e.getMessage(), e);
        }
        return b;
    }
}
