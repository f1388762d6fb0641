package kz.qogam.server.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qogam.store.TdbStore;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter values: checked against their types, bound as RDF terms, never pasted into the query. */
class QueryRunnerTest {
    private static final NamedQuery TYPED = NamedQueries.parse("typed.rq", """
            # title: Typed
            # description: One parameter of each type, echoed back.
            # param: place iri required  A place
            # param: name string optional  A name
            # param: year integer optional  A year
            # param: day date optional  A day
            SELECT ?place ?name ?year ?day WHERE { }
            """, "typed.rq");

    private static Map<String, String> values(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    private static IllegalArgumentException refused(String... pairs) {
        return assertThrows(IllegalArgumentException.class, () -> QueryRunner.bind(TYPED, values(pairs)));
    }

    @Test
    void good_values_become_terms_of_their_type() {
        Map<String, Node> b = QueryRunner.bind(TYPED, values("place", "http://localhost:8080/id/place/mangystau-region",
                "name", "Гульжанат Муратова", "year", "2019", "day", "2019-08-28"));
        assertEquals("http://localhost:8080/id/place/mangystau-region", b.get("place").getURI());
        assertEquals("Гульжанат Муратова", b.get("name").getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDstring.getURI(), b.get("name").getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDinteger.getURI(), b.get("year").getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDdate.getURI(), b.get("day").getLiteralDatatypeURI());
    }

    @Test
    void dates_keep_their_precision() {
        assertEquals(XSDDatatype.XSDgYear.getURI(),
                QueryRunner.bind(TYPED, values("place", "http://x.kz/a", "day", "2005")).get("day").getLiteralDatatypeURI());
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(),
                QueryRunner.bind(TYPED, values("place", "http://x.kz/a", "day", "2003-10")).get("day").getLiteralDatatypeURI());
    }

    @Test
    void absent_and_blank_optional_values_stay_unbound() {
        Map<String, Node> b = QueryRunner.bind(TYPED, values("place", "https://x.kz/a", "name", "  "));
        assertEquals(List.of("place"), List.copyOf(b.keySet()));
    }

    @Test
    void missing_required_parameter_is_named() {
        IllegalArgumentException e = refused("name", "x");
        assertEquals("Missing required parameter 'place' (iri) for query 'typed': A place", e.getMessage());
        assertTrue(refused("place", "").getMessage().contains("Missing required parameter 'place'"));
    }

    @Test
    void unknown_parameter_lists_the_allowed_ones() {
        IllegalArgumentException e = refused("place", "http://x.kz/a", "regoin", "http://x.kz/b");
        assertEquals("Unknown parameter 'regoin' for query 'typed'; it takes place (iri, required), name (string, optional),"
                + " year (integer, optional), day (date, optional)", e.getMessage());
    }

    @Test
    void bad_iris_are_refused() {
        for (String bad : List.of("mangystau-region", "place/mangystau", "ftp://x.kz/a", "urn:x:y", "http://",
                "http://x.kz/a b", "http://x.kz/<a>", "http://x.kz/\"a\"", "http://x.kz/{a}", "http://x.kz/a|b",
                "http://x.kz/a^b", "http://x.kz/a`b", "http://x.kz/a\\b", "http://x.kz/a\nb", "http://x.kz/a\u0000")) {
            IllegalArgumentException e = refused("place", bad);
            assertTrue(e.getMessage().startsWith("Parameter 'place' of query 'typed' must be an absolute http(s) IRI"),
                    bad + " → " + e.getMessage());
        }
    }

    @Test
    void injection_attempts_are_refused_as_iris() {
        for (String attack : List.of("x> } ; DROP ALL #", "http://x.kz/a> } ; DROP ALL #", "http://x.kz/a>}DROP",
                "http://x.kz/a> . ?s ?p ?o . #")) {
            IllegalArgumentException e = refused("place", attack);
            assertTrue(e.getMessage().contains("must be an absolute http(s) IRI"), e.getMessage());
        }
    }

    @Test
    void bad_integers_and_dates_are_refused() {
        for (String bad : List.of("12a", "-1", "1.5", "20 19", "١٢", "0x10", "1234567890123456789")) {
            assertTrue(refused("place", "http://x.kz/a", "year", bad).getMessage()
                    .startsWith("Parameter 'year' of query 'typed' must be a whole number"), bad);
        }
        for (String bad : List.of("2019-13", "2019-02-30", "19-08-28", "2019/08/28", "28.08.2019", "2019-8-28", "--11-14")) {
            assertTrue(refused("place", "http://x.kz/a", "day", bad).getMessage()
                    .startsWith("Parameter 'day' of query 'typed' must be an ISO date"), bad);
        }
    }

    @Test
    void a_string_value_is_bound_as_a_literal_whatever_it_holds(@TempDir Path dir) {
        NamedQuery echo = NamedQueries.parse("echo.rq", """
                # title: Echo
                # description: Returns the value it is given, and counts the triples.
                # param: text string required  Anything
                SELECT ?echo (COUNT(?s) AS ?triples) WHERE { OPTIONAL { ?s ?p ?o } BIND(?text AS ?echo) } GROUP BY ?echo
                """, "echo.rq");
        try (TdbStore store = TestStores.storeWith(dir, "sample.trig")) {
            QueryRunner runner = new QueryRunner(store);
            String attack = "x\" } ; DROP ALL ; SELECT * { \"";
            QueryResult r = runner.run(echo, Map.of("text", attack));
            assertEquals(1, r.size());
            assertEquals(attack, r.rows().get(0).get("echo"));
            assertEquals(QueryResult.Kind.LITERAL, r.terms().get(0).get("echo").kind());
            // The store is untouched.
            QueryResult again = runner.run(echo, Map.of("text", "y"));
            assertEquals(r.rows().get(0).get("triples"), again.rows().get(0).get("triples"));
        }
    }

    @Test
    void runs_by_name_and_truncates(@TempDir Path dir) {
        try (TdbStore store = TestStores.storeWith(dir, "sample.trig")) {
            QueryRunner runner = new QueryRunner(store, TestStores.repositoryQueries());
            QueryResult all = runner.run("places-by-mentions", Map.of());
            assertTrue(all.size() > 2);
            assertFalse(all.truncated());
            QueryResult two = runner.run(runner.queries().get("places-by-mentions"), Map.of(), java.time.Duration.ofSeconds(30), 2);
            assertEquals(2, two.size());
            assertTrue(two.truncated());
            assertEquals(all.rows().subList(0, 2), two.rows());
            QueryResult exact = runner.run(runner.queries().get("places-by-mentions"), Map.of(), null, all.size());
            assertFalse(exact.truncated());
            assertThrows(UnknownQueryException.class, () -> runner.run("no-such-query", Map.of()));
        }
    }

    @Test
    void iri_check() {
        assertTrue(QueryRunner.isHttpIri("http://localhost:8080/id/place/almaty"));
        assertTrue(QueryRunner.isHttpIri("https://qogam.kz/ns/place-kind/city"));
        assertTrue(QueryRunner.isHttpIri("http://localhost:8080/id/organization/%D2%B0rpaq?x=1#y"));
        assertTrue(QueryRunner.isHttpIri("http://localhost:8080/id/organization/ұрпақ"));
        assertFalse(QueryRunner.isHttpIri(null));
        assertFalse(QueryRunner.isHttpIri("HTTP://localhost"));
        assertFalse(QueryRunner.isHttpIri("http:///path"));
    }
}
