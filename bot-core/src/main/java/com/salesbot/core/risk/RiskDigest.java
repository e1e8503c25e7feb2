package com.salesbot.core.risk;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Recurrence;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderComposer;
import com.salesbot.core.reminder.ReminderPlanner;
import com.salesbot.core.reminder.ReminderStore;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The weekly risk digest: every manager gets a recurring reminder (default Monday 09:00 in their zone)
 * whose message lists their team's risks when it is due; a week without risks sends nothing. It rides
 * on the reminder scheduler, so each digest is delivered once, and cancelling it opts a manager out.
 */
public final class RiskDigest implements ReminderPlanner, ReminderComposer {
    private final ReminderStore reminders;
    private final Directory directory;
    private final RiskFinder finder;
    private final Messages messages;
    private final Supplier<List<String>> teamIds;
    // Managers whose digest exists already, so the per-tick plan is one directory read per team.
    private final Set<String> planned = ConcurrentHashMap.newKeySet();

    public RiskDigest(
            ReminderStore reminders,
            Directory directory,
            RiskFinder finder,
            Messages messages,
            Supplier<List<String>> teamIds) {
        this.reminders = reminders;
        this.directory = directory;
        this.finder = finder;
        this.messages = messages;
        this.teamIds = teamIds;
    }

    /** The reminder id of a manager's digest: one per person, so planning twice changes nothing. */
    public static String idOf(Person manager) {
        return "risk-digest-" + manager.id().value();
    }

    @Override
    public void plan(Instant now) {
        RiskSettings settings = finder.settings();
        if (!settings.digest()) {
            return;
        }
        String day = settings.digestDay().name().substring(0, 2);
        Recurrence weekly = Recurrence.parse("FREQ=WEEKLY;BYDAY=" + day.toUpperCase(Locale.ROOT));
        for (String teamId : teamIds.get()) {
            for (Person person : directory.members(teamId)) {
                if (person.role() != Role.MANAGER
                        || planned.contains(person.id().value())) {
                    continue;
                }
                LocalDateTime local = LocalDateTime.ofInstant(now, person.zone());
                LocalDateTime anchor = local.toLocalDate()
                        .with(TemporalAdjusters.nextOrSame(settings.digestDay()))
                        .atTime(settings.digestAt());
                if (!anchor.isAfter(local)) {
                    anchor = anchor.plusWeeks(1);
                }
                reminders.add(Reminder.create(
                                idOf(person),
                                person.id(),
                                teamId,
                                messages.get(person.lang(), "risk.digest.title"),
                                List.of(new Recipient.Person(person.id())),
                                person.zone(),
                                anchor,
                                weekly,
                                new Source(
                                        person.id(),
                                        "risk-digest:" + person.id().value(),
                                        now))
                        .withKind(Reminder.Kind.RISK_DIGEST));
                planned.add(person.id().value());
            }
        }
    }

    @Override
    public Reminder.Kind kind() {
        return Reminder.Kind.RISK_DIGEST;
    }

    @Override
    public Optional<Reply> compose(Reminder reminder, Person manager, Instant due) {
        Optional<Team> team = directory.team(manager.teamId());
        if (team.isEmpty() || !manager.role().covers(Role.MANAGER)) {
            return Optional.empty();
        }
        List<Risk> risks = finder.find(team.get().id(), due, team.get().zone());
        if (risks.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(manager.lang(), "risk.digest.head", team.get().name(), risks.size()));
        lines.addAll(RiskText.lines(risks, messages, manager.lang(), team.get().currency(), finder.settings()));
        return Optional.of(Reply.text(String.join("\n", lines)));
    }
}
