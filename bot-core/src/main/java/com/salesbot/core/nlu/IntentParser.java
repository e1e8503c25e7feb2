package com.salesbot.core.nlu;

import java.time.ZonedDateTime;

/** Port: turns chat text into a contract-shaped reading. Implementations never throw on any text. */
public interface IntentParser {
    /**
     * Reads one chat message.
     *
     * @param text the message as typed
     * @param now the reference clock in the speaker's zone, for relative dates
     */
    ParsedMessage parse(String text, ZonedDateTime now);

    /**
     * Reads the entities of {@code text} as if it were a message of {@code intent}: used when a short
     * answer ("12k", "next Friday") completes an earlier message that lacked something.
     */
    default Entities entitiesFor(String text, Intent intent, ZonedDateTime now) {
        return parse(text, now).entities();
    }
}
