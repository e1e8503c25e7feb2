package com.salesbot.nlp.intent;

import java.util.Arrays;
import java.util.Collection;

/**
 * The intent features of one message as rows of the weight table, in the order the feature
 * generators list them. A generator that knows how may write each feature into a reused buffer
 * and look it up from there, so a message's dozens of per-token features cost no string each.
 */
final class FeatureRows {
    private final IntentWeights weights;
    private final StringBuilder key = new StringBuilder(32);
    private int[] rows = new int[128];
    private int count;

    FeatureRows(IntentWeights weights) {
        this.weights = weights;
    }

    /** The emptied buffer for the next feature's characters; {@link #add()} looks it up. */
    StringBuilder key() {
        key.setLength(0);
        return key;
    }

    /** Adds the row of the feature now in the buffer (or none, when the model lacks it). */
    void add() {
        append(weights.row(key));
    }

    /** Adds the row of the feature with a packed one-character code ({@link IntentWeights#unigram} …). */
    void add(long code) {
        append(weights.row(code));
    }

    /** Adds the rows of features a generator gave as strings. */
    void addAll(Collection<String> features) {
        for (String feature : features) {
            append(weights.row(feature));
        }
    }

    /** The rows so far, in order; -1 for a feature the model does not know. */
    int[] rows() {
        return Arrays.copyOf(rows, count);
    }

    /** The probability of each outcome, summed over the rows in order as {@link IntentWeights#eval} does. */
    double[] eval() {
        return weights.eval(rows, count);
    }

    private void append(int row) {
        if (count == rows.length) {
            rows = Arrays.copyOf(rows, count * 2);
        }
        rows[count++] = row;
    }
}
