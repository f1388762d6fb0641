package kz.qogam.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each word by its keys (folded forms, transliteration key, stems): the first at the
 * word's position, the others stacked on it (position increment 0), empty keys dropped.
 */
final class VariantsFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Function<String, Collection<String>> variants;
    private final Deque<String> pending = new ArrayDeque<>();
    private int pendingIncrement;

    VariantsFilter(TokenStream in, Function<String, Collection<String>> variants) {
        super(in);
        this.variants = variants;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (true) {
            if (!pending.isEmpty()) {
                clearAttributes();
                term.setEmpty().append(pending.poll());
                position.setPositionIncrement(pendingIncrement);
                pendingIncrement = 0;
                return true;
            }
            if (!input.incrementToken()) return false;
            // A word without keys leaves its position empty: the next word carries its increment.
            pendingIncrement += position.getPositionIncrement();
            for (String v : variants.apply(term.toString())) {
                if (!v.isEmpty() && !pending.contains(v)) pending.add(v);
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        pendingIncrement = 0;
    }
}
