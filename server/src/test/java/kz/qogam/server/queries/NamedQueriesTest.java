package kz.qogam.server.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading named-query files: the header, the checks on it, and finding the files in folders and jars. */
class NamedQueriesTest {
    private static final String GOOD = """
            # title: Organisations by region
            # description: Every organisation based in a region,
            #   with its legal form.
            # param: region iri optional  The region's IRI (e.g. http://localhost:8080/id/place/mangystau-region); all regions when absent
            # param: year integer required  The year
            #
            PREFIX qg: <https://qogam.kz/ns#>
            # a comment in the body is not part of the header
            SELECT ?org WHERE { ?org qg:basedIn ?region ; qg:year ?year }
            """;

    @Test
    void header_gives_title_description_and_parameters() {
        NamedQuery q = NamedQueries.parse("organizations-by-region.rq", GOOD, "queries/organizations-by-region.rq");
        assertEquals("organizations-by-region", q.name());
        assertEquals("Organisations by region", q.title());
        assertEquals("Every organisation based in a region, with its legal form.", q.description());
        assertEquals(2, q.parameters().size());
        NamedQuery.Parameter region = q.parameters().get(0);
        assertEquals("region", region.name());
        assertEquals(NamedQuery.Type.IRI, region.type());
        assertFalse(region.required());
        assertEquals("The region's IRI (e.g. http://localhost:8080/id/place/mangystau-region); all regions when absent", region.description());
        NamedQuery.Parameter year = q.parameters().get(1);
        assertEquals(NamedQuery.Type.INTEGER, year.type());
        assertTrue(year.required());
        assertEquals(GOOD, q.text());
        assertEquals("region (iri, optional), year (integer, required)", q.describeParameters());
    }

    @Test
    void a_query_without_parameters_is_fine() {
        NamedQuery q = NamedQueries.parse("all.rq", "# title: All\n# description: Everything.\nSELECT * WHERE { ?s ?p ?o }\n", "all.rq");
        assertTrue(q.parameters().isEmpty());
        assertEquals("none", q.describeParameters());
    }

