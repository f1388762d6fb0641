package kz.qogam.ingest.extract;

import java.util.List;
import java.util.Set;
import kz.qogam.ingest.Extraction;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.EntityKind;
import kz.qogam.ingest.doc.Fact;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.doc.Predicate;
import kz.qogam.ingest.pipeline.Stage;
import kz.qogam.ingest.resolve.EntityResolver;
import kz.qogam.ingest.text.SentenceSplitter;
import kz.qogam.ingest.text.Tokenizer;

/**
 * Builds small documents for testing one stage: the text layers, then exactly the stages the
 * test names, so that the stage under test runs alone on a document prepared for it.
 */
public final class TestDocs {
    public static final Lexicons LEXICONS = Lexicons.forBase(Extraction.DEFAULT_BASE);

    private TestDocs() {}

    /** A document with sentences and tokens. */
    public static Document text(String text, Language lang) {
        Document d = Document.ofText("test", text, lang);
        run(d, new SentenceSplitter(), new Tokenizer());
        return d;
    }

    /** A document with sentences, tokens and what the given stages add. */
    public static Document with(String text, Language lang, Stage... stages) {
        Document d = text(text, lang);
        run(d, stages);
        return d;
    }

    /** A document taken through every mention finder and the resolver: ready for a relation finder. */
    public static Document resolved(String text, Language lang) {
        Document d = Document.ofText("test", text, lang);
        for (Stage s : Extraction.stages(LEXICONS)) {
            run(d, s);
            if (s instanceof EntityResolver) break;
        }
        return d;
    }

    public static void run(Document d, Stage... stages) {
        for (Stage s : stages) {
            s.process(d);
            d.markDone(s.provides());
        }
    }

    public static List<Mention> mentions(Document d, MentionType type) {
        return d.mentions().stream().filter(m -> m.type() == type).toList();
    }

    public static List<String> names(Document d, MentionType type) {
        return mentions(d, type).stream().map(Mention::normalized).toList();
    }

    public static Entity entity(Document d, EntityKind kind, String name) {
        return d.entities().stream().filter(e -> e.kind() == kind && e.name().text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " named «" + name + "» among " + d.entities()));
    }

    /** The facts as «predicate | subject | object | role» lines, for readable assertions. */
    public static Set<String> facts(List<Fact> facts) {
        return facts.stream().map(TestDocs::line).collect(java.util.stream.Collectors.toSet());
    }

    public static Set<String> facts(List<Fact> facts, Predicate p) {
        return facts(facts.stream().filter(f -> f.predicate() == p).toList());
    }

    static String line(Fact f) {
        String object = f.object() != null ? f.object().name().text() : f.literal();
        return f.predicate().goldName() + " | " + f.subject().name().text() + " | " + object + (f.role() != null ? " | " + f.role() : "");
    }
}
