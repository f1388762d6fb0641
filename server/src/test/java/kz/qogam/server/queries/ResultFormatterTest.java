package kz.qogam.server.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table, CSV and JSON output of a result. */
class ResultFormatterTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private static QueryResult sample() {
        Map<String, QueryResult.Term> r1 = new LinkedHashMap<>();
        r1.put("person", QueryResult.Term.iri("http://localhost:8080/id/person/gulzhanat-muratova"));
        r1.put("label", QueryResult.Term.literal("Гульжанат Муратова", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "ru"));
        r1.put("sources", QueryResult.Term.literal("2", XSD + "integer", null));
        Map<String, QueryResult.Term> r2 = new LinkedHashMap<>();
        r2.put("person", QueryResult.Term.iri("http://localhost:8080/id/person/x"));
        r2.put("label", QueryResult.Term.literal("Say \"hi\", then\nleave", XSD + "string", null));
        return new QueryResult("people", List.of("person", "label", "sources"), List.of(r1, r2), false);
    }

    @Test
    void table_aligns_columns() {
        String t = ResultFormatter.format(sample(), ResultFormatter.Format.TABLE);
        List<String> lines = t.lines().toList();
        assertEquals(5, lines.size(), t);
        assertTrue(lines.get(0).startsWith("person"));
        int labelColumn = lines.get(0).indexOf("label");
        assertEquals(labelColumn, lines.get(2).indexOf("Гульжанат"));
        assertEquals(labelColumn, lines.get(3).indexOf("Say"));
        assertEquals(lines.get(0).indexOf("sources"), lines.get(2).indexOf("2"));
        assertTrue(lines.get(1).matches("-+  -+  -+"), lines.get(1));
        assertTrue(lines.get(3).contains("Say \"hi\", then leave"), "line breaks become spaces");
        assertEquals("(2 rows)", lines.get(4));
        assertFalse(t.lines().anyMatch(l -> l.endsWith(" ")), "no trailing blanks");
    }

    @Test
    void table_cuts_long_values_and_says_when_truncated() throws Exception {
        Map<String, QueryResult.Term> row = Map.of("q", QueryResult.Term.literal("x".repeat(100), null, null));
        QueryResult r = new QueryResult("long", List.of("q"), List.of(row), true);
        java.io.StringWriter w = new java.io.StringWriter();
        ResultFormatter.table(r, w, 10);
        List<String> lines = w.toString().lines().toList();
        assertEquals("xxxxxxxxx…", lines.get(2));
        assertEquals("(1 row, truncated: there were more)", lines.get(3));
    }

    @Test
    void csv_follows_rfc_4180() {
        String csv = ResultFormatter.format(sample(), ResultFormatter.Format.CSV);
        assertEquals("person,label,sources\r\n"
                + "http://localhost:8080/id/person/gulzhanat-muratova,Гульжанат Муратова,2\r\n"
                + "http://localhost:8080/id/person/x,\"Say \"\"hi\"\", then\nleave\",\r\n", csv);
    }

    @Test
    void json_has_cells_with_kind_and_value() throws Exception {
        String json = ResultFormatter.format(sample(), ResultFormatter.Format.JSON);
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("people", root.get("query").asText());
        assertEquals(3, root.get("variables").size());
        assertFalse(root.get("truncated").asBoolean());
        JsonNode first = root.get("rows").get(0);
        assertEquals("iri", first.get("person").get("kind").asText());
        assertEquals("http://localhost:8080/id/person/gulzhanat-muratova", first.get("person").get("value").asText());
        assertEquals("literal", first.get("label").get("kind").asText());
        assertEquals("ru", first.get("label").get("lang").asText());
        assertFalse(first.get("label").has("datatype"));
        assertEquals(XSD + "integer", first.get("sources").get("datatype").asText());
        JsonNode second = root.get("rows").get(1);
        assertFalse(second.has("sources"), "unbound cells are left out");
        assertEquals("Say \"hi\", then\nleave", second.get("label").get("value").asText());
        assertFalse(second.get("label").has("datatype"), "xsd:string is the default");
    }

    @Test
    void formats_by_name() {
        assertEquals(ResultFormatter.Format.CSV, ResultFormatter.Format.forName("csv"));
        assertEquals(ResultFormatter.Format.JSON, ResultFormatter.Format.forName(" JSON "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultFormatter.Format.forName("xml"));
        assertEquals("Unknown output format 'xml'; the formats are table, csv, json", e.getMessage());
    }

    @Test
    void rows_as_strings() {
        QueryResult r = sample();
        assertEquals("Гульжанат Муратова", r.rows().get(0).get("label"));
        assertEquals(java.util.Arrays.asList("2", null), r.column("sources"));
        assertThrows(IllegalArgumentException.class, () -> r.column("nope"));
    }
}
