package com.salesbot.adapter.discord;

/**
 * Told of every message or interaction refused because it came from a server the bot does not serve, so
 * operations can see probing or a missing setting; {@code kind} is {@code message}, {@code command},
 * {@code button}, {@code form}, {@code autocomplete} or {@code reaction}.
 */
@FunctionalInterface
public interface RefusalCounter {
    /** Counts nothing. */
    RefusalCounter NONE = kind -> {};

    void refused(String kind);
}
