package com.salesbot.core.kernel;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a record came from: who wrote it, when, and the platform message that caused the write.
 * The message key makes a second delivery of the same message recognisable.
 */
public record Source(PersonId author, String messageKey, Instant writtenAt) {
    public Source {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }
}
