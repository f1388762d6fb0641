package kz.qogam.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.Mention;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;

/**
 * A mention finder for Russian text that reads what the finders before it found, sentence by
 * sentence: the rules that run after the name finder and lean on the Russian dictionary or word
 * order ({@link OccupationFinder}, {@link PostBodyFinder}, {@link PlaceBodyFinder}). Other
 * languages get nothing.
 */
public abstract class RussianSentenceFinder extends MentionFinder {
    protected RussianSentenceFinder(Lexicons lexicons) {
        super(lexicons, Reads.MENTIONS);
    }

    @Override
    public final List<Mention> find(TextView view) {
        List<Mention> out = new ArrayList<>();
        if (view.readingLanguage() != Language.RUSSIAN) return out;
        for (SentenceView s : view.sentences()) find(view, s, out);
        return out;
    }

    /** Adds to {@code out} what the sentence holds. */
    protected abstract void find(TextView view, SentenceView s, List<Mention> out);
}
