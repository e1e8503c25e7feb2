package com.salesbot.core.reminder;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cancels a reminder the speaker set. Without saying which, it lists them as choices; each choice
 * sends "cancel reminder #ID", which comes back here. "cancel reminder 2" means the second of the list.
 */
public final class CancelReminderSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.CANCEL_REMINDER,
            List.of("cancel a reminder"),
            List.of("取消提醒"),
            List.of(),
            Role.REP,
            SideEffect.WRITES);
    private static final Pattern BY_ID = Pattern.compile("#(\\d{6,20})");
    private static final Pattern BY_NUMBER = Pattern.compile("(?<![\\d#])(\\d{1,2})(?!\\d)");

    private final ReminderStore reminders;
    private final Directory directory;

    public CancelReminderSkill(ReminderStore reminders, Directory directory) {
        this.reminders = reminders;
        this.directory = directory;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        List<Reminder> mine = reminders.activeFor(ctx.speaker().id());
        Optional<Reminder> chosen = chosen(ctx.text(), mine);
        if (chosen.isEmpty()
                && (BY_ID.matcher(ctx.text()).find()
                        || BY_NUMBER.matcher(ctx.text()).find())) {
            return ctx.reply("reminder.cancel.unknown");
        }
        if (chosen.isPresent()) {
            Reminder reminder = chosen.get();
            if (!reminder.owner().equals(ctx.speaker().id())) {
                String owner = directory
                        .byId(reminder.owner())
                        .map(Person::displayName)
                        .orElse(reminder.owner().value());
                return ctx.reply("reminder.cancel.not_owner", owner);
            }
            if (!reminders.cancel(reminder.id())) {
                return ctx.reply("reminder.cancel.unknown");
            }
            return ctx.reply("reminder.cancelled", reminder.text());
        }
        StringBuilder text = new StringBuilder(ctx.say("reminder.cancel.pick"));
        List<Block.Choice> choices = new ArrayList<>();
        String command = ctx.lang() == Lang.ZH ? "取消提醒 #" : "cancel reminder #";
        // Numbers stay those of the full list ("cancel reminder 2" means the same as after listing),
        // but only reminders the speaker set can be cancelled, so only those are offered.
        for (int i = 0; i < mine.size(); i++) {
            Reminder reminder = mine.get(i);
            if (!reminder.owner().equals(ctx.speaker().id())) {
                continue;
            }
            text.append('\n').append(ListRemindersSkill.line(ctx, directory, reminder, i + 1));
            String label = (i + 1) + ". "
                    + ReminderFormat.time(
                            reminder.meetingTime(reminder.nextDue())
                                    .atZone(ctx.speaker().zone()),
                            ctx.lang())
                    + " "
                    + reminder.text();
            choices.add(new Block.Choice(label, command + reminder.id()));
        }
        if (choices.isEmpty()) {
            return ctx.reply("reminder.cancel.none");
        }
        return Reply.text(text.toString()).with(new Block.Choices(choices));
    }

    private static Optional<Reminder> chosen(String text, List<Reminder> mine) {
        Matcher id = BY_ID.matcher(text);
        if (id.find()) {
            return mine.stream().filter(r -> r.id().equals(id.group(1))).findFirst();
        }
        Matcher number = BY_NUMBER.matcher(text);
        if (number.find()) {
            int n = Integer.parseInt(number.group(1));
            return n >= 1 && n <= mine.size() ? Optional.of(mine.get(n - 1)) : Optional.empty();
        }
        return Optional.empty();
    }
}
