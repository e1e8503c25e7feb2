package com.salesbot.nlp.eval;

import java.util.Map;
import java.util.TreeMap;

/** Accumulates the contract's figures: intent accuracy overall, per language, per intent; entity P/R/F1. */
public final class EvalReport {
    private final Map<String, int[]> byLang = new TreeMap<>();
    private final Map<String, int[]> byIntent = new TreeMap<>();
    private final Map<String, Integer> confusions = new TreeMap<>();
    private final Map<String, int[]> entitiesByLang = new TreeMap<>();
    private int total;
    private int correct;
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    /** Adds one scored message. */
    public void add(String lang, String goldIntent, String predictedIntent, int tp, int fp, int fn) {
        boolean right = goldIntent.equals(predictedIntent);
        total++;
        correct += right ? 1 : 0;
        count(byLang, lang, right);
        count(byIntent, goldIntent, right);
        if (!right) {
            confusions.merge(goldIntent + " -> " + predictedIntent, 1, Integer::sum);
        }
        truePositives += tp;
        falsePositives += fp;
        falseNegatives += fn;
        int[] e = entitiesByLang.computeIfAbsent(lang, k -> new int[3]);
        e[0] += tp;
        e[1] += fp;
        e[2] += fn;
    }

    private static void count(Map<String, int[]> map, String key, boolean right) {
        int[] c = map.computeIfAbsent(key, k -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    public double intentAccuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** Intent accuracy of one language, or NaN when it has no messages. */
    public double intentAccuracy(String lang) {
        int[] c = byLang.get(lang);
        return c == null ? Double.NaN : (double) c[0] / c[1];
    }

    public double entityPrecision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double entityRecall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double entityF1() {
        return f1(truePositives, falsePositives, falseNegatives);
    }

    /** Entity F1 of one language, or NaN when it has no messages. */
    public double entityF1(String lang) {
        int[] e = entitiesByLang.get(lang);
        return e == null ? Double.NaN : f1(e[0], e[1], e[2]);
    }

    private static double f1(int tp, int fp, int fn) {
        double p = ratio(tp, tp + fp);
        double r = ratio(tp, tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    /** The human-readable report {@code eval} prints. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("messages: %d%n", total));
        sb.append(String.format("intent accuracy: %.4f%n", intentAccuracy()));
        byLang.forEach((lang, c) -> sb.append(String.format(
                "  %s: %.4f (%d/%d)   entity F1 %.4f%n", lang, (double) c[0] / c[1], c[0], c[1], entityF1(lang))));
        sb.append(String.format(
                "entities: precision %.4f  recall %.4f  F1 %.4f  (tp %d, fp %d, fn %d)%n",
                entityPrecision(), entityRecall(), entityF1(), truePositives, falsePositives, falseNegatives));
        sb.append("per intent:\n");
        byIntent.forEach((intent, c) ->
                sb.append(String.format("  %-16s %.4f (%d/%d)%n", intent, (double) c[0] / c[1], c[0], c[1])));
        sb.append("confusions (gold -> predicted):\n");
        confusions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sb.append(String.format("  %3d  %s%n", e.getValue(), e.getKey())));
        return sb.toString();
    }
}
