package com.salesbot.nlp.intent;

import com.salesbot.nlp.text.WordStemmer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Bag of stemmed words and stemmed adjacent pairs: "visited Acme" and "visiting Acme" share {@code
 * s=visit}; Han characters and special tokens pass through the stemmer unchanged.
 */
public final class StemmedWordFeatures implements FeatureGenerator {
    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(tokens.length * 2 + 1);
        String previous = "^";
        for (String token : tokens) {
            String stem = WordStemmer.stem(token);
            features.add("s=" + stem);
            features.add("sb=" + previous + "_" + stem);
            previous = stem;
        }
        if (tokens.length > 0) {
            features.add("sb=" + previous + "_$");
        }
        return features;
    }

    /** The same features, in the same order, looked up as rows without a string each. */
    void addRows(String[] tokens, FeatureRows rows) {
        String previous = "^";
        for (String token : tokens) {
            String stem = WordStemmer.stem(token);
            // a Han character is a token of its own: its features have a packed code
            if (stem.length() == 1) {
                rows.add(IntentWeights.unigram(stem.charAt(0)));
            } else {
                rows.key().append("s=").append(stem);
                rows.add();
            }
            if (previous.length() == 1 && stem.length() == 1) {
                rows.add(IntentWeights.bigram(previous.charAt(0), stem.charAt(0)));
            } else {
                rows.key().append("sb=").append(previous).append('_').append(stem);
                rows.add();
            }
            previous = stem;
        }
        if (tokens.length > 0) {
            if (previous.length() == 1) {
                rows.add(IntentWeights.bigram(previous.charAt(0), '$'));
            } else {
                rows.key().append("sb=").append(previous).append("_$");
                rows.add();
            }
        }
    }
}
