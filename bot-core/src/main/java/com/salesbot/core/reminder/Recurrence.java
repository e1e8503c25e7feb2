package com.salesbot.core.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The NLU contract's RRULE subset: {@code FREQ=DAILY|WEEKLY|MONTHLY}, optional {@code BYDAY=MO,TU,…},
 * {@code BYMONTHDAY=n} and {@code INTERVAL=n}. Occurrences are computed in local time from an anchor
 * (the first occurrence), so "09:00" stays 09:00 whatever the zone's offset does.
 *
 * @param byDay the weekdays of a weekly rule; empty means the anchor's weekday
 * @param byMonthDay the day of a monthly rule, or 0 for the anchor's day
 */
public record Recurrence(Frequency frequency, int interval, Set<DayOfWeek> byDay, int byMonthDay) {
    /** How often the rule repeats. */
    public enum Frequency {
        DAILY,
        WEEKLY,
        MONTHLY
    }

    private static final String[] DAY_CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        if (interval < 1 || interval > 366) {
            throw new IllegalArgumentException("interval must be 1..366: " + interval);
        }
        byDay = byDay.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(byDay));
        if (byMonthDay < 0 || byMonthDay > 31) {
            throw new IllegalArgumentException("month day must be 1..31: " + byMonthDay);
        }
    }

    /** Reads the contract's RRULE subset; anything else is an {@link IllegalArgumentException}. */
    public static Recurrence parse(String rule) {
        Frequency frequency = null;
        int interval = 1;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int monthDay = 0;
        for (String part : rule.trim().toUpperCase(Locale.ROOT).split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("not an RRULE part: " + part);
            }
            switch (kv[0]) {
                case "FREQ" -> frequency = Frequency.valueOf(kv[1]);
                case "INTERVAL" -> interval = Integer.parseInt(kv[1]);
                case "BYMONTHDAY" -> monthDay = Integer.parseInt(kv[1]);
                case "BYDAY" -> {
                    for (String code : kv[1].split(",")) {
                        days.add(dayOf(code));
                    }
                }
                default -> throw new IllegalArgumentException("unsupported RRULE part: " + part);
            }
        }
        if (frequency == null) {
            throw new IllegalArgumentException("RRULE without FREQ: " + rule);
        }
        return new Recurrence(frequency, interval, days, monthDay);
    }

    /** The rule in the contract's order, e.g. {@code FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=2}. */
    public String toRule() {
        StringBuilder sb = new StringBuilder("FREQ=").append(frequency);
        if (!byDay.isEmpty()) {
            sb.append(";BYDAY=");
            sb.append(String.join(
                    ",",
                    new TreeSet<>(byDay)
                            .stream().map(d -> DAY_CODES[d.ordinal()]).toList()));
        }
        if (byMonthDay > 0) {
            sb.append(";BYMONTHDAY=").append(byMonthDay);
        }
        if (interval > 1) {
            sb.append(";INTERVAL=").append(interval);
        }
        return sb.toString();
    }

    /**
     * The first local occurrence on or after {@code from}, given the rule's anchor (its first
     * occurrence, which fixes the time of day and the weeks or months counted by the interval).
     * A monthly day the month lacks (the 31st in April) is skipped, as RFC 5545 does.
     */
    public Optional<LocalDateTime> firstOnOrAfter(LocalDateTime anchor, LocalDateTime from) {
        LocalDate start = (from.isBefore(anchor) ? anchor : from).toLocalDate().minusDays(1);
        LocalDate date = switch (frequency) {
            case DAILY -> nextDaily(anchor.toLocalDate(), start);
            case WEEKLY -> nextWeekly(anchor.toLocalDate(), start);
            case MONTHLY -> nextMonthly(anchor.toLocalDate(), start);
        };
        // The search starts a day early so that a same-day occurrence still ahead is found; step on
        // while the candidate is before the bound.
        for (int guard = 0; guard < 10_000; guard++) {
            LocalDateTime candidate = date.atTime(anchor.toLocalTime());
            if (!candidate.isBefore(from) && !candidate.isBefore(anchor)) {
                return Optional.of(candidate);
            }
            date = switch (frequency) {
                case DAILY -> nextDaily(anchor.toLocalDate(), date);
                case WEEKLY -> nextWeekly(anchor.toLocalDate(), date);
                case MONTHLY -> nextMonthly(anchor.toLocalDate(), date);
            };
        }
        return Optional.empty();
    }

    /** The next daily date strictly after {@code after}. */
    private LocalDate nextDaily(LocalDate anchor, LocalDate after) {
        if (after.isBefore(anchor)) {
            return anchor;
        }
        long days = ChronoUnit.DAYS.between(anchor, after);
        return anchor.plusDays((days / interval + 1) * interval);
    }

    private LocalDate nextWeekly(LocalDate anchor, LocalDate after) {
        Set<DayOfWeek> days = byDay.isEmpty() ? Set.of(anchor.getDayOfWeek()) : byDay;
        LocalDate anchorWeek = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate from = after.isBefore(anchor) ? anchor.minusDays(1) : after;
        LocalDate week = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < 2 * 7 * interval + 14; i++) {
            long weeks = ChronoUnit.WEEKS.between(anchorWeek, week);
            if (weeks % interval == 0) {
                for (DayOfWeek day : new TreeSet<>(days)) {
                    LocalDate candidate = week.plusDays(day.ordinal());
                    if (candidate.isAfter(from) && !candidate.isBefore(anchor)) {
                        return candidate;
                    }
                }
            }
            week = week.plusWeeks(1);
        }
        throw new IllegalStateException("no weekly occurrence found after " + after);
    }

    private LocalDate nextMonthly(LocalDate anchor, LocalDate after) {
        int day = byMonthDay > 0 ? byMonthDay : anchor.getDayOfMonth();
        LocalDate from = after.isBefore(anchor) ? anchor.minusDays(1) : after;
        LocalDate month = anchor.withDayOfMonth(1);
        long skip = ChronoUnit.MONTHS.between(month, from.withDayOfMonth(1));
        month = month.plusMonths(Math.max(0, skip / interval * interval));
        for (int i = 0; i < 48; i++) {
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.withDayOfMonth(day);
                if (candidate.isAfter(from) && !candidate.isBefore(anchor)) {
                    return candidate;
                }
            }
            month = month.plusMonths(interval);
        }
        throw new IllegalStateException("no monthly occurrence found after " + after);
    }

    private static DayOfWeek dayOf(String code) {
        for (int i = 0; i < DAY_CODES.length; i++) {
            if (DAY_CODES[i].equals(code.trim())) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw new IllegalArgumentException("not a weekday code: " + code);
    }
}
