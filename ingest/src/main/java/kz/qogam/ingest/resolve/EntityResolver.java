package kz.qogam.ingest.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Entity;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Layer;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.doc.MentionType;
import kz.qogam.ingest.extract.Anaphora;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.pipeline.Stage;
import kz.qogam.ingest.text.TextView;

/**
 * Groups the document's mentions into entities, one per thing the text talks about, each with
 * its canonical (nominative) name and every other form as an alternative label. Gazetteer
 * places keep the gazetteer's IRI. A mention that only refers back and finds nothing to refer
 * to is reported and left out.
 */
public final class EntityResolver implements Stage {
    private final Lexicons lexicons;

    public EntityResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ENTITIES);
    }

    /** The end of the text's first line when it is a headline (short, no full stop, a blank line after it), else -1. */
    static int headlineEnd(String text) {
        Matcher m = HEADLINE.matcher(text);
        return m.lookingAt() ? m.end(1) : -1;
    }

    private static final Pattern HEADLINE = Pattern.compile("\\s*([^\\n]{1,200}[^.!?:\\s])[ \\t]*\\n[ \\t]*\\n");

    @Override
    public void process(Document doc) {
        TextView view = TextView.of(doc, lexicons.morphology());
        String lang = view.nameLanguage();
        Language reading = view.readingLanguage();
        List<Entity> entities = new ArrayList<>();
        entities.addAll(new PlaceResolver(lexicons).resolve(of(doc, MentionType.PLACE), lang));
        entities.addAll(new OrganizationResolver(lexicons, view::readingOf).resolve(doc, of(doc, MentionType.ORGANIZATION), lang));
        entities.addAll(new PersonResolver(lexicons.givenNames(), view::readingOf).resolve(of(doc, MentionType.PERSON), lang, reading));
        entities.addAll(new EventResolver(lexicons, reading, view::readingOf).resolve(of(doc, MentionType.EVENT), lang, headlineEnd(doc.text())));
        doc.entities().clear();
        doc.entities().addAll(entities);
        for (Mention m : doc.mentions()) {
            // Only a capitalised reference is worth a report: «Коалиции» with no coalition named; «выборах» is just a word.
            if (m.type().entityKind() != null && Anaphora.isAnaphor(m) && Character.isUpperCase(m.text().charAt(0))
                    && entities.stream().noneMatch(e -> e.mentions().contains(m))) {
                doc.report(name(), m.start(), "«" + m.text() + "» refers back to " + m.type().slug()
                        + " the text has not named; it is left out");
            }
        }
    }

    private static List<Mention> of(Document doc, MentionType type) {
        return doc.mentions().stream().filter(m -> m.type() == type).toList();
    }
}
