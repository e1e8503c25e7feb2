package com.salesbot.nlp.normalize;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * One date and/or time expression found in a message ("next Tuesday 3pm", "下午三点", "in 2 hours"),
 * parsed once and resolved later, because whether a bare weekday means the past or the future
 * depends on what the message does with it (see {@link DateTimeResolver.Direction}).
 */
public final class DateTimeMention {
    private final TextSpan span;
    private final DateSpec date;
    private final LocalTime time;
    private final Duration elapsed;

    DateTimeMention(TextSpan span, DateSpec date, LocalTime time, Duration elapsed) {
        this.span = Objects.requireNonNull(span, "span");
        this.date = date;
        this.time = time;
        this.elapsed = elapsed;
    }

    /** Where the expression sits in the text. */
    public TextSpan span() {
        return span;
    }

    /** True when the expression gives a time of day (or an elapsed time), so it resolves to a date-time. */
    public boolean statesTime() {
        return time != null || elapsed != null;
    }

    /** True when the time of day is all it states ("3pm", "下午三点"). */
    public boolean timeOnly() {
        return date == null && elapsed == null;
    }

    /** True when the words themselves point ahead ("tomorrow", "next Tuesday", "in 3 days", "下周三"). */
    public boolean pointsAhead() {
        return elapsed != null || (date != null && date.pointsAhead());
    }

    /**
     * True when the date is a calendar day still ahead this year or month ("12月12号" said on Nov 27):
     * in a message that records a visit, such a date is the next step, not the visit.
     */
    public boolean upcoming(LocalDate today) {
        if (date instanceof MonthDay md && md.year() == null) {
            LocalDate ahead = md.resolve(today, DateTimeResolver.Direction.SCHEDULING);
            return ahead != null && ahead.isAfter(today) && !ahead.isAfter(today.plusDays(92));
        }
        if (date instanceof DayOfMonth dm) {
            return dm.day() > today.getDayOfMonth() && dm.day() <= today.lengthOfMonth();
        }
        return false;
    }

    /** The time of day stated, if any. */
    public Optional<LocalTime> time() {
        return Optional.ofNullable(time);
    }

    /** The same date with another time of day, for joining "tomorrow" and a "3pm" written apart. */
    DateTimeMention withTime(DateTimeMention other) {
        TextSpan joined =
                new TextSpan(Math.min(span.start(), other.span.start()), Math.max(span.end(), other.span.end()));
        return new DateTimeMention(joined, date, other.time, elapsed);
    }

    /** True when it has a date part and no time: a candidate for {@link #withTime}. */
    boolean dateOnly() {
        return date != null && time == null && elapsed == null;
    }

