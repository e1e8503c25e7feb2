package com.salesbot.nlp.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
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
        byte[] descriptor = descriptor();
        if (descriptor == null || !Arrays.equals(descriptor, DEFAULT_BYTES)) {
            return super.createFeatureGenerators();
        }
        return new CachedFeatureGenerator(
                new WindowFeatureGenerator(new PerMessage(new TokenClassFeatureGenerator(true)), 2, 2),
                new WindowFeatureGenerator(new PerMessage(new TokenFeatureGenerator(true)), 2, 2),
                new OutcomePriorFeatureGenerator(),
                new PreviousMapFeatureGenerator(),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false));
    }

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
