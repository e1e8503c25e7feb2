package com.salesbot.core.report;

import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import com.salesbot.core.ranking.MetricFormat;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Recurrence;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderComposer;
import com.salesbot.core.reminder.ReminderPlanner;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.sale.SaleTotals;
import com.salesbot.core.visit.VisitStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The managers' daily digest: on workdays at the team's digest time (local to each manager) one message
 * per manager, not one per rep: who reported (with that day's visits and sales, late ones marked), who
 * has not, and who is away (never counted as missing). Rides on the reminder scheduler, so it comes once.
 */
public final class ManagerDigest implements ReminderPlanner, ReminderComposer {
    private static final Recurrence WORKDAYS = Recurrence.parse("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");

    private final ReminderStore reminders;
    private final Directory directory;
    private final ReportStore reports;
    private final VisitStore visits;
    private final SaleStore sales;
    private final AbsenceStore absences;
    private final Messages messages;
    private final Supplier<List<String>> teamIds;
    private final LocalTime defaultTime;
    private final Map<String, LocalTime> digestTimes;
    // Managers whose digest exists already, so the per-tick plan is one directory read per team.
    private final Set<String> planned = ConcurrentHashMap.newKeySet();

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
        this.reminders = reminders;
        this.directory = directory;
        this.reports = reports;
        this.visits = visits;
        this.sales = sales;
        this.absences = absences;
        this.messages = messages;
        this.teamIds = teamIds;
        this.defaultTime = defaultTime;
        this.digestTimes = Map.copyOf(digestTimes);
    }

    @Override
    public void plan(Instant now) {
        for (String teamId : teamIds.get()) {
            for (Person person : directory.members(teamId)) {
                if (person.role() != Role.MANAGER
                        || planned.contains(person.id().value())) {
                    continue;
                }
                LocalDateTime local = LocalDateTime.ofInstant(now, person.zone());
                LocalDateTime anchor = local.toLocalDate().atTime(digestTimes.getOrDefault(teamId, defaultTime));
                reminders.add(Reminder.create(
                                "report-digest-" + person.id().value(),
                                person.id(),
                                teamId,
                                messages.get(person.lang(), "digest.title"),
                                List.of(new Recipient.Person(person.id())),
                                person.zone(),
                                anchor.isAfter(local) ? anchor : anchor.plusDays(1),
                                WORKDAYS,
                                new Source(
                                        person.id(),
                                        "report-digest:" + person.id().value(),
                                        now))
                        .withKind(Reminder.Kind.DIGEST));
                planned.add(person.id().value());
            }
        }
    }

    @Override
    public Reminder.Kind kind() {
        return Reminder.Kind.DIGEST;
    }

    @Override
    public Optional<Reply> compose(Reminder reminder, Person manager, Instant due) {
        LocalDate day = due.atZone(manager.zone()).toLocalDate();
        List<Person> reps = directory.members(manager.teamId()).stream()
                .filter(p -> p.role() == Role.REP)
                .sorted(Comparator.comparing(Person::displayName))
                .toList();
        if (reps.isEmpty()) {
            return Optional.empty();
        }
        Lang lang = manager.lang();
        String separator = lang == Lang.ZH ? "、" : ", ";
        String currency = directory.team(manager.teamId()).map(Team::currency).orElse("USD");
        List<String> lines = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> away = new ArrayList<>();
        int expected = 0;
        for (Person rep : reps) {
            if (absences.isAway(rep.id(), day)) {
                away.add(rep.displayName());
                continue;
            }
            expected++;
            Optional<DailyReport> report = reports.find(rep.id(), day);
            if (report.isEmpty()) {
                missing.add(rep.displayName());
                continue;
            }
            SaleTotals sold = sales.totalFor(rep.id(), Period.day(day));
            lines.add(messages.get(
                    lang,
                    report.get().late() ? "digest.rep_late" : "digest.rep",
                    rep.displayName(),
                    visits.countFor(rep.id(), Period.day(day)),
                    sold.count(),
                    MetricFormat.display(Metric.SALES, sold.amount(), currency)));
        }
        List<String> text = new ArrayList<>();
        text.add(messages.get(lang, "digest.head", day, expected - missing.size(), expected));
        text.addAll(lines);
        if (!missing.isEmpty()) {
            text.add(messages.get(lang, "digest.missing", String.join(separator, missing)));
        }
        if (!away.isEmpty()) {
            text.add(messages.get(lang, "digest.away", String.join(separator, away)));
        }
        return Optional.of(Reply.text(String.join("\n", text)));
    }
}
