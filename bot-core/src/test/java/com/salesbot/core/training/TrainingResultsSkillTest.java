package com.salesbot.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.nlu.Intent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingResultsSkillTest {
    private final TrainingWorld tw = new TrainingWorld();

    @Test
    void theManagerSeesCompletionScoresAndWhoIsMissing() {
        tw.training.add(
                new TrainingItem(
                        "new",
                        "west",
                        TrainingItem.Kind.QUIZ,
                        "who approves 12%?",
                        List.of("me", "director"),
                        1,
                        "carol"),
                new Source(new PersonId("carol"), "m1", Instant.EPOCH));
        tw.world.tell(tw.world.alice(), "quiz #T1 answer 2", Intent.QUIZ_ANSWER);

        String reply = tw.world
                .tell(tw.world.carol(), "quiz results", Intent.TRAINING_RESULTS)
                .text();

        assertThat(reply)
                .isEqualTo(
                        "Quiz results:\n#T1 who approves 12%?: answered 1 of 2, right 1 (100%). Not answered yet: Bob.");
    }

    @Test
    void withoutQuizzesItSaysSo() {
        assertThat(tw.world
                        .tell(tw.world.carol(), "quiz results", Intent.TRAINING_RESULTS)
                        .text())
                .isEqualTo("Your team has no quizzes yet.");
    }
}
