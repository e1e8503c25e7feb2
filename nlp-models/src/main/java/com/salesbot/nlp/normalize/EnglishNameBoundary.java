package com.salesbot.nlp.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs where an English customer or competitor name was cut: a phone's capitalised first word is
 * not part of it ("Sold Oceanic Airlines…", "Kill the Virtucon opportunity"), a possessive ends it
 * ("Black Mesa's research team"), and hyphens or a web domain continue it ("Kwik-E-Mart", "Monday.com").
 */
public final class EnglishNameBoundary {
    // Words a rep starts a message with that never begin a company's name.
    private static final Set<String> LEADING_VERBS = Set.of(
            "sold",
            "sell",
            "flag",
            "flagged",
            "kill",
            "killed",
            "mark",
            "marked",
            "move",
            "moved",
            "bump",
            "bumped",
            "put",
            "set",
            "update",
            "updated",
            "change",
            "changed",
            "downgrade",
            "downgraded",
            "upgrade",
            "upgraded",
            "heard",
            "hear",
            "met",
            "visited",
            "called",
            "closed",
            "close",
            "signed",
            "sign",
            "log",
            "logged",
            "record",
            "add",
            "note",
            "got",
            "had",
            "saw",
            "show",
            "pull",
            "find",
            "check",
            "tell",
            "drop",
            "dropped",
            "push",
            "pushed",
            "advance",
            "advanced",
            "promote",
            "demote",
            "won",
            "lost",
            "lose",
            "landed",
            "booked",
            "pitched",
            "demoed",
            "emailed",
            "pinged",
            "texted",
            "rang",
            "phoned",
            "visit",
            "call",
            "meet",
            "ask",
            "asked",
            "cancel",
            "remove");
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}+)\\s+(?:the\\s+)?(?=\\S)");
    private static final Pattern CONTINUATION =
            Pattern.compile("^(?:-[\\p{L}\\d]+|\\.(?:com|io|ai|net|org|co|app)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_JUNK = Pattern.compile("[\\s(\\[{:;,.\\-–]+$");
    private static final Pattern POSSESSIVE_THEN_MORE = Pattern.compile("['’]s\\s+\\S.*$");

    private EnglishNameBoundary() {}

    /** {@code name} with its edges moved to where the name in {@code text} most likely starts and ends. */
    public static String repair(String text, String name) {
        if (text == null || name == null || name.isBlank() || name.chars().anyMatch(c -> ChatText.isHan((char) c))) {
            return name;
        }
        String fixed = POSSESSIVE_THEN_MORE.matcher(name.strip()).replaceFirst("");
        fixed = TRAILING_JUNK.matcher(fixed).replaceFirst("");
        fixed = withoutLeadingVerb(text, fixed);
        return continued(text, fixed);
    }

    private static String withoutLeadingVerb(String text, String name) {
        if (!text.stripLeading().startsWith(name)) {
            return name;
        }
        Matcher word = LEADING_WORD.matcher(name);
        if (word.find() && LEADING_VERBS.contains(word.group(1).toLowerCase(Locale.ROOT))) {
            return name.substring(word.end());
        }
        return name;
    }

    private static String continued(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0 || name.isEmpty()) {
            return name;
        }
        int end = at + name.length();
        for (int n = 0; n < 4 && end < text.length(); n++) {
            Matcher more = CONTINUATION.matcher(text).region(end, text.length());
            if (!more.lookingAt()) {
                break;
            }
            end = more.end();
        }
        return text.substring(at, end);
    }
}
