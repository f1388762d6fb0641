package kz.qogam.ingest.eval.corpora;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads IOB2 files as KazNERD and CoNLL-2002 give them: one {@code token TAG} per line (more
 * columns are allowed: the first is the token, the last the tag), a blank line between
 * sentences, {@code -DOCSTART-} lines skipped. Tags are {@code O}, {@code B-LABEL} or
 * {@code I-LABEL}.
 *
 * <p>Entities are read as conlleval reads them: {@code B-X} starts one; {@code I-X} continues
 * the entity before it when that is an {@code X}, and otherwise (after {@code O} or another
 * label, or at the start of a sentence) starts a new one rather than being dropped.
 */
public final class ConllReader {
    private ConllReader() {}

    public static List<ConllSentence> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("Not a file: " + file + "; give an IOB2 file of 'token TAG' lines such as KazNERD's IOB2_valid.txt");
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    public static List<ConllSentence> parse(String content) {
        try {
            return parse(new BufferedReader(new StringReader(content)), "input");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ConllSentence> parse(BufferedReader r, String source) throws IOException {
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0, first = 0;
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) out.add(sentence(out.size(), first, tokens, tags));
                tokens = new ArrayList<>();
                tags = new ArrayList<>();
                continue;
            }
            String[] f = s.split("\\s+");
            if (f.length < 2) {
                throw new IOException(source + " line " + lineNo + ": expected 'token TAG', got '" + line + "'");
            }
            String tag = f[f.length - 1];
            if (!tag.equals("O") && !((tag.startsWith("B-") || tag.startsWith("I-")) && tag.length() > 2)) {
                throw new IOException(source + " line " + lineNo + ": tag '" + tag + "' is not O, B-LABEL or I-LABEL (IOB2)");
            }
            if (tokens.isEmpty()) first = lineNo;
            tokens.add(f[0]);
            tags.add(tag);
        }
        if (!tokens.isEmpty()) out.add(sentence(out.size(), first, tokens, tags));
        return out;
    }

    private static ConllSentence sentence(int index, int line, List<String> tokens, List<String> tags) {
        return new ConllSentence(index, line, tokens, tags, chunks(tags));
    }

    /** The entities an IOB2 tag sequence spells, with conlleval's reading of a stray {@code I-}. */
    public static List<ConllSentence.Chunk> chunks(List<String> tags) {
        List<ConllSentence.Chunk> out = new ArrayList<>();
        int start = -1;
        String label = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = tag.startsWith("I-") && label != null && tag.substring(2).equals(label);
            if (continues) continue;
            if (label != null) out.add(new ConllSentence.Chunk(start, i, label));
            if (tag.equals("O")) {
                label = null;
            } else {
                label = tag.substring(2);
                start = i;
            }
        }
        return out;
    }
}
