package kz.qogam.ingest.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Name-finder models by language, each with a finder that threads may share (OpenNLP's
 * {@code NameFinderME} is not thread-safe; {@link ThreadSafeNameFinderME} keeps one per thread).
 * The shipped models ({@code ru.bin}, {@code kk.bin} beside this class) load once, on first use.
 */
public final class NerModels {
    private final Map<NerLanguage, TokenNameFinderModel> models;
    private final Map<NerLanguage, ThreadSafeNameFinderME> finders = new EnumMap<>(NerLanguage.class);

    private NerModels(Map<NerLanguage, TokenNameFinderModel> models) {
        this.models = new EnumMap<>(NerLanguage.class);
        this.models.putAll(models);
        models.forEach((l, m) -> finders.put(l, new ThreadSafeNameFinderME(m)));
    }

    /** Given models (a cross-validation fold's, say); a language without one is not tagged. */
    public static NerModels of(Map<NerLanguage, TokenNameFinderModel> models) {
        return new NerModels(models);
    }

    /** The models shipped with the code; a language whose model is missing from the class path is left out. */
    public static NerModels shipped() {
        return Shipped.MODELS;
    }

    private static final class Shipped {
        static final NerModels MODELS = load();

        private static NerModels load() {
            Map<NerLanguage, TokenNameFinderModel> m = new EnumMap<>(NerLanguage.class);
            for (NerLanguage l : NerLanguage.values()) {
                TokenNameFinderModel model = shippedModel(l);
                if (model != null) m.put(l, model);
            }
            return new NerModels(m);
        }
    }

    /** The shipped model of a language, read afresh, or null when the class path has none. */
    public static TokenNameFinderModel shippedModel(NerLanguage language) {
        try (InputStream in = NerModels.class.getResourceAsStream(language.resourceName())) {
            return in == null ? null : new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the name-finder model " + language.resourceName()
                    + " beside " + NerModels.class.getName() + "; train it again with NerTrainer", e);
        }
    }

    /** The model of a language, or null. */
    public TokenNameFinderModel model(NerLanguage language) {
        return models.get(language);
    }

    /** The shared finder of a language, or null when there is no model for it. */
    public ThreadSafeNameFinderME finder(NerLanguage language) {
        return finders.get(language);
    }
}
