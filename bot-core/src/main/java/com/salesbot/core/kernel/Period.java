package com.salesbot.core.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** An inclusive range of local dates, such as a month or a quarter. */
public record Period(LocalDate start, LocalDate end) {
    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }

    /** The calendar month containing {@code day}. */
    public static Period monthOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** The Monday-to-Sunday week containing {@code day}. */
    public static Period weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6));
    }

    /** A single day. */
    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    /** True when {@code day} lies inside the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Number of days in the period, both ends counted. */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Days of the period elapsed by the end of {@code today}, between 0 and the length. */
    public long daysElapsed(LocalDate today) {
        if (today.isBefore(start)) {
            return 0;
        }
        if (today.isAfter(end)) {
            return lengthInDays();
        }
        return ChronoUnit.DAYS.between(start, today) + 1;
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
