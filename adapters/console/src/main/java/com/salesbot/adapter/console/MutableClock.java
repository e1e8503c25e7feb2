package com.salesbot.adapter.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a script can stand still or move: fixed at a given instant, or following the system clock
 * when none was given. Scripts need it so their replies are the same on every run.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> fixed;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> fixed, ZoneId zone) {
        this.fixed = fixed;
        this.zone = zone;
    }

    /** A clock standing still at {@code instant} until moved. */
    public static MutableClock fixedAt(Instant instant, ZoneId zone) {
        return new MutableClock(new AtomicReference<>(instant), zone);
    }

    /** A clock following the system clock until moved. */
    public static MutableClock system(ZoneId zone) {
        return new MutableClock(new AtomicReference<>(), zone);
    }

    /** Stands the clock still at {@code instant}. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(fixed, newZone);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now != null ? now : Instant.now();
    }
}
