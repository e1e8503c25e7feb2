package com.salesbot.nlp.text;

/**
 * A light, deterministic suffix stripper for lower-cased English tokens, so "visit", "visits",
 * "visited" and "visiting" (and "close", "closed", "closing") share one feature. It only has to map
 * inflections of one word to the same stem, not produce dictionary words: "closed" becomes "clos".
 * Tokens that are not plain Latin words (Han characters, {@code <num>}, emoji) come back unchanged.
 */
public final class WordStemmer {
    private WordStemmer() {}

    /** The stem of {@code token}. */
    public static String stem(String token) {
        if (token.length() < 4 || !isLatinWord(token)) {
            return token;
        }
        String w = token;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && w.length() >= 6) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && w.length() >= 5 && !w.endsWith("eed")) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() >= 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3
                && w.charAt(n - 1) == w.charAt(n - 2)
                && "lsz".indexOf(w.charAt(n - 1)) < 0
                && !isVowel(w.charAt(n - 1))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean isLatinWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
