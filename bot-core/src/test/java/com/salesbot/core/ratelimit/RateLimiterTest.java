package com.salesbot.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.FixedClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final FixedClock clock = FixedClock.at(LocalDateTime.of(2026, 11, 27, 10, 0), ZoneOffset.UTC);
    private final RateLimiter limiter = new RateLimiter(RateLimitSettings.defaults(), clock);

    private long allowedOf(String identity, int attempts) {
        return IntStream.range(0, attempts)
                .filter(i -> limiter.tryAcquire("slack", identity))
                .count();
    }

    @Test
    void aSenderMaySendABurstOfTwentyThenIsRefused() {
        assertThat(allowedOf("slack:T1/U1", 25)).isEqualTo(20);
    }

    @Test
    void afterTheBurstOneMessageASecondGetsThrough() {
        allowedOf("slack:T1/U1", 20);

        clock.advance(Duration.ofSeconds(3));

        assertThat(allowedOf("slack:T1/U1", 10)).isEqualTo(3);
    }

    @Test
    void refusedMessagesDoNotDelayTheNextToken() {
        allowedOf("slack:T1/U1", 20);
        allowedOf("slack:T1/U1", 500);

        clock.advance(Duration.ofSeconds(1));

        assertThat(limiter.tryAcquire("slack", "slack:T1/U1")).isTrue();
    }

    @Test
    void aRefundedTokenLetsOneMoreMessageThroughButNeverMoreThanTheBurst() {
        allowedOf("slack:T1/U1", 20);
        limiter.refund("slack", "slack:T1/U1");

        assertThat(allowedOf("slack:T1/U1", 5)).isEqualTo(1);

        limiter.refund("slack", "slack:T1/U2");
        limiter.refund("slack", "slack:T1/U2");
        assertThat(allowedOf("slack:T1/U2", 25)).isEqualTo(20);
    }

    @Test
    void oneFloodingSenderDoesNotLimitAnother() {
        allowedOf("slack:T1/U1", 100);

        assertThat(allowedOf("slack:T1/U2", 20)).isEqualTo(20);
    }

    @Test
    void aQuietSenderGetsTheWholeBurstBackButNoMore() {
        allowedOf("slack:T1/U1", 20);

        clock.advance(Duration.ofHours(1));

        assertThat(allowedOf("slack:T1/U1", 30)).isEqualTo(20);
    }

    @Test
    void exemptPlatformsAndADisabledLimiterLetEverythingThrough() {
        RateLimiter disabled = new RateLimiter(new RateLimitSettings(false, 1, 1, Set.of()), clock);

        assertThat(IntStream.range(0, 100).allMatch(i -> limiter.tryAcquire("console", "console:alice")))
                .isTrue();
        assertThat(IntStream.range(0, 100).allMatch(i -> disabled.tryAcquire("slack", "slack:T1/U1")))
                .isTrue();
    }
}
