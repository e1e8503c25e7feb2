package com.salesbot.core.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Port: the message keys already answered, so a platform's second delivery gets no second answer, not
 * even when the two deliveries reach two instances of the bot at the same moment.
 */
public interface ProcessedMessages {
    /** True once the message was fully handled. */
    boolean wasHandled(String messageKey);

    /** Records the key as handled; recording it twice is harmless. */
    void markHandled(String messageKey, Instant at);

    /** Records many keys as handled, each at its own time; stores that can should do it in one write. */
    default void markAllHandled(Map<String, Instant> handledAt) {
        handledAt.forEach(this::markHandled);
    }

    /**
     * Takes the message for this instance: true for exactly one of several concurrent callers, false
     * when it was handled already or another instance holds it. A claim whose holder died lapses after
     * {@code lease}, so the platform's retry is answered. Stores shared between instances must make
     * this atomic; the default suits a store used by one instance.
     */
    default boolean claim(String messageKey, Instant at, Duration lease) {
        return !wasHandled(messageKey);
    }

    /** Gives up a claim that did not finish (the database failed), so a retry may be answered at once. */
    default void release(String messageKey) {}
}
