package com.salesbot.core.telemetry;

import java.time.Duration;

/**
 * Port: what the core tells operations about its work. Implementations must be cheap and never throw;
 * they see intents and outcomes only, never message text.
 */
public interface Telemetry {
    /** Reports nothing: for tests and tools that run without metrics. */
    Telemetry NONE = new Telemetry() {};

    /** The NLU read a message as {@code intent} (contract wire name) with this confidence (0..1). */
    default void intentRead(String intent, double confidence) {}

    /** A skill answered a message of this intent. */
    default void messageAnswered(String intent) {}

    /**
     * One message went through the engine.
     *
     * @param outcome {@code answered}, {@code duplicate}, {@code rate_limited}, {@code store_unavailable}
     * @param latency from receipt to the reply being ready
     */
    default void messageHandled(String outcome, Duration latency) {}

    /** A reminder went out, {@code lateness} after it was due. */
    default void reminderSent(Duration lateness) {}

    /** A reminder was found too late to send and recorded as missed. */
    default void reminderMissed() {}

    /** A reminder failed for good (after its retries, or undeliverable). */
    default void reminderFailed() {}

    /** A chat platform's API refused or failed a call. */
    default void chatApiError(String platform, String method) {}
}
