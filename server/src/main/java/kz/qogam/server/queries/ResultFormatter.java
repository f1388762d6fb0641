package kz.qogam.server.queries;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link QueryResult} as an aligned text table (for a terminal), CSV (RFC 4180) or JSON.
 *
 * <p>JSON: {@code {"query": name, "variables": [...], "truncated": false, "rows": [{column: cell}]}},
 * each cell {@code {"kind": "iri"|"literal"|"blank", "value": "...", "datatype": ..., "lang": ...}}
 * ({@code datatype} only for typed literals other than xsd:string, {@code lang} only when tagged);
 * unbound cells are left out of their row.
 */
public final class ResultFormatter {
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
    private static final JsonFactory JSON = new JsonFactory();

    /** Widest cell in a table, in characters; longer values are cut with an ellipsis. */
    public static final int DEFAULT_TABLE_WIDTH = 60;

    private ResultFormatter() {}

    /** The output formats. */
    public enum Format {
        TABLE("text/plain"), CSV("text/csv"), JSON("application/json");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        /**
         * The format of that name (table, csv, json; any case).
         *
         * @throws IllegalArgumentException listing the formats when there is none
         */
        public static Format forName(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) return f;
            }
            throw new IllegalArgumentException("Unknown output format '" + name + "'; the formats are "
                    + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    /** The result in that format, as a string. */
    public static String format(QueryResult result, Format format) {
        StringWriter w = new StringWriter();
        try {
            write(result, format, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes the result in that format (tables with cells up to {@link #DEFAULT_TABLE_WIDTH} characters). */
    public static void write(QueryResult result, Format format, Writer out) throws IOException {
        switch (format) {
            case TABLE -> table(result, out, DEFAULT_TABLE_WIDTH);
            case CSV -> csv(result, out);
            case JSON -> json(result, out);
        }
        out.flush();
    }

    /**
     * An aligned table: a header, a rule, one line per row, and a line counting the rows.
     * Line breaks inside values become spaces; values wider than {@code maxWidth} are cut.
     */
    public static void table(QueryResult result, Writer out, int maxWidth) throws IOException {
        List<String> vars = result.variables();
        List<String[]> cells = new ArrayList<>();
        for (Map<String, QueryResult.Term> row : result.terms()) {
            String[] line = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                QueryResult.Term t = row.get(vars.get(i));
                line[i] = t == null ? "" : clip(oneLine(t.value()), maxWidth);
            }
            cells.add(line);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = width(vars.get(i));
            for (String[] line : cells) widths[i] = Math.max(widths[i], width(line[i]));
        }
        String[] header = vars.toArray(new String[0]);
        writeLine(out, header, widths);
        String[] rule = new String[vars.size()];
        for (int i = 0; i < rule.length; i++) rule[i] = "-".repeat(widths[i]);
        writeLine(out, rule, widths);
        for (String[] line : cells) writeLine(out, line, widths);
        int n = result.size();
        out.write("(" + n + (n == 1 ? " row" : " rows") + (result.truncated() ? ", truncated: there were more" : "") + ")\n");
    }

    private static void writeLine(Writer out, String[] cells, int[] widths) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append("  ");
            sb.append(cells[i]);
            if (i < cells.length - 1) sb.append(" ".repeat(widths[i] - width(cells[i])));
        }
        out.write(sb.toString().stripTrailing());
        out.write('\n');
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ");
    }

    private static String clip(String s, int max) {
        if (max <= 1 || width(s) <= max) return s;
        int end = s.offsetByCodePoints(0, max - 1);
        return s.substring(0, end) + "…";
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * CSV after RFC 4180: a header of column names, CRLF line ends, fields quoted when they need it
     * and formula-looking text defused (the export's rules: results are opened in spreadsheets too).
     */
    public static void csv(QueryResult result, Writer out) throws IOException {
        List<String> vars = result.variables();
        writeCsvRecord(out, vars);
        for (Map<String, QueryResult.Term> row : result.terms()) {
            List<String> fields = new ArrayList<>(vars.size());
            for (String v : vars) {
                QueryResult.Term t = row.get(v);
                fields.add(t == null ? "" : t.value());
            }
            writeCsvRecord(out, fields);
        }
    }

    private static void writeCsvRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(kz.qogam.server.export.CsvExport.field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** JSON, as described on the class. */
    public static void json(QueryResult result, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("query", result.query());
            g.writeArrayFieldStart("variables");
            for (String v : result.variables()) g.writeString(v);
            g.writeEndArray();
            g.writeBooleanField("truncated", result.truncated());
            g.writeArrayFieldStart("rows");
            for (Map<String, QueryResult.Term> row : result.terms()) {
                g.writeStartObject();
                for (Map.Entry<String, QueryResult.Term> e : row.entrySet()) {
                    QueryResult.Term t = e.getValue();
                    g.writeObjectFieldStart(e.getKey());
                    g.writeStringField("kind", t.kind().keyword());
                    g.writeStringField("value", t.value());
                    if (t.language() != null) {
                        g.writeStringField("lang", t.language());
                    } else if (t.datatype() != null && !t.datatype().equals(XSD_STRING) && !t.datatype().equals(RDF_LANG_STRING)) {
                        g.writeStringField("datatype", t.datatype());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }
}