    @Test
    void missing_title_is_reported_with_file_and_line() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# description: Something.\nSELECT * WHERE { ?s ?p ?o }\n", "queries/x.rq"));
        assertTrue(e.getMessage().startsWith("queries/x.rq line 1: no '# title:' line"), e.getMessage());
    }

    @Test
    void missing_description_is_reported() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\nSELECT * WHERE { ?s ?p ?o }\n", "queries/x.rq"));
        assertTrue(e.getMessage().contains("no '# description:' line"), e.getMessage());
    }

    @Test
    void unknown_header_key_names_the_line_and_the_known_keys() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\n# author: me\nSELECT * WHERE { ?s ?p ?o }\n", "queries/x.rq"));
        assertEquals("queries/x.rq line 3: unknown header key 'author'; the keys are title, description, param", e.getMessage());
    }

    @Test
    void a_header_line_that_is_not_key_value_is_refused() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# just some words\n# description: Y.\nSELECT * WHERE { ?s ?p ?o }\n", "queries/x.rq"));
        assertTrue(e.getMessage().startsWith("queries/x.rq line 2: expected a header line '# key: value'"), e.getMessage());
    }

    @Test
    void bad_parameter_type_names_file_line_and_the_types() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\n# param: region uri optional  The region\nSELECT * WHERE { ?s ?p ?region }\n", "queries/x.rq"));
        assertEquals("queries/x.rq line 3: parameter 'region' has type 'uri'; the types are iri, string, integer, date", e.getMessage());
    }

    @Test
    void parameter_must_say_required_or_optional() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\n# param: region iri maybe  The region\nSELECT * WHERE { ?s ?p ?region }\n", "queries/x.rq"));
        assertTrue(e.getMessage().contains("line 3: parameter 'region': expected 'required' or 'optional'"), e.getMessage());
    }

    @Test
    void parameter_needs_a_description() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\n# param: region iri optional\nSELECT * WHERE { ?s ?p ?region }\n", "queries/x.rq"));
        assertTrue(e.getMessage().contains("line 3: parameter 'region' has no description"), e.getMessage());
    }

    @Test
    void short_parameter_line_is_refused() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\n# param: region\nSELECT * WHERE { ?s ?p ?region }\n", "queries/x.rq"));
        assertTrue(e.getMessage().startsWith("queries/x.rq line 3: a parameter line must read"), e.getMessage());
    }

    @Test
    void parameter_that_the_query_does_not_use_is_refused() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\n# param: regionx iri optional  R\nSELECT * WHERE { ?s ?p ?region }\n", "queries/x.rq"));
        assertEquals("queries/x.rq line 3: parameter 'regionx' is declared but the query never uses ?regionx", e.getMessage());
    }

    @Test
    void parameter_declared_twice_is_refused() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\n# param: a iri optional  A\n# param: a iri optional  A again\nSELECT * WHERE { ?s ?p ?a }\n", "x.rq"));
        assertTrue(e.getMessage().contains("line 4: parameter 'a' is declared twice"), e.getMessage());
    }

    @Test
    void sparql_syntax_error_names_file_and_line() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\nSELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(\n}\n", "queries/x.rq"));
        assertTrue(e.getMessage().startsWith("queries/x.rq line 6, column 1: not valid SPARQL 1.1"), e.getMessage());
    }

    @Test
    void jena_extensions_are_not_sparql_1_1() {
        // LATERAL is Jena's extension, not SPARQL 1.1: a named query must run on any SPARQL 1.1 store.
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\nSELECT * WHERE { ?s ?p ?o LATERAL { ?o ?q ?r } }\n", "x.rq"));
        assertTrue(e.getMessage().contains("not valid SPARQL 1.1"), e.getMessage());
    }

    @Test
    void only_select_queries() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("x.rq",
                "# title: X\n# description: Y.\nCONSTRUCT WHERE { ?s ?p ?o }\n", "x.rq"));
        assertTrue(e.getMessage().contains("must be a SELECT query"), e.getMessage());
    }

    @Test
    void file_name_must_be_kebab_case() {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.parse("Orgs_By_Region.rq",
                "# title: X\n# description: Y.\nSELECT * WHERE { ?s ?p ?o }\n", "queries/Orgs_By_Region.rq"));
        assertTrue(e.getMessage().contains("kebab-case"), e.getMessage());
    }

    @Test
    void loads_a_folder_and_looks_names_up(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("organizations-by-region.rq"), GOOD);
        Files.writeString(dir.resolve("all-triples.rq"), "# title: All\n# description: Everything.\nSELECT * WHERE { ?s ?p ?o }\n");
        Files.writeString(dir.resolve("README.md"), "not a query");
        NamedQueries qs = NamedQueries.load(dir);
        assertEquals(List.of("all-triples", "organizations-by-region"), qs.names());
        assertEquals("Organisations by region", qs.get("organizations-by-region").title());
        assertTrue(qs.find("nothing").isEmpty());
        UnknownQueryException e = assertThrows(UnknownQueryException.class, () -> qs.get("orgs"));
        assertEquals("Unknown named query 'orgs'; known queries: all-triples, organizations-by-region", e.getMessage());
        assertEquals(List.of("all-triples", "organizations-by-region"), e.known());
    }

    @Test
    void a_bad_file_in_a_folder_is_named(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.rq"), "# title: Broken\nSELECT * WHERE { ?s ?p ?o }\n");
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("broken.rq") + " line 1:"), e.getMessage());
    }

    @Test
    void a_missing_folder_is_reported(@TempDir Path dir) {
        var e = assertThrows(QueryDefinitionException.class, () -> NamedQueries.load(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void reads_queries_from_a_jar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("server.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // No directory entries: the shade plugin does not always write them.
            put(out, "queries/organizations-by-region.rq", GOOD);
            put(out, "queries/sub/ignored.rq", "not even a query");
            put(out, "other/elsewhere.rq", "not even a query");
        }
        NamedQueries qs = NamedQueries.fromUrl(new URL("jar:" + jar.toUri() + "!/queries/"));
        assertEquals(List.of("organizations-by-region"), qs.names());
        assertEquals(2, qs.get("organizations-by-region").parameters().size());
    }

    @Test
    void reads_queries_from_a_classpath_folder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("queries"));
        Files.writeString(dir.resolve("queries/organizations-by-region.rq"), GOOD);
        NamedQueries qs = NamedQueries.fromUrl(dir.resolve("queries").toUri().toURL());
        assertEquals(List.of("organizations-by-region"), qs.names());
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
