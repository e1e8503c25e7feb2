package com.salesbot.nlp.normalize;

import java.util.Collection;

/**
 * Chat text prepared for pattern matching without moving any offset: full-width ASCII becomes
 * ASCII, control characters become spaces, and spans already understood can be masked out.
 */
final class ChatText {
    /** Stands in for masked characters; never survives folding, so it cannot come from the user. */
    static final char MASK = '\u0000';

    private ChatText() {}

    /** The folded text, exactly as long as {@code raw} so spans found in it apply to the original. */
    static String fold(String raw) {
        char[] chars = raw.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                // Chinese input methods type ，：＄１２ in full width; the patterns are written for ASCII.
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0' || (Character.isISOControl(c) && c != '\n')) {
                chars[i] = ' ';
            } else if (c == '\u2019' || c == '\u2018') {
                chars[i] = '\'';
            }
        }
        return new String(chars);
    }

    /** {@code text} with every character inside {@code spans} replaced by {@link #MASK}. */
    static String mask(String text, Collection<TextSpan> spans) {
        if (spans.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (TextSpan span : spans) {
            for (int i = span.start(); i < span.end() && i < chars.length; i++) {
                chars[i] = MASK;
            }
        }
        return new String(chars);
    }

    /** True for Han (Chinese) characters. */
    static boolean isHan(char c) {
        // The unified and extension-A blocks: every character a sales rep types in practice.
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }
}
