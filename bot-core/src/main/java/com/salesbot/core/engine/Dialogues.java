package com.salesbot.core.engine;

import com.salesbot.core.kernel.PersonId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one open question per person, kept in memory for a few minutes: a lost question costs the user
 * one retyped message, so it is not worth a database round trip on every message.
 */
final class Dialogues {
    private final Map<PersonId, Pending> open = new ConcurrentHashMap<>();

    /** Remembers the question, replacing any earlier one. */
    void ask(PersonId person, Pending pending) {
        open.put(person, pending);
    }

    /** Removes and returns the person's open question, unless it has lapsed. */
    Optional<Pending> take(PersonId person, Instant now) {
        Pending pending = open.remove(person);
        if (pending == null || !now.isBefore(pending.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}
