package com.salesbot.core.ratelimit;

import java.util.Objects;
import java.util.Set;

/**
 * How many messages one sender may send: a burst of {@code burst}, then {@code perSecond} a second.
 *
 * @param enabled false lets every message through
 * @param burst messages a sender may send at once after being quiet
 * @param perSecond messages a second a sender may keep up after the burst
 * @param exemptPlatforms platforms never limited: the console is the operator's own terminal
 */
public record RateLimitSettings(boolean enabled, int burst, double perSecond, Set<String> exemptPlatforms) {
    public RateLimitSettings {
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1");
        }
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("perSecond must be positive");
        }
        exemptPlatforms = Set.copyOf(Objects.requireNonNull(exemptPlatforms, "exemptPlatforms"));
    }

    /** A burst of 20 messages, then one a second; the console is exempt. */
    public static RateLimitSettings defaults() {
        return new RateLimitSettings(true, 20, 1.0, Set.of("console"));
    }

    /** Never limits anyone. */
    public static RateLimitSettings unlimited() {
        return new RateLimitSettings(false, 1, 1.0, Set.of());
    }
}
