package kz.qogam.ingest.doc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One thing a document talks about, after resolution: a person, organisation, event or place,
 * with every mention of it in the document.
 */
public final class Entity {
    private final EntityKind kind;
    private Label name;
    private final Set<Label> altLabels = new LinkedHashSet<>();
    private final List<Mention> mentions = new ArrayList<>();
    /** A fixed IRI (a gazetteer place), or null to mint one from the name. */
    private String iri;
    /** Legal form, event kind or place kind concept IRI, or null. */
    private String classification;
    /** An abbreviation the text defines or uses (ОМП), or null. */
    private String abbreviation;
    /** An event's title (the name in quotes), or null. */
    private String title;

    public Entity(EntityKind kind, Label name) {
        this.kind = kind;
        this.name = name;
    }

    public EntityKind kind() {
        return kind;
    }

    /** The canonical name: nominative, as a reference work would print it. */
    public Label name() {
        return name;
    }

    public void rename(Label newName) {
        if (!newName.equals(name)) altLabels.add(name);
        this.name = newName;
        altLabels.remove(newName);
    }

    /** Other names seen (inflected forms, abbreviations, the other language's name). */
    public Set<Label> altLabels() {
        return altLabels;
    }

    public void addAltLabel(Label label) {
        if (!label.text().isBlank() && !label.equals(name)) altLabels.add(label);
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public void addMention(Mention m) {
        mentions.add(m);
    }

    public String iri() {
        return iri;
    }

    public void setIri(String iri) {
        this.iri = iri;
    }

    public String classification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The first mention's position, for a stable order. */
    public int firstOffset() {
        return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }

    @Override
    public String toString() {
        return kind.slug() + ":" + name.text();
    }
}
