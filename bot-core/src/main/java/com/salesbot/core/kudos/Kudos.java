package com.salesbot.core.kudos;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Recognition one person gave to one or more colleagues on a day (in the giver's zone), with the
 * reason as written. Each recipient carries their team so team leaderboards count what they received.
 */
public record Kudos(
        String id,
        PersonId giver,
        String teamId,
        List<Recipient> recipients,
        String reason,
        LocalDate date,
        Source source) {
    public Kudos {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(giver, "giver");
        Objects.requireNonNull(teamId, "teamId");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("kudos need at least one recipient");
        }
        if (recipients.stream().anyMatch(r -> r.person().equals(giver))) {
            throw new IllegalArgumentException("nobody can give kudos to themselves");
        }
        reason = reason == null ? "" : reason.strip();
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }

    /** A person who received the kudos, and the team they were in at the time. */
    public record Recipient(PersonId person, String teamId) {
        public Recipient {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(teamId, "teamId");
        }
    }
}
