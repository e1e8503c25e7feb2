package com.salesbot.core.competitor;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Intelligence about a competitor, optionally at a customer.
 *
 * @param customer the customer it concerns, or null
 * @param text the note as the author wrote it
 */
public record CompetitorNote(
        String id,
        PersonId author,
        String teamId,
        String competitor,
        String customer,
        String text,
        LocalDate date,
        Source source) {
    public CompetitorNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(competitor, "competitor");
        if (competitor.isBlank()) {
            throw new IllegalArgumentException("competitor must not be blank");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
