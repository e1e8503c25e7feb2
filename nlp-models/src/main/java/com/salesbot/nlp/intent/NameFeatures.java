package com.salesbot.nlp.intent;

import com.salesbot.nlp.text.ChatTokenizer;
import com.salesbot.nlp.text.WordStemmer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * The words around names. Runs of capitalised words inside a sentence (customers, competitors,
 * colleagues) become one {@code <name>}, and the pairs it forms with its neighbours are features:
 * "what's going on with Foo Bar Ltd" gives {@code nb=with_<name>} and {@code nb=<name>_$}, whatever
 * the name is, and a customer called "Happy Hour Bar" no longer reads as a greeting. Needs the name
 * mask from {@link #extraInformation}; without it (plain token input) it adds nothing.
 */
public final class NameFeatures implements FeatureGenerator {
    /** Key of the {@code boolean[]} name mask, aligned with the tokens, in the extra information. */
    public static final String NAME_MASK = "nameLike";

    /** The extra information the classifier passes with the tokens of {@code tokenized}. */
    public static Map<String, Object> extraInformation(ChatTokenizer.Tokenized tokenized) {
        return Map.of(NAME_MASK, tokenized.nameLike());
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Object mask = extraInformation == null ? null : extraInformation.get(NAME_MASK);
        if (!(mask instanceof boolean[] nameLike) || nameLike.length != tokens.length) {
            return List.of();
        }
        List<String> masked = new ArrayList<>(tokens.length);
        int names = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (nameLike[i]) {
                if (i == 0 || !nameLike[i - 1]) {
                    masked.add("<name>");
                    names++;
                }
            } else {
                masked.add(WordStemmer.stem(tokens[i]));
            }
        }
        List<String> features = new ArrayList<>();
        if (names == 0) {
            // No "no names" feature: training templates without slots would make it a spurious cue.
            return features;
        }
        String previous = "^";
        for (String token : masked) {
            if (token.equals("<name>") || previous.equals("<name>")) {
                features.add("nb=" + previous + "_" + token);
            }
            previous = token;
        }
        if (previous.equals("<name>")) {
            features.add("nb=<name>_$");
        }
        return features;
    }
}
