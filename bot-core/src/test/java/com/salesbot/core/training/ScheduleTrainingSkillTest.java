package com.salesbot.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.reminder.Reminder;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleTrainingSkillTest {
    private final TrainingWorld tw = new TrainingWorld();

    private static Entities monday9() {
        return new Entities(Map.of(Entities.WHEN, LocalDateTime.of(2026, 11, 30, 9, 0)));
    }

    @Test
    void aQuizIsScheduledForTheRepsAndComposedWithAnswerButtonsInEachRepsLanguage() {
        String reply = tw.world
                .tell(
                        tw.world.carol(),
                        "quiz Monday 9am: who approves a 12% discount? | me | *the sales director | finance",
                        Intent.SCHEDULE_TRAINING,
                        monday9())
                .text();

        assertThat(reply).isEqualTo("Quiz #T1 scheduled for 2 reps, first on Mon 2026-11-30 09:00.");
        Reminder reminder = tw.reminders.all().get(0);
        assertThat(reminder.kind()).isEqualTo(Reminder.Kind.TRAINING);
        assertThat(reminder.recipients()).hasSize(2);
        Reply toAlice = tw.composer
                .compose(reminder, tw.world.alice(), reminder.nextDue())
                .orElseThrow();
        assertThat(toAlice.text())
                .isEqualTo("📝 Quiz #T1: who approves a 12% discount?\n1. me\n2. the sales director\n3. finance");
        assertThat(toAlice.blocks())
                .containsExactly(new Block.Choices(List.of(
                        new Block.Choice("1. me", "quiz #T1 answer 1"),
                        new Block.Choice("2. the sales director", "quiz #T1 answer 2"),
                        new Block.Choice("3. finance", "quiz #T1 answer 3"))));
        Reply toBob = tw.composer
                .compose(reminder, tw.world.bob(), reminder.nextDue())
                .orElseThrow();
        assertThat(toBob.text()).startsWith("📝 测验 #T1：who approves");
        assertThat(((Block.Choices) toBob.blocks().get(0)).choices().get(1).value())
                .isEqualTo("测验 #T1 答案 2");
    }

    @Test
    void aTipIsScheduledAndComposedAsText() {
        tw.world.tell(
                tw.world.carol(),
                "weekly tip every Monday 9am: confirm who signs the PO",
                Intent.SCHEDULE_TRAINING,
                monday9());

        Reminder reminder = tw.reminders.all().get(0);
        assertThat(tw.composer
                        .compose(reminder, tw.world.alice(), reminder.nextDue())
                        .orElseThrow()
                        .text())
                .isEqualTo("💡 Tip of the week: confirm who signs the PO");
    }

    @Test
    void aQuizWithoutAStarredAnswerIsRefusedAndNothingScheduled() {
        String reply = tw.world
                .tell(tw.world.carol(), "quiz Monday 9am: who? | me | you", Intent.SCHEDULE_TRAINING, monday9())
                .text();

        assertThat(reply).startsWith("A quiz needs a question and at least two options");
        assertThat(tw.reminders.all()).isEmpty();
    }

    @Test
    void aRepCannotScheduleTraining() {
        String reply = tw.world
                .tell(tw.world.alice(), "weekly tip Monday 9am: x", Intent.SCHEDULE_TRAINING, monday9())
                .text();

        assertThat(reply).isEqualTo("Sorry, only a manager can do that.");
    }
}
