package kz.qogam.search;

import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Cuts a name into the words of {@link NameAnalysis#words}: lower case, ё as е, split at punctuation. */
final class NameTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private Iterator<String> words;

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1024];
        int n;
        while ((n = input.read(buf)) > 0) sb.append(buf, 0, n);
        words = NameAnalysis.words(sb.toString()).iterator();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (words == null || !words.hasNext()) return false;
        term.setEmpty().append(words.next());
        position.setPositionIncrement(1);
        return true;
    }

    @Override
    public void close() throws IOException {
        super.close();
        words = null;
    }
}
