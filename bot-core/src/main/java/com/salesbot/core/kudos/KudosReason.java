package com.salesbot.core.kudos;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The reason in a kudos message, as written: the text without the mentions, the cue word
 * ("kudos", "thanks", "感谢") and a leading "for" / "为". The NLU reports only the persons.
 */
public final class KudosReason {
    private static final Pattern PLATFORM_MENTION = Pattern.compile("<@[!&]?[A-Za-z0-9]+(?:\\|[^>]*)?>");
    private static final Pattern CUE = Pattern.compile(
            "^(?i:(?:big |huge |many )?(?:kudos|shout[- ]?out|props|thanks|thank you|congrats|congratulations|kudo)"
                    + "(?:\\s+(?:to|for))?)[\\s,:!，：！]*"
                    + "|^(?:给|为|向)?\\s*(?:感谢|谢谢|多谢|点个赞|点赞|表扬|致谢|夸夸|赞)[\\s,:!，：！]*");
    private static final Pattern LEAD = Pattern.compile("^(?i:for|because|on|—|-|:)\\s+|^(?:因为|为了|为|感谢|谢谢|点赞|，|,)");
    private static final Pattern TRAIL = Pattern.compile("[\\s!！。.,，~～]+$");

    private KudosReason() {}

    /** The reason, or an empty string when the message gives none. */
    public static String from(String text, List<String> persons) {
        String rest = PLATFORM_MENTION.matcher(text).replaceAll(" ");
        for (String person : persons) {
            rest = rest.replace("@" + person, " ");
        }
        rest = collapse(rest);
        rest = collapse(CUE.matcher(rest).replaceFirst(""));
        for (String person : persons) {
            // Names written without "@" ("kudos Alice for …") lead the rest of the text.
            if (rest.regionMatches(true, 0, person, 0, person.length())) {
                rest = collapse(rest.substring(person.length()));
            }
            rest = collapse(rest.replaceFirst("^(?i:and|&|和|、|,|，)\\s*", ""));
        }
        rest = collapse(CUE.matcher(rest).replaceFirst(""));
        rest = collapse(LEAD.matcher(rest).replaceFirst(""));
        return TRAIL.matcher(rest).replaceAll("");
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