    /**
     * The {@link LocalDate} or (when a time is stated) {@link LocalDateTime} this expression means,
     * seen from {@code now}; empty for impossible dates such as "Feb 30".
     */
    public Optional<Temporal> resolve(ZonedDateTime now, DateTimeResolver.Direction direction) {
        try {
            if (elapsed != null) {
                // Elapsed time runs on the instant time line, so "in 2 hours" stays right across a DST change.
                return Optional.of(now.plus(elapsed).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
            }
            LocalDate today = now.toLocalDate();
            if (date == null) {
                boolean ahead = time.isAfter(now.toLocalTime());
                LocalDate day =
                        direction == DateTimeResolver.Direction.SCHEDULING && !ahead ? today.plusDays(1) : today;
                return Optional.of(LocalDateTime.of(day, time));
            }
            LocalDate day = date.resolve(today, direction);
            if (day == null) {
                return Optional.empty();
            }
            return Optional.of(time == null ? day : LocalDateTime.of(day, time));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The date part of an expression, before it is resolved against a day and a direction. */
    sealed interface DateSpec permits Offset, Weekday, MonthDay, DayOfMonth, MonthOffsetDay, EndOfMonth, Absolute {
        LocalDate resolve(LocalDate today, DateTimeResolver.Direction direction);

        boolean pointsAhead();
    }

    /** "today", "tomorrow", "in 3 days", "三天前". */
    record Offset(long days, long months) implements DateSpec {
        public LocalDate resolve(LocalDate today, DateTimeResolver.Direction direction) {
            return today.plusMonths(months).plusDays(days);
        }

        public boolean pointsAhead() {
            return days > 0 || months > 0;
        }
    }

    /** How a weekday name is anchored. */
    enum Anchor {
        /** "Tuesday", "周二": the direction decides. */
        BARE,
        /** English "this Tuesday": this week's, or next week's when scheduling and already past. */
        THIS,
        /** "本周二", "Tuesday this week": this week's. */
        THIS_WEEK,
        /** "next Tuesday", "下周二": the Tuesday of next week. */
        NEXT_WEEK,
        /** "下下周二": the week after next. */
        WEEK_AFTER_NEXT,
        /** "上周二", "Tuesday last week": the Tuesday of last week. */
        LAST_WEEK,
        /** "last Tuesday": the most recent Tuesday before today. */
        LAST
    }

    /** A weekday with its anchor. */
    record Weekday(DayOfWeek day, Anchor anchor) implements DateSpec {
        public LocalDate resolve(LocalDate today, DateTimeResolver.Direction direction) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate thisWeeks = monday.plusDays(day.getValue() - 1L);
            return switch (anchor) {
                case BARE ->
                    direction == DateTimeResolver.Direction.SCHEDULING
                            ? today.with(TemporalAdjusters.next(day))
                            : today.with(TemporalAdjusters.previousOrSame(day));
                case THIS ->
                    direction == DateTimeResolver.Direction.SCHEDULING && thisWeeks.isBefore(today)
                            ? thisWeeks.plusWeeks(1)
                            : thisWeeks;
                case THIS_WEEK -> thisWeeks;
                case NEXT_WEEK -> thisWeeks.plusWeeks(1);
                case WEEK_AFTER_NEXT -> thisWeeks.plusWeeks(2);
                case LAST_WEEK -> thisWeeks.minusWeeks(1);
                case LAST -> today.with(TemporalAdjusters.previous(day));
            };
        }

        public boolean pointsAhead() {
            return anchor == Anchor.NEXT_WEEK || anchor == Anchor.WEEK_AFTER_NEXT;
        }
    }

    /** "Dec 5", "12月5日", optionally with a year. */
    record MonthDay(Month month, int day, Integer year) implements DateSpec {
        public LocalDate resolve(LocalDate today, DateTimeResolver.Direction direction) {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            int y = today.getYear();
            if (direction == DateTimeResolver.Direction.SCHEDULING) {
                // on or after today; "jan 4" said on Dec 28 is next year's
                return valid(y, month, day) && !LocalDate.of(y, month, day).isBefore(today)
                        ? LocalDate.of(y, month, day)
                        : firstValid(y + 1, 1);
            }
            return valid(y, month, day) && !LocalDate.of(y, month, day).isAfter(today)
                    ? LocalDate.of(y, month, day)
                    : firstValid(y - 1, -1);
        }

        private LocalDate firstValid(int from, int step) {
            for (int y = from, tries = 0; tries < 8; y += step, tries++) {
                if (valid(y, month, day)) {
                    return LocalDate.of(y, month, day);
                }
            }
            return null;
        }

        public boolean pointsAhead() {
            return false;
        }
    }

    /** "the 5th", "5号": a day of a month to be chosen by direction. */
    record DayOfMonth(int day) implements DateSpec {
        public LocalDate resolve(LocalDate today, DateTimeResolver.Direction direction) {
            YearMonth month = YearMonth.from(today);
            int step = direction == DateTimeResolver.Direction.SCHEDULING ? 1 : -1;
            for (int tries = 0; tries < 13; tries++, month = month.plusMonths(step)) {
                if (!month.isValidDay(day)) {
                    continue;
                }
                LocalDate candidate = month.atDay(day);
                boolean fits = step > 0 ? !candidate.isBefore(today) : !candidate.isAfter(today);
                if (fits) {
                    return candidate;
                }
            }
            return null;
        }

        public boolean pointsAhead() {
            return false;
        }
    }

    /** "下个月3号": a day of a month counted from this one. */
    record MonthOffsetDay(long months, int day) implements DateSpec {
        public LocalDate resolve(LocalDate today, DateTimeResolver.Direction direction) {
            YearMonth month = YearMonth.from(today).plusMonths(months);
            return month.isValidDay(day) ? month.atDay(day) : null;
        }

        public boolean pointsAhead() {
            return months > 0;
        }
    }

    /** "end of the month", "月底". */
    record EndOfMonth() implements DateSpec {
        public LocalDate resolve(LocalDate today, DateTimeResolver.Direction direction) {
            return YearMonth.from(today).atEndOfMonth();
        }

        public boolean pointsAhead() {
            return true;
        }
    }

    /** "2026-12-05": a date with nothing left to resolve. */
    record Absolute(LocalDate date) implements DateSpec {
        public LocalDate resolve(LocalDate today, DateTimeResolver.Direction direction) {
            return date;
        }

        public boolean pointsAhead() {
            return false;
        }
    }

    private static boolean valid(int year, Month month, int day) {
        return day >= 1 && YearMonth.of(year, month).isValidDay(day);
    }
}
