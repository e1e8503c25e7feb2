package com.salesbot.nlp.normalize;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A repeat rule in the contract's RRULE subset: {@code FREQ}, then optional {@code BYDAY},
 * {@code BYMONTHDAY} and {@code INTERVAL}, in that order.
 */
public record Recurrence(Frequency frequency, List<DayOfWeek> byDay, Integer byMonthDay, int interval) {
    /** How often the rule repeats. */
    public enum Frequency {
        DAILY,
        WEEKLY,
        MONTHLY
    }

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        byDay = List.copyOf(new TreeSet<>(byDay)); // RRULE lists days Monday first, once each
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        if (byMonthDay != null && (byMonthDay < 1 || byMonthDay > 31)) {
            throw new IllegalArgumentException("no such day of the month: " + byMonthDay);
        }
    }

    /** The rule as the contract writes it, e.g. {@code FREQ=WEEKLY;BYDAY=MO,TH;INTERVAL=2}. */
    public String toRrule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency);
        if (!byDay.isEmpty()) {
            rule.append(";BYDAY=")
                    .append(byDay.stream().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(",")));
        }
        if (byMonthDay != null) {
            rule.append(";BYMONTHDAY=").append(byMonthDay);
        }
        if (interval > 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        return rule.toString();
    }

    /**
     * The first occurrence on or after {@code from}: a date-time when {@code time} is given (strictly
     * after {@code now}), else a date (today counts, since the reminder can still go out today).
     */
    public Optional<Temporal> firstOccurrence(LocalDate from, Optional<LocalTime> time, LocalDateTime now) {
        LocalDate day = from.isBefore(now.toLocalDate()) ? now.toLocalDate() : from;
        for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
            if (!matches(day)) {
                continue;
            }
            if (time.isEmpty()) {
                return Optional.of(day);
            }
            LocalDateTime at = LocalDateTime.of(day, time.get());
            if (at.isAfter(now)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** True when the rule names its days (BYDAY or BYMONTHDAY), so it has a first day without a time. */
    public boolean namesDays() {
        return !byDay.isEmpty() || byMonthDay != null;
    }

    private boolean matches(LocalDate day) {
        if (!byDay.isEmpty() && !byDay.contains(day.getDayOfWeek())) {
            return false;
        }
        return byMonthDay == null || day.getDayOfMonth() == byMonthDay;
    }

    @Override
    public String toString() {
        return toRrule();
    }
}
