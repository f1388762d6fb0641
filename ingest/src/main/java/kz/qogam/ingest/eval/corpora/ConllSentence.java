package kz.qogam.ingest.eval.corpora;

import java.util.List;

/**
 * A sentence of an IOB2 file: its tokens, their tags and the entities the tags spell.
 *
 * @param index  the sentence's position in the file, from 0
 * @param line   the file line of its first token, from 1
 * @param tokens the tokens as written
 * @param tags   one tag per token: {@code O}, {@code B-LABEL} or {@code I-LABEL}
 * @param chunks the entities, in order
 */
public record ConllSentence(int index, int line, List<String> tokens, List<String> tags, List<Chunk> chunks) {

    /**
     * An entity: tokens {@code [start, end)} with a label.
     */
    public record Chunk(int start, int end, String label) {
        public Chunk {
            if (start < 0 || end <= start) throw new IllegalArgumentException("Bad chunk [" + start + ", " + end + ")");
        }
    }

    public ConllSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        chunks = List.copyOf(chunks);
        if (tokens.size() != tags.size()) throw new IllegalArgumentException("One tag per token");
    }

    /** The tokens joined by single spaces: the text the extractor is given. */
    public String text() {
        return String.join(" ", tokens);
    }

    /** Where each token starts in {@link #text()}. */
    public int[] starts() {
        int[] s = new int[tokens.size()];
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            s[i] = at;
            at += tokens.get(i).length() + 1;
        }
        return s;
    }

    /** The text of a chunk, tokens joined by spaces. */
    public String text(Chunk c) {
        return String.join(" ", tokens.subList(c.start(), c.end()));
    }
}
