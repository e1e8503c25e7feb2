package com.salesbot.nlp.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character trigrams inside Latin words, so a typo ("schedlued", "vistied") still shares most
 * features with the word it misspells; and Han character trigrams for longer Chinese words.
 */
public final class WordShapeFeatures implements FeatureGenerator {
    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.length() >= 4 && token.charAt(0) != '<' && Character.isLetter(token.charAt(0))) {
                String marked = "^" + token + "$";
                for (int i = 0; i + 3 <= marked.length(); i++) {
                    features.add("c3=" + marked.substring(i, i + 3));
                }
            }
            if (t + 2 < tokens.length && isHan(token) && isHan(tokens[t + 1]) && isHan(tokens[t + 2])) {
                features.add("h3=" + token + tokens[t + 1] + tokens[t + 2]);
            }
        }
        return features;
    }

    /** The same features, in the same order, looked up as rows without a string each. */
    void addRows(String[] tokens, FeatureRows rows) {
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.length() >= 4 && token.charAt(0) != '<' && Character.isLetter(token.charAt(0))) {
                // the trigrams of "^" + token + "$"
                int marked = token.length() + 2;
                for (int i = 0; i + 3 <= marked; i++) {
                    StringBuilder key = rows.key().append("c3=");
                    for (int k = i; k < i + 3; k++) {
                        key.append(k == 0 ? '^' : k == marked - 1 ? '$' : token.charAt(k - 1));
                    }
                    rows.add();
                }
            }
            if (t + 2 < tokens.length && isHan(token) && isHan(tokens[t + 1]) && isHan(tokens[t + 2])) {
                String second = tokens[t + 1];
                String third = tokens[t + 2];
                if (token.length() == 1 && second.length() == 1 && third.length() == 1) {
                    rows.add(IntentWeights.trigram(token.charAt(0), second.charAt(0), third.charAt(0)));
                } else {
                    rows.key().append("h3=").append(token).append(second).append(third);
                    rows.add();
                }
            }
        }
    }

    private static boolean isHan(String token) {
        return token.length() <= 2 && Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
