package com.salesbot.core.reminder;

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

/** Lists the reminders the speaker set or receives, soonest first, each with its next occurrence in the speaker's zone. */
public final class ListRemindersSkill implements Skill {
    private static final SkillSpec SPEC = new SkillSpec(
            Intent.LIST_REMINDERS,
            List.of("what reminders do I have?"),
            List.of("我的提醒"),
            List.of(),
            Role.REP,
            SideEffect.READS);

    private final ReminderStore reminders;
    private final Directory directory;

    public ListRemindersSkill(ReminderStore reminders, Directory directory) {
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
        if (mine.isEmpty()) {
            return ctx.reply("reminder.list.none");
        }
        StringBuilder text = new StringBuilder(
                ctx.say("reminder.list.header", ctx.speaker().zone().getId()));
        for (int i = 0; i < mine.size(); i++) {
            text.append('\n').append(line(ctx, directory, mine.get(i), i + 1));
        }
        return Reply.text(text.toString());
    }

    /** "1. Mon 2026-11-30 09:00 — pipeline review · repeats every Monday · for the team (4 people)". */
    static String line(SkillContext ctx, Directory directory, Reminder reminder, int number) {
        // An agenda is posted ahead of its meeting; the list shows the meeting's time, as it was asked for.
        String when = ReminderFormat.time(
                reminder.meetingTime(reminder.nextDue()).atZone(ctx.speaker().zone()), ctx.lang());
        List<String> parts = new ArrayList<>();
        parts.add(ctx.say("reminder.list.item", number, when, reminder.text()));
        if (reminder.recurrence() != null) {
            parts.add(ctx.say(
                    "reminder.list.repeats",
                    RuleText.describe(reminder.recurrence(), reminder.anchor(), ctx.lang(), ctx.messages())));
        }
        if (reminder.kind() == Reminder.Kind.AGENDA) {
            parts.add(ctx.say("reminder.list.agenda", Reminder.AGENDA_LEAD.toMinutes()));
        }
        Person me = ctx.speaker();
        boolean onlyMe = reminder.recipients().equals(List.of(new Recipient.Person(me.id())));
        if (!onlyMe) {
            parts.add(ctx.say("reminder.list.for", recipients(ctx, directory, reminder)));
        }
        if (!reminder.owner().equals(me.id())) {
            parts.add(ctx.say(
                    "reminder.list.from", name(directory, reminder.owner().value(), reminder)));
        }
        return String.join(" · ", parts);
    }

    private static String recipients(SkillContext ctx, Directory directory, Reminder reminder) {
        if (reminder.recipients().size() > 3) {
            return ctx.say("reminder.who.team", reminder.recipients().size());
        }
        List<String> names = new ArrayList<>();
        for (Recipient r : reminder.recipients()) {
            if (r instanceof Recipient.Person p) {
                names.add(
                        p.id().equals(ctx.speaker().id())
                                ? ctx.say("reminder.who.you")
                                : name(directory, p.id().value(), reminder));
            } else if (r instanceof Recipient.Channel c) {
                names.add(c.mention());
            }
        }
        return String.join(ctx.lang() == Lang.ZH ? "、" : ", ", names);
    }

    private static String name(Directory directory, String id, Reminder reminder) {
        return directory
                .byId(new com.salesbot.core.kernel.PersonId(id))
                .map(Person::displayName)
                .orElse(id);
    }
}
