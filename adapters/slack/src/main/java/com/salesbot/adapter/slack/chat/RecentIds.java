package com.salesbot.adapter.slack.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ids of deliveries seen lately (event ids, button clicks), so Slack's retries and double clicks are
 * acknowledged without doing the work again. The core's processed-message keys in the database still
 * guard writes across restarts; this only keeps a retry that arrives while the first delivery is still
 * being answered from producing a second answer.
 */
final class RecentIds {
    /** Slack retries for about five minutes; an hour covers that with room. */
    private static final Duration KEEP = Duration.ofHours(1);

    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    RecentIds(Clock clock) {
        this.clock = clock;
    }

    /** True the first time an id is offered; a null id (nothing to compare) always counts as new. */
    boolean firstTime(String id) {
        if (id == null) {
            return true;
        }
        long now = clock.millis();
        if (seen.size() > PRUNE_ABOVE) {
            seen.values().removeIf(at -> now - at > KEEP.toMillis());
        }
        return seen.putIfAbsent(id, now) == null;
    }
}
