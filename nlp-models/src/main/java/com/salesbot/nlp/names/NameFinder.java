package com.salesbot.nlp.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained OpenNLP name finder for customers, contacts and competitors, in English and Chinese.
 * Names are cut from the original text, so "华为技术" stays unspaced and "Acme Corp" keeps its case.
 */
public final class NameFinder {
    /** Where the build keeps the name model on the classpath. */
    public static final String MODEL_RESOURCE = "/models/names.bin";

    private final TokenNameFinderModel model;
    // NameFinderME keeps adaptive state and is not thread-safe: one per thread.
    private final ThreadLocal<NameFinderME> finders;

    public NameFinder(TokenNameFinderModel model) {
        this.model = SharedContextBeamSearch.around(model);
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(this.model));
    }

    /** Loads the bundled model; empty when this build ships none. */
    public static Optional<NameFinder> bundled() {
        try (InputStream in = NameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new NameFinder(new TokenNameFinderModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /** The first name of each type found in {@code text}, as written. */
    public Map<String, String> find(String text) {
        List<SpanTokenizer.Token> tokens = SpanTokenizer.tokenize(text);
        Map<String, String> names = new LinkedHashMap<>();
        if (tokens.isEmpty()) {
            return names;
        }
        NameFinderME finder = finders.get();
        try {
            for (Span span : finder.find(SpanTokenizer.texts(tokens))) {
                String value = text.substring(
                        tokens.get(span.getStart()).start(),
                        tokens.get(span.getEnd() - 1).end());
                names.putIfAbsent(span.getType(), value);
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return names;
    }
}
