package com.salesbot.nlp.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * OpenNLP's default name-finder features, built so that each token's word and shape features are
 * computed once per message instead of once per window position (five times).
 *
 * <p>The generators are OpenNLP's own, in the order of its default descriptor, so the features are
 * the same strings in the same order (a test compares both on every corpus message). A model
 * trained with any other descriptor keeps OpenNLP's generators.
 */
public final class MemoizedNameFeatures extends TokenNameFinderFactory {
    private static final String DEFAULT_DESCRIPTOR = "/opennlp/tools/namefind/ner-default-features.xml";
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
    private static final byte[] DEFAULT_BYTES = defaultDescriptorBytes();

    /** OpenNLP instantiates a model's factory by class name; it then reads the descriptor from the model. */
    public MemoizedNameFeatures() {}

    MemoizedNameFeatures(byte[] descriptor, SequenceCodec<String> codec) {
        super(descriptor, Map.of(), codec);
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return isDefault() ? split().all : super.createFeatureGenerators();
    }

    /**
     * OpenNLP's context over the same generators; for the default features it can also give its
     * window and other features apart, which {@link SharedContextBeamSearch} scores faster.
     */
    @Override
    public NameContextGenerator createContextGenerator() {
        if (!isDefault()) {
            return super.createContextGenerator();
        }
        Generators generators = split();
        return new SplitNameContext(generators.all, generators.windowed, generators.rest, generators.decisions);
    }

    private boolean isDefault() {
        byte[] descriptor = descriptor();
        return descriptor != null && Arrays.equals(descriptor, DEFAULT_BYTES);
    }

    // the order of OpenNLP's default descriptor: two windows, then prior, previous map, bigrams, sentence
    // (the previous map as PreviousDecisions, which behaves the same and can tell when it is empty)
    private static Generators split() {
        AdaptiveFeatureGenerator[] windowed = {new TokenClassFeatureGenerator(true), new TokenFeatureGenerator(true)};
        PreviousDecisions decisions = new PreviousDecisions();
        AdaptiveFeatureGenerator[] rest = {
            new OutcomePriorFeatureGenerator(),
            decisions,
            new BigramNameFeatureGenerator(),
            new SentenceFeatureGenerator(true, false)
        };
        AdaptiveFeatureGenerator[] all = new AdaptiveFeatureGenerator[windowed.length + rest.length];
        for (int w = 0; w < windowed.length; w++) {
            all[w] = new WindowFeatureGenerator(new PerMessage(windowed[w]), 2, 2);
        }
        System.arraycopy(rest, 0, all, windowed.length, rest.length);
        return new Generators(new CachedFeatureGenerator(all), windowed, rest, decisions);
    }

    private record Generators(
            AdaptiveFeatureGenerator all,
            AdaptiveFeatureGenerator[] windowed,
            AdaptiveFeatureGenerator[] rest,
            PreviousDecisions decisions) {}

    // a factory OpenNLP made by class name holds no bytes of its own; the model it serves does
    private byte[] descriptor() {
        byte[] own = getFeatureGenerator();
        return own != null || artifactProvider == null ? own : artifactProvider.getArtifact(DESCRIPTOR_ENTRY);
    }

    private static byte[] defaultDescriptorBytes() {
        try (InputStream in = TokenNameFinderFactory.class.getResourceAsStream(DEFAULT_DESCRIPTOR)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One token's features from a generator that looks at that token alone, kept for the message. */
    private static final class PerMessage implements AdaptiveFeatureGenerator {
        private final AdaptiveFeatureGenerator inner;
        private String[] tokens;
        private List<List<String>> byIndex = List.of();

        PerMessage(AdaptiveFeatureGenerator inner) {
            this.inner = inner;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            // the same array means the same message, as in OpenNLP's CachedFeatureGenerator
            if (tokens != this.tokens) {
                this.tokens = tokens;
                this.byIndex = new ArrayList<>(Collections.nCopies(tokens.length, null));
            }
            List<String> known = byIndex.get(index);
            if (known == null) {
                known = new ArrayList<>(4);
                inner.createFeatures(known, tokens, index, previousOutcomes);
                byIndex.set(index, known);
            }
            features.addAll(known);
        }

        @Override
        public void clearAdaptiveData() {
            tokens = null;
            byIndex = List.of();
        }
    }
}
