package com.salesbot.core.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stamps writes with strictly increasing instants, a millisecond apart at least (what MongoDB keeps),
 * so "the last entry" is the last one written even when two messages share a clock reading, as they
 * do in a script whose clock stands still.
 */
final class WriteClock {
    private final Clock clock;
    private Instant last = Instant.MIN;

    WriteClock(Clock clock) {
        this.clock = clock;
    }

    /** Now, or just after the previous stamp if the clock has not moved past it. */
    synchronized Instant next() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        last = now.isAfter(last) ? now : last.plusMillis(1);
        return last;
    }
}
