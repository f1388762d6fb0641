package kz.qogam.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;

/**
 * The analysers of the name fields, one per field ({@link Fields}); every one starts from
 * {@link NameTokenizer} (or takes a whole-name key as one token) and adds the keys of
 * {@link NameAnalysis}:
 *
 * <table>
 *   <caption>name fields</caption>
 *   <tr><th>field</th><th>tokens of «Шымкент қаласында»</th></tr>
 *   <tr><td>{@code w}</td><td>шымкент, қаласында (words, lower case, ё as е)</td></tr>
 *   <tr><td>{@code wg}</td><td>ш, шы, … шымкент, қ, қа, … (edge n-grams of words, 1–20)</td></tr>
 *   <tr><td>{@code wf}</td><td>шымкент, каласында (Kazakh letters folded; Latin words also as Cyrillic)</td></tr>
 *   <tr><td>{@code wt}</td><td>shimkent, kalasinda (transliteration keys)</td></tr>
 *   <tr><td>{@code wtg}</td><td>edge n-grams of {@code wt}</td></tr>
 *   <tr><td>{@code ws}</td><td>stems as written: шымкент, қаласында, қаласы, қала, …</td></tr>
 *   <tr><td>{@code wsf}</td><td>stems of the folded Cyrillic readings</td></tr>
 *   <tr><td>{@code ng}</td><td>edge n-grams (1–32) of the whole-name key «шымкент қаласында»</td></tr>
 *   <tr><td>{@code png}</td><td>the same, of preferred names only</td></tr>
 * </table>
 * Multi-valued fields leave a gap of 100 positions between names, so phrases stay inside one name.
 */
final class SearchAnalyzers extends Analyzer {
    static final int MAX_WORD_GRAM = 20;
    static final int MAX_NAME_GRAM = 32;

    private final NameAnalysis names;

    SearchAnalyzers(NameAnalysis names) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.names = names;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        if (field.equals(Fields.NAME_GRAMS) || field.equals(Fields.PREF_NAME_GRAMS)) {
            Tokenizer t = new KeywordTokenizer();
            return new TokenStreamComponents(t, new EdgeNGramTokenFilter(t, 1, MAX_NAME_GRAM, true));
        }
        Tokenizer t = new NameTokenizer();
        TokenStream s = switch (field) {
            case Fields.WORDS -> t;
            case Fields.WORD_GRAMS -> new EdgeNGramTokenFilter(t, 1, MAX_WORD_GRAM, true);
            case Fields.WORD_FOLDED -> new VariantsFilter(t, NameAnalysis::folded);
            case Fields.WORD_TRANSLIT -> new VariantsFilter(t, w -> List.of(Transliteration.key(w)));
            case Fields.WORD_TRANSLIT_GRAMS -> new EdgeNGramTokenFilter(
                    new VariantsFilter(t, w -> List.of(Transliteration.key(w))), 1, MAX_WORD_GRAM, true);
            case Fields.WORD_STEMS -> new VariantsFilter(t, names::stems);
            case Fields.WORD_FOLDED_STEMS -> new VariantsFilter(t, names::foldedStems);
            default -> throw new IllegalArgumentException("No analyser for field " + field);
        };
        return new TokenStreamComponents(t, s);
    }

    @Override
    public int getPositionIncrementGap(String field) {
        return 100;
    }
}
