package com.salesbot.nlp.normalize;

import com.salesbot.core.kernel.Period;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the reporting period a message names ("this week", "last quarter", "Q3", "in October",
 * "past 7 days", "本月", "上季度", "第三季度", "十月") to an inclusive {@link Period}; weeks start on Monday.
 */
public final class PeriodResolver {
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String SMALL_NUMBER =
            "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven" + "|twelve|fourteen|thirty|sixty|ninety";
    private static final String CN_SMALL = "\\d{1,3}|[一二两三四五六七八九十]{1,3}";
    // A 周/星期 followed by a weekday digit is a day ("上周五"), except in 一共/一起/一下.
    private static final String NOT_WEEKDAY =
            "(?!(?:[二三四五六1-7]|[日天](?![报志程常均])|一(?![共起直]|下(?!午)))(?![十百千万][次个单万千元块家场笔]|\\d))";

    private static final String[] MONTH_CUES = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("(?i)\\b(?:in|for|during|of|since|until|till|by|from|through)\\s+$");

    private static final List<Rule> RULES = List.of(
            new Rule(
                    new String[] {"day before", "前天"},
                    "(?i)\\b(?:the\\s+)?day\\s+before\\s+yesterday\\b|前天",
                    (m, t, f, s) -> Period.day(t.minusDays(2))),
            new Rule(
                    new String[] {"today", "tonight", "今天", "今日", "今儿"},
                    "(?i)\\b(?:today|tonight|so\\s+far\\s+today)\\b|今天|今日|今儿",
                    (m, t, f, s) -> Period.day(t)),
            new Rule(
                    new String[] {"yesterday", "昨天", "昨日", "昨儿"},
                    "(?i)\\byesterday\\b|昨天|昨日|昨儿",
                    (m, t, f, s) -> Period.day(t.minusDays(1))),
            new Rule(
                    new String[] {"week", "wk", "month", "quarter", "qtr", "year", "yr"},
                    "(?i)\\b(this|current|last|previous|prior|past|next|coming|upcoming)\\s+"
                            + "(week|wk|month|quarter|qtr|year|yr)\\b",
                    (m, t, f, s) -> relative(unit(m.group(2)), shift(m.group(1)), m.group(1), t)),
            new Rule(
                    new String[] {"to date", "to-date", "wtd", "mtd", "qtd", "ytd"},
                    "(?i)\\b(?:(week|month|quarter|year)\\s*-?\\s*to\\s*-?\\s*date|(wtd|mtd|qtd|ytd))\\b",
                    (m, t, f, s) -> toDate(m.group(1) != null ? m.group(1) : m.group(2), t)),
            new Rule(
                    new String[] {"day", "week", "month"},
                    "(?i)\\b(?:in\\s+the\\s+)?(?:past|last|previous|recent)\\s+(" + SMALL_NUMBER
                            + ")\\s+(days?|weeks?|months?)\\b",
                    (m, t, f, s) -> rolling(englishNumber(m.group(1)), m.group(2), t)),
            new Rule(
                    new String[] {"q"},
                    "(?i)(?<![A-Za-z0-9])(?:(?:FY\\s?)?(20\\d{2})\\s*)?Q([1-4])(?![A-Za-z0-9])(?:\\s*(?:of\\s+)?(?:FY\\s?)?(20\\d{2}|'\\d{2})\\b)?",
                    (m, t, f, s) -> quarter(
                            yearOf(m.group(1), m.group(3), t),
                            Integer.parseInt(m.group(2)),
                            t,
                            f && m.group(1) == null && m.group(3) == null)),
            new Rule(
                    new String[] {"quarter"},
                    "(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\b(?:\\s+(?:of\\s+)?(20\\d{2}))?",
                    (m, t, f, s) ->
                            quarter(yearOf(null, m.group(2), t), ordinal(m.group(1)), t, f && m.group(2) == null)),
            new Rule(
                    MONTH_CUES,
                    "(?i)\\b(?:(next|last|this)\\s+)?(" + MONTHS + ")\\b\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?"
                            + "(?:,?\\s+(20\\d{2}))?(?:\\s+(next|last|this)\\s+year)?",
                    PeriodResolver::englishMonth),
            new Rule(
                    MONTH_CUES,
                    "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\b(?:,?\\s+(20\\d{2}))?",
                    (m, t, f, s) ->
                            day(yearOf(null, m.group(3), t), monthOf(m.group(2)), Integer.parseInt(m.group(1)))),
            new Rule(
                    new String[] {"20"},
                    "(?i)\\b(?:in|for|during|of|FY)\\s*(20\\d{2})\\b|\\b(20\\d{2})(?=\\s+(?:commissions?|revenue|sales|numbers"
                            + "|targets?|quotas?|goals?|bonus(?:es)?|deals|visits|ranking|leaderboard|results|performance)\\b)",
                    (m, t, f, s) -> year(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)))),
            new Rule(
                    new String[] {"周", "星期", "礼拜"},
                    "(?:本|这|这个|这一|当)(?:周|星期|礼拜|个星期|个礼拜)" + NOT_WEEKDAY,
                    (m, t, f, s) -> Period.weekOf(t)),
            new Rule(
                    new String[] {"周", "星期", "礼拜"},
                    "上(?:个|一)?(?:周|星期|礼拜)" + NOT_WEEKDAY,
                    (m, t, f, s) -> Period.weekOf(t.minusWeeks(1))),
            new Rule(
                    new String[] {"周", "星期", "礼拜"},
                    "下(?:个|一)?(?:周|星期|礼拜)" + NOT_WEEKDAY,
                    (m, t, f, s) -> Period.weekOf(t.plusWeeks(1))),
            new Rule(new String[] {"月"}, "(?:本|这个|这|当)月(?!\\d|[一二三四五六七八九十]+[日号])", (m, t, f, s) -> Period.monthOf(t)),
            new Rule(new String[] {"上"}, "上(?:个|一个)?月", (m, t, f, s) -> Period.monthOf(t.minusMonths(1))),
            new Rule(new String[] {"下"}, "下(?:个|一个)?月", (m, t, f, s) -> Period.monthOf(t.plusMonths(1))),
            new Rule(new String[] {"季"}, "(?:本|这个|这|当)季度?", (m, t, f, s) -> quarterOf(t)),
            new Rule(new String[] {"上"}, "上(?:个|一)?季度?", (m, t, f, s) -> quarterOf(t.minusMonths(3))),
            new Rule(new String[] {"下"}, "下(?:个|一)?季度?", (m, t, f, s) -> quarterOf(t.plusMonths(3))),
            new Rule(
                    new String[] {"季度"},
                    "(今年|去年|明年|前年|(20\\d{2})年)?(?:的)?第?([一二三四1-4])季度",
                    (m, t, f, s) -> quarter(
                            chineseYear(m.group(1), m.group(2), t),
                            chineseDigit(m.group(3)),
                            t,
                            f && m.group(1) == null)),
            new Rule(
                    new String[] {"月"},
                    "(?<![个几每第\\d一二三四五六七八九十])(今年|去年|明年|(20\\d{2})年)?(十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])月份?" + "(?:("
                            + CN_SMALL + ")[日号])?",
                    PeriodResolver::chineseMonth),
            new Rule(
                    new String[] {"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
                    "(?i)\\b(?:(last|this|on|past)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
                    (m, t, f, s) -> weekday(m.group(2), m.group(1), t)),
            new Rule(
                    new String[] {"周", "星期", "礼拜"},
                    "(上|这|本)?(?:个)?(?:周|星期|礼拜)([二三四五六1-7]|[日天](?![报志程常均])|一(?![共起直]|下(?!午)))"
                            + "(?![十百千万][次个单万千元块家场笔]|\\d)",
                    (m, t, f, s) -> chineseWeekday(m.group(1), m.group(2), t)),
            new Rule(new String[] {"今年", "本年", "这一年"}, "今年|本年度?|这一年", (m, t, f, s) -> year(t.getYear())),
            new Rule(
                    new String[] {"年"},
                    "(?<!\\d)(20\\d{2})\\s*年度?(?!\\s*[\\d一二三四五六七八九十第上下]|的?第?[一二三四1-4]季|的?(?:十[一二]?|[一二三四五六七八九])月)",
                    (m, t, f, s) -> year(Integer.parseInt(m.group(1)))),
            new Rule(new String[] {"去年", "上一年"}, "去年|上一年", (m, t, f, s) -> year(t.getYear() - 1)),
            new Rule(new String[] {"明年"}, "明年", (m, t, f, s) -> year(t.getYear() + 1)),
            new Rule(
                    new String[] {"最近", "近", "过去", "前"},
                    "(?:最近|近|过去|前)(" + CN_SMALL + ")(?:个)?(天|日|周|星期|个月|月)",
                    (m, t, f, s) -> rolling(ChineseNumerals.parseSmall(m.group(1)), chineseUnit(m.group(2)), t)));

    /**
     * The first period {@code text} names, relative to {@code today}.
     *
     * @param forward true when the message plans ahead (setting a target): a month or quarter already
     *     over this year then means next year's, since nobody sets a target for the past
     */
    public Optional<PeriodMatch> find(String text, LocalDate today, boolean forward) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        PeriodMatch best = null;
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
                Period period = safely(rule, m, text, today, forward);
                if (period != null) {
                    TextSpan span = new TextSpan(m.start(), m.end());
                    if (best == null
                            || span.start() < best.span().start()
                            || (span.start() == best.span().start()
                                    && span.end() > best.span().end())) {
                        best = new PeriodMatch(period, span);
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first period {@code text} names, reading month names and quarters as this year's. */
    public Optional<PeriodMatch> find(String text, LocalDate today) {
        return find(text, today, false);
    }

    /** A period named in text and where it was written. */
    public record PeriodMatch(Period period, TextSpan span) {}

    private static Period safely(Rule rule, Matcher m, String text, LocalDate today, boolean forward) {
        try {
            return rule.resolver().resolve(m, today, forward, text);
        } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
            return null; // "Feb 30", "Q5 99999": not a period after all
        }
    }

    private static Period relative(char unit, int shift, String word, LocalDate today) {
        if (word.equalsIgnoreCase("past") && unit == 'w') {
            return new Period(today.minusDays(6), today); // "in the past week" is the last seven days
        }
        return switch (unit) {
            case 'w' -> Period.weekOf(today.plusWeeks(shift));
            case 'm' -> Period.monthOf(today.plusMonths(shift));
            case 'q' -> quarterOf(today.plusMonths(3L * shift));
            default -> year(today.getYear() + shift);
        };
    }

    private static Period toDate(String what, LocalDate today) {
        char unit = what.toLowerCase(Locale.ROOT).charAt(0);
        Period whole = relative(unit == 'y' ? 'y' : unit, 0, "this", today);
        return new Period(whole.start(), today);
    }

    private static Period rolling(OptionalLong count, String unit, LocalDate today) {
        if (count.isEmpty() || count.getAsLong() < 1 || count.getAsLong() > 3660) {
            return null;
        }
        long n = count.getAsLong();
        char u = Character.toLowerCase(unit.charAt(0));
        LocalDate start = switch (u) {
            case 'w' -> today.minusDays(7 * n - 1);
            case 'm' -> today.minusMonths(n).plusDays(1);
            default -> today.minusDays(n - 1);
        };
        return new Period(start, today);
    }

    private static Period englishMonth(Matcher m, LocalDate today, boolean forward, String text) {
        String monthWord = m.group(2);
        boolean capitalised = Character.isUpperCase(monthWord.charAt(0));
        if (monthWord.equalsIgnoreCase("may") && !capitalised && !precededByPreposition(m, text)) {
            return null; // "may" is usually the verb
        }
        if (monthWord.equalsIgnoreCase("mar")
                && m.group(3) == null
                && !capitalised
                && !precededByPreposition(m, text)) {
            return null;
        }
        Month month = monthOf(monthWord);
        String relative = m.group(1) != null ? m.group(1) : m.group(5);
        int year;
        if (m.group(4) != null) {
            year = Integer.parseInt(m.group(4));
        } else if (relative != null && relative.equalsIgnoreCase("next")) {
            year = month.getValue() > today.getMonthValue() && m.group(5) == null
                    ? today.getYear()
                    : today.getYear() + 1;
        } else if (relative != null && relative.equalsIgnoreCase("last")) {
            year = month.getValue() < today.getMonthValue() && m.group(5) == null
                    ? today.getYear()
                    : today.getYear() - 1;
        } else {
            year = today.getYear();
            if (forward && month.getValue() < today.getMonthValue()) {
                year++;
            }
        }
        if (m.group(3) != null) {
            return day(year, month, Integer.parseInt(m.group(3)));
        }
        return Period.monthOf(YearMonth.of(year, month).atDay(1));
    }

    private static boolean precededByPreposition(Matcher m, String text) {
        return PREPOSITION_BEFORE
                .matcher(text)
                .region(Math.max(0, m.start() - 9), m.start())
                .find();
    }

    private static Period chineseMonth(Matcher m, LocalDate today, boolean forward, String text) {
        OptionalLong number = ChineseNumerals.parseSmall(m.group(3));
        if (number.isEmpty() || number.getAsLong() < 1 || number.getAsLong() > 12) {
            return null;
        }
        Month month = Month.of((int) number.getAsLong());
        int year = chineseYear(m.group(1), m.group(2), today);
        if (m.group(1) == null && forward && month.getValue() < today.getMonthValue()) {
            year++;
        }
        if (m.group(4) != null) {
            OptionalLong d = ChineseNumerals.parseSmall(m.group(4));
            return d.isEmpty() ? null : day(year, month, (int) d.getAsLong());
        }
        return Period.monthOf(YearMonth.of(year, month).atDay(1));
    }

    // A weekday named for a report or a statistic is a day already past: the most recent one.
    private static Period weekday(String word, String modifier, LocalDate today) {
        DayOfWeek day = DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
        LocalDate date = "last".equalsIgnoreCase(modifier)
                ? today.with(TemporalAdjusters.previous(day))
                : today.with(TemporalAdjusters.previousOrSame(day));
        return Period.day(date);
    }

    private static Period chineseWeekday(String week, String dayChar, LocalDate today) {
        int value = "日".equals(dayChar) || "天".equals(dayChar)
                ? 7
                : (int) ChineseNumerals.parseSmall(dayChar).orElse(1);
        DayOfWeek day = DayOfWeek.of(value);
        if (week == null) {
            return Period.day(today.with(TemporalAdjusters.previousOrSame(day)));
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate date = monday.plusDays(value - 1L);
        return Period.day(week.equals("上") ? date.minusWeeks(1) : date);
    }

    private static Period quarter(int year, int q, LocalDate today, boolean forward) {
        Period p = quarterOf(LocalDate.of(year, 3 * q - 2, 1));
        if (forward && year == today.getYear() && p.end().isBefore(today)) {
            return quarterOf(LocalDate.of(year + 1, 3 * q - 2, 1));
        }
        return p;
    }

    private static Period quarterOf(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        LocalDate start = LocalDate.of(day.getYear(), firstMonth, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    private static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Period day(int year, Month month, int day) {
        return Period.day(LocalDate.of(year, month, day));
    }

    private static int yearOf(String before, String after, LocalDate today) {
        String y = before != null ? before : after;
        if (y == null) {
            return today.getYear();
        }
        y = y.replace("'", "");
        int value = Integer.parseInt(y);
        return value < 100 ? 2000 + value : value;
    }

    private static int chineseYear(String word, String digits, LocalDate today) {
        if (digits != null) {
            return Integer.parseInt(digits);
        }
        if (word == null) {
            return today.getYear();
        }
        return switch (word) {
            case "去年" -> today.getYear() - 1;
            case "明年" -> today.getYear() + 1;
            case "前年" -> today.getYear() - 2;
            default -> today.getYear();
        };
    }

    private static char unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("q") ? 'q' : w.charAt(0);
    }

    private static int shift(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "last", "previous", "prior", "past" -> -1;
            case "next", "coming", "upcoming" -> 1;
            default -> 0;
        };
    }

    static Month monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) {
                return month;
            }
        }
        throw new DateTimeException("not a month: " + word);
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
    }

    private static int chineseDigit(String s) {
        return (int) ChineseNumerals.parseSmall(s).orElse(1);
    }

    private static String chineseUnit(String unit) {
        return switch (unit) {
            case "周", "星期" -> "week";
            case "个月", "月" -> "month";
            default -> "day";
        };
    }

    static OptionalLong englishNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit)) {
            return OptionalLong.of(Long.parseLong(w));
        }
        long n = switch (w) {
            case "one", "a", "an" -> 1;
            case "two", "couple" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "fourteen" -> 14;
            case "thirty" -> 30;
            case "sixty" -> 60;
            case "ninety" -> 90;
            default -> -1;
        };
        return n < 0 ? OptionalLong.empty() : OptionalLong.of(n);
    }

    @FunctionalInterface
    private interface Resolver {
        Period resolve(Matcher m, LocalDate today, boolean forward, String text);
    }

    private record Rule(CuedPattern pattern, Resolver resolver) {
        Rule(String[] cues, String regex, Resolver resolver) {
            this(new CuedPattern(regex, cues), resolver);
        }
    }
}
