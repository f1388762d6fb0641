package kz.qogam.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Layer;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.doc.Token;
import kz.qogam.ingest.pipeline.Stage;

/**
 * Cuts the text into words and punctuation marks. A word is a run of letters and digits in any
 * script that may contain hyphens and apostrophes between letters ({@code Касым-Жомарт},
 * {@code вице-министр}, {@code іс-шара}); every other visible character is a token of its own, so
 * that quotes, dashes and brackets can be matched by the finders.
 */
public final class Tokenizer implements Stage {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}]+(?:[-‐'’][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public void process(Document doc) {
        doc.tokens().clear();
        doc.tokens().addAll(tokenize(doc.text()));
    }

    /** The tokens of a text, in order. */
    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Token(new Span(m.start(), m.end()), m.group()));
        }
        return out;
    }
}
