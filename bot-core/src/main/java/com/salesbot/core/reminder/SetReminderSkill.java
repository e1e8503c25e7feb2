package com.salesbot.core.reminder;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.skill.SideEffect;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.skill.SkillSpec;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sets a one-off or recurring reminder for the speaker, for mentioned colleagues of their team, or
 * (managers) for the whole team. Times are the speaker's local times; the confirmation states the
 * next occurrence in the speaker's zone.
 */
public final class SetReminderSkill implements Skill {
    /** A date with no time of day means the start of the working day. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private static final SkillSpec SPEC = new SkillSpec(
            Intent.SET_REMINDER,
            List.of(
                    "remind me tomorrow at 3pm to call Acme",
                    "remind the team about the pipeline review every Monday 9am"),
            List.of("每个工作日下午六点提醒我写日报"),
            List.of(Entities.WHEN),
            Role.REP,
            SideEffect.WRITES);
    private static final Pattern TEAM_WORDS =
            Pattern.compile("(?i)\\b(?:the team|my team|everyone|everybody|all reps)\\b|大家|团队|全队|全组|所有人");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReminderStore reminders;
    private final PersonLookup people;
    private final Directory directory;
    private final Supplier<String> ids;

    public SetReminderSkill(ReminderStore reminders, PersonLookup people, Directory directory) {
        this(reminders, people, directory, SetReminderSkill::randomId);
    }

    public SetReminderSkill(ReminderStore reminders, PersonLookup people, Directory directory, Supplier<String> ids) {
        this.reminders = reminders;
        this.people = people;
        this.directory = directory;
        this.ids = ids;
    }

    @Override
    public SkillSpec spec() {
        return SPEC;
    }

    @Override
    public Reply handle(SkillContext ctx) {
        Entities e = ctx.entities();
        LocalDateTime when = localWhen(e.temporal(Entities.WHEN).orElseThrow());
        Recurrence rule = null;
        Optional<String> rrule = e.text(Entities.RECURRENCE);
        if (rrule.isPresent()) {
            try {
                rule = Recurrence.parse(rrule.get());
            } catch (IllegalArgumentException ex) {
                return ctx.reply("reminder.bad_rule", rrule.get());
            }
        }
        Person speaker = ctx.speaker();
        List<Recipient> recipients = new ArrayList<>();
        String who;
        if (TEAM_WORDS.matcher(ctx.text()).find() && e.persons().isEmpty()) {
            if (!speaker.role().covers(Role.MANAGER)) {
                return ctx.reply("reminder.team_managers_only");
            }
            List<Person> members = directory.members(speaker.teamId());
            members.forEach(p -> recipients.add(new Recipient.Person(p.id())));
            who = ctx.say("reminder.who.team", members.size());
        } else if (!e.persons().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String name : e.persons()) {
                Optional<Person> person = people.find(name, speaker);
                if (person.isEmpty()) {
                    return ctx.reply("person.unknown", name);
                }
                if (!person.get().teamId().equals(speaker.teamId()) && speaker.role() != Role.ADMIN) {
                    return ctx.reply("reminder.other_team", person.get().displayName());
                }
                Recipient r = new Recipient.Person(person.get().id());
                if (!recipients.contains(r)) {
                    recipients.add(r);
                    names.add(
                            person.get().id().equals(speaker.id())
                                    ? ctx.say("reminder.who.you")
                                    : person.get().displayName());
                }
            }
            who = String.join(ctx.lang() == Lang.ZH ? "、" : ", ", names);
        } else {
            recipients.add(new Recipient.Person(speaker.id()));
            who = ctx.say("reminder.who.you");
        }
        Reminder reminder = Reminder.create(
                ids.get(),
                speaker.id(),
                speaker.teamId(),
                ReminderText.extract(ctx.text(), e.persons()),
                recipients,
                speaker.zone(),
                when,
                rule,
                ctx.source());
        String next = ReminderFormat.time(reminder.local(reminder.nextDue()), ctx.lang());
        if (!reminder.nextDue().isAfter(ctx.now().toInstant())) {
            return ctx.reply("reminder.past", next);
        }
        if (!reminders.add(reminder)) {
            return ctx.reply("reminder.duplicate");
        }
        String set = ctx.say(
                "reminder.set", who, reminder.text(), next, speaker.zone().getId());
        if (rule == null) {
            return Reply.text(set);
        }
        String repeats =
                ctx.say("reminder.repeats", RuleText.describe(rule, reminder.anchor(), ctx.lang(), ctx.messages()));
        return Reply.text(ctx.sentences(set, repeats));
    }

    private static LocalDateTime localWhen(Temporal when) {
        if (when instanceof LocalDateTime dt) {
            return dt;
        }
        return ((LocalDate) when).atTime(DEFAULT_TIME);
    }

    /** Twelve digits: short enough to type, and read as a number in both languages. */
    private static String randomId() {
        return String.format("%012d", RANDOM.nextLong(1_000_000_000_000L));
    }
}
