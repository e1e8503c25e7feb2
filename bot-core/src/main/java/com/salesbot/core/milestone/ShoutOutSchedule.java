package com.salesbot.core.milestone;

import com.salesbot.core.kernel.Metric;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * When shout-outs are due, in each team's own zone, and what they celebrate: a weekly honour roll
 * (default Friday 16:00, the week so far) and a monthly one on the first workday (default 09:00,
 * the month before), naming the {@code top} people for each metric.
 */
public record ShoutOutSchedule(
        DayOfWeek weeklyDay, LocalTime weeklyAt, LocalTime monthlyAt, List<Metric> metrics, int top) {
    public ShoutOutSchedule {
        Objects.requireNonNull(weeklyDay, "weeklyDay");
        Objects.requireNonNull(weeklyAt, "weeklyAt");
        Objects.requireNonNull(monthlyAt, "monthlyAt");
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty() || top < 1) {
            throw new IllegalArgumentException("a shout-out names at least one person for at least one metric");
        }
    }

    /** Friday 16:00 and the first workday 09:00; top three by sales, deals and kudos. */
    public static ShoutOutSchedule defaults() {
        return new ShoutOutSchedule(
                DayOfWeek.FRIDAY,
                LocalTime.of(16, 0),
                LocalTime.of(9, 0),
                List.of(Metric.SALES, Metric.DEALS, Metric.KUDOS),
                3);
    }
}
