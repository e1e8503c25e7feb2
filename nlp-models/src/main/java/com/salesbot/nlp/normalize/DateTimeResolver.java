package com.salesbot.nlp.normalize;

import com.salesbot.nlp.normalize.DateTimeMention.Anchor;
import com.salesbot.nlp.normalize.DateTimeMention.DateSpec;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates and times a message states, for {@code when} and {@code follow_up}: "today",
 * "day after tomorrow", "next Tuesday", "in 3 days", "Dec 5 at 3pm", "9:30am", "noon", "in 2 hours",
 * "明天", "下周二", "三天后", "12月5号", "晚上8点半", "中午".
 */
public final class DateTimeResolver {
    /** What the message does with a date, which decides which way a bare weekday or month-day points. */
    public enum Direction {
        /** It records something that happened: the most recent such day on or before today. */
        RECORDING,
        /** It schedules something: the next such weekday after today, month-day on or after today. */
        SCHEDULING
    }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String WEEKDAYS =
            "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun";
    private static final String EN_COUNT = "\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|couple\\s+of";
    private static final String CN_COUNT = "\\d{1,3}|[一二两三四五六七八九十]{1,3}";
    private static final String CN_HOUR = "\\d{1,2}|[零一二两三四五六七八九十]{1,3}";
    private static final String CN_PERIOD = "凌晨|早上|早晨|清晨|上午|早|中午|午后|下午|傍晚|晚上|晚|夜里|夜";

