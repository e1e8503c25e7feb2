package com.salesbot.nlp.intent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The intent model's weights laid out for evaluation: one open-addressing table from feature to
 * row, and every row's weights side by side in one array, instead of a hash map of objects that each
 * point to two more arrays. Evaluation adds the same weights in the same order and normalises
 * exactly as OpenNLP's {@code QNModel.eval} does, so the probabilities are bit-identical.
 */
final class IntentWeights {
    private final int outcomes;
    private final int mask;
    // per slot: the feature's hash in the high half, its row + 1 in the low half; 0 is an empty slot
    private final long[] slots;
    private final String[] features;
    private final double[] weights;
    // the features made of one Han character or two or three (s=X, sb=X_Y, h3=XYZ), by a packed code:
    // pairs of (code, row) side by side, so such a lookup reads one place and compares no string
    private final int charMask;
    private final long[] byChars;

    private IntentWeights(Map<String, Context> rows, int outcomes) {
        this.outcomes = outcomes;
        int capacity = Integer.highestOneBit(Math.max(2, rows.size()) * 2 - 1) << 1;
        this.mask = capacity - 1;
        this.slots = new long[capacity];
        this.features = new String[rows.size()];
        this.weights = new double[rows.size() * outcomes];
        int row = 0;
        for (Map.Entry<String, Context> entry : rows.entrySet()) {
            String feature = entry.getKey();
            features[row] = feature;
            System.arraycopy(entry.getValue().getParameters(), 0, weights, row * outcomes, outcomes);
            int hash = feature.hashCode();
            int slot = spread(hash) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = ((long) hash << 32) | (row + 1);
            row++;
        }
        int charCapacity = Integer.highestOneBit(Math.max(2, countCharFeatures()) * 2 - 1) << 1;
        this.charMask = charCapacity - 1;
        this.byChars = new long[charCapacity * 2];
        for (int r = 0; r < features.length; r++) {
            long code = charCode(features[r]);
            if (code != 0) {
                int slot = spread(code) & charMask;
                while (byChars[2 * slot] != 0) {
                    slot = (slot + 1) & charMask;
                }
                byChars[2 * slot] = code;
                byChars[2 * slot + 1] = r;
            }
        }
    }

    private int countCharFeatures() {
        int n = 0;
        for (String feature : features) {
            n += charCode(feature) != 0 ? 1 : 0;
        }
        return n;
    }

    /** The code of feature {@code s=a}: a stemmed one-character token. */
    static long unigram(char a) {
        return (1L << 48) | a;
    }

    /** The code of feature {@code sb=a_b}: two one-character stems in a row. */
    static long bigram(char a, char b) {
        return (2L << 48) | ((long) a << 16) | b;
    }

    /** The code of feature {@code h3=abc}: three one-character Han tokens in a row. */
    static long trigram(char a, char b, char c) {
        return (3L << 48) | ((long) a << 32) | ((long) b << 16) | c;
    }

    // the code of a feature of one of those three shapes, 0 for any other feature
    private static long charCode(String feature) {
        if (feature.length() == 3 && feature.startsWith("s=")) {
            return unigram(feature.charAt(2));
        }
        if (feature.length() == 6 && feature.startsWith("sb=") && feature.charAt(4) == '_') {
            return bigram(feature.charAt(3), feature.charAt(5));
        }
        if (feature.length() == 6 && feature.startsWith("h3=")) {
            return trigram(feature.charAt(3), feature.charAt(4), feature.charAt(5));
        }
        return 0;
    }

    /**
     * The row of the feature with {@code code} ({@link #unigram}, {@link #bigram}, {@link #trigram}),
     * or -1: the same row as {@link #row(CharSequence)} finds for the feature written out.
     */
    int row(long code) {
        for (int slot = spread(code) & charMask; ; slot = (slot + 1) & charMask) {
            long entry = byChars[2 * slot];
            if (entry == code) {
                return (int) byChars[2 * slot + 1];
            }
            if (entry == 0) {
                return -1;
            }
        }
    }

    /**
     * The weights of {@code model} when it is a quasi-Newton maxent model whose every feature has a
     * weight for every outcome (as the trainer writes them); empty for anything else.
     */
    static Optional<IntentWeights> of(MaxentModel model) {
        if (!(model instanceof QNModel qn)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> rows = (Map<String, Context>) qn.getDataStructures()[1];
        int outcomes = qn.getNumOutcomes();
        for (Context row : rows.values()) {
            int[] targets = row.getOutcomes();
            if (targets.length != outcomes || row.getParameters().length != outcomes) {
                return Optional.empty();
            }
            for (int o = 0; o < outcomes; o++) {
                if (targets[o] != o) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new IntentWeights(rows, outcomes));
    }

    /** The probability of each outcome given {@code features}, as {@code QNModel.eval} computes it. */
    double[] eval(List<String> features) {
        int[] rows = new int[features.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(features.get(i));
        }
        return eval(rows, rows.length);
    }

    /** The same for features already looked up: {@code rows[0..count)}, -1 for an unknown feature. */
    double[] eval(int[] rows, int count) {
        double[] probs = new double[outcomes];
        for (int i = 0; i < count; i++) {
            int row = rows[i];
            if (row < 0) {
                continue;
            }
            int base = row * outcomes;
            for (int o = 0; o < outcomes; o++) {
                probs[o] += weights[base + o];
            }
        }
        double logSumExp = ArrayMath.logSumOfExps(probs);
        for (int o = 0; o < outcomes; o++) {
            probs[o] = StrictMath.exp(probs[o] - logSumExp);
        }
        return probs;
    }

    /** The row of {@code feature}, or -1; its characters may sit in a reused buffer. */
    int row(CharSequence feature) {
        int hash = feature instanceof String s ? s.hashCode() : hash(feature);
        long expected = (long) hash << 32;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if ((entry & 0xFFFFFFFF00000000L) == expected) {
                int row = (int) entry - 1;
                if (features[row].contentEquals(feature)) {
                    return row;
                }
            }
        }
    }

    // String.hashCode's formula, over any characters
    private static int hash(CharSequence chars) {
        int h = 0;
        for (int i = 0; i < chars.length(); i++) {
            h = 31 * h + chars.charAt(i);
        }
        return h;
    }

    private static int spread(long code) {
        return spread((int) (code ^ (code >>> 29)));
    }

    // String hashes of similar features differ in their low bits too little for a power-of-two table
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
