package com.salesbot.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.nlu.Intent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuizAnswerSkillTest {
    private final TrainingWorld tw = new TrainingWorld();

    @BeforeEach
    void aQuiz() {
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
    }

    @Test
    void theFirstAnswerCountsAndIsMarkedInTheRepsLanguage() {
        assertThat(tw.world
                        .tell(tw.world.alice(), "quiz #T1 answer 2", Intent.QUIZ_ANSWER)
                        .text())
                .isEqualTo("Correct! ✅");
        assertThat(tw.world
                        .tell(tw.world.alice(), "quiz #T1 answer 1", Intent.QUIZ_ANSWER)
                        .text())
                .isEqualTo("You already answered quiz #T1; the first answer counts.");
        assertThat(tw.world
                        .tell(tw.world.bob(), "测验 #T1 答案 1", Intent.QUIZ_ANSWER)
                        .text())
                .isEqualTo("不对，正确答案是 2. director");
        assertThat(tw.training.answers("T1")).extracting(QuizAnswer::correct).containsExactly(true, false);
    }

    @Test
    void anOptionOutOfRangeIsRefused() {
        assertThat(tw.world
                        .tell(tw.world.alice(), "quiz #T1 answer 5", Intent.QUIZ_ANSWER)
                        .text())
                .isEqualTo("Please pick an option from 1 to 2.");
        assertThat(tw.training.answers("T1")).isEmpty();
    }
}
