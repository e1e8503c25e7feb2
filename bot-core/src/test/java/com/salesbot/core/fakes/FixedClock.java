package com.salesbot.core.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it. Copies made with {@link #withZone} share the same
 * time, so advancing the original moves every view of it.
 */
public final class FixedClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private FixedClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock showing {@code instant} in {@code zone}. */
    public static FixedClock at(Instant instant, ZoneId zone) {
        return new FixedClock(new AtomicReference<>(instant), zone);
    }

    /** A clock showing the local date-time {@code local} in {@code zone}. */
    public static FixedClock at(LocalDateTime local, ZoneId zone) {
        return at(local.atZone(zone).toInstant(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new FixedClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Moves the time forward (or back, for a negative duration). */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Sets the time to {@code instant}. */
    public void set(Instant instant) {
        now.set(instant);
    }

    /** Sets the time to a local date-time in this clock's zone. */
    public void set(LocalDateTime local) {
        set(local.atZone(zone).toInstant());
    }
}
