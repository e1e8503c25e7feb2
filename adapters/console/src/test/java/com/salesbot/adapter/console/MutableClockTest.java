package com.salesbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aFixedClockStandsStillUntilMoved() {
        Instant start = Instant.parse("2026-11-27T02:00:00Z");
        MutableClock clock = MutableClock.fixedAt(start, SHANGHAI);

        assertThat(clock.instant()).isEqualTo(start);
        clock.set(start.plusSeconds(3600));
        assertThat(clock.instant()).isEqualTo(start.plusSeconds(3600));
    }

    @Test
    void aClockInAnotherZoneSharesTheSameMoves() {
        MutableClock clock = MutableClock.fixedAt(Instant.parse("2026-11-27T02:00:00Z"), SHANGHAI);
        var utc = clock.withZone(ZoneId.of("UTC"));

        clock.set(Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(utc.instant()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(utc.getZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void aSystemClockFollowsRealTime() {
        Instant before = Instant.now();
        Instant read = MutableClock.system(SHANGHAI).instant();

        assertThat(read).isBetween(before, Instant.now());
    }
}
