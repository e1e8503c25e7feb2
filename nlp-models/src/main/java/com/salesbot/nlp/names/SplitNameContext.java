package com.salesbot.nlp.names;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's default name context, which can also hand out its parts: the features of one token
 * alone (which the two windows repeat at five offsets) and the features of everything else.
 *
 * <p>{@link SharedContextBeamSearch} uses the parts to look each token's window features up once
 * per token rather than once per window position; {@link #getContext} stays OpenNLP's, feature for
 * feature, for every other caller.
 */
final class SplitNameContext extends DefaultNameContextGenerator {
    /** Prefixes the window generators put before a token's features: itself, then p1, p2, n1, n2. */
    static final String[] WINDOW_PREFIXES = {"", "p1", "p2", "n1", "n2"};

    /** Where each window slot looks, relative to the token being scored. */
    static final int[] WINDOW_OFFSETS = {0, -1, -2, 1, 2};

    private final AdaptiveFeatureGenerator[] windowed;
    private final AdaptiveFeatureGenerator[] rest;
    private final PreviousDecisions decisions;

    /**
     * @param all the generators as OpenNLP runs them
     * @param windowed the generators each window (prev 2, next 2, in this order) wraps; they must look at
     *     one token only
     * @param rest the generators that follow the windows in {@code all}, the same instances
     * @param decisions when {@code rest} is OpenNLP's default (outcome prior, this previous map, bigrams,
     *     sentence begin), its previous map; null for any other {@code rest}
     */
    SplitNameContext(
            AdaptiveFeatureGenerator all,
            AdaptiveFeatureGenerator[] windowed,
            AdaptiveFeatureGenerator[] rest,
            PreviousDecisions decisions) {
        super(all);
        this.windowed = windowed.clone();
        this.rest = rest.clone();
        this.decisions = decisions;
    }

    /**
     * True when the features after the windows are OpenNLP's defaults and no earlier decision is
     * remembered: then they are {@code def}, {@code pd=null}, the bigrams and {@code S=begin}, and
     * depend on the tokens alone.
     */
    boolean restIsDefaultWithoutDecisions() {
        return decisions != null && decisions.none();
    }

    /** How many windows there are, in the order their features come. */
    int windows() {
        return windowed.length;
    }

    /** The features window {@code w}'s generator gives {@code token}, unprefixed, in order. */
    List<String> tokenFeatures(int w, String token) {
        List<String> features = new ArrayList<>(2);
        windowed[w].createFeatures(features, new String[] {token}, 0, null);
        return features;
    }

    /** The features after the windows for token {@code index}, without previous outcomes. */
    void restFeatures(List<String> features, String[] tokens, int index) {
        for (AdaptiveFeatureGenerator generator : rest) {
            generator.createFeatures(features, tokens, index, null);
        }
    }
}
