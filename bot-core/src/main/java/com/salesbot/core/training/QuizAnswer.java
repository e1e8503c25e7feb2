package com.salesbot.core.training;

import com.salesbot.core.kernel.PersonId;
import java.util.Objects;

/** One person's answer to one quiz; the first answer counts, later ones are refused. */
public record QuizAnswer(String quizId, PersonId person, int choice, boolean correct) {
    public QuizAnswer {
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(person, "person");
    }
}
