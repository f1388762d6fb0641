package kz.qogam.ingest.eval.corpora;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Argument;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Cluster;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Fact;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.GoldMention;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.SpanAnnotation;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Token;
import kz.qogam.ingest.eval.corpora.FactRuEvalDocument.Value;

/**
 * Reads a folder in the factRuEval-2016 format (github.com/dialogue-evaluation/factRuEval-2016,
 * {@code devset/}): per text {@code NAME.txt} and the layers {@code NAME.tokens},
 * {@code NAME.spans}, {@code NAME.objects}, {@code NAME.coref} and {@code NAME.facts}.
 *
 * <h2>How the layers refer to each other</h2>
 * <ul>
 *   <li>{@code .tokens}: {@code id start length text}, a blank line between sentences.</li>
 *   <li>{@code .spans}: {@code id type start length firstTokenId tokenCount  # tokenIds texts};
 *       the part after {@code #} only repeats the tokens and is not read. Span types are name
 *       parts ({@code name surname patronymic nickname org_name loc_name prj_name}), descriptors
 *       ({@code org_descr loc_descr prj_descr}), {@code geo_adj} and {@code job}. An id can
 *       occur on two lines (same words marked {@code surname} and {@code nickname}): the id then
 *       stands for both.</li>
 *   <li>{@code .objects}: {@code id Type spanId... # text}: a mention made of spans, which need not
 *       be in text order nor adjacent (a descriptor before the name, initials without their
 *       dots).</li>
 *   <li>{@code .coref}: blank-line separated records; the first line is {@code clusterId
 *       mentionId...}, the others {@code key value}.</li>
 *   <li>{@code .facts}: blank-line separated records; the first line is {@code factId Type}, the
 *       others {@code Role reference text}: {@code obj<N>} names the {@code .coref} cluster
 *       {@code N} (not an {@code .objects} mention), {@code span<N>} a {@code .spans} span; other
 *       lines ({@code Фаза конец}, {@code Модальность завершено}) hold a plain value. A line
 *       may give alternatives separated by {@code " | "}: other names of the object
 *       ({@code Where obj144 Турецкая республика | Турция}), other spans of the position
 *       ({@code Position span27603 Посол Японии в России | span27602 Посол}).</li>
 * </ul>
 *
 * <h2>Offsets</h2>
 * The format does not say what its offsets count. factRuEval's own scorer opens the text in
 * Python's text mode, so offsets count Unicode code points, a byte order mark counts as one and
 * CR LF as one ({@code \n}). This reader does not assume it: it reads the {@code .txt} as UTF-8,
 * drops a byte order mark and turns CR LF and lone CR into LF (so an extractor sees clean text),
 * then tries every combination of {BOM counted or not} × {CR of CR LF counted or not} ×
 * {code points or UTF-16 units} and keeps the one under which the most {@code .tokens} texts
 * equal the text at their offsets (ties go to Python's reading). All offsets of the document are
 * converted to UTF-16 indices into the cleaned text. The devset has no BOM, no CR and no
 * character outside the BMP, so there every combination agrees and every token matches.
 */
public final class FactRuEvalReader {
    private static final Pattern NAME_NUMBER = Pattern.compile("(\\d+)$");
    private static final Pattern REFERENCE = Pattern.compile("(obj|span)\\d+");

    private FactRuEvalReader() {}

