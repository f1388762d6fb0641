package kz.qogam.ingest.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One source text and everything the pipeline has found in it. Stages add layers in order
 * (see {@link Layer}); offsets everywhere refer to {@link #text()}.
 */
public final class Document {
    private final SourceInfo source;
    private final String text;
    private final Language language;
    private final String title;
    private final List<Span> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Layer> layers = EnumSet.of(Layer.TEXT);

    public Document(SourceInfo source, String text, Language language, String title) {
        this.source = Objects.requireNonNull(source, "source");
        this.text = Objects.requireNonNull(text, "text");
        this.language = Objects.requireNonNull(language, "language");
        this.title = Objects.requireNonNull(title, "title");
    }

    /** A document from a bare string, for tests and for extracting text that has no file. */
    public static Document ofText(String id, String text, Language language) {
        return new Document(SourceInfo.ofText(id, text), text, language, id);
    }

    public SourceInfo source() {
        return source;
    }

    public String id() {
        return source.id();
    }

    public String text() {
        return text;
    }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    public Language language() {
        return language;
    }

    public String title() {
        return title;
    }

    public List<Span> sentences() {
        return sentences;
    }

    /** The sentence that contains the offset, or a span of the whole text if there are none. */
    public Span sentenceAt(int offset) {
        for (Span s : sentences) {
            if (s.start() <= offset && offset < s.end()) return s;
        }
        return new Span(0, text.length());
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Fact> facts() {
        return facts;
    }

    public List<Problem> problems() {
        return problems;
    }

    public void report(String stage, int offset, String message) {
        problems.add(new Problem(stage, offset, message));
    }

    public Set<Layer> layers() {
        return Collections.unmodifiableSet(layers);
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    public void markDone(Set<Layer> provided) {
        layers.addAll(provided);
    }
}
