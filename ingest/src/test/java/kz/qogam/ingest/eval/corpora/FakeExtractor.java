package kz.qogam.ingest.eval.corpora;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Label;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Span;

/**
 * An extractor for scorer tests: it adds the mentions, entities and facts a test says, per
 * document id, and remembers the documents it was given. The scorers see it exactly as they see
 * the real pipeline: a {@code Function<Document, Document>}.
 */
final class FakeExtractor implements Function<Document, Document> {
    private final Map<String, Consumer<Document>> byId = new HashMap<>();
    final List<Document> given = new ArrayList<>();

    FakeExtractor on(String id, Consumer<Document> adds) {
        byId.merge(id, adds, Consumer::andThen);
        return this;
    }

    @Override
    public Document apply(Document d) {
        given.add(d);
        Consumer<Document> c = byId.get(d.id());
        if (c != null) c.accept(d);
        return d;
    }

    /** A mention of the first occurrence of the words in the text. */
    static Mention mention(Document d, String words, MentionType type) {
        return mention(d, words, type, null);
    }

    static Mention mention(Document d, String words, MentionType type, String concept) {
        int at = d.text().indexOf(words);
        if (at < 0) throw new IllegalArgumentException("'" + words + "' is not in: " + d.text());
        return at(d, at, at + words.length(), type, concept);
    }

    /** A mention of the characters [start, end). */
    static Mention at(Document d, int start, int end, MentionType type, String concept) {
        Mention m = new Mention(new Span(start, end), d.text().substring(start, end), type, null, concept, 1.0);
        d.mentions().add(m);
        return m;
    }

    static Entity entity(Document d, EntityKind kind, String name, Mention... mentions) {
        Entity e = new Entity(kind, new Label(name, "ru"));
        for (Mention m : mentions) e.addMention(m);
        d.entities().add(e);
        return e;
    }

    static void post(Document d, Entity person, Entity org, String role) {
        d.facts().add(Fact.post(person, org, role, null, null, new Span(0, d.text().length()), 1.0));
    }

    /** The test resources folder of this package. */
    static Path resource(String name) {
        try {
            return Path.of(FakeExtractor.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("Missing test resource " + name, e);
        }
    }

    /** The repository root: surefire passes it as {@code qogam.root}; else the module's parent. */
    static Path root() {
        String p = System.getProperty("qogam.root");
        Path root = p != null && !p.isBlank() ? Path.of(p) : Path.of("..").toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("data/datasets"))) {
            throw new IllegalStateException("No data/datasets under " + root + "; run the tests with Maven from the repository");
        }
        return root;
    }
}
