package com.salesbot.core.reminder;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reminder says, taken from the request: the words after "remind me to / about" or "提醒我",
 * with the time phrases the NLU already read (when, recurrence), the recipients, a channel mention and
 * "with agenda" / "带议程" taken out.
 */
public final class ReminderText {
    private static final String WEEKDAY =
            "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?";
    private static final Pattern EN_BODY = Pattern.compile("(?i)\\bremind\\b.*?\\b(?:to|about|that|of)\\b\\s*(.+)$");
    private static final Pattern EN_LEAD = Pattern.compile(
            "(?i)^\\s*(?:please\\s+)?(?:can you\\s+)?remind\\s+(?:me|us|the team|team|everyone|everybody|all)?\\s*");
    private static final List<Pattern> EN_TIME = List.of(
            Pattern.compile("(?i)\\b(?:every|each)\\s+(?:other\\s+)?(?:\\d+\\s+)?(?:day|weekday|week|month|" + WEEKDAY
                    + ")s?(?:\\s*(?:,|and)\\s*" + WEEKDAY + ")*"),
            Pattern.compile(
                    "(?i)\\b(?:on\\s+)?the\\s+\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+(?:every|each|the)\\s+month)?"),
            Pattern.compile("(?i)\\b(?:at|by|around|@)\\s*\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?"),
            Pattern.compile("(?i)\\b\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b"),
            Pattern.compile("(?i)\\b(?:on\\s+)?(?:next\\s+|this\\s+)?" + WEEKDAY + "\\b"),
            Pattern.compile(
                    "(?i)\\b(?:today|tomorrow|tonight|this (?:morning|afternoon|evening)|noon|daily|weekly|monthly)\\b"),
            Pattern.compile("(?i)\\bin\\s+\\d+\\s+(?:minutes?|mins?|hours?|days?|weeks?)\\b"),
            Pattern.compile(
                    "(?i)\\b(?:on\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"));
    private static final String ZH_NUMBER = "[零一二两三四五六七八九十\\d]+";
    private static final List<Pattern> ZH_TIME = List.of(
            Pattern.compile("每(?:个|隔)?(?:" + ZH_NUMBER + ")?(?:工作日|天|日|周|星期|个?月)(?:[一二三四五六日天](?:[、,，和][一二三四五六日天])*)?(?:"
                    + ZH_NUMBER + "[号日])?"),
            Pattern.compile("(?:今天|明天|后天|今晚|明晚|(?:下|这|本)?(?:周|星期|礼拜)[一二三四五六日天])"),
            Pattern.compile("\\d{1,2}月\\d{1,2}[日号]"),
            Pattern.compile("(?:上午|下午|晚上|早上|中午|傍晚)?" + ZH_NUMBER + "[点:：](?:半|" + ZH_NUMBER + "分?)?"),
            Pattern.compile("(?:上午|下午|晚上|早上|中午|傍晚)"),
            Pattern.compile(ZH_NUMBER + "(?:分钟|小时|天)(?:后|以后|之后)"));
    private static final Pattern EN_AGENDA =
            Pattern.compile("(?i),?\\s*\\b(?:with|without|no)\\s+(?:an?\\s+|the\\s+)?agenda\\b");
    private static final Pattern ZH_AGENDA = Pattern.compile("[,，]?\\s*(?:不|不要|无需)?(?:带|附|附上|加)议程");
    private static final Pattern ZH_AFTER = Pattern.compile("提醒(?:一下)?(?:我们|我|大家|团队|全队|全组|所有人)?(.*)$");

    private ReminderText() {}

    /** The reminder's words, or the whole request when nothing is left after taking the time out. */
    public static String extract(String request, List<String> persons) {
        String text = request.strip();
        String cleaned = ZH_AGENDA
                .matcher(EN_AGENDA.matcher(ChannelMention.remove(text)).replaceAll(" "))
                .replaceAll("");
        boolean chinese =
                cleaned.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String body = chinese ? chinese(cleaned, persons) : english(cleaned, persons);
        body = body.replaceAll("\\s+", " ").replaceAll("^[\\s,，:：.。!！-]+|[\\s,，:：.。!！-]+$", "");
        return body.isBlank() ? text : body;
    }

    private static String english(String text, List<String> persons) {
        Matcher body = EN_BODY.matcher(text);
        String rest = body.find() ? body.group(1) : EN_LEAD.matcher(text).replaceFirst("");
        for (String person : persons) {
            rest = rest.replaceAll(
                    "(?i)<@!?" + Pattern.quote(person) + "(?:\\|[^>]*)?>|@?\\b" + Pattern.quote(person) + "\\b", "");
        }
        for (Pattern time : EN_TIME) {
            rest = time.matcher(rest).replaceAll(" ");
        }
        rest = rest.replaceAll("(?i)\\b(?:on|at|about|and)\\s*$", "").replaceAll("(?i)^\\s*(?:to|about)\\b", "");
        return rest;
    }

    private static String chinese(String text, List<String> persons) {
        Matcher after = ZH_AFTER.matcher(text);
        String rest = after.find() ? after.group(1) : text;
        if (rest.isBlank() && after.start() > 0) {
            rest = text.substring(0, after.start());
        }
        for (String person : persons) {
            rest = rest.replace("<@" + person + ">", "").replace(person, "");
        }
        for (Pattern time : ZH_TIME) {
            rest = time.matcher(rest).replaceAll("");
        }
        return rest;
    }
}
