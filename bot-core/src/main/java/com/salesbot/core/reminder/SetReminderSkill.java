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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sets a one-off or recurring reminder for the speaker, for mentioned colleagues of their team, or
 * (managers and admins) for the whole team or a channel. Times are the speaker's local times; the
 * confirmation states the next occurrence in the speaker's zone.
 *
 * <p>"The team" goes to the team's channel when it has one ({@link TeamChannels}), else to each member
 * by direct message. A team or channel reminder that repeats and names a meeting ("pipeline review",
 * "周会"), or any that says "with agenda" / "带议程", carries a meeting agenda: it is posted
 * {@link Reminder#AGENDA_LEAD} before the stated time; "no agenda" / "不带议程" turns that off.
 */
public final class SetReminderSkill implements Skill {
    /** A date with no time of day means the start of the working day. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    private static final SkillSpec SPEC = new SkillSpec(
            Intent.SET_REMINDER,
            List.of(
                    "remind me tomorrow at 3pm to call Acme",
                    "remind the team about the pipeline review every Monday 9am",
                    "remind #team-west about the pipeline review every Monday 9am"),
            List.of("每个工作日下午六点提醒我写日报", "每周一早上9点在#销售群提醒大家开周会"),
            List.of(Entities.WHEN),
            Role.REP,
            SideEffect.WRITES);
    private static final Pattern TEAM_WORDS =
            Pattern.compile("(?i)\\b(?:the team|my team|everyone|everybody|all reps)\\b|大家|团队|全队|全组|所有人");
    private static final Pattern MEETING_WORDS = Pattern.compile(
            "(?i)\\b(?:meeting|review|stand-?up|sync|huddle|catch-?up|retro(?:spective)?|one-on-one)s?\\b"
                    + "|周会|例会|会议|开会|晨会|夕会|复盘");
    private static final Pattern WITH_AGENDA =
            Pattern.compile("(?i)\\bwith\\s+(?:an?\\s+|the\\s+)?agenda\\b|(?<!不)(?<!不要)(?:带|附|附上|加)议程");
    private static final Pattern NO_AGENDA =
            Pattern.compile("(?i)\\b(?:without|no)\\s+(?:an?\\s+|the\\s+)?agenda\\b|(?:不|不要|无需)(?:带|附|附上|加)?议程");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReminderStore reminders;
    private final PersonLookup people;
    private final Directory directory;
    private final TeamChannels teamChannels;
    private final Supplier<String> ids;

    public SetReminderSkill(ReminderStore reminders, PersonLookup people, Directory directory) {
        this(reminders, people, directory, TeamChannels.NONE);
    }

    /** With the channels team reminders go to. */
    public SetReminderSkill(
            ReminderStore reminders, PersonLookup people, Directory directory, TeamChannels teamChannels) {
        this(reminders, people, directory, teamChannels, SetReminderSkill::randomId);
    }

    public SetReminderSkill(ReminderStore reminders, PersonLookup people, Directory directory, Supplier<String> ids) {
        this(reminders, people, directory, TeamChannels.NONE, ids);
    }

    /** With the channels team reminders go to and a source of reminder ids (tests). */
    public SetReminderSkill(
            ReminderStore reminders,
            PersonLookup people,
            Directory directory,
            TeamChannels teamChannels,
            Supplier<String> ids) {
        this.reminders = reminders;
        this.people = people;
        this.directory = directory;
        this.teamChannels = teamChannels;
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
        boolean manager = speaker.role().covers(Role.MANAGER);
        List<Recipient> recipients = new ArrayList<>();
        String who;
        // A team or a channel: the audience of a meeting, which may carry an agenda.
        boolean group = true;
        Optional<ChannelMention.Found> named =
                ChannelMention.in(ctx.text(), ctx.source().messageKey());
        if (named.isPresent()) {
            if (!manager) {
                return ctx.reply("reminder.channel_managers_only");
            }
            if (named.get() instanceof ChannelMention.NameOnly typed) {
                return ctx.reply("reminder.channel_pick", typed.name());
            }
            Recipient.Channel channel = ((ChannelMention.Named) named.get()).channel();
            recipients.add(channel);
            who = channel.mention();
        } else if (TEAM_WORDS.matcher(ctx.text()).find() && e.persons().isEmpty()) {
            if (!manager) {
                return ctx.reply("reminder.team_managers_only");
            }
            Optional<Recipient.Channel> channel = teamChannels.of(speaker.teamId());
            if (channel.isPresent()) {
                recipients.add(channel.get());
                who = ctx.say("reminder.who.team_channel", channel.get().mention());
            } else {
                List<Person> members = directory.members(speaker.teamId());
                members.forEach(p -> recipients.add(new Recipient.Person(p.id())));
                who = ctx.say("reminder.who.team", members.size());
            }
        } else if (!e.persons().isEmpty()) {
            group = false;
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
            group = false;
            recipients.add(new Recipient.Person(speaker.id()));
            who = ctx.say("reminder.who.you");
        }
        boolean agenda = group && carriesAgenda(ctx.text(), rule != null, when);
        Reminder reminder = Reminder.create(
                ids.get(),
                speaker.id(),
                speaker.teamId(),
                ReminderText.extract(ctx.text(), e.persons()),
                recipients,
                speaker.zone(),
                agenda ? when.minus(Reminder.AGENDA_LEAD) : when,
                rule,
                ctx.source());
        if (agenda) {
            reminder = reminder.withKind(Reminder.Kind.AGENDA);
            if (rule != null && !reminder.nextDue().isAfter(ctx.now().toInstant())) {
                // This week's agenda time has just gone by: the meeting still repeats, so start with the next one.
                Optional<Instant> next = reminder.occurrenceAfter(ctx.now().toInstant());
                if (next.isPresent()) {
                    reminder = reminder.advancedTo(next.get());
                }
            }
        }
        String next = ReminderFormat.time(reminder.local(reminder.meetingTime(reminder.nextDue())), ctx.lang());
        if (!reminder.nextDue().isAfter(ctx.now().toInstant())) {
            return ctx.reply("reminder.past", next);
        }
        if (!reminders.add(reminder)) {
            return ctx.reply("reminder.duplicate");
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(ctx.say(
                "reminder.set", who, reminder.text(), next, speaker.zone().getId()));
        if (rule != null) {
            sentences.add(ctx.say(
                    "reminder.repeats", RuleText.describe(rule, reminder.anchor(), ctx.lang(), ctx.messages())));
        }
        if (agenda) {
            sentences.add(ctx.say(
                    "reminder.agenda_set",
                    Reminder.AGENDA_LEAD.toMinutes(),
                    HOUR_MINUTE.format(reminder.local(reminder.nextDue()))));
        }
        return Reply.text(ctx.sentences(sentences.toArray(String[]::new)));
    }

    /**
     * A meeting that repeats (or any reminder that asks for one) gets an agenda, unless it says not to. A
     * meeting in the first minutes after midnight gets none: its agenda would fall on the day before.
     */
    private static boolean carriesAgenda(String text, boolean repeats, LocalDateTime meeting) {
        if (NO_AGENDA.matcher(text).find()
                || meeting.toLocalTime().isBefore(LocalTime.MIDNIGHT.plus(Reminder.AGENDA_LEAD))) {
            return false;
        }
        return WITH_AGENDA.matcher(text).find()
                || (repeats && MEETING_WORDS.matcher(text).find());
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
