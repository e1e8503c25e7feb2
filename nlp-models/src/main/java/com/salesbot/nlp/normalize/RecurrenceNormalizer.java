package com.salesbot.nlp.normalize;

import com.salesbot.nlp.normalize.Recurrence.Frequency;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a reminder repeats: "every day", "every weekday", "every Mon and Thu", "weekly on
 * Fridays", "every other week", "monthly on the 15th", "每天", "每个工作日", "每周一三五", "每两周",
 * "每隔一周", "每月15号".
 */
public final class RecurrenceNormalizer {
    private static final List<DayOfWeek> WORKDAYS =
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final String WEEKDAY =
            "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun";
    private static final String EN_NUMBER = "other|second|2nd|third|3rd|\\d{1,2}|two|three|four|five|six";
    private static final String CN_NUMBER = "\\d{1,2}|[一二两三四五六七八九十]{1,3}";
    // A weekday digit: not 一 of 一下/一次/一起, not a digit of "17点", not the 四 of "四十次".
    private static final String CN_DAY =
            "(?:[二三四五六]|[日天](?![报志程常均])|一(?![次起共直]|下(?!午))|[1-7](?![\\d点:：时]))(?![十百千万][次个单万千元块家场笔])";

    private static final Pattern WEEKDAY_AT = Pattern.compile(
            "(?i)\\s*(?:,|and|&|/|\\+|or)?\\s*(?:(?:reminders?\\s+)?(?:on|for)\\s+)?(?:every\\s+)?(?:the\\s+)?("
                    + WEEKDAY + ")(?:s|days)?\\b\\.?");
    private static final Pattern CN_DAY_AT = Pattern.compile("\\s*[、,和及与跟/的]?\\s*(?:周|星期|礼拜)?(" + CN_DAY + ")");
    private static final Pattern CN_MONTH_DAY_AFTER = Pattern.compile("的?(" + CN_NUMBER + ")[号日]");
    private static final Pattern ORDINAL_NEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\b|(\\d{1,2})[号日]|\\b(first|second|third|fourth|fifth|tenth|fifteenth|twentieth|last)\\b");
    private static final List<String> ORDINAL_WORDS =
            List.of("first", "second", "third", "fourth", "fifth", "tenth", "fifteenth", "twentieth");

    // "the daily report", "weekly sales meeting": the adjective names a thing, not how often to remind.
    private static final String NOT_ADJECTIVE =
            "(?!\\s+(?:sales\\s+|team\\s+|pipeline\\s+|forecast\\s+)?(?:reports?|meetings?|sync"
                    + "|standups?|stand-ups?|reviews?|numbers|updates?|summary|summaries|calls?|targets?|check-ins?|digest|plan|huddle"
                    + "|recaps?|emails?|newsletter|goals?|quotas?|visits?|kickoff|1:1s?|one-on-ones?|forecast|pipeline|sales|expenses))";

    private static final String[] WEEKDAY_LIST_CUES = {
        "every", "each", "weekly", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"
    };

