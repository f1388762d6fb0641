package kz.qogam.server.ld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.qogam.ontology.Qg;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the store holds, cheaply: a fingerprint of its state for ETags, and the counts VoID and
 * the SPARQL service description publish (computed once per state and kept until the store
 * changes).
 *
 * <p>The fingerprint is a SHA-256 over the sorted list of named graphs, each with the content
 * hash and extractor version of the source it holds ({@code qg:contentHash}, looked up through
 * the predicate index: a few reads per source, whatever the size of the texts), or, for graphs
 * that hold no source (ontology, gazetteer, imports), its number of triples. Re-ingesting a
 * changed text, importing a file, deleting a graph or reloading a changed ontology all change it.
 */
public final class DatasetStats {
    private static final Node CONTENT_HASH = NodeFactory.createURI(Qg.NS + "contentHash");
    private static final Node EXTRACTOR_VERSION = NodeFactory.createURI(Qg.NS + "extractorVersion");
    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** The numbers of one state of the store. */
    public record Stats(String fingerprint, long quads, long unionTriples, Map<String, Long> graphTriples,
            Map<String, Long> classEntities, long entities, long wikidataLinks, long distinctSubjects) {}

    private static final Object LOCK = new Object();
    private static volatile Stats cached;
    private static volatile DatasetGraph cachedFor;

    private DatasetStats() {}

    /** The last fingerprint of a TDB2 store and the number of write transactions begun when it was taken. */
    private record Known(DatasetGraph dsg, long writesBegun, String fingerprint) {}

    private static volatile Known known;

    /**
     * The fingerprint of the store's present state (hex); runs in (or joins) a read transaction.
     * On TDB2 it is kept until a write transaction begins (TDB2 counts them, and only this process
     * can have the store open), so a conditional GET costs a counter read.
     */
    public static String fingerprint(DatasetGraph dsg) {
        TransactionCoordinator tc = coordinator(dsg);
        // Inside a transaction the caller's snapshot may be older than the latest commit: take its own state.
        if (tc == null || dsg.isInTransaction()) return computeFingerprint(dsg);
        Known k = known;
        long writes = tc.countBeginWrite();
        if (k != null && k.dsg() == dsg && k.writesBegun() == writes && tc.countActiveWriter() == 0) return k.fingerprint();
        boolean quiet = tc.countActiveWriter() == 0;
        String fp = computeFingerprint(dsg);
        if (quiet && tc.countBeginWrite() == writes && tc.countActiveWriter() == 0) known = new Known(dsg, writes, fp);
        return fp;
    }

    private static TransactionCoordinator coordinator(DatasetGraph dsg) {
        try {
            return TDBInternal.isTDB2(dsg) ? TDBInternal.getTransactionCoordinator(dsg) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String computeFingerprint(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> perGraph = new TreeMap<>();
            Iterator<Node> names = dsg.listGraphNodes();
            while (names.hasNext()) {
                Node g = names.next();
                perGraph.put(g.toString(), null);
            }
            Iterator<Quad> hashes = dsg.find(Node.ANY, Node.ANY, CONTENT_HASH, Node.ANY);
            while (hashes.hasNext()) {
                Quad q = hashes.next();
                if (q.isDefaultGraph()) continue;
                StringBuilder v = new StringBuilder(q.getObject().toString());
                Iterator<Quad> versions = dsg.find(q.getGraph(), q.getSubject(), EXTRACTOR_VERSION, Node.ANY);
                while (versions.hasNext()) v.append('/').append(versions.next().getObject());
                perGraph.merge(q.getGraph().toString(), v.toString(), (a, b) -> a == null ? b : a + "+" + b);
            }
            MessageDigest md = sha256();
            for (Map.Entry<String, String> e : perGraph.entrySet()) {
                String state = e.getValue();
                if (state == null) {
                    state = "#" + dsg.getGraph(NodeFactory.createURI(e.getKey())).size();
                }
                md.update((e.getKey() + "\t" + state + "\n").getBytes(StandardCharsets.UTF_8));
            }
            md.update(("graphs=" + perGraph.size()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        });
    }

    /** A weak entity tag for one representation of the present state. */
    public static String etag(DatasetGraph dsg, String variant) {
        return "W/\"" + fingerprint(dsg) + (variant == null || variant.isEmpty() ? "" : "-" + variant.replaceAll("[^A-Za-z0-9._-]", "_")) + "\"";
    }

    /**
     * Whether an If-None-Match header matches the tag (weak comparison, RFC 9110 13.1.2): the
     * client's copy is current and a 304 answers it.
     */
    public static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) return false;
        String mine = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(mine)) return true;
        }
        return false;
    }

    private static String opaque(String tag) {
        String t = tag.trim();
        return t.startsWith("W/") ? t.substring(2) : t;
    }

    /** The counts for the present state, computed on first use after each change. */
    public static Stats stats(DatasetGraph dsg, String base) {
        Stats c = cached;
        if (c != null && cachedFor == dsg && !dsg.isInTransaction() && c.fingerprint().equals(fingerprint(dsg))) return c;
        return Txn.calculateRead(dsg, () -> {
            String fp = fingerprint(dsg);
            Stats s = cached;
            if (s != null && cachedFor == dsg && s.fingerprint().equals(fp)) return s;
            synchronized (LOCK) {
                s = cached;
                if (s != null && cachedFor == dsg && s.fingerprint().equals(fp)) return s;
                s = compute(dsg, base, fp);
                cached = s;
                cachedFor = dsg;
                return s;
            }
        });
    }

    private static Stats compute(DatasetGraph dsg, String base, String fp) {
        Map<String, Long> perGraph = new LinkedHashMap<>();
        long quads = 0;
        for (Binding row : rows(dsg, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", Map.of())) {
            long n = number(row, "n");
            perGraph.put(row.get("g").getURI(), n);
            quads += n;
        }
        long union = single(dsg, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", Map.of());
        long subjects = single(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }", Map.of());
        Map<String, Long> perClass = new LinkedHashMap<>();
        for (Binding row : rows(dsg, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c ORDER BY ?c", Map.of())) {
            perClass.put(row.get("c").getURI(), number(row, "n"));
        }
        long entities = single(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?space)) }",
                Map.of("space", NodeFactory.createLiteralString(base + "/id/")));
        long links = single(dsg, "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o FILTER(isIRI(?o) && STRSTARTS(STR(?o), ?wd)) }",
                Map.of("wd", NodeFactory.createLiteralString(WIKIDATA)));
        return new Stats(fp, quads, union, perGraph, perClass, entities, links, subjects);
    }

    private static List<Binding> rows(DatasetGraph dsg, String query, Map<String, Node> bindings) {
        var builder = QueryExec.dataset(dsg).query(query);
        bindings.forEach((k, v) -> builder.substitution(Var.alloc(k), v));
        List<Binding> out = new ArrayList<>();
        try (QueryExec qe = builder.build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(out::add);
        }
        return out;
    }

    private static long number(Binding row, String var) {
        Node n = row.get(var);
        return n == null || !n.isLiteral() ? 0 : ((Number) n.getLiteralValue()).longValue();
    }

    private static long single(DatasetGraph dsg, String query, Map<String, Node> bindings) {
        List<Binding> r = rows(dsg, query, bindings);
        return r.isEmpty() ? 0 : number(r.get(0), "n");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
