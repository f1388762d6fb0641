package kz.qogam.ingest;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.extract.AbbreviationFinder;
import kz.qogam.ingest.extract.BasedInFinder;
import kz.qogam.ingest.extract.ContactFactFinder;
import kz.qogam.ingest.extract.CentreFinder;
import kz.qogam.ingest.extract.ContactFinder;
import kz.qogam.ingest.extract.DateFinder;
import kz.qogam.ingest.extract.EventDateFinder;
import kz.qogam.ingest.extract.EventDetailsFinder;
import kz.qogam.ingest.extract.EventFinder;
import kz.qogam.ingest.extract.EventPlaceFinder;
import kz.qogam.ingest.extract.FacilityFinder;
import kz.qogam.ingest.extract.FoundingFinder;
import kz.qogam.ingest.extract.FundingFinder;
import kz.qogam.ingest.extract.GazetteerPlaceFinder;
import kz.qogam.ingest.extract.ImpliedBodyFinder;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.extract.LocalBodyFinder;
import kz.qogam.ingest.extract.LocatedInFinder;
import kz.qogam.ingest.extract.MembershipFinder;
import kz.qogam.ingest.extract.NamedBodyFinder;
import kz.qogam.ingest.extract.OccupationFinder;
import kz.qogam.ingest.extract.NationalBodyFinder;
import kz.qogam.ingest.extract.OrganizationListFinder;
import kz.qogam.ingest.extract.OrganizerFinder;
import kz.qogam.ingest.extract.ParticipationFinder;
import kz.qogam.ingest.extract.PartOfFinder;
import kz.qogam.ingest.extract.PersonFinder;
import kz.qogam.ingest.extract.PlaceNameFinder;
import kz.qogam.ingest.extract.PlaceBodyFinder;
import kz.qogam.ingest.extract.PostBodyFinder;
import kz.qogam.ingest.extract.PostFinder;
import kz.qogam.ingest.extract.QuotedOrganizationFinder;
import kz.qogam.ingest.extract.RoleFinder;
import kz.qogam.ingest.extract.SiteNameFinder;
import kz.qogam.ingest.ner.StatisticalMentionFinder;
import kz.qogam.ingest.pipeline.Pipeline;
import kz.qogam.ingest.pipeline.Stage;
import kz.qogam.ingest.resolve.EntityResolver;
import kz.qogam.ingest.text.SentenceSplitter;
import kz.qogam.ingest.text.Tokenizer;

/**
 * The extraction pipeline: a document with its text in, sentences, tokens, mentions, entities and
 * facts out.
 *
 * <pre>{@code
 * Pipeline p = Extraction.standardPipeline("http://localhost:8080");
 * Document doc = p.process(Document.ofText("demo", "В Петропавловске прошёл XII областной форум…", Language.RUSSIAN));
 * }</pre>
 *
 * The stages run in the order of {@link #stages}: text, then the finders of dates, contacts,
 * places, roles and named bodies that later finders lean on, then events, organisations and
 * people, then the trained name finder ({@link StatisticalMentionFinder#standard}, which keeps
 * the rules' sure mentions and adds its names around them), then the bodies posts imply (which
 * read the name finder's posts and places too), then entity resolution, then the relation
 * finders.
 */
public final class Extraction {
    /** The name the graph records as the extractor of every fact. */
    public static final String EXTRACTOR = "qogam-rules-ner";
    /** The extractor's version: a document extracted by another version is extracted again. */
    public static final String VERSION = "0.2.0";
    /** The base IRI used when none is given (the server's default). */
    public static final String DEFAULT_BASE = "http://localhost:8080";

    private Extraction() {}

    /** The pipeline with gazetteer IRIs under the default base. */
    public static Pipeline standardPipeline() {
        return standardPipeline(DEFAULT_BASE);
    }

    /** The pipeline with gazetteer places as {@code {base}/id/place/{slug}}. */
    public static Pipeline standardPipeline(String base) {
        Pipeline.Builder b = Pipeline.builder();
        stages(Lexicons.forBase(base)).forEach(b::add);
        return b.build();
    }

    /** The standard stages in order, for building a variant pipeline with {@link Pipeline#builder()}. */
    public static List<Stage> stages(Lexicons lexicons) {
        return stages(lexicons, StatisticalMentionFinder.standard(lexicons));
    }

    /**
     * The standard stages with another name finder after the rules' mention finders (a
     * cross-validation fold's models, another merge policy), or with none: the rules alone.
     */
    public static List<Stage> stages(Lexicons lexicons, StatisticalMentionFinder names) {
        List<Stage> mentions = List.of(
                new SentenceSplitter(),
                new Tokenizer(),
                new DateFinder(lexicons),
                new ContactFinder(lexicons),
                new SiteNameFinder(lexicons),
                new GazetteerPlaceFinder(lexicons),
                new PlaceNameFinder(lexicons),
                new CentreFinder(lexicons),
                new RoleFinder(lexicons),
                new NationalBodyFinder(lexicons),
                new EventFinder(lexicons),
                new OrganizationListFinder(lexicons),
                new QuotedOrganizationFinder(lexicons),
                new NamedBodyFinder(lexicons),
                new LocalBodyFinder(lexicons),
                new AbbreviationFinder(lexicons),
                new FacilityFinder(lexicons),
                new PersonFinder(lexicons));
        List<Stage> after = List.of(
                new OccupationFinder(lexicons),
                new PostBodyFinder(lexicons),
                new PlaceBodyFinder(lexicons),
                new ImpliedBodyFinder(lexicons),
                new EntityResolver(lexicons),
                new PostFinder(lexicons),
                new OrganizerFinder(lexicons),
                new FundingFinder(lexicons),
                new ParticipationFinder(lexicons),
                new EventPlaceFinder(lexicons),
                new EventDateFinder(lexicons),
                new EventDetailsFinder(lexicons),
                new PartOfFinder(lexicons),
                new MembershipFinder(lexicons),
                new FoundingFinder(lexicons),
                new BasedInFinder(lexicons),
                new LocatedInFinder(lexicons),
                new ContactFactFinder(lexicons));
        List<Stage> all = new ArrayList<>(mentions);
        if (names != null) all.add(names);
        all.addAll(after);
        return List.copyOf(all);
    }
}
