package kz.qogam.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Store} must do; one small subclass per implementation. */
public abstract class StoreContract {
    static final String G1 = "http://example.org/graph/one";
    static final String G2 = "http://example.org/graph/two";

    Store store;

    abstract Store createStore() throws Exception;

    void closeStore() throws Exception {
        store.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        store = createStore();
    }

    @AfterEach
    void tearDown() throws Exception {
        closeStore();
    }

    static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("@prefix ex: <http://example.org/> .\n" + ttl, Lang.TURTLE).parse(g);
        return g;
    }

    public static boolean ask(Store store, String query) {
        Boolean b = store.read(conn -> conn.queryAsk(query));
        return b;
    }

    private long count(String query) {
        return store.read(conn -> {
            try (var qe = conn.query(query)) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void replaced_graphs_are_visible_in_the_union_default_graph() {
        store.replaceGraph(G1, turtle("ex:a ex:p ex:b ."));
        store.replaceGraph(G2, turtle("ex:b ex:p ex:c ."));
        assertEquals(List.of(G1, G2), store.graphs());
        assertTrue(ask(store, "ASK { <http://example.org/a> <http://example.org/p> ?x . ?x <http://example.org/p> <http://example.org/c> }"));
    }

    @Test
    void replacing_a_graph_drops_its_old_content_and_nothing_else() {
        store.replaceGraph(G1, turtle("ex:a ex:p ex:old ."));
        store.replaceGraph(G2, turtle("ex:x ex:p ex:y ."));
        store.replaceGraph(G1, turtle("ex:a ex:p ex:new ."));
        assertEquals(0, count("SELECT (COUNT(*) AS ?n) { ?s ?p <http://example.org/old> }"));
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { ?s ?p <http://example.org/new> }"));
        assertEquals(1, count("SELECT (COUNT(*) AS ?n) { GRAPH <" + G2 + "> { ?s ?p ?o } }"));
    }

    @Test
    void several_graphs_are_replaced_together() {
        Map<String, Graph> batch = new LinkedHashMap<>();
        batch.put(G1, turtle("ex:a ex:p 1 ."));
        batch.put(G2, turtle("ex:a ex:p 2 ."));
        store.replaceGraphs(batch);
        assertEquals(2, count("SELECT (COUNT(*) AS ?n) { <http://example.org/a> ?p ?o }"));
    }

    @Test
    void contains_all_asks_one_graph_for_every_triple() {
        store.replaceGraph(G1, turtle("ex:a ex:hash \"abc\" ; ex:version \"7\" ; ex:score 0.90 ."));
        store.replaceGraph(G2, turtle("ex:a ex:version \"8\" ."));
        Node a = NodeFactory.createURI("http://example.org/a");
        Triple hash = Triple.create(a, NodeFactory.createURI("http://example.org/hash"), NodeFactory.createLiteralString("abc"));
        Triple v7 = Triple.create(a, NodeFactory.createURI("http://example.org/version"), NodeFactory.createLiteralString("7"));
        Triple v8 = Triple.create(a, NodeFactory.createURI("http://example.org/version"), NodeFactory.createLiteralString("8"));
        Triple score = Triple.create(a, NodeFactory.createURI("http://example.org/score"),
                NodeFactory.createLiteralDT("0.90", XSDDatatype.XSDdecimal));
        assertTrue(store.containsAll(G1, List.of(hash, v7, score)));
        assertFalse(store.containsAll(G1, List.of(hash, v8)), "v8 is in another graph");
        assertTrue(store.containsAll(G2, List.of(v8)));
        assertFalse(store.containsAll("http://example.org/graph/none", List.of(v8)));
    }

    @Test
    void deleting_a_graph_removes_exactly_its_quads() {
        store.replaceGraph(G1, turtle("ex:a ex:p ex:b ."));
        store.replaceGraph(G2, turtle("ex:a ex:p ex:c ."));
        store.deleteGraph(G1);
        assertEquals(List.of(G2), store.graphs());
        assertFalse(ask(store, "ASK { ?s ?p <http://example.org/b> }"));
    }

    @Test
    void export_streams_every_quad_with_its_graph() {
        store.replaceGraph(G1, turtle("ex:a ex:p \"ярмарка\"@ru ; ex:q 14 ."));
        store.replaceGraph(G2, turtle("ex:b ex:p ex:c ."));
        List<Quad> quads = new ArrayList<>();
        store.export(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        });
        assertEquals(3, quads.size());
        assertEquals(2, quads.stream().filter(q -> q.getGraph().getURI().equals(G1)).count());
        assertTrue(quads.stream().anyMatch(q -> q.getObject().isLiteral() && "ru".equals(q.getObject().getLiteralLanguage())));
    }
}
