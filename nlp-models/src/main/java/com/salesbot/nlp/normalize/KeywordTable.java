package com.salesbot.nlp.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds listed words in text with plain substring search, longest first at each place, checking ASCII
 * word boundaries for Latin words ("won" is not in "wonder", but "的kudos" still has "kudos").
 */
final class KeywordTable {
    /** One listed word and the value it stands for; a {@code prefix} word may run on ("negotiat…"). */
    record Keyword(String word, String value, boolean prefix) {}

    /** A listed word found in text. */
    record Hit(Keyword keyword, int start, int end) {}

    private final List<Keyword> keywords;

    KeywordTable(List<Keyword> keywords) {
        List<Keyword> sorted = new ArrayList<>(keywords);
        sorted.sort(Comparator.comparingInt((Keyword k) -> -k.word().length()));
        this.keywords = List.copyOf(sorted);
    }

    /** Every hit in {@code lower} (text lower-cased), in order, longer words winning overlaps. */
    List<Hit> findAll(String lower) {
        List<Hit> hits = new ArrayList<>();
        for (Keyword k : keywords) {
            int from = 0;
            int found;
            while ((found = lower.indexOf(k.word(), from)) >= 0) {
                int end = found + k.word().length();
                if (boundaries(lower, found, end, k) && !overlapsAny(hits, found, end)) {
                    hits.add(new Hit(k, found, end));
                }
                from = found + 1;
                if (hits.size() > 64) {
                    break; // a pathological message; the first hits are all anyone needs
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static boolean overlapsAny(List<Hit> hits, int start, int end) {
        for (Hit h : hits) {
            if (h.start() < end && start < h.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundaries(String lower, int start, int end, Keyword k) {
        if (!isAsciiLetter(k.word().charAt(0))
                && !isAsciiLetter(k.word().charAt(k.word().length() - 1))) {
            return true;
        }
        boolean left = !isAsciiLetter(k.word().charAt(0)) || start == 0 || !isAsciiLetter(lower.charAt(start - 1));
        boolean right = k.prefix()
                || !isAsciiLetter(k.word().charAt(k.word().length() - 1))
                || end == lower.length()
                || !isAsciiLetter(lower.charAt(end));
        return left && right;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
