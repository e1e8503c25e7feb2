package com.salesbot.core.conversation;

import com.salesbot.core.kernel.Lang;

/**
 * The NLU contract's language rule: drop mention/link tokens and URLs, count Han characters H and
 * Latin-letter words W; Chinese when H > 0 and H ≥ 2·W.
 *
 * <p>One pass over the text, with no copy: every message is detected before it is parsed, and the
 * regex version ({@code <[^<>]*>|https?://\S+} replaced by a space, then {@code [A-Za-z]+} counted)
 * cost as much as a tenth of a parse. The test holds this pass to the regex version.
 */
public final class LanguageDetector {
    private LanguageDetector() {}

    /** The main language of {@code text}. */
    public static Lang detect(String text) {
        String s = text == null ? "" : text;
        long han = 0;
        long words = 0;
        boolean inWord = false;
        int i = 0;
        while (i < s.length()) {
            int skipped = markupEnd(s, i);
            if (skipped > i) {
                // the markup stands for a space: it ends a word and counts as nothing
                inWord = false;
                i = skipped;
                continue;
            }
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                i++;
                continue;
            }
            inWord = false;
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            i += Character.charCount(cp);
        }
        return han > 0 && han >= 2 * words ? Lang.ZH : Lang.EN;
    }

    // where a mention/link token ("<@U1>", "<https://x|deck>") or a bare URL starting at i ends; i if none does
    private static int markupEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '<') {
            for (int j = i + 1; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == '>') {
                    return j + 1;
                }
                if (d == '<') {
                    return i;
                }
            }
            return i;
        }
        if (c != 'h' || !s.startsWith("http", i)) {
            return i;
        }
        int j = i + 4;
        if (j < s.length() && s.charAt(j) == 's') {
            j++;
        }
        if (!s.startsWith("://", j)) {
            return i;
        }
        j += 3;
        int end = j;
        while (end < s.length() && !isSpace(s.charAt(end))) {
            end++;
        }
        return end > j ? end : i;
    }

    // the regex \s: space, tab, newline, vertical tab, form feed, carriage return
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
