package com.salesbot.core.training;

import com.salesbot.core.fakes.InMemoryReminderStore;
import com.salesbot.core.fakes.InMemoryTrainingStore;
import com.salesbot.core.fakes.LateDirectory;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.i18n.Messages;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link TestWorld} with the training skills and a composer on the same in-memory store. */
final class TrainingWorld {
    final InMemoryTrainingStore training = new InMemoryTrainingStore();
    final InMemoryReminderStore reminders = new InMemoryReminderStore();
    final TrainingComposer composer = new TrainingComposer(training, Messages.load());
    private final AtomicInteger ids = new AtomicInteger(900_000_000);
    TestWorld world;

    TrainingWorld() {
        LateDirectory people = new LateDirectory(() -> world.directory());
        world = TestWorld.builder()
                .extraSkill(new ScheduleTrainingSkill(
                        training, reminders, people, () -> String.valueOf(ids.incrementAndGet())))
                .extraSkill(new QuizAnswerSkill(training))
                .extraSkill(new TrainingResultsSkill(training, people))
                .build();
    }
}
