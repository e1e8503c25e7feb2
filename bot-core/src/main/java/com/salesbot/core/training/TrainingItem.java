package com.salesbot.core.training;

import java.util.List;
import java.util.Objects;

/**
 * A tip or a quiz for a team, delivered by the scheduler.
 *
 * @param id {@code T} and a number; quiz answers name it
 * @param options a quiz's choices in order, empty for a tip
 * @param correct the index of a quiz's right option, -1 for a tip
 */
public record TrainingItem(
        String id, String teamId, Kind kind, String text, List<String> options, int correct, String author) {
    /** A tip is read; a quiz is answered. */
    public enum Kind {
        TIP,
        QUIZ
    }

    public TrainingItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        Objects.requireNonNull(author, "author");
        if (kind == Kind.QUIZ && (options.size() < 2 || correct < 0 || correct >= options.size())) {
            throw new IllegalArgumentException("a quiz needs two or more options and one right answer");
        }
    }
}
