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
}