    private static final List<Rule> RULES = List.of(
            new Rule(
                    new String[] {"week", "work", "business", "weekday", "mon"},
                    "(?i)\\b(?:every|each|on)\\s+(?:week|work|business)\\s*-?days?\\b|\\b(?:every|each)\\s+weekday\\b"
                            + "|\\bweekdays\\b|\\bmon(?:day)?\\s*(?:-|–|to|thru|through)\\s*fri(?:day)?\\b",
                    (m, t) -> fixed(m, new Recurrence(Frequency.WEEKLY, WORKDAYS, null, 1))),
            new Rule(
                    new String[] {"every"},
                    "(?i)\\bevery\\s+(" + EN_NUMBER + ")\\s+(?:(days?)|(weeks?)|(months?)|(" + WEEKDAY
                            + ")(?:s|days)?\\b)",
                    RecurrenceNormalizer::englishInterval),
            new Rule(
                    new String[] {"weekly", "fortnight"},
                    "(?i)\\b(?:bi-?weekly|fortnightly|every\\s+fortnight)\\b" + NOT_ADJECTIVE,
                    (m, t) -> withDaysAfter(t, m, Frequency.WEEKLY, 2)),
            new Rule(
                    new String[] {"every", "daily", "each"},
                    "(?i)\\b(?:every\\s*day|daily|each\\s+day|every\\s+(?:single\\s+)?(?:morning|afternoon|evening|night)"
                            + "|each\\s+(?:morning|evening))\\b" + NOT_ADJECTIVE,
                    (m, t) -> fixed(m, new Recurrence(Frequency.DAILY, List.of(), null, 1))),
            new Rule(
                    WEEKDAY_LIST_CUES,
                    "(?i)\\b(?:(?:every|each)\\s+(?=(?:" + WEEKDAY + ")\\b)|weekly\\s+on\\s+(?:the\\s+)?|on\\s+(?=(?:"
                            + WEEKDAY + ")s\\b)|(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\\b))",
                    (m, t) -> weekdayList(t, m.end(), 1, m.start())),
            new Rule(
                    new String[] {"week"},
                    "(?i)\\b(?:every\\s+week|weekly|each\\s+week|once\\s+a\\s+week)\\b" + NOT_ADJECTIVE,
                    (m, t) -> withDaysAfter(t, m, Frequency.WEEKLY, 1)),
            new Rule(
                    new String[] {"month"},
                    "(?i)\\b(?:every\\s+month|monthly|each\\s+month|once\\s+a\\s+month|of\\s+(?:every|each)\\s+month)\\b"
                            + NOT_ADJECTIVE,
                    RecurrenceNormalizer::englishMonthly),
            new Rule(
                    new String[] {"工作日", "周一", "星期一"},
                    "每个?工作日|工作日(?:的)?每天|(?<![\\d个几])工作日|(?:每)?(?:周|星期)一(?:到|至|-|~)(?:周|星期)?五",
                    (m, t) -> fixed(m, new Recurrence(Frequency.WEEKLY, WORKDAYS, null, 1))),
            new Rule(
                    new String[] {"每", "隔", "双周"},
                    "每?隔(" + CN_NUMBER + ")(?:个)?(天|日|周|星期|礼拜|月)|每(" + CN_NUMBER + ")(?:个)?(天|日|周|星期|礼拜|月)|隔周|双周",
                    RecurrenceNormalizer::chineseInterval),
            new Rule(
                    new String[] {"每"},
                    "每个?(?:周|星期|礼拜)(?=" + CN_DAY + ")",
                    (m, t) -> chineseDays(t, m.start(), m.end(), 1)),
            new Rule(
                    new String[] {"每"},
                    "每个?(?:周|星期|礼拜)",
                    (m, t) -> fixed(m, new Recurrence(Frequency.WEEKLY, List.of(), null, 1))),
            new Rule(
                    new String[] {"每", "天天"},
                    "每天|每日|天天|每晚|每早|每个?早上|每个?晚上",
                    (m, t) -> fixed(m, new Recurrence(Frequency.DAILY, List.of(), null, 1))),
            new Rule(new String[] {"每"}, "每个?月(?:的)?(?:(" + CN_NUMBER + ")[号日號])?", (m, t) -> {
                Integer day = m.group(1) == null ? null : dayOfMonth(ChineseNumerals.parseSmall(m.group(1)));
                if (m.group(1) != null && day == null) {
                    return null;
                }
                return fixed(m, new Recurrence(Frequency.MONTHLY, List.of(), day, 1));
            }));

