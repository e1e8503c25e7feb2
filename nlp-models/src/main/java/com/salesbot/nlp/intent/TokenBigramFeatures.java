package com.salesbot.nlp.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Adjacent token pairs. Over Chinese, whose tokens are characters, these are the character bigrams
 * that carry most words ("拜访", "目标"). A top-level class with fixed settings, because OpenNLP
 * re-creates feature generators from their class name alone when it loads a model.
 */
public final class TokenBigramFeatures implements FeatureGenerator {
    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length + 1);
        String previous = "^";
        for (String token : tokens) {
            features.add("bg=" + previous + "_" + token);
            previous = token;
        }
        if (tokens.length > 0) {
            features.add("bg=" + previous + "_$");
        }
        return features;
    }
}
