package com.salesbot.nlp.normalize;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that only runs when one of its literal cues occurs in the text. Most chat
 * messages contain none of a given rule's words, and a substring check costs a fraction of a regex
 * scan, which keeps a whole extraction within tens of microseconds. When the rule does run, a
 * {@link FirstCharFilter} lets the scan skip the positions where no match can start.
 */
final class CuedPattern {
    private final String regex;
    private final Pattern pattern;
    private final String[] cues;
    private final boolean needsDigit;

    /** {@code cues} are lower-case literals; with none, the pattern always runs. */
    CuedPattern(String regex, String... cues) {
        this(regex, false, cues);
    }

    private CuedPattern(String regex, boolean needsDigit, String... cues) {
        this.regex = regex;
        this.pattern = FirstCharFilter.compile(regex);
        this.cues = Objects.requireNonNull(cues, "cues");
        this.needsDigit = needsDigit;
    }

    /** A pattern that also needs an ASCII digit somewhere in the text ("3pm", "Dec 5", "at 9"). */
    static CuedPattern withDigit(String regex, String... cues) {
        return new CuedPattern(regex, true, cues);
    }

    /** The text lower-cased the way cues are compared. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True when {@code lower} contains one of the cues (or there are none). */
    boolean cued(String lower) {
        return cued(lower, !needsDigit || hasDigit(lower));
    }

    // the same, told whether lower has an ASCII digit by a caller that asks for many patterns
    private boolean cued(String lower, boolean lowerHasDigit) {
        if (needsDigit && !lowerHasDigit) {
            return false;
        }
        if (cues.length == 0) {
            return true;
        }
        for (String cue : cues) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** A matcher over {@code text}, or null when {@code lower} (the text lower-cased) has no cue. */
    Matcher matcher(String text, String lower) {
        return cued(lower) ? pattern.matcher(text) : null;
    }

    /** The same, for a caller that has already found whether {@code lower} has an ASCII digit. */
    Matcher matcher(String text, String lower, boolean lowerHasDigit) {
        return cued(lower, lowerHasDigit) ? pattern.matcher(text) : null;
    }

    /** True when {@code s} has an ASCII digit, the test {@link #withDigit} patterns make. */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The regular expression as written, before the first-character filter. */
    String regex() {
        return regex;
    }

    /** The compiled pattern, for callers that match at a known position. */
    Pattern pattern() {
        return pattern;
    }

    /** Concatenates cue lists. */
    static String[] join(String[]... lists) {
        int n = 0;
        for (String[] l : lists) {
            n += l.length;
        }
        String[] out = new String[n];
        int i = 0;
        for (String[] l : lists) {
            for (String s : l) {
                out[i++] = s;
            }
        }
        return out;
    }
}
