package com.salesbot.core.feedback;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of feedback to a team's managers.
 *
 * @param id random, so it says nothing about who wrote it or when
 * @param teamId null for anonymous feedback from a team with a single rep, where the team alone names the sender
 * @param from null when anonymous
 * @param day the day only: a finer time could be matched against who was online
 */
public record Feedback(String id, String teamId, PersonId from, String text, Lang lang, LocalDate day) {
    public Feedback {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(day, "day");
    }

    public boolean anonymous() {
        return from == null;
    }
}
