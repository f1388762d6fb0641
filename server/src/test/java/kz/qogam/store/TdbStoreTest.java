package kz.qogam.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    Store createStore() {
        return TdbStore.open(dir.resolve("tdb2"));
    }

    @Test
    void committed_graphs_survive_reopening() {
        store.replaceGraph(G1, turtle("ex:a ex:p ex:b ."));
        store.close();
        store = TdbStore.open(dir.resolve("tdb2"));
        assertEquals(java.util.List.of(G1), store.graphs());
    }

    @Test
    void replacing_a_graph_removes_decimals_written_in_any_form() {
        store.replaceGraph(G1, turtle("ex:a ex:confidence \"0.90\"^^<http://www.w3.org/2001/XMLSchema#decimal> , 1.50 ."));
        store.replaceGraph(G1, turtle("ex:a ex:p ex:b ."));
        assertEquals(0L, (long) store.read(conn -> conn.queryAsk("ASK { ?s <http://example.org/confidence> ?c }") ? 1L : 0L));
        store.deleteGraph(G1);
        assertEquals(java.util.List.of(), store.graphs());
    }

    @Test
    void a_failed_write_changes_nothing() {
        store.replaceGraph(G1, turtle("ex:a ex:p ex:b ."));
        var broken = new java.util.LinkedHashMap<String, org.apache.jena.graph.Graph>();
        broken.put(G2, turtle("ex:x ex:p ex:y ."));
        broken.put("not an iri with spaces", null);
        assertThrows(RuntimeException.class, () -> store.replaceGraphs(broken));
        assertEquals(java.util.List.of(G1), store.graphs());
        assertTrue(store.embedded().isPresent());
    }
}