    // A message names a handful of dates at most; a flood of them (a pasted calendar) is cut off here.
    private static final int MAX_MATCHES = 16;
    private static final String[] WEEKDAY_CUES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final String[] MONTH_CUES = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    private static final List<Rule> DATES = List.of(
            date(
                    new String[] {"day after"},
                    "(?i)\\b(?:the\\s+)?day\\s+after\\s+(?:tomorrow|tmrw?)\\b",
                    m -> offset(2)),
            date(new String[] {"day before"}, "(?i)\\b(?:the\\s+)?day\\s+before\\s+yesterday\\b", m -> offset(-2)),
            date(
                    new String[] {"today", "tonight", "this morning", "this afternoon", "this evening", "end of", "eod"
                    },
                    "(?i)\\b(?:later\\s+)?(?:today|tonight|this\\s+(?:morning|afternoon|evening)|end\\s+of\\s+(?:the\\s+)?day|eod)\\b",
                    m -> offset(0)),
            date(new String[] {"tom", "tmr"}, "(?i)\\b(?:tomm?orr?ow|tmrw|tmr)\\b", m -> offset(1)),
            date(new String[] {"yesterday", "yday"}, "(?i)\\b(?:yesterday|yday)\\b", m -> offset(-1)),
            date(
                    new String[] {"day", "week", "month"},
                    "(?i)\\b(?:in|within)\\s+(?:the\\s+next\\s+)?(" + EN_COUNT
                            + ")\\s+(days?|weeks?|months?)(?:'?\\s*time)?\\b",
                    m -> count(m.group(1), m.group(2), 1)),
            date(
                    new String[] {"from now", "from today", "later", "out"},
                    "(?i)\\b(" + EN_COUNT + ")\\s+(days?|weeks?|months?)\\s+(?:from\\s+(?:now|today)|later|out)\\b",
                    m -> count(m.group(1), m.group(2), 1)),
            date(
                    new String[] {"ago"},
                    "(?i)\\b(" + EN_COUNT + ")\\s+(days?|weeks?|months?)\\s+ago\\b",
                    m -> count(m.group(1), m.group(2), -1)),
            date(
                    new String[] {"next week"},
                    "(?i)\\bnext\\s+week(?:\\s+on)?\\s+(" + WEEKDAYS + ")\\b",
                    m -> weekday(m.group(1), Anchor.NEXT_WEEK)),
            date(
                    WEEKDAY_CUES,
                    "(?i)\\b(?:(next|this|last|coming|upcoming|on|by|until|before)\\s+)?"
                            // "sat down with", "sat in on": the verb, not Saturday
                            + "(?!sat\\s+(?:down|in|with|through|together|around|on)\\b)(" + WEEKDAYS
                            + ")\\b\\.?(?:\\s+(next|this|last)\\s+week\\b)?"
                            + "(?:(?=\\s+(?:\\d|at\\s|@|noon|morning|afternoon|evening))())?",
                    DateTimeResolver::englishWeekday),
            dateDigit(
                    MONTH_CUES,
                    "(?i)\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(20\\d{2})\\b)?",
                    m -> monthDay(PeriodResolver.monthOf(m.group(1)), m.group(2), m.group(3))),
            dateDigit(
                    MONTH_CUES,
                    "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b\\.?(?:,?\\s+(20\\d{2})\\b)?",
                    m -> monthDay(PeriodResolver.monthOf(m.group(2)), m.group(1), m.group(3))),
            dateDigit(
                    new String[] {"20"},
                    "\\b(20\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b",
                    m -> new DateTimeMention.Absolute(LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))))),
            dateDigit(
                    new String[] {"st", "nd", "rd", "th"},
                    "(?i)\\b(?:on\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?-i:[A-Z]))",
                    m -> new DateTimeMention.DayOfMonth(Integer.parseInt(m.group(1)))),
            date(
                    new String[] {"end of", "eom", "月底"},
                    "(?i)\\b(?:end\\s+of\\s+(?:the\\s+)?month|eom)\\b|月底",
                    m -> new DateTimeMention.EndOfMonth()),
            date(new String[] {"大后天"}, "大后天", m -> offset(3)),
            date(new String[] {"大前天"}, "大前天", m -> offset(-3)),
            date(new String[] {"后天"}, "后天", m -> offset(2)),
            date(new String[] {"前天"}, "前天", m -> offset(-2)),
            date(new String[] {"今"}, "今天|今日|今晚|今早|今儿|今夜", m -> offset(0)),
            date(new String[] {"明"}, "明天|明日|明早|明晚|明儿", m -> offset(1)),
            date(new String[] {"昨"}, "昨天|昨日|昨晚|昨儿个?", m -> offset(-1)),
            date(
                    new String[] {"后"},
                    "(" + CN_COUNT + ")(?:个)?(天|日|周|星期|礼拜|月)(?:后|以后|之后)",
                    m -> chineseCount(m.group(1), m.group(2), 1)),
            date(new String[] {"过"}, "过(" + CN_COUNT + ")(天|周)", m -> chineseCount(m.group(1), m.group(2), 1)),
            date(
                    new String[] {"前"},
                    "(" + CN_COUNT + ")(?:个)?(天|日|周|星期|礼拜|月)(?:前|以前|之前)",
                    m -> chineseCount(m.group(1), m.group(2), -1)),
            date(
                    new String[] {"周", "星期", "礼拜"},
                    "(下下|下|这|本|上)?(?:个|一)?(?:周|星期|礼拜)([二三四五六1-7]|[日天](?![报志程常均])|一(?![共起直]|下(?!午)))"
                            + "(?![十百千万][次个单万千元块家场笔]|\\d)",
                    DateTimeResolver::chineseWeekday),
            date(
                    new String[] {"月"},
                    "(下个?|这个?|本|上个?)月(" + CN_COUNT + ")[日号號]",
                    m -> monthOffsetDay(m.group(1), m.group(2))),
            // "12/3 回访": month/day as Chinese writers order it; in English "12/5" could be either, so only
            // a slash date next to Chinese text is read
            dateDigit(
                    new String[] {"/"},
                    "(?<![\\d/.])(1[0-2]|0?[1-9])/(3[01]|[12]\\d|0?[1-9])(?![\\d/.%])(?=\\s{0,2}\\p{IsHan})",
                    m -> monthDay(Month.of(Integer.parseInt(m.group(1))), m.group(2), null)),
            dateDigit(
                    new String[] {"."},
                    "(?<![\\d.$¥€£])(1[0-2]|0?[1-9])\\.(3[01]|[12]\\d|0?[1-9])(?![\\d.%kKwWmM万千百])(?=\\p{IsHan}|$)",
                    m -> monthDay(Month.of(Integer.parseInt(m.group(1))), m.group(2), null)),
            date(
                    new String[] {"月"},
                    "(?:(20\\d{2})年)?(" + CN_COUNT + ")月(" + CN_COUNT + ")[日号號]",
                    m -> chineseMonthDay(m.group(1), m.group(2), m.group(3))),
            date(
                    new String[] {"号", "號"},
                    "(?<![月周期拜个\\d一二三四五六七八九十])(\\d{1,2}|[一二三四五六七八九十]{1,3})[号號](?![楼线码])",
                    m -> dayOfMonth(ChineseNumerals.parseSmall(m.group(1)))));

    private static final List<Rule> TIMES = List.of(
            timeDigit(
                    new String[] {"am", "pm", "a.m", "p.m"},
                    "(?i)\\b(\\d{1,2})(?::([0-5]\\d))?\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])",
                    m -> twelveHour(m.group(1), m.group(2), m.group(3))),
            timeDigit(
                    new String[] {":", "："},
                    "(?<![\\d:])([01]?\\d|2[0-3])[:：]([0-5]\\d)(?![\\d:])",
                    m -> LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))),
            time(
                    new String[] {"noon", "midday", "lunchtime", "中午"},
                    "(?i)\\b(?:noon|midday|lunchtime)\\b|(?<!下)中午(?![\\d零一二两三四五六七八九十])",
                    m -> LocalTime.NOON),
            timeDigit(new String[] {"clock"}, "(?i)\\b(\\d{1,2})\\s*o'?clock\\b", m -> bareHour(m.group(1), null)),
            timeDigit(
                    new String[] {"at", "by", "around", "from", "@"},
                    "(?i)(?:\\bat|\\bby|\\baround|\\bfrom|@)\\s*(\\d{1,2})(?:\\s*(?=$|[,.](?!\\d)|[;!?)]|\\s+(?:tomorrow|today|tonight|on|next|this"
                            + "|to|for|and|with|in\\s+the|sharp|then|please|pls)\\b))",
                    m -> bareHour(m.group(1), null)),
            time(
                    new String[] {"点", "點", "时", "時"},
                    "(" + CN_PERIOD + ")?(" + CN_HOUR + ")[点點时時]钟?(?:(半)|(一刻)|(三刻)|(\\d{1,2}|[零一二三四五六七八九十]{1,3})分?)?",
                    DateTimeResolver::chineseTime),
            timeDigit(
                    new String[] {":", "："},
                    "(" + CN_PERIOD + ")(\\d{1,2})[:：]([0-5]\\d)",
                    m -> adjust(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));

    private static final List<Rule> ELAPSED = List.of(
            elapsed(
                    new String[] {"min", "hour", "hr", "h"},
                    "(?i)\\bin\\s+(?:(" + EN_COUNT
                            + "|\\d{1,3}(?:\\.\\d)?)\\s*(minutes?|mins?|hours?|hrs?|h)|(half\\s+an?\\s+hour))\\b",
                    m -> m.group(3) != null ? Duration.ofMinutes(30) : englishDuration(m.group(1), m.group(2))),
            elapsed(
                    new String[] {"分钟", "小时", "钟头"},
                    "(半|" + CN_COUNT + ")(?:个)?(半)?(分钟|小时|钟头)(?:后|以后|之后)",
                    m -> chineseDuration(m.group(1), m.group(2) != null, m.group(3))));

    private static final Pattern TIGHT_GAP = Pattern.compile("(?i)\\s*,?\\s*(?:(?:at|@|around|by|on|from)\\s*)?的?");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，.;!?。；！？\\n]|(?i)\\bfollow");

    /** Every date/time expression in {@code text}, in order, a date and its time of day joined into one. */
    public List<DateTimeMention> findAll(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String lower = CuedPattern.lower(text);
        // dozens of rules need a digit: ask once
        boolean digits = CuedPattern.hasDigit(lower);
        List<DateTimeMention> dates = collect(DATES, text, lower, digits);
        List<DateTimeMention> times = collect(TIMES, text, lower, digits);
        List<DateTimeMention> elapsed = collect(ELAPSED, text, lower, digits);
        dates.removeIf(d -> elapsed.stream().anyMatch(e -> e.span().overlaps(d.span())));
        times.removeIf(t -> elapsed.stream().anyMatch(e -> e.span().overlaps(t.span()))
                || dates.stream()
                        .anyMatch(d -> d.span().start() <= t.span().start()
                                && t.span().end() <= d.span().end()));
        List<DateTimeMention> out = new ArrayList<>(elapsed);
        out.addAll(join(dates, times, text));
        out.sort(Comparator.comparingInt(d -> d.span().start()));
        return out;
    }

    /** The first date or date-time {@code text} states, resolved from {@code now} in {@code direction}. */
    public Optional<Temporal> resolveFirst(String text, ZonedDateTime now, Direction direction) {
        for (DateTimeMention mention : findAll(text)) {
            Optional<Temporal> value = mention.resolve(now, direction);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** True when {@code text} states a time of day or an elapsed time ("3pm", "下午三点", "in 2 hours"). */
    public boolean statesTime(String text) {
        return findAll(text).stream().anyMatch(DateTimeMention::statesTime);
    }

    // Pairs each date with the time of day written right next to it ("tomorrow at 3pm", "3pm tomorrow",
    // "明天下午三点"), then with one written further on in the same clause ("明天和王总下午三点开会").
    private static List<DateTimeMention> join(List<DateTimeMention> dates, List<DateTimeMention> times, String text) {
        List<DateTimeMention> out = new ArrayList<>();
        List<DateTimeMention> freeTimes = new ArrayList<>(times);
        for (DateTimeMention date : dates) {
            DateTimeMention paired = null;
            for (DateTimeMention time : freeTimes) {
                if (adjacent(text, date.span(), time.span()) || adjacent(text, time.span(), date.span())) {
                    paired = time;
                    break;
                }
            }
            if (paired == null) {
                for (DateTimeMention time : freeTimes) {
                    if (sameClause(text, date.span(), time.span(), dates)) {
                        paired = time;
                        break;
                    }
                }
            }
            if (paired != null) {
                freeTimes.remove(paired);
                out.add(date.withTime(paired));
            } else {
                out.add(date);
            }
        }
        out.addAll(freeTimes);
        return out;
    }

    private static boolean adjacent(String text, TextSpan first, TextSpan second) {
        if (second.start() < first.end()) {
            return second.start() >= first.start() && second.start() <= first.end() && second.end() > first.end();
        }
        if (second.start() - first.end() > 8) {
            return false;
        }
        return TIGHT_GAP.matcher(text).region(first.end(), second.start()).matches();
    }

    private static boolean sameClause(String text, TextSpan date, TextSpan time, List<DateTimeMention> dates) {
        int from = Math.min(date.end(), time.end());
        int to = Math.max(date.start(), time.start());
        if (to < from
                || to - from > 25
                || CLAUSE_BREAK.matcher(text).region(from, to).find()) {
            return false;
        }
        return dates.stream()
                .noneMatch(d -> d.span().start() >= from && d.span().end() <= to);
    }

    private static List<DateTimeMention> collect(List<Rule> rules, String text, String lower, boolean digits) {
        List<DateTimeMention> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text, lower, digits);
            if (m == null) {
                continue;
            }
            for (int n = 0; n < MAX_MATCHES && m.find(); n++) {
                DateTimeMention mention = rule.read(m);
                if (mention != null) {
                    found.add(mention);
                }
            }
        }
        // Keep the earliest, then the longest, of overlapping readings ("day after tomorrow" over "tomorrow").
        found.sort(Comparator.comparingInt((DateTimeMention d) -> d.span().start())
                .thenComparing(d -> -d.span().end()));
        List<DateTimeMention> kept = new ArrayList<>();
        for (DateTimeMention mention : found) {
            if (kept.size() >= MAX_MATCHES) {
                break;
            }
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(mention.span())) {
                kept.add(mention);
            }
        }
        return kept;
    }

    private static DateSpec offset(long days) {
        return new DateTimeMention.Offset(days, 0);
    }

    private static DateSpec count(String number, String unit, int sign) {
        OptionalLong n = number.toLowerCase(Locale.ROOT).startsWith("couple")
                ? OptionalLong.of(2)
                : PeriodResolver.englishNumber(number);
        if (n.isEmpty() || n.getAsLong() > 3660) {
            return null;
        }
        long v = sign * n.getAsLong();
        return switch (Character.toLowerCase(unit.charAt(0))) {
            case 'w' -> new DateTimeMention.Offset(7 * v, 0);
            case 'm' -> new DateTimeMention.Offset(0, v);
            default -> new DateTimeMention.Offset(v, 0);
        };
    }

    private static DateSpec chineseCount(String number, String unit, int sign) {
        OptionalLong n = ChineseNumerals.parseSmall(number);
        if (n.isEmpty() || n.getAsLong() > 3660) {
            return null;
        }
        long v = sign * n.getAsLong();
        return switch (unit) {
            case "周", "星期", "礼拜" -> new DateTimeMention.Offset(7 * v, 0);
            case "月" -> new DateTimeMention.Offset(0, v);
            default -> new DateTimeMention.Offset(v, 0);
        };
    }

    private static DateSpec englishWeekday(Matcher m) {
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String word = m.group(2).toLowerCase(Locale.ROOT);
        String after = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        boolean capitalised = Character.isUpperCase(m.group(2).charAt(0));
        boolean timeFollows = m.group(4) != null;
        if ((word.equals("sat") || word.equals("sun") || word.equals("wed"))
                && modifier.isEmpty()
                && after.isEmpty()
                && !capitalised
                && !timeFollows) {
            return null; // bare "sun", "sat", "wed" are more often words than days
        }
        Anchor anchor = switch (after) {
            case "next" -> Anchor.NEXT_WEEK;
            case "this" -> Anchor.THIS_WEEK;
            case "last" -> Anchor.LAST_WEEK;
            default ->
                switch (modifier) {
                    case "next" -> Anchor.NEXT_WEEK;
                    case "this", "coming", "upcoming" -> Anchor.THIS;
                    case "last" -> Anchor.LAST;
                    default -> Anchor.BARE;
                };
        };
        return weekday(word, anchor);
    }

    private static DateSpec weekday(String word, Anchor anchor) {
        String w = word.toLowerCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return new DateTimeMention.Weekday(day, anchor);
            }
        }
        return null;
    }

    private static DateSpec chineseWeekday(Matcher m) {
        String c = m.group(2);
        int value = switch (c) {
            case "日", "天", "7" -> 7;
            default -> (int) ChineseNumerals.parseSmall(c).orElse(0);
        };
        if (value < 1 || value > 7) {
            return null;
        }
        Anchor anchor = m.group(1) == null
                ? Anchor.BARE
                : switch (m.group(1)) {
                    case "下下" -> Anchor.WEEK_AFTER_NEXT;
                    case "下" -> Anchor.NEXT_WEEK;
                    case "上" -> Anchor.LAST_WEEK;
                    default -> Anchor.THIS_WEEK;
                };
        return new DateTimeMention.Weekday(DayOfWeek.of(value), anchor);
    }

    private static DateSpec monthOffsetDay(String which, String day) {
        OptionalLong d = ChineseNumerals.parseSmall(day);
        if (d.isEmpty() || d.getAsLong() < 1 || d.getAsLong() > 31) {
            return null;
        }
        long offset = which.startsWith("下") ? 1 : which.startsWith("上") ? -1 : 0;
        return new DateTimeMention.MonthOffsetDay(offset, (int) d.getAsLong());
    }

    private static DateSpec monthDay(Month month, String day, String year) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return null;
        }
        return new DateTimeMention.MonthDay(month, d, year == null ? null : Integer.parseInt(year));
    }

    private static DateSpec chineseMonthDay(String year, String month, String day) {
        OptionalLong mo = ChineseNumerals.parseSmall(month);
        OptionalLong d = ChineseNumerals.parseSmall(day);
        if (mo.isEmpty()
                || d.isEmpty()
                || mo.getAsLong() < 1
                || mo.getAsLong() > 12
                || d.getAsLong() < 1
                || d.getAsLong() > 31) {
            return null;
        }
        return new DateTimeMention.MonthDay(
                Month.of((int) mo.getAsLong()), (int) d.getAsLong(), year == null ? null : Integer.parseInt(year));
    }

    private static DateSpec dayOfMonth(OptionalLong day) {
        if (day.isEmpty() || day.getAsLong() < 1 || day.getAsLong() > 31) {
            return null;
        }
        return new DateTimeMention.DayOfMonth((int) day.getAsLong());
    }

    private static LocalTime twelveHour(String hour, String minute, String meridiem) {
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        if (h < 1 || h > 12) {
            return null;
        }
        boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
        return LocalTime.of(h % 12 + (pm ? 12 : 0), min);
    }

    // Without am/pm, a working day decides: "at 3" is 15:00, "at 9" is 09:00.
    private static LocalTime bareHour(String hour, String minute) {
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        if (h > 23 || min > 59) {
            return null;
        }
        return LocalTime.of(h >= 1 && h <= 6 ? h + 12 : h, min);
    }

    private static LocalTime chineseTime(Matcher m) {
        String period = m.group(1);
        String hourText = m.group(2);
        OptionalLong hour = ChineseNumerals.parseSmall(hourText);
        boolean minutesWritten = m.group(3) != null || m.group(4) != null || m.group(5) != null || m.group(6) != null;
        if (hour.isEmpty()) {
            return null;
        }
        if (period == null
                && hourText.equals("一")
                && !minutesWritten
                && !m.group().endsWith("钟")) {
            return null; // "一点" alone is "a little"
        }
        int minute = 0;
        if (m.group(3) != null) {
            minute = 30;
        } else if (m.group(4) != null) {
            minute = 15;
        } else if (m.group(5) != null) {
            minute = 45;
        } else if (m.group(6) != null) {
            minute = (int) ChineseNumerals.parseSmall(m.group(6)).orElse(-1);
        }
        if (period == null) {
            LocalTime bare = bareHour(Long.toString(hour.getAsLong()), Integer.toString(Math.max(minute, 0)));
            return minute < 0 ? null : bare;
        }
        return adjust(period, (int) hour.getAsLong(), minute);
    }

    private static LocalTime adjust(String period, int hour, int minute) {
        if (hour > 24 || minute < 0 || minute > 59) {
            return null;
        }
        int h = hour;
        switch (period) {
            case "中午" -> h = hour <= 5 ? hour + 12 : hour;
            case "午后", "下午", "傍晚", "晚上", "晚", "夜里", "夜" -> h = hour < 12 ? hour + 12 : hour;
            default -> h = hour == 12 && period.equals("凌晨") ? 0 : hour;
        }
        return h > 23 ? null : LocalTime.of(h, minute);
    }

    private static Duration englishDuration(String number, String unit) {
        String n = number.toLowerCase(Locale.ROOT);
        double value;
        if (n.matches("\\d+(?:\\.\\d)?")) {
            value = Double.parseDouble(n);
        } else {
            OptionalLong parsed = n.startsWith("couple") ? OptionalLong.of(2) : PeriodResolver.englishNumber(n);
            if (parsed.isEmpty()) {
                return null;
            }
            value = parsed.getAsLong();
        }
        long minutes = Character.toLowerCase(unit.charAt(0)) == 'h' ? Math.round(value * 60) : Math.round(value);
        return minutes <= 0 || minutes > 60L * 24 * 400 ? null : Duration.ofMinutes(minutes);
    }

    private static Duration chineseDuration(String number, boolean andAHalf, String unit) {
        double value;
        if (number.equals("半")) {
            value = 0.5;
        } else {
            OptionalLong n = ChineseNumerals.parseSmall(number);
            if (n.isEmpty()) {
                return null;
            }
            value = n.getAsLong() + (andAHalf ? 0.5 : 0);
        }
        long minutes = unit.equals("分钟") ? Math.round(value) : Math.round(value * 60);
        return minutes <= 0 || minutes > 60L * 24 * 400 ? null : Duration.ofMinutes(minutes);
    }

    private static Rule dateDigit(String[] cues, String regex, Function<Matcher, DateSpec> read) {
        return date(CuedPattern.withDigit(regex, cues), read);
    }

    private static Rule date(String[] cues, String regex, Function<Matcher, DateSpec> read) {
        return date(new CuedPattern(regex, cues), read);
    }

    private static Rule date(CuedPattern pattern, Function<Matcher, DateSpec> read) {
        return new Rule(pattern, m -> {
            DateSpec spec = read.apply(m);
            return spec == null ? null : new DateTimeMention(new TextSpan(m.start(), m.end()), spec, null, null);
        });
    }

    private static Rule timeDigit(String[] cues, String regex, Function<Matcher, LocalTime> read) {
        return time(CuedPattern.withDigit(regex, cues), read);
    }

    private static Rule time(String[] cues, String regex, Function<Matcher, LocalTime> read) {
        return time(new CuedPattern(regex, cues), read);
    }

    private static Rule time(CuedPattern pattern, Function<Matcher, LocalTime> read) {
        return new Rule(pattern, m -> {
            LocalTime t = read.apply(m);
            return t == null ? null : new DateTimeMention(new TextSpan(m.start(), m.end()), null, t, null);
        });
    }

    private static Rule elapsed(String[] cues, String regex, Function<Matcher, Duration> read) {
        return new Rule(new CuedPattern(regex, cues), m -> {
            Duration d = read.apply(m);
            return d == null ? null : new DateTimeMention(new TextSpan(m.start(), m.end()), null, null, d);
        });
    }

    private record Rule(CuedPattern pattern, Function<Matcher, DateTimeMention> reader) {
        DateTimeMention read(Matcher m) {
            try {
                return reader.apply(m);
            } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
                return null; // "2026-13-45": looked like a date, is not one
            }
        }
    }
}
