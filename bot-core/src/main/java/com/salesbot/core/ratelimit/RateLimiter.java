package com.salesbot.core.ratelimit;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per sender identity, in memory: each message takes a token, tokens come back at
 * {@code perSecond} up to {@code burst}. A refused message takes nothing, so a sender who keeps
 * flooding is let through again as soon as the bucket refills. The clock is a port, so tests move time.
 */
public final class RateLimiter {
    /** Above this many tracked senders, buckets that are full again are forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    private final RateLimitSettings settings;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** A limiter that lets everything through. */
    public static RateLimiter unlimited() {
        return new RateLimiter(RateLimitSettings.unlimited(), Clock.systemUTC());
    }

    /** True when the sender may send this message now; takes a token if so. */
    public boolean tryAcquire(String platform, String identity) {
        if (!settings.enabled() || settings.exemptPlatforms().contains(platform)) {
            return true;
        }
        long now = clock.millis();
        if (buckets.size() > PRUNE_ABOVE) {
            prune(now);
        }
        return buckets.computeIfAbsent(identity, k -> new Bucket(settings.burst(), now))
                .take(now, settings);
    }

    /** Gives back a token taken for a message that turned out not to count (a platform's repeat). */
    public void refund(String platform, String identity) {
        if (!settings.enabled() || settings.exemptPlatforms().contains(platform)) {
            return;
        }
        Bucket bucket = buckets.get(identity);
        if (bucket != null) {
            bucket.giveBack(settings);
        }
    }

    private void prune(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().fullAt(now, settings)) {
                it.remove();
            }
        }
    }

    /** One sender's tokens; synchronized on itself, as one sender's messages may arrive on several threads. */
    private static final class Bucket {
        private double tokens;
        private long updatedMillis;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedMillis = now;
        }

        synchronized boolean take(long now, RateLimitSettings settings) {
            refill(now, settings);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized void giveBack(RateLimitSettings settings) {
            tokens = Math.min(settings.burst(), tokens + 1);
        }

        synchronized boolean fullAt(long now, RateLimitSettings settings) {
            refill(now, settings);
            return tokens >= settings.burst();
        }

        private void refill(long now, RateLimitSettings settings) {
            if (now > updatedMillis) {
                tokens = Math.min(settings.burst(), tokens + (now - updatedMillis) * settings.perSecond() / 1000.0);
                updatedMillis = now;
            }
        }
    }
}
