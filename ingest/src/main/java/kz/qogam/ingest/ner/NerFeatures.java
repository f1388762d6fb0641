package kz.qogam.ingest.ner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.qogam.ingest.Extraction;
import kz.qogam.ingest.doc.Document;
import kz.qogam.ingest.doc.Language;
import kz.qogam.ingest.doc.SourceInfo;
import kz.qogam.ingest.doc.Span;
import kz.qogam.ingest.doc.Token;
import kz.qogam.ingest.extract.Lexicons;
import kz.qogam.ingest.extract.PhraseTable;
import kz.qogam.ingest.text.SentenceView;
import kz.qogam.ingest.text.TextView;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name finder's features, as an OpenNLP feature descriptor ({@link #descriptor}) that is
 * stored in each model, and the project's own generators it names.
 *
 * <p>Per token: its shape ({@link Shape}: lower case, capitalised, all capitals, digits ...) and
 * its lower-case form in a window of two tokens either side; its lower-case prefixes (1–3
 * letters) and suffixes (1–4 letters), which carry Russian and Kazakh case endings («-ского»,
 * «-ның», «-да»), with those of the tokens next to it; the {@link Words} features (Russian
 * Snowball stem, the morphology's lookup keys, whether it reads as an adjective); the
 * {@link Lexicon} features for it and the token either side (in which of the project's word
 * lists a name starting or continuing at the token stands: gazetteer places, roles, legal forms,
 * state bodies, organisation and event nouns, event and place kinds; whether it is a given name;
 * whether it is a country, region or city of ICU's world list, {@link WorldPlaces}); whether it
 * stands inside «quotes» or (brackets) ({@link Quotes}); the label a word of the same stem got
 * earlier in the document ({@link StemMap}) and OpenNLP's previous map (the same, by form); the
 * bigrams of it and the next or previous token, and whether it begins the sentence.
 *
 * <p>The generators read the word lists of {@link Lexicons} and the morphology through the
 * text package as they are when the model runs: change the lists and the model must be trained
 * again ({@code NerModelReproducesTest} tells).
 */
public final class NerFeatures {
    private NerFeatures() {}

    private static final String FG = "opennlp.tools.util.featuregen.";

    /** The feature descriptor of a language's model. */
    public static byte[] descriptor(NerLanguage language) {
        String lang = language.code();
        String xml = """
                <featureGenerators cache="true" name="nameFinder">
                  <generator class="%1$sWindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="%2$s$Shape"/>
                  </generator>
                  <generator class="%1$sWindowFeatureGeneratorFactory">
                    <int name="prevLength">2</int>
                    <int name="nextLength">2</int>
                    <generator class="%1$sTokenFeatureGeneratorFactory">
                      <bool name="lowercase">true</bool>
                    </generator>
                  </generator>
                  <generator class="%1$sWindowFeatureGeneratorFactory">
                    <int name="prevLength">1</int>
                    <int name="nextLength">1</int>
                    <generator class="%2$s$Affixes"/>
                  </generator>
                  <generator class="%1$sWindowFeatureGeneratorFactory">
                    <int name="prevLength">1</int>
                    <int name="nextLength">1</int>
                    <generator class="%2$s$Lexicon">
                      <str name="lang">%3$s</str>
                    </generator>
                  </generator>
                  <generator class="%2$s$Words">
                    <str name="lang">%3$s</str>
                  </generator>
                  <generator class="%2$s$Quotes"/>
                  <generator class="%2$s$StemMap">
                    <str name="lang">%3$s</str>
                  </generator>
                  <generator class="%1$sDefinitionFeatureGeneratorFactory"/>
                  <generator class="%1$sPreviousMapFeatureGeneratorFactory"/>
                  <generator class="%1$sBigramNameFeatureGeneratorFactory"/>
                  <generator class="%1$sSentenceFeatureGeneratorFactory">
                    <bool name="begin">true</bool>
                    <bool name="end">false</bool>
                  </generator>
                </featureGenerators>
                """.formatted(FG, NerFeatures.class.getName(), lang);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** A generator that computes the features of all tokens of a sentence at once and keeps them for that sentence. */
    abstract static class PerSentence implements AdaptiveFeatureGenerator {
        private String[] cachedFor;
        private List<List<String>> cached;

        @Override
        public final void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != cachedFor) {
                cached = compute(tokens);
                cachedFor = tokens;
            }
            features.addAll(cached.get(index));
        }

        /** One list of features per token. */
        abstract List<List<String>> compute(String[] tokens);

        static List<List<String>> empty(int n) {
            List<List<String>> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(new ArrayList<>(4));
            return out;
        }
    }

    // ------------------------------------------------------------------ shape

    /**
     * {@code <generator class="...NerFeatures$Shape"/>}: the token's shape, {@code sh=} one of
     * {@code lc} (lower case), {@code ic} (capitalised), {@code ac} (capitals), {@code mc}
     * (mixed), {@code d1}–{@code d4} / {@code dn} (digits), {@code dl} (digits and letters),
     * {@code p} (punctuation), with {@code -lat} for Latin letters and {@code -h} for a hyphen.
     * OpenNLP's own token class reads every non-Latin letter as {@code jah}, which is no use for
     * Cyrillic.
     */
    public static final class Shape extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            // Per sentence: the window asks each token's shape five times.
            return new PerSentence() {
                @Override
                List<List<String>> compute(String[] tokens) {
                    List<List<String>> out = new ArrayList<>(tokens.length);
                    for (String t : tokens) out.add(List.of("sh=" + shape(t)));
                    return out;
                }
            };
        }
    }

    static String shape(String t) {
        int letters = 0, digits = 0, upper = 0, lower = 0, latin = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
                else if (Character.isLowerCase(c)) lower++;
                if (c < 0x250) latin++;
            }
        }
        String s;
        if (letters == 0 && digits == 0) s = "p";
        else if (letters == 0) s = digits <= 4 && digits == t.length() ? "d" + digits : "dn";
        else if (digits > 0) s = "dl";
        else if (upper == 0) s = "lc";
        else if (lower == 0) s = upper > 1 ? "ac" : "ic";
        else if (Character.isUpperCase(t.charAt(0)) && upper == 1) s = "ic";
        else s = "mc";
        if (latin > 0) s += "-lat";
        if (t.indexOf('-') > 0) s += "-h";
        return s;
    }

    // ------------------------------------------------------------------ affixes

    /** {@code <generator class="...NerFeatures$Affixes"/>}: lower-case prefixes of 1–3 and suffixes of 1–4 letters. */
    public static final class Affixes extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            // Per sentence: the window asks each token's affixes three times.
            return new PerSentence() {
                @Override
                List<List<String>> compute(String[] tokens) {
                    List<List<String>> out = empty(tokens.length);
                    for (int i = 0; i < tokens.length; i++) {
                        String t = tokens[i].toLowerCase(Locale.ROOT);
                        if (t.length() < 3 || !Character.isLetter(t.charAt(0))) continue;
                        List<String> f = out.get(i);
                        for (int k = 1; k <= 3 && k < t.length(); k++) f.add("pre=" + t.substring(0, k));
                        for (int k = 1; k <= 4 && k < t.length(); k++) f.add("suf=" + t.substring(t.length() - k));
                    }
                    return out;
                }
            };
        }
    }

    // ------------------------------------------------------------------ words

    /**
     * {@code <generator class="...NerFeatures$Words"><str name="lang">ru</str></generator>}: the
     * Russian Snowball stem ({@code st=}), the morphology's lookup keys ({@code mk=}) and
     * {@code adj} when the word reads as an adjective.
     */
    public static final class Words extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new WordsGenerator(NerLanguage.forCode(getStr("lang")));
        }
    }

    static final class WordsGenerator extends PerSentence {
        private final NerLanguage language;
        private final SnowballStemmer stemmer;
        private final Lexicons lexicons = lexicons();

        WordsGenerator(NerLanguage language) {
            this.language = language;
            this.stemmer = language == NerLanguage.RUSSIAN ? new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN) : null;
        }

        @Override
        List<List<String>> compute(String[] tokens) {
            List<List<String>> out = empty(tokens.length);
            Language lang = language.reading();
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                if (t.isEmpty() || !Character.isLetter(t.charAt(0))) continue;
                List<String> f = out.get(i);
                String lower = t.toLowerCase(Locale.ROOT);
                if (stemmer != null) f.add("st=" + stemmer.stem(lower));
                Set<String> keys = new java.util.TreeSet<>(lexicons.morphology().lookupKeys(t, lang));
                int n = 0;
                for (String k : keys) {
                    if (n++ == 3) break;
                    f.add("mk=" + k);
                }
                if (lexicons.morphology().isAdjective(t, lang)) f.add("adj");
            }
            return out;
        }
    }

    // ------------------------------------------------------------------ lexicon

    /**
     * {@code <generator class="...NerFeatures$Lexicon"><str name="lang">kk</str></generator>}:
     * {@code lx=<list>:B} or {@code :I} where a name of one of the word lists starts or goes on at
     * the token, {@code gn} for a capitalised given name.
     */
    public static final class Lexicon extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new LexiconGenerator(NerLanguage.forCode(getStr("lang")));
        }
    }

    static final class LexiconGenerator extends PerSentence {
        private final NerLanguage language;
        private final Lexicons lexicons = lexicons();
        private final Stemmer stemmer;

        LexiconGenerator(NerLanguage language) {
            this.language = language;
            this.stemmer = new Stemmer(language);
        }

        @Override
        List<List<String>> compute(String[] tokens) {
            List<List<String>> out = empty(tokens.length);
            SentenceView s = view(tokens, language.reading(), lexicons);
            // What the lists mark for the rules only is no feature, nor does it hide a shorter name that is: the shipped
            // models were trained without it. So with the gazetteer's towns: read as a feature, they cost KazNERD's
            // organisations 0.008 of cross-validated F1 (one perceptron's errors traded for another's).
            mark(out, "place", lexicons.places().findAll(s, e -> !e.value().kind().endsWith("/town")));
            mark(out, "role", lexicons.roles().findAll(s, e -> !lexicons.rulesOnly(e)));
            mark(out, "form", lexicons.legalForms().findAll(s, e -> !lexicons.rulesOnly(e)));
            mark(out, "body", lexicons.bodies().findAll(s, e -> !e.value().rulesOnly()));
            mark(out, "orgn", lexicons.organizationNouns().findAll(s, e -> !Lexicons.RULES_ONLY.equals(e.value())));
            mark(out, "evn", lexicons.eventNouns().findAll(s, e -> !Lexicons.RULES_ONLY.equals(e.value())));
            mark(out, "evk", lexicons.eventKinds().findAll(s, e -> !lexicons.rulesOnly(e)));
            mark(out, "pk", lexicons.placeKinds().findAll(s, e -> !lexicons.rulesOnly(e)));
            WorldPlaces.of(language).mark(tokens, out, stemmer);
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                if (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) && lexicons.givenNames().isFeatureName(t, language.reading())) {
                    out.get(i).add("gn");
                }
            }
            return out;
        }

        private static void mark(List<List<String>> out, String list, List<? extends PhraseTable.Match<?>> matches) {
            for (PhraseTable.Match<?> m : matches) {
                for (int i = m.start(); i < m.end(); i++) out.get(i).add("lx=" + list + (i == m.start() ? ":B" : ":I"));
            }
        }
    }

    /** The tokens as a one-sentence document, tokens separated by single spaces, for the word lists' lookups. */
    static SentenceView view(String[] tokens, Language language, Lexicons lexicons) {
        StringBuilder text = new StringBuilder();
        List<Token> toks = new ArrayList<>(tokens.length);
        for (String t : tokens) {
            if (!text.isEmpty()) text.append(' ');
            toks.add(new Token(new Span(text.length(), text.length() + t.length()), t));
            text.append(t);
        }
        Document doc = new Document(new SourceInfo("ner", "ner.txt", "text/plain", "UTF-8", ""), text.toString(), language, "ner");
        doc.sentences().add(new Span(0, text.length()));
        doc.tokens().addAll(toks);
        return TextView.once(doc, lexicons.morphology()).sentences().get(0);
    }

    // ------------------------------------------------------------------ stem map

    /**
     * {@code <generator class="...NerFeatures$StemMap"><str name="lang">ru</str></generator>}:
     * {@code sm=<label>} when a capitalised word of the same stem got that label earlier in the
     * document («Бута» after «Виктор Бут»): OpenNLP's previous map, by stem instead of by form,
     * so that it carries across case endings.
     */
    public static final class StemMap extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new StemMapGenerator(NerLanguage.forCode(getStr("lang")));
        }
    }

    static final class StemMapGenerator implements AdaptiveFeatureGenerator {
        private final Stemmer stemmer;
        private final java.util.Map<String, String> labels = new java.util.HashMap<>();

        StemMapGenerator(NerLanguage language) {
            this.stemmer = new Stemmer(language);
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String t = tokens[index];
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) return;
            String label = labels.get(stemmer.stem(t));
            if (label != null) features.add("sm=" + label);
        }

        @Override
        public void updateAdaptiveData(String[] tokens, String[] outcomes) {
            for (int i = 0; i < tokens.length && i < outcomes.length; i++) {
                String t = tokens[i];
                if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) continue;
                String o = outcomes[i];
                int dash = o.lastIndexOf('-');
                labels.put(stemmer.stem(t), dash > 0 ? o.substring(0, dash) : o);
            }
        }

        @Override
        public void clearAdaptiveData() {
            labels.clear();
        }
    }

    /**
     * Stems for matching the forms of one name. Russian: the Snowball stem. Kazakh endings are
     * suffixes that leave the stem as written (Қытай, Қытайға, Қытайдың), so a name's word is
     * kept whole and a word of the text is tried with up to six letters cut off its end; the stem
     * map ({@link #stem}) cuts Kazakh words to their first five letters.
     */
    static final class Stemmer {
        private final SnowballStemmer snowball;

        Stemmer(NerLanguage language) {
            this.snowball = language == NerLanguage.RUSSIAN ? new SnowballStemmer(SnowballStemmer.ALGORITHM.RUSSIAN) : null;
        }

        /** One key per word, for a map from words seen to what they were. */
        String stem(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (snowball != null) return snowball.stem(lower).toString();
            return lower.length() > 5 ? lower.substring(0, 5) : lower;
        }

        /** The key of a word of a dictionary name. */
        String nameKey(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            return snowball != null ? snowball.stem(lower).toString() : lower;
        }

        /** The keys under which a word of running text may match a dictionary name's word. */
        List<String> textKeys(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (snowball != null) return List.of(snowball.stem(lower).toString());
            List<String> out = new ArrayList<>(7);
            for (int cut = 0; cut <= 6 && lower.length() - cut >= 3; cut++) out.add(lower.substring(0, lower.length() - cut));
            return out;
        }
    }

    // ------------------------------------------------------------------ quotes

    /**
     * {@code <generator class="...NerFeatures$Quotes"/>}: {@code q=in} inside quotes,
     * {@code q=first} / {@code q=last} for the first and last token inside them, {@code br=in}
     * inside brackets. Quotes are «», „“, “” and straight double quotes (which open and close in
     * turn).
     */
    public static final class Quotes extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new QuotesGenerator();
        }
    }

    static final class QuotesGenerator extends PerSentence {
        @Override
        List<List<String>> compute(String[] tokens) {
            List<List<String>> out = empty(tokens.length);
            int depth = 0, brackets = 0;
            boolean straightOpen = false;
            boolean[] inside = new boolean[tokens.length];
            boolean[] isQuote = new boolean[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                if (t.equals("«") || t.equals("„") || t.equals("“") && depth == 0) {
                    depth++;
                    isQuote[i] = true;
                } else if (t.equals("»") || t.equals("“") || t.equals("”")) {
                    depth = Math.max(0, depth - 1);
                    isQuote[i] = true;
                } else if (t.equals("\"")) {
                    straightOpen = !straightOpen;
                    isQuote[i] = true;
                } else if (t.equals("(")) {
                    brackets++;
                } else if (t.equals(")")) {
                    brackets = Math.max(0, brackets - 1);
                } else {
                    inside[i] = depth > 0 || straightOpen;
                    if (brackets > 0) out.get(i).add("br=in");
                }
            }
            for (int i = 0; i < tokens.length; i++) {
                if (!inside[i]) continue;
                out.get(i).add("q=in");
                if (i > 0 && isQuote[i - 1]) out.get(i).add("q=first");
                if (i + 1 < tokens.length && isQuote[i + 1]) out.get(i).add("q=last");
            }
            return out;
        }
    }

    // ------------------------------------------------------------------ lexicons

    private static volatile Lexicons lexicons;

    /** The word lists (gazetteer IRIs do not matter for features; the default base serves). */
    static Lexicons lexicons() {
        Lexicons l = lexicons;
        if (l == null) {
            synchronized (NerFeatures.class) {
                if (lexicons == null) lexicons = Lexicons.forBase(Extraction.DEFAULT_BASE);
                l = lexicons;
            }
        }
        return l;
    }

    /** For tests: the feature names a language's lexicon generator gives each token. */
    static List<Set<String>> lexiconFeatures(NerLanguage language, String... tokens) {
        List<Set<String>> out = new ArrayList<>();
        for (List<String> f : new LexiconGenerator(language).compute(tokens)) out.add(new LinkedHashSet<>(f));
        return out;
    }
}
