package kz.qogam.server.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * The named queries: every {@code .rq} file of a folder ({@code queries/} in the repository), or
 * of the {@code queries/} folder that the server jar carries.
 *
 * <p>Each file is one SPARQL 1.1 SELECT query, named after the file (kebab-case), and starts with a
 * header of comment lines:
 * <pre>
 * # title: Organisations by region
 * # description: Every organisation based in a region (or a city in it), with its legal form and
 * #   how many sources name it.
 * # param: region iri optional  The region's IRI; all regions when absent
 * </pre>
 * {@code title} and {@code description} once each, {@code param} once per parameter:
 * name, type ({@code iri}, {@code string}, {@code integer} or {@code date}), {@code required} or
 * {@code optional}, then a description. A header line indented by two or more spaces after the
 * {@code #} continues the line before; a bare {@code #} is skipped; the header ends at the first
 * line that does not start with {@code #}. Each parameter is the SPARQL variable of the same name.
 *
 * <pre>{@code
 * NamedQueries queries = NamedQueries.load(Path.of("queries"));   // or NamedQueries.fromClasspath()
 * NamedQuery q = queries.get("organizations-by-region");
 * }</pre>
 */
public final class NamedQueries {
    /** The classpath folder the server jar carries the queries in. */
    public static final String CLASSPATH_FOLDER = "queries";

    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*\\.rq");
    private static final Pattern KEY_LINE = Pattern.compile("#\\s?([A-Za-z][A-Za-z0-9_-]*)\\s*:(.*)");
    private static final Pattern CONTINUATION = Pattern.compile("#(?: {2,}|\\t)\\s*(\\S.*)");
    private static final Pattern PARAM = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(.*))?");
    private static final Pattern VAR_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> KEYS = List.of("title", "description", "param");

    private final String origin;
    private final Map<String, NamedQuery> byName;

    private NamedQueries(String origin, Map<String, NamedQuery> byName) {
        this.origin = origin;
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /**
     * Loads every {@code *.rq} of a folder (not its sub-folders), or the queries on the class path
     * ({@link #fromClasspath()}) when the folder is null.
     *
     * @throws QueryDefinitionException when the folder is missing or a file is not a valid named query
     */
    public static NamedQueries load(Path folder) {
        return folder == null ? fromClasspath() : load(folder, true);
    }

    private static NamedQueries load(Path folder, boolean mustExist) {
        if (!Files.isDirectory(folder)) {
            if (!mustExist) return null;
            throw new QueryDefinitionException("The named-query folder " + folder.toAbsolutePath()
                    + " does not exist or is not a folder; pass the repository's queries/ folder, or none to use the queries built into the jar");
        }
        Map<String, NamedQuery> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".rq") || !Files.isRegularFile(file)) continue;
                String text = decode(Files.readAllBytes(file), file.toString());
                NamedQuery q = parse(fileName, text, file.toString());
                found.put(q.name(), q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the named queries in " + folder + ": " + e.getMessage(), e);
        }
        return new NamedQueries(folder.toString(), found);
    }

    /**
     * Loads the queries the server jar carries under {@code queries/} (a folder of {@code target/classes}
     * when running from a build, entries of the jar otherwise).
     *
     * @throws QueryDefinitionException when there are none, or one is not a valid named query
     */
    public static NamedQueries fromClasspath() {
        return fromClasspath(NamedQueries.class.getClassLoader());
    }

    static NamedQueries fromClasspath(ClassLoader loader) {
        // Our own code source first: another jar on the class path might have a queries/ folder too.
        Set<URL> candidates = new LinkedHashSet<>();
        try {
            CodeSource cs = NamedQueries.class.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null) {
                URL loc = cs.getLocation();
                Path p = Path.of(loc.toURI());
                if (Files.isDirectory(p)) {
                    candidates.add(p.resolve(CLASSPATH_FOLDER).toUri().toURL());
                } else if (Files.isRegularFile(p)) {
                    candidates.add(new URL("jar:" + p.toUri() + "!/" + CLASSPATH_FOLDER + "/"));
                }
            }
        } catch (URISyntaxException | IOException | IllegalArgumentException | SecurityException
                 | java.nio.file.FileSystemNotFoundException e) {
            // Unusual class loaders: fall back to asking the loader below.
        }
        try {
            Enumeration<URL> urls = loader.getResources(CLASSPATH_FOLDER);
            while (urls.hasMoreElements()) candidates.add(urls.nextElement());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the classpath folder " + CLASSPATH_FOLDER + "/: " + e.getMessage(), e);
        }
        for (URL url : candidates) {
            NamedQueries q = fromUrl(url);
            if (q != null && !q.byName.isEmpty()) return q;
        }
        throw new QueryDefinitionException("No named queries on the class path under " + CLASSPATH_FOLDER
                + "/ (looked in " + candidates + "); rebuild the server jar (mvn install), or pass the queries/ folder explicitly");
    }

    /** The queries under a {@code file:} folder URL or a {@code jar:} URL of a folder in a jar; null for other URLs. */
    static NamedQueries fromUrl(URL url) {
        switch (url.getProtocol()) {
            case "file" -> {
                try {
                    return load(Path.of(url.toURI()), false);
                } catch (URISyntaxException e) {
                    return null;
                }
            }
            case "jar" -> {
                return fromJar(url);
            }
            default -> {
                return null;
            }
        }
    }

    private static NamedQueries fromJar(URL url) {
        try {
            // Open the jar itself: a jar: URL naming a folder fails to connect when the jar has no
            // entry for the folder, and the shade plugin does not always write one.
            String s = url.toString();
            int bang = s.indexOf("!/");
            if (bang < 0) return null;
            String prefix = s.substring(bang + 2);
            if (!prefix.isEmpty() && !prefix.endsWith("/")) prefix += "/";
            URLConnection c = new URL(s.substring(0, bang + 2)).openConnection();
            if (!(c instanceof JarURLConnection jc)) return null;
            jc.setUseCaches(false);
            Map<String, NamedQuery> found = new TreeMap<>();
            try (JarFile jar = jc.getJarFile()) {
                List<JarEntry> entries = new ArrayList<>();
                jar.stream().forEach(entries::add);
                for (JarEntry e : entries) {
                    String entryName = e.getName();
                    if (e.isDirectory() || !entryName.startsWith(prefix) || !entryName.endsWith(".rq")) continue;
                    String fileName = entryName.substring(prefix.length());
                    if (fileName.contains("/")) continue;
                    String where = jar.getName() + "!/" + entryName;
                    String text;
                    try (InputStream in = jar.getInputStream(e)) {
                        text = decode(in.readAllBytes(), where);
                    }
                    NamedQuery q = parse(fileName, text, where);
                    found.put(q.name(), q);
                }
                return new NamedQueries(jar.getName() + "!/" + prefix, found);
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static String decode(byte[] bytes, String where) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new QueryDefinitionException(where + ": not UTF-8 text; save the query file as UTF-8");
        }
    }

    /**
     * Reads one named query from its text.
     *
     * @param fileName the file name, {@code something.rq}; the query's name is the part before {@code .rq}
     * @param text     the whole file
     * @param where    how to name the file in messages (its path)
     * @throws QueryDefinitionException naming the file and line when the header or the SPARQL is not valid
     */
    public static NamedQuery parse(String fileName, String text, String where) {
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new QueryDefinitionException(where + ": a named query's file name must be kebab-case and end in .rq"
                    + " (lower-case letters, digits and single hyphens, e.g. organizations-by-region.rq), got '" + fileName + "'");
        }
        String name = fileName.substring(0, fileName.length() - 3);
        String[] lines = text.split("\r\n|\r|\n", -1);

        String title = null;
        StringBuilder description = null;
        List<String[]> params = new ArrayList<>();      // name, type, required, description, line
        List<Integer> paramLines = new ArrayList<>();
        String lastKey = null;
        int headerEnd = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            int lineNo = i + 1;
            if (!line.startsWith("#")) {
                headerEnd = i;
                break;
            }
            headerEnd = i + 1;
            if (line.substring(1).isBlank()) continue;
            Matcher cont = CONTINUATION.matcher(line);
            if (cont.matches()) {
                if (lastKey == null) {
                    throw bad(where, lineNo, "a continuation line (indented after '#') before any '# key: value' line");
                }
                String more = cont.group(1).strip();
                switch (lastKey) {
                    case "title" -> title = title + " " + more;
                    case "description" -> description.append(' ').append(more);
                    default -> {
                        String[] p = params.get(params.size() - 1);
                        p[3] = p[3].isEmpty() ? more : p[3] + " " + more;
                    }
                }
                continue;
            }
            Matcher m = KEY_LINE.matcher(line);
            if (!m.matches()) {
                throw bad(where, lineNo, "expected a header line '# key: value' with key one of " + String.join(", ", KEYS)
                        + " (or a line indented by two spaces after '#' to continue the one before), got '" + line + "'");
            }
            String key = m.group(1);
            String value = m.group(2).strip();
            switch (key) {
                case "title" -> {
                    if (title != null) throw bad(where, lineNo, "a second '# title:' line; a query has one title");
                    if (value.isEmpty()) throw bad(where, lineNo, "an empty title; write '# title: What the query shows'");
                    title = value;
                }
                case "description" -> {
                    if (description != null) {
                        throw bad(where, lineNo, "a second '# description:' line; continue the first one on lines indented by two spaces after '#'");
                    }
                    if (value.isEmpty()) throw bad(where, lineNo, "an empty description; say in a sentence what the query answers");
                    description = new StringBuilder(value);
                }
                case "param" -> {
                    Matcher pm = PARAM.matcher(value);
                    if (!pm.matches()) {
                        throw bad(where, lineNo, "a parameter line must read '# param: NAME TYPE required|optional DESCRIPTION'"
                                + " (TYPE one of " + NamedQuery.Type.keywords() + "), got '" + value + "'");
                    }
                    params.add(new String[] {pm.group(1), pm.group(2), pm.group(3), pm.group(4) == null ? "" : pm.group(4).strip()});
                    paramLines.add(lineNo);
                }
                default -> throw bad(where, lineNo, "unknown header key '" + key + "'; the keys are " + String.join(", ", KEYS));
            }
            lastKey = key;
        }
        if (title == null) {
            throw bad(where, 1, "no '# title:' line; a named query starts with '# title: ...', '# description: ...' and one '# param: ...' per parameter");
        }
        if (description == null) {
            throw bad(where, 1, "no '# description:' line; say in a sentence what the query answers");
        }

        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new QueryDefinitionException(where + syntaxError(e), e);
        }
        if (!query.isSelectType()) {
            throw new QueryDefinitionException(where + ": a named query must be a SELECT query (results are tables), this one is "
                    + query.queryType());
        }

        String body = String.join("\n", List.of(lines).subList(headerEnd, lines.length));
        List<NamedQuery.Parameter> parameters = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < params.size(); i++) {
            String[] p = params.get(i);
            int lineNo = paramLines.get(i);
            if (!VAR_NAME.matcher(p[0]).matches()) {
                throw bad(where, lineNo, "parameter name '" + p[0] + "' is not a SPARQL variable name (letters, digits, underscore)");
            }
            if (!seen.add(p[0])) throw bad(where, lineNo, "parameter '" + p[0] + "' is declared twice");
            NamedQuery.Type type = NamedQuery.Type.forKeyword(p[1]).orElseThrow(() -> bad(where, lineNo,
                    "parameter '" + p[0] + "' has type '" + p[1] + "'; the types are " + NamedQuery.Type.keywords()));
            boolean required;
            if (p[2].equals("required")) required = true;
            else if (p[2].equals("optional")) required = false;
            else throw bad(where, lineNo, "parameter '" + p[0] + "': expected 'required' or 'optional' after the type, got '" + p[2] + "'");
            if (p[3].isEmpty()) throw bad(where, lineNo, "parameter '" + p[0] + "' has no description; say what to pass");
            if (!Pattern.compile("[?$]" + Pattern.quote(p[0]) + "(?![A-Za-z0-9_])").matcher(body).find()) {
                throw bad(where, lineNo, "parameter '" + p[0] + "' is declared but the query never uses ?" + p[0]);
            }
            parameters.add(new NamedQuery.Parameter(p[0], type, required, p[3]));
        }
        return new NamedQuery(name, title, description.toString(), parameters, text);
    }

    private static final Pattern AT_LINE = Pattern.compile("at line (\\d+), column (\\d+)");

    /** " line 6, column 1: not valid SPARQL 1.1: Encountered "}" at line 6, column 1." without the parser's long list of expected tokens. */
    private static String syntaxError(QueryParseException e) {
        String msg = String.valueOf(e.getMessage());
        int expecting = msg.indexOf("Was expecting");
        if (expecting > 0) msg = msg.substring(0, expecting);
        msg = msg.strip().replaceAll("\\s+", " ");
        // The parser's own "at line L, column C" points at the offending token; e.getLine() may point before it.
        Matcher m = AT_LINE.matcher(msg);
        String at = m.find() ? " line " + m.group(1) + ", column " + m.group(2)
                : e.getLine() > 0 ? " line " + e.getLine() + (e.getColumn() > 0 ? ", column " + e.getColumn() : "") : "";
        return at + ": not valid SPARQL 1.1: " + msg;
    }

    private static QueryDefinitionException bad(String where, int line, String what) {
        return new QueryDefinitionException(where + " line " + line + ": " + what);
    }

    /** Where the queries came from (a folder or a jar), for messages. */
    public String origin() {
        return origin;
    }

    /** Every query, sorted by name. */
    public List<NamedQuery> all() {
        return List.copyOf(byName.values());
    }

    /** The names, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The query of that name, if there is one. */
    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The query of that name.
     *
     * @throws UnknownQueryException listing the known names when there is none
     */
    public NamedQuery get(String name) {
        NamedQuery q = byName.get(name);
        if (q == null) throw new UnknownQueryException(name, names());
        return q;
    }

    /** The number of queries. */
    public int size() {
        return byName.size();
    }

    @Override
    public String toString() {
        return byName.size() + " named queries from " + origin;
    }
}
