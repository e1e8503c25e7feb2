package com.salesbot.nlp.normalize;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a regular expression with a one-character look-ahead in front that admits only the
 * characters a match can start with, so a {@code find} over a message skips the other positions
 * after one class test instead of trying every alternative there.
 *
 * <p>A rule like {@code (?i)\b(?:visited|log a visit|meeting with|…)} tries all its alternatives
 * at every word boundary; most words start with a letter no alternative starts with. Which ASCII
 * characters can start a match is found by asking the pattern itself: after each possible kind of
 * preceding character, it either fails on the lone character without reading further (no match can
 * start there, whatever follows) or it does not. Non-ASCII characters are always admitted. A
 * pattern with a positive look-behind is also asked after every character written in it; one with
 * no look-behind, word boundary or line anchor only at the start of the text. The filter is left off for patterns that can match the empty string
 * at the end, use {@code \G}, or that every ASCII character can start.
 */
final class FirstCharFilter {
    // preceding characters of the kinds word boundaries, line anchors and negative look-behinds tell
    // apart; "" is the start of the text
    private static final List<String> BEFORE = List.of("", " ", "a", "Z", "0", "_", "\n", "中", ".", "-");
    // what a word boundary and a line anchor tell apart; a pattern with neither cares for nothing before
    private static final List<String> BEFORE_BOUNDARY = List.of("", "a", "\n");
    private static final List<String> BEFORE_NOTHING = List.of("");

    /** {@code regex} compiled with the filter in front when it is safe and useful, as it is otherwise. */
    static Pattern compile(String regex) {
        Pattern plain = Pattern.compile(regex);
        List<String> before = befores(regex);
        if (regex.contains("\\G") || matchesEmptyAtEnd(plain, before)) {
            return plain;
        }
        StringBuilder admitted = new StringBuilder();
        boolean skipsAny = false;
        for (char c = 0; c < 128; c++) {
            if (canStartWith(plain, c, before)) {
                admitted.append("\\x{").append(Integer.toHexString(c)).append('}');
            } else {
                skipsAny = true;
            }
        }
        if (!skipsAny) {
            return plain;
        }
        return Pattern.compile("(?=[" + admitted + "\\x{80}-\\x{10FFFF}])(?:" + regex + ")");
    }

    // the preceding texts worth asking about: probing costs time when the model loads
    private static List<String> befores(String regex) {
        if (regex.contains("(?<=")) {
            // a positive look-behind may ask for one particular character before the match: one its
            // body names, or one of a class (\\s, \\d, \\w, \\p{IsHan}) that BEFORE has a member of
            Set<String> before = new LinkedHashSet<>(BEFORE);
            before.addAll(lookBehindCharacters(regex));
            return List.copyOf(before);
        }
        if (regex.contains("(?<!")) {
            return BEFORE;
        }
        if (regex.contains("\\b") || regex.contains("\\B") || regex.contains("(?m") || regex.contains("^")) {
            return BEFORE_BOUNDARY;
        }
        return BEFORE_NOTHING;
    }

    // every character written inside the positive look-behinds, escaped ones included
    private static Set<String> lookBehindCharacters(String regex) {
        Set<String> characters = new LinkedHashSet<>();
        for (int at = regex.indexOf("(?<="); at >= 0; at = regex.indexOf("(?<=", at + 4)) {
            int depth = 0;
            for (int i = at; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\' && i + 1 < regex.length()) {
                    characters.add(String.valueOf(regex.charAt(++i)));
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
                characters.add(String.valueOf(c));
            }
        }
        return characters;
    }

    private static boolean canStartWith(Pattern pattern, char c, List<String> befores) {
        for (String before : befores) {
            Matcher m = probe(pattern, before, before + c);
            // hitEnd: it read past c, so some continuation might match
            if (m.lookingAt() || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesEmptyAtEnd(Pattern pattern, List<String> befores) {
        for (String before : befores) {
            if (probe(pattern, before, before).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    // a matcher starting right after `before`, seeing it as a real text would
    private static Matcher probe(Pattern pattern, String before, String input) {
        return pattern.matcher(input)
                .region(before.length(), input.length())
                .useTransparentBounds(true)
                .useAnchoringBounds(false);
    }
}
