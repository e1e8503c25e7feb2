package com.salesbot.core.report;

import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import com.salesbot.core.reminder.ChannelPoster;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Recurrence;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderComposer;
import com.salesbot.core.reminder.ReminderPlanner;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.reminder.TeamChannels;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.visit.VisitStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The managers' daily digest: on workdays at the team's digest time, not one message per rep: who
 * reported (with that day's visits and sales, late ones marked), who has not, and who is away (never
 * counted as missing). A team with a channel gets it there once, as a summary with the reports in its
 * thread ({@link DigestThreads}); a team without one gets it as a direct message to each manager, at the
 * digest time local to them. Rides on the reminder scheduler, so it comes once.
 */
public final class ManagerDigest implements ReminderPlanner, ReminderComposer, ChannelPoster {
    private static final Recurrence WORKDAYS = Recurrence.parse("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");

    private final ReminderStore reminders;
    private final Directory directory;
    private final DigestWriter writer;
    private final Messages messages;
    private final Supplier<List<String>> teamIds;
    private final LocalTime defaultTime;
    private final Map<String, LocalTime> digestTimes;
    private final TeamChannels channels;
    private final DigestThreads threads;
    // Managers and teams whose digest exists already, so the per-tick plan is one directory read per team.
    private final Set<String> planned = ConcurrentHashMap.newKeySet();

    /** Direct messages to each manager only. */
    public ManagerDigest(
            ReminderStore reminders,
            Directory directory,
            ReportStore reports,
            VisitStore visits,
            SaleStore sales,
            AbsenceStore absences,
            Messages messages,
            Supplier<List<String>> teamIds,
            LocalTime defaultTime,
            Map<String, LocalTime> digestTimes) {
        this(
                reminders,
                directory,
                new DigestWriter(directory, reports, visits, sales, absences, messages),
                messages,
                teamIds,
                defaultTime,
                digestTimes,
                TeamChannels.NONE,
                null);
    }

    /** With each team's channel: a team that has one gets its digest there, in one thread a day. */
    public ManagerDigest(
            ReminderStore reminders,
            Directory directory,
            DigestWriter writer,
            Messages messages,
            Supplier<List<String>> teamIds,
            LocalTime defaultTime,
            Map<String, LocalTime> digestTimes,
            TeamChannels channels,
            DigestThreads threads) {
        this.reminders = reminders;
        this.directory = directory;
        this.writer = writer;
        this.messages = messages;
        this.teamIds = teamIds;
        this.defaultTime = defaultTime;
        this.digestTimes = Map.copyOf(digestTimes);
        this.channels = channels;
        this.threads = threads;
    }

    @Override
    public void plan(Instant now) {
        for (String teamId : teamIds.get()) {
            List<Person> managers = directory.members(teamId).stream()
                    .filter(p -> p.role() == Role.MANAGER)
                    .sorted(Comparator.comparing(p -> p.id().value()))
                    .toList();
            Optional<Recipient.Channel> channel = channelOf(teamId);
            if (channel.isPresent() && !managers.isEmpty()) {
                planForChannel(teamId, channel.get(), managers.get(0), now);
                continue;
            }
            for (Person manager : managers) {
                if (planned.add(manager.id().value())) {
                    String id = manager.id().value();
                    add("report-digest-" + id, "report-digest:" + id, manager, new Recipient.Person(manager.id()), now);
                }
            }
        }
    }

    /** One digest for the whole team in its channel; the first manager owns it (their language, the team's zone). */
    private void planForChannel(String teamId, Recipient.Channel channel, Person owner, Instant now) {
        if (!planned.add("team:" + teamId)) {
            return;
        }
        ZoneId zone = directory.team(teamId).map(Team::zone).orElse(owner.zone());
        add("report-digest-team-" + teamId, "report-digest-team:" + teamId, owner, teamId, channel, zone, now);
    }

    private void add(String id, String sourceKey, Person manager, Recipient.Person to, Instant now) {
        add(id, sourceKey, manager, manager.teamId(), to, manager.zone(), now);
    }

    private void add(
            String id, String sourceKey, Person owner, String teamId, Recipient recipient, ZoneId zone, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        LocalDateTime anchor = local.toLocalDate().atTime(digestTimes.getOrDefault(teamId, defaultTime));
        reminders.add(Reminder.create(
                        id,
                        owner.id(),
                        teamId,
                        messages.get(owner.lang(), "digest.title"),
                        List.of(recipient),
                        zone,
                        anchor.isAfter(local) ? anchor : anchor.plusDays(1),
                        WORKDAYS,
                        new Source(owner.id(), sourceKey, now))
                .withKind(Reminder.Kind.DIGEST));
    }

    @Override
    public Reminder.Kind kind() {
        return Reminder.Kind.DIGEST;
    }

    /** A manager's direct message; nothing when their team now has a channel, which gets the digest instead. */
    @Override
    public Optional<Reply> compose(Reminder reminder, Person manager, Instant due) {
        if (channelOf(manager.teamId()).isPresent()) {
            return Optional.empty();
        }
        LocalDate day = due.atZone(manager.zone()).toLocalDate();
        return writer.write(manager.teamId(), day, manager.lang()).map(d -> Reply.text(d.asOneMessage()));
    }

    @Override
    public boolean post(Reminder reminder, Recipient.Channel channel, OutboundChat chat, Instant due, Lang lang) {
        LocalDate day = due.atZone(reminder.zone()).toLocalDate();
        if (threads == null) {
            Optional<DigestWriter.Digest> digest = writer.write(reminder.teamId(), day, lang);
            digest.ifPresent(d ->
                    chat.postToChannel(channel.workspace(), channel.channel(), null, Reply.text(d.asOneMessage())));
            return digest.isPresent();
        }
        return threads.post(reminder.teamId(), day, channel, chat, lang);
    }

    private Optional<Recipient.Channel> channelOf(String teamId) {
        return threads == null ? Optional.empty() : channels.of(teamId);
    }
}
