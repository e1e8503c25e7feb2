package com.salesbot.core.training;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Recurrence;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderFormat;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A manager schedules a tip or a quiz for the team's reps through the reminder scheduler: "weekly tip
 * every Monday 9am: …" or "quiz Friday 10am: question | option | *right option | option". Each rep
 * gets it in their own language when it is due; the quiz's options are buttons.
 */
public final class ScheduleTrainingSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.SCHEDULE_TRAINING,
            List.of("quiz Friday 10am: who approves a 12% discount? | me | *the sales director | finance"),
            List.of("测验 周五上午10点：12%的折扣谁批？| 我自己 | *销售总监 | 财务"),
            List.of(Entities.WHEN),
            Role.MANAGER,
            SideEffect.WRITES);
    private static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private final TrainingStore training;
    private final ReminderStore reminders;
    private final Directory directory;
    private final Supplier<String> reminderIds;

    public ScheduleTrainingSkill(
            TrainingStore training, ReminderStore reminders, Directory directory, Supplier<String> reminderIds) {
        this.training = training;
        this.reminders = reminders;
        this.directory = directory;
        this.reminderIds = reminderIds;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        String body = TrainingText.afterColon(ctx.text());
        if (body.isEmpty()) {
            return ctx.reply("training.empty");
        }
        TrainingItem draft;
        if (TrainingText.isQuiz(ctx.text())) {
            Optional<TrainingText.Quiz> quiz = TrainingText.quiz(body);
            if (quiz.isEmpty()) {
                return ctx.reply("training.bad_quiz");
            }
            draft = new TrainingItem(
                    "new",
                    ctx.team().id(),
                    TrainingItem.Kind.QUIZ,
                    quiz.get().question(),
                    quiz.get().options(),
                    quiz.get().correct(),
                    ctx.speaker().id().value());
        } else {
            draft = new TrainingItem(
                    "new",
                    ctx.team().id(),
                    TrainingItem.Kind.TIP,
                    body,
                    List.of(),
                    -1,
                    ctx.speaker().id().value());
        }
        Recurrence rule = null;
        Optional<String> rrule = ctx.entities().text(Entities.RECURRENCE);
        if (rrule.isPresent()) {
            try {
                rule = Recurrence.parse(rrule.get());
            } catch (IllegalArgumentException e) {
                return ctx.reply("reminder.bad_rule", rrule.get());
            }
        }
        List<Recipient> reps = directory.members(ctx.team().id()).stream()
                .filter(p -> p.role() == Role.REP)
                .map(Person::id)
                .<Recipient>map(Recipient.Person::new)
                .toList();
        if (reps.isEmpty()) {
            return ctx.reply("training.no_reps");
        }
        LocalDateTime when = local(ctx.entities().temporal(Entities.WHEN).orElseThrow());
        // The item is stored first so the reminder never names an item that does not exist.
        TrainingItem item = training.add(draft, ctx.source());
        Reminder reminder = Reminder.create(
                        reminderIds.get(),
                        ctx.speaker().id(),
                        ctx.team().id(),
                        item.id(),
                        reps,
                        ctx.speaker().zone(),
                        when,
                        rule,
                        ctx.source())
                .withKind(Reminder.Kind.TRAINING);
        String next = ReminderFormat.time(reminder.local(reminder.nextDue()), ctx.lang());
        if (!reminder.nextDue().isAfter(ctx.now().toInstant())) {
            return ctx.reply("reminder.past", next);
        }
        if (!reminders.add(reminder)) {
            return ctx.reply("reminder.duplicate");
        }
        String kind = ctx.say(item.kind() == TrainingItem.Kind.QUIZ ? "training.kind.quiz" : "training.kind.tip");
        return ctx.reply(
                rule == null ? "training.scheduled" : "training.scheduled.repeating",
                kind,
                item.id(),
                reps.size(),
                next);
    }

    private static LocalDateTime local(Temporal when) {
        return when instanceof LocalDateTime dt ? dt : ((LocalDate) when).atTime(DEFAULT_TIME);
    }
}
