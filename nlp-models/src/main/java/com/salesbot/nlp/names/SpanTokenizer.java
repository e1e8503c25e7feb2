package com.salesbot.nlp.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens that remember where they came from, so a found name can be cut from the
 * original text as written: each Han character is a token, runs of letters or digits are tokens, and
 * every other visible character stands alone.
 */
public final class SpanTokenizer {
    /** Name finding looks at the start of a message only; this bounds the work on huge input. */
    static final int MAX_CHARS = 600;

    private SpanTokenizer() {}

    /** One token and its [start, end) offsets in the text. */
    public record Token(String text, int start, int end) {}

    /** The tokens of {@code text}. */
    public static List<Token> tokenize(String text) {
        int n = Math.min(text.length(), MAX_CHARS);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                i += width;
            } else if (isHan(cp) || !Character.isLetterOrDigit(cp)) {
                tokens.add(new Token(text.substring(i, Math.min(n, i + width)), i, Math.min(n, i + width)));
                i += width;
            } else {
                int end = i;
                while (end < n) {
                    int next = text.codePointAt(end);
                    if (!Character.isLetterOrDigit(next) || isHan(next)) {
                        break;
                    }
                    end += Character.charCount(next);
                }
                tokens.add(new Token(text.substring(i, end), i, end));
                i = end;
            }
        }
        return tokens;
    }

    /** The token texts alone. */
    public static String[] texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