    /** Every text of the folder (each {@code *.txt}), ordered by the number in its name. */
    public static List<FactRuEvalDocument> readDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("Not a folder: " + dir + "; give the factRuEval-2016 folder that holds the *.txt and *.objects files (e.g. devset)");
        }
        List<String> names;
        try (Stream<Path> s = Files.list(dir)) {
            names = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted(byNumber())
                    .toList();
        }
        if (names.isEmpty()) throw new IOException("No *.txt file in " + dir + "; is it a factRuEval-2016 folder?");
        List<FactRuEvalDocument> out = new ArrayList<>();
        for (String n : names) out.add(read(dir, n));
        return out;
    }

    /** book_9 before book_10; names without a number by name. */
    static Comparator<String> byNumber() {
        return Comparator.comparingLong((String n) -> {
            Matcher m = NAME_NUMBER.matcher(n);
            return m.find() && m.group(1).length() < 18 ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
        }).thenComparing(Comparator.naturalOrder());
    }

    /**
     * The ids of the tokens that begin a sentence in {@code NAME.tokens} (its first token and each
     * one after a blank line), in file order; empty without the file. {@link FactRuEvalDocument}
     * keeps the tokens but not the breaks; the name finder is trained on these sentences.
     */
    public static List<String> sentenceStartIds(Path dir, String name) throws IOException {
        List<String> out = new ArrayList<>();
        boolean atStart = true;
        for (String l : lines(readOptional(dir.resolve(name + ".tokens")))) {
            if (l.isBlank()) {
                atStart = true;
            } else {
                if (atStart) out.add(l.strip().split(" ", 2)[0]);
                atStart = false;
            }
        }
        return out;
    }

    /**
     * One text: {@code NAME.txt}, {@code NAME.spans} and {@code NAME.objects} must exist; a
     * missing {@code .tokens}, {@code .coref} or {@code .facts} reads as empty.
     */
    public static FactRuEvalDocument read(Path dir, String name) throws IOException {
        String raw = readUtf8(dir.resolve(name + ".txt"));
        return parse(name, raw,
                readOptional(dir.resolve(name + ".tokens")),
                readUtf8(dir.resolve(name + ".spans")),
                readUtf8(dir.resolve(name + ".objects")),
                readOptional(dir.resolve(name + ".coref")),
                readOptional(dir.resolve(name + ".facts")));
    }

    /** Parses the contents of one text's files; {@code raw} is the {@code .txt} as decoded. */
    public static FactRuEvalDocument parse(String id, String raw, String tokensFile, String spansFile,
                                           String objectsFile, String corefFile, String factsFile) {
        List<String> problems = new ArrayList<>();
        List<RawToken> rawTokens = parseTokens(tokensFile, problems);
        Offsets offsets = Offsets.best(raw, rawTokens);
        String text = offsets.text;
        if (offsets.tokenMismatches > 0) {
            problems.add(offsets.tokenMismatches + " of " + rawTokens.size() + " tokens differ from the text at their offsets (" + offsets.description + ")");
        }

        List<Token> tokens = new ArrayList<>();
        for (RawToken t : rawTokens) {
            Span s = offsets.span(t.start, t.length);
            if (s != null) tokens.add(new Token(t.id, s, t.text));
        }
        tokens.sort(Comparator.comparingInt(t -> t.span().start()));

        List<SpanAnnotation> spans = parseSpans(spansFile, offsets, problems);
        Map<String, List<SpanAnnotation>> spansById = new LinkedHashMap<>();
        for (SpanAnnotation s : spans) spansById.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s);

        List<GoldMention> mentions = parseObjects(objectsFile, spansById, problems);
        List<Cluster> clusters = parseCoref(corefFile, mentions, problems);
        List<Fact> facts = parseFacts(factsFile, clusters, spansById, problems);
        return new FactRuEvalDocument(id, text, tokens, spans, mentions, clusters, facts, problems);
    }

    // ------------------------------------------------------------------ files

    private static String readOptional(Path p) throws IOException {
        return Files.exists(p) ? readUtf8(p) : "";
    }

    private static String readUtf8(Path p) throws IOException {
        if (!Files.exists(p)) throw new IOException("Missing file " + p);
        byte[] bytes = Files.readAllBytes(p);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(p + " is not UTF-8 (" + e.getMessage() + "); factRuEval files are UTF-8", e);
        }
    }

    /** The lines of an annotation file, without BOM, CR or trailing white space. */
    private static List<String> lines(String file) {
        if (file.startsWith("\uFEFF")) file = file.substring(1);
        return Arrays.stream(file.split("\r\n|\r|\n", -1)).map(String::stripTrailing).toList();
    }

    /** Blank-line separated records, each a list of its non-blank lines. */
    private static List<List<String>> records(String file) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        for (String l : lines(file)) {
            if (l.isBlank()) {
                if (!cur.isEmpty()) out.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(l);
            }
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    private static String beforeHash(String line) {
        int h = line.indexOf('#');
        return (h >= 0 ? line.substring(0, h) : line).strip();
    }

    // ------------------------------------------------------------------ layers

    record RawToken(String id, int start, int length, String text) {}

    private static List<RawToken> parseTokens(String file, List<String> problems) {
        List<RawToken> out = new ArrayList<>();
        int n = 0;
        for (String l : lines(file)) {
            n++;
            if (l.isBlank()) continue;
            String[] f = l.strip().split(" ", 4);
            try {
                if (f.length < 4) throw new NumberFormatException("expected 4 fields");
                out.add(new RawToken(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
            } catch (NumberFormatException e) {
                problems.add(".tokens line " + n + " is not 'id start length text': " + l);
            }
        }
        return out;
    }

    private static List<SpanAnnotation> parseSpans(String file, Offsets offsets, List<String> problems) {
        List<SpanAnnotation> out = new ArrayList<>();
        int n = 0;
        for (String l : lines(file)) {
            n++;
            String left = beforeHash(l);
            if (left.isEmpty()) continue;
            String[] f = left.split("\\s+");
            try {
                if (f.length < 4) throw new NumberFormatException("expected at least 4 fields");
                Span s = offsets.span(Integer.parseInt(f[2]), Integer.parseInt(f[3]));
                if (s == null) {
                    problems.add(".spans line " + n + " lies outside the text: " + l);
                    continue;
                }
                out.add(new SpanAnnotation(f[0], f[1], s));
            } catch (NumberFormatException e) {
                problems.add(".spans line " + n + " is not 'id type start length ...': " + l);
            }
        }
        return out;
    }

    private static List<GoldMention> parseObjects(String file, Map<String, List<SpanAnnotation>> spansById, List<String> problems) {
        List<GoldMention> out = new ArrayList<>();
        int n = 0;
        for (String l : lines(file)) {
            n++;
            String left = beforeHash(l);
            if (left.isEmpty()) continue;
            String[] f = left.split("\\s+");
            if (f.length < 3) {
                problems.add(".objects line " + n + " has no span: " + l);
                continue;
            }
            List<SpanAnnotation> parts = new ArrayList<>();
            for (int i = 2; i < f.length; i++) {
                List<SpanAnnotation> s = spansById.get(f[i]);
                if (s == null) problems.add(".objects line " + n + " refers to unknown span " + f[i]);
                else parts.addAll(s);
            }
            if (parts.isEmpty()) continue;
            parts.sort(Comparator.comparing(SpanAnnotation::span));
            out.add(new GoldMention(f[0], f[1], parts));
        }
        return out;
    }

    private static List<Cluster> parseCoref(String file, List<GoldMention> mentions, List<String> problems) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (GoldMention m : mentions) known.add(m.id());
        List<Cluster> out = new ArrayList<>();
        for (List<String> rec : records(file)) {
            String[] head = rec.get(0).strip().split("\\s+");
            List<String> ids = new ArrayList<>();
            for (int i = 1; i < head.length; i++) {
                if (known.contains(head[i])) ids.add(head[i]);
                else problems.add(".coref cluster " + head[0] + " refers to unknown mention " + head[i]);
            }
            Map<String, List<String>> attrs = new LinkedHashMap<>();
            for (String l : rec.subList(1, rec.size())) {
                String s = l.strip();
                int sp = s.indexOf(' ');
                String key = sp < 0 ? s : s.substring(0, sp);
                String value = sp < 0 ? "" : s.substring(sp + 1).strip();
                if (!value.isEmpty()) attrs.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
            out.add(new Cluster(head[0], ids, attrs));
        }
        return out;
    }

    private static List<Fact> parseFacts(String file, List<Cluster> clusters, Map<String, List<SpanAnnotation>> spansById,
                                         List<String> problems) {
        java.util.Set<String> clusterIds = new java.util.HashSet<>();
        for (Cluster c : clusters) clusterIds.add(c.id());
        List<Fact> out = new ArrayList<>();
        for (List<String> rec : records(file)) {
            String[] head = rec.get(0).strip().split("\\s+", 2);
            if (head.length < 2) {
                problems.add(".facts record without a type: " + rec.get(0));
                continue;
            }
            List<Argument> args = new ArrayList<>();
            for (String l : rec.subList(1, rec.size())) {
                String line = l.strip();
                int sp = line.indexOf(' ');
                String role = sp < 0 ? line : line.substring(0, sp);
                List<Value> values = new ArrayList<>();
                for (String alt : (sp < 0 ? "" : line.substring(sp + 1)).split("\\s+\\|\\s+")) {
                    String a = alt.strip();
                    String[] f = a.split("\\s+", 2);
                    Value v = REFERENCE.matcher(f[0]).matches()
                            ? new Value(f[0], f.length > 1 ? f[1] : "")
                            : new Value(null, a);
                    if (v.isObject() && !clusterIds.contains(v.referencedId())) {
                        problems.add(".facts " + head[0] + " refers to unknown cluster " + v.reference());
                    }
                    if (v.isSpan() && !spansById.containsKey(v.referencedId())) {
                        problems.add(".facts " + head[0] + " refers to unknown span " + v.reference());
                    }
                    values.add(v);
                }
                args.add(new Argument(role, values));
            }
            out.add(new Fact(head[0], head[1].strip(), args));
        }
        return out;
    }

    // ------------------------------------------------------------------ offsets

    /**
     * The cleaned text and, for one reading of the file's offsets, the UTF-16 index in it of each
     * offset unit ({@code index[unit]}, with one more entry for the end).
     */
    static final class Offsets {
        final String text;
        final int[] index;
        final String description;
        int tokenMismatches;

        private Offsets(String text, int[] index, String description) {
            this.text = text;
            this.index = index;
            this.description = description;
        }

        /** The span of {@code length} units from unit {@code start}, or null outside the text. */
        Span span(int start, int length) {
            int end = start + length;
            if (start < 0 || length < 0 || end >= index.length) return null;
            return new Span(index[start], index[end]);
        }

        static Offsets best(String raw, List<RawToken> tokens) {
            Offsets best = null;
            // Python's text mode first: BOM counted, CR of CR LF not, code points.
            for (boolean codePoints : new boolean[] {true, false}) {
                for (boolean crCounted : new boolean[] {false, true}) {
                    for (boolean bomCounted : new boolean[] {true, false}) {
                        Offsets o = build(raw, bomCounted, crCounted, codePoints);
                        int bad = 0;
                        for (RawToken t : tokens) {
                            Span s = o.span(t.start, t.length);
                            if (s == null || !o.text.substring(s.start(), s.end()).equals(t.text)) bad++;
                        }
                        o.tokenMismatches = bad;
                        if (best == null || bad < best.tokenMismatches) best = o;
                        if (bad == 0) return best;
                    }
                }
            }
            return best;
        }

        static Offsets build(String raw, boolean bomCounted, boolean crCounted, boolean codePoints) {
            StringBuilder text = new StringBuilder(raw.length());
            int[] index = new int[raw.length() + 2];
            int units = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (i == 0 && c == '\uFEFF') {
                    if (bomCounted) index[units++] = 0;
                } else if (c == '\r') {
                    boolean crlf = i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
                    if (!crlf) {
                        index[units++] = text.length();
                        text.append('\n');
                    } else if (crCounted) {
                        index[units++] = text.length();
                    }
                } else if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    index[units++] = text.length();
                    if (!codePoints) index[units++] = text.length() + 1;
                    text.append(c).append(raw.charAt(++i));
                } else {
                    index[units++] = text.length();
                    text.append(c);
                }
            }
            index[units++] = text.length();
            String d = (codePoints ? "code points" : "UTF-16 units") + (crCounted ? ", CR of CR LF counted" : "")
                    + (bomCounted ? "" : ", BOM not counted");
            return new Offsets(text.toString(), Arrays.copyOf(index, units), d);
        }
    }
}
