package com.salesbot.core.conversation;

import java.time.Instant;

/** Port: the message keys already answered, so a platform's second delivery gets no second answer. */
public interface ProcessedMessages {
    boolean wasHandled(String messageKey);

    /** Records the key; recording it twice is harmless. */
    void markHandled(String messageKey, Instant at);
}
