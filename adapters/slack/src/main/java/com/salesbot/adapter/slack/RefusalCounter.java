package com.salesbot.adapter.slack;

/**
 * Told of every request refused because it came from a workspace the bot does not serve, so operations
 * can see forged payloads or a missing setting; {@code kind} is {@code event}, {@code command},
 * {@code action}, {@code view} or {@code other}.
 */
@FunctionalInterface
public interface RefusalCounter {
    /** Counts nothing. */
    RefusalCounter NONE = kind -> {};

    void refused(String kind);
}
