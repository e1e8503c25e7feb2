package com.salesbot.core.conversation;

import com.salesbot.core.kernel.Lang;
import java.util.regex.Pattern;

/**
 * The NLU contract's language rule: drop mention/link tokens and URLs, count Han characters H and
 * Latin-letter words W; Chinese when H > 0 and H ≥ 2·W.
 */
public final class LanguageDetector {
    private static final Pattern MARKUP = Pattern.compile("<[^<>]*>|https?://\\S+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    private LanguageDetector() {}

    /** The main language of {@code text}. */
    public static Lang detect(String text) {
        String cleaned = MARKUP.matcher(text == null ? "" : text).replaceAll(" ");
        long han = cleaned.codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count();
        long words = LATIN_WORD.matcher(cleaned).results().count();
        return han > 0 && han >= 2 * words ? Lang.ZH : Lang.EN;
    }
}
