package kz.qogam.server.queries;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The files of {@code queries/} themselves: valid SPARQL 1.1, valid headers, the expected set, and packaged in the jar. */
class RepositoryQueriesTest {
    private static final List<String> REQUIRED = List.of("organizations-by-region", "people-and-posts", "event-participants",
            "coalition-members", "organizations-founded-per-year", "events-per-region-and-year", "source-facts",
            "people-linked-to-two-organizations", "organizations-without-region", "facts-without-source");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(TestStores.root().resolve("queries"))) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> every_file_parses_as_sparql_1_1() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Query q = assertDoesNotThrow(() -> QueryFactory.create(text, Syntax.syntaxSPARQL_11), f.toString());
            assertTrue(q.isSelectType());
        }));
    }

    @Test
    void the_repository_has_the_required_queries_with_headers() {
        NamedQueries qs = TestStores.repositoryQueries();
        assertTrue(qs.names().containsAll(REQUIRED), "missing: " + REQUIRED.stream().filter(n -> !qs.names().contains(n)).toList());
        assertTrue(qs.size() >= REQUIRED.size() + 2, "2–4 more queries beyond the required ones");
        for (NamedQuery q : qs.all()) {
            assertFalse(q.title().isBlank(), q.name());
            assertTrue(q.description().length() > 20, q.name());
            assertTrue(q.text().startsWith("# title: "), q.name() + " starts with its header");
        }
        NamedQuery sf = qs.get("source-facts");
        assertEquals("source", sf.parameters().get(0).name());
        assertTrue(sf.parameters().get(0).required());
        assertEquals(NamedQuery.Type.IRI, sf.parameters().get(0).type());
        NamedQuery two = qs.get("people-linked-to-two-organizations");
        assertEquals(List.of("org1", "org2"), two.parameters().stream().map(NamedQuery.Parameter::name).toList());
        assertTrue(two.parameters().stream().allMatch(NamedQuery.Parameter::required));
        assertEquals("region", qs.get("organizations-by-region").parameters().get(0).name());
    }

    /**
     * A remote store (Fuseki over HTTP) receives the query as text after substitution, so every
     * query with every parameter bound must still be valid SPARQL 1.1 when written out. (Patterns
     * such as {@code BOUND(?param)} or {@code BIND(... AS ?param)} would not be.)
     */
    @TestFactory
    Stream<DynamicTest> every_query_with_all_parameters_bound_is_still_valid_sparql() {
        return TestStores.repositoryQueries().all().stream().map(nq -> DynamicTest.dynamicTest(nq.name(), () -> {
            Map<String, String> values = new HashMap<>();
            for (NamedQuery.Parameter p : nq.parameters()) {
                values.put(p.name(), switch (p.type()) {
                    case IRI -> "http://localhost:8080/id/place/mangystau-region";
                    case STRING -> "x\" } ; DROP ALL #";
                    case INTEGER -> "2019";
                    case DATE -> "2019-08-28";
                });
            }
            Map<Var, Node> subst = new HashMap<>();
            QueryRunner.bind(nq, values).forEach((k, v) -> subst.put(Var.alloc(k), v));
            Query q = QueryFactory.create(nq.text(), Syntax.syntaxSPARQL_11);
            String written = QueryTransformOps.transform(q, subst).toString();
            assertDoesNotThrow(() -> QueryFactory.create(written, Syntax.syntaxSPARQL_11), written);
        }));
    }

    @Test
    void the_jar_carries_the_same_queries() {
        // The build copies queries/*.rq into target/classes/queries, which is what the server jar holds.
        NamedQueries packaged = NamedQueries.fromClasspath();
        assertEquals(TestStores.repositoryQueries().names(), packaged.names());
        assertEquals(TestStores.repositoryQueries().get("source-facts").text(), packaged.get("source-facts").text());
        assertEquals(packaged.names(), NamedQueries.load(null).names());
    }
}
