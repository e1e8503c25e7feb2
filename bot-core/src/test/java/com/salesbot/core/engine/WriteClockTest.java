package com.salesbot.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WriteClockTest {
    private static final Instant T = Instant.parse("2026-11-27T02:00:00.123456Z");

    @Test
    void writesUnderAStandingClockStillGetIncreasingStamps() {
        WriteClock clock = new WriteClock(Clock.fixed(T, ZoneOffset.UTC));

        Instant first = clock.next();
        Instant second = clock.next();

        assertThat(first).isEqualTo(Instant.parse("2026-11-27T02:00:00.123Z"));
        assertThat(second).isEqualTo(first.plusMillis(1));
    }

    @Test
    void aMovingClockIsFollowed() {
        WriteClock early = new WriteClock(Clock.fixed(T, ZoneOffset.UTC));
        early.next();
        WriteClock later = new WriteClock(Clock.fixed(T.plusSeconds(60), ZoneOffset.UTC));

        assertThat(later.next()).isEqualTo(Instant.parse("2026-11-27T02:01:00.123Z"));
    }
}
