package com.salesbot.core.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the customer a typed name means among known names: the same {@link CustomerKey} first, else
 * names the typed one starts (华为 → 华为技术) or differs from by a small typo (Globx → Globex).
 */
public final class CustomerMatcher {
    /** Prefixes shorter than this match too much to be a guess worth making. */
    private static final int MIN_PREFIX = 2;

    private CustomerMatcher() {}

    /**
     * The customers {@code typed} may mean, each as the list of spellings sharing one key (first
     * spelling seen first): one entry is a match, several are a choice to offer, none is no match.
     */
    public static List<List<String>> match(String typed, Collection<String> known) {
        Map<String, List<String>> byKey = new TreeMap<>();
        for (String name : known) {
            byKey.computeIfAbsent(CustomerKey.of(name), k -> new ArrayList<>()).add(name);
        }
        String key = CustomerKey.of(typed);
        if (key.isEmpty()) {
            return List.of();
        }
        if (byKey.containsKey(key)) {
            return List.of(List.copyOf(byKey.get(key)));
        }
        Map<String, List<String>> close = new LinkedHashMap<>();
        byKey.forEach((candidate, names) -> {
            boolean prefix = key.length() >= MIN_PREFIX && candidate.startsWith(key);
            if (prefix || distance(key, candidate) <= allowedTypos(Math.max(key.length(), candidate.length()))) {
                close.put(candidate, List.copyOf(names));
            }
        });
        return List.copyOf(close.values());
    }

    /** One typo in a short name, two in a long one, none in a name of three characters or fewer. */
    static int allowedTypos(int length) {
        if (length <= 3) {
            return 0;
        }
        return length <= 8 ? 1 : 2;
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