    /** The first repeat rule {@code text} states, with where it is written. */
    public Optional<RecurrenceMatch> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        RecurrenceMatch best = null;
        String lower = CuedPattern.lower(text);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text, lower);
            if (m == null) {
                continue;
            }
            for (int n = 0; n < 16 && m.find(); n++) {
                if (best != null && m.start() > best.span().start()) {
                    break;
                }
                RecurrenceMatch found;
                try {
                    found = rule.read().apply(m, text);
                } catch (IllegalArgumentException e) {
                    found = null; // "every 0 days", "每月32号"
                }
                if (found != null) {
                    if (best == null
                            || found.span().start() < best.span().start()
                            || (found.span().start() == best.span().start()
                                    && found.span().end() > best.span().end())) {
                        best = found;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A repeat rule found in text. */
    public record RecurrenceMatch(Recurrence rule, TextSpan span) {}

    private static RecurrenceMatch fixed(Matcher m, Recurrence rule) {
        return new RecurrenceMatch(rule, new TextSpan(m.start(), m.end()));
    }

    private static RecurrenceMatch englishInterval(Matcher m, String text) {
        int n = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "other", "second", "2nd", "two" -> 2;
            case "third", "3rd", "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> Integer.parseInt(m.group(1));
        };
        if (m.group(2) != null) {
            return fixed(m, new Recurrence(Frequency.DAILY, List.of(), null, n));
        }
        if (m.group(3) != null) {
            return withDaysAfter(text, m, Frequency.WEEKLY, n);
        }
        if (m.group(4) != null) {
            RecurrenceMatch monthly = englishMonthly(m, text);
            Recurrence r = monthly.rule();
            return new RecurrenceMatch(new Recurrence(Frequency.MONTHLY, List.of(), r.byMonthDay(), n), monthly.span());
        }
        return weekdayList(text, m.start(5), n, m.start());
    }

    // "every other week on Monday", "biweekly on Tuesdays": the days named right after the cue.
    private static RecurrenceMatch withDaysAfter(String text, Matcher m, Frequency frequency, int interval) {
        RecurrenceMatch days = weekdayList(text, m.end(), interval, m.start());
        if (days != null && !days.rule().byDay().isEmpty()) {
            return days;
        }
        return fixed(m, new Recurrence(frequency, List.of(), null, interval));
    }

    private static RecurrenceMatch weekdayList(String text, int from, int interval, int spanStart) {
        List<DayOfWeek> days = new ArrayList<>();
        Matcher day = WEEKDAY_AT.matcher(text);
        int end = from;
        while (end < text.length() && day.region(end, text.length()).lookingAt()) {
            days.add(dayOf(day.group(1)));
            end = day.end();
        }
        if (days.isEmpty()) {
            return null;
        }
        return new RecurrenceMatch(
                new Recurrence(Frequency.WEEKLY, days, null, interval), new TextSpan(spanStart, end));
    }

    private static RecurrenceMatch englishMonthly(Matcher m, String text) {
        // "monthly on the 15th", "the 1st of every month": the ordinal sits just before or after the cue.
        int from = Math.max(0, m.start() - 16);
        int to = Math.min(text.length(), m.end() + 28);
        Matcher ordinal = ORDINAL_NEAR.matcher(text).region(from, to);
        Integer day = null;
        int start = m.start();
        int end = m.end();
        if (ordinal.find()) {
            day = ordinalDay(ordinal);
            start = Math.min(start, ordinal.start());
            end = Math.max(end, ordinal.end());
        }
        return new RecurrenceMatch(new Recurrence(Frequency.MONTHLY, List.of(), day, 1), new TextSpan(start, end));
    }

    private static Integer ordinalDay(Matcher ordinal) {
        if (ordinal.group(3) != null) {
            String word = ordinal.group(3).toLowerCase(java.util.Locale.ROOT);
            int index = ORDINAL_WORDS.indexOf(word);
            // the RRULE subset has no "last day" (BYMONTHDAY=-1), so "the last of every month" stays plain monthly
            return index < 0 ? null : new int[] {1, 2, 3, 4, 5, 10, 15, 20}[index];
        }
        String digits = ordinal.group(1) != null ? ordinal.group(1) : ordinal.group(2);
        return dayOfMonth(OptionalLong.of(Long.parseLong(digits)));
    }

    private static RecurrenceMatch chineseInterval(Matcher m, String text) {
        if (m.group(0).equals("隔周") || m.group(0).equals("双周")) {
            return chineseDaysAfter(text, m, Frequency.WEEKLY, 2);
        }
        boolean skip = m.group(1) != null; // 每隔一周: skip one week, so every second week
        OptionalLong n = ChineseNumerals.parseSmall(skip ? m.group(1) : m.group(3));
        String unit = skip ? m.group(2) : m.group(4);
        if (n.isEmpty() || n.getAsLong() < 1 || n.getAsLong() > 60) {
            return null;
        }
        int interval = (int) n.getAsLong() + (skip ? 1 : 0);
        if (interval < 2) {
            return null; // 每一周 is plain weekly; the later rules read it
        }
        return switch (unit) {
            case "天", "日" -> fixed(m, new Recurrence(Frequency.DAILY, List.of(), null, interval));
            case "月" -> {
                Matcher day = CN_MONTH_DAY_AFTER.matcher(text).region(m.end(), text.length());
                Integer monthDay = day.lookingAt() ? dayOfMonth(ChineseNumerals.parseSmall(day.group(1))) : null;
                yield fixed(m, new Recurrence(Frequency.MONTHLY, List.of(), monthDay, interval));
            }
            default -> chineseDaysAfter(text, m, Frequency.WEEKLY, interval);
        };
    }

    private static RecurrenceMatch chineseDaysAfter(String text, Matcher m, Frequency frequency, int interval) {
        int from = m.end();
        if (from < text.length() && text.charAt(from) == '的') {
            from++;
        }
        RecurrenceMatch days = chineseDays(text, m.start(), from, interval);
        return days != null ? days : fixed(m, new Recurrence(frequency, List.of(), null, interval));
    }

    private static RecurrenceMatch chineseDays(String text, int start, int from, int interval) {
        List<DayOfWeek> days = new ArrayList<>();
        Matcher day = CN_DAY_AT.matcher(text);
        int end = from;
        while (end < text.length() && day.region(end, text.length()).lookingAt()) {
            String c = day.group(1);
            long value = c.equals("日") || c.equals("天")
                    ? 7
                    : ChineseNumerals.parseSmall(c).orElse(1);
            days.add(DayOfWeek.of((int) (value == 0 ? 7 : value)));
            end = day.end();
        }
        if (days.isEmpty()) {
            return null;
        }
        return new RecurrenceMatch(new Recurrence(Frequency.WEEKLY, days, null, interval), new TextSpan(start, end));
    }

    private static Integer dayOfMonth(OptionalLong n) {
        return n.isPresent() && n.getAsLong() >= 1 && n.getAsLong() <= 31 ? (int) n.getAsLong() : null;
    }

    private static DayOfWeek dayOf(String word) {
        String w = word.toLowerCase(Locale.ROOT).substring(0, 3);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + word);
    }

    private record Rule(CuedPattern pattern, BiFunction<Matcher, String, RecurrenceMatch> read) {
        Rule(String[] cues, String regex, BiFunction<Matcher, String, RecurrenceMatch> read) {
            this(new CuedPattern(regex, cues), read);
        }
    }
}
