package com.salesbot.core.reminder;

import java.time.Duration;
import java.util.Objects;

/**
 * How the scheduler behaves.
 *
 * @param horizon how far ahead occurrences are materialised as due items (the due scan then reads only those)
 * @param maxLateness an occurrence found later than this after its due time is recorded as missed, not sent
 * @param lateNoteAfter a delivery later than this after its due time carries a note saying so
 * @param maxAttempts tries per occurrence before it is marked failed
 * @param backoff the wait after the first failed try; it doubles after each further one
 * @param lease how long a claim protects an occurrence from other schedulers
 */
public record SchedulerSettings(
        Duration horizon,
        Duration maxLateness,
        Duration lateNoteAfter,
        int maxAttempts,
        Duration backoff,
        Duration lease) {
    public SchedulerSettings {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(maxLateness, "maxLateness");
        Objects.requireNonNull(lateNoteAfter, "lateNoteAfter");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(lease, "lease");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** One minute ahead, six hours' lateness, a note after two minutes, five tries from 30 s, 2 min leases. */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(
                Duration.ofMinutes(1),
                Duration.ofHours(6),
                Duration.ofMinutes(2),
                5,
                Duration.ofSeconds(30),
                Duration.ofMinutes(2));
    }

    /** The same settings with another maximum lateness. */
    public SchedulerSettings withMaxLateness(Duration lateness) {
        return new SchedulerSettings(horizon, lateness, lateNoteAfter, maxAttempts, backoff, lease);
    }
}
