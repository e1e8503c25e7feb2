package com.salesbot.nlp.intent;

import com.salesbot.nlp.text.WordStemmer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Where words stand and how long the message is: the first word and first two words ("remind me",
 * "undo", "谁没"), the last word, and a length bucket, so one-word greetings and long reports look
 * different whatever their words. Stems are used so "Visited Acme" and "visiting Acme" agree.
 */
public final class MessageShapeFeatures implements FeatureGenerator {
    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(5);
        int n = tokens.length;
        features.add("len=" + bucket(n));
        if (n == 0) {
            return features;
        }
        String first = WordStemmer.stem(tokens[0]);
        features.add("f1=" + first);
        features.add("f2=" + first + "_" + (n > 1 ? WordStemmer.stem(tokens[1]) : "$"));
        features.add("l1=" + WordStemmer.stem(tokens[n - 1]));
        return features;
    }

    static String bucket(int n) {
        if (n <= 3) {
            return String.valueOf(n);
        }
        if (n <= 6) {
            return "4-6";
        }
        if (n <= 12) {
            return "7-12";
        }
        if (n <= 25) {
            return "13-25";
        }
        return "26+";
    }
}
