package com.salesbot.core.training;

import com.salesbot.core.kernel.Source;
import java.util.List;
import java.util.Optional;

/** Port: tips and quizzes, and the answers people gave. */
public interface TrainingStore {
    /**
     * Stores a new item under the next free number ({@code id} of the argument is ignored); a second
     * delivery of the same message returns the item it stored the first time.
     */
    TrainingItem add(TrainingItem item, Source source);

    Optional<TrainingItem> item(String id);

    /** A team's quizzes, oldest first. */
    List<TrainingItem> quizzes(String teamId);

    /** Records the answer; false when this person already answered this quiz (nothing written). */
    boolean answer(QuizAnswer answer);

    /** Every answer to a quiz. */
    List<QuizAnswer> answers(String quizId);
}
