package com.salesbot.core.report;

import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.conversation.Block;
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
import com.salesbot.core.target.Progress;
import com.salesbot.core.target.Target;
import com.salesbot.core.target.TargetStore;
import com.salesbot.core.visit.Visit;
import com.salesbot.core.visit.VisitStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Daily-report prompts: every rep gets a recurring reminder on workdays at their team's end of day, in
 * their own zone, whose message is written when it is due: today's visits and sales, progress against
 * the sales target of the period, and tomorrow's follow-ups. A rep who already reported that day gets
 * nothing, and so does a rep who is away that day. Cancelling the prompt (like any reminder) opts out; it is not recreated.
 */
public final class ReportPrompts implements ReminderPlanner, ReminderComposer {
    private static final Recurrence WORKDAYS = Recurrence.parse("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");

    private final ReminderStore reminders;
    private final Directory directory;
    private final ReportStore reports;
    private final VisitStore visits;
    private final SaleStore sales;
    private final TargetStore targets;
    private final AbsenceStore absences;
    private final ReportRules rules;
    private final Messages messages;
    private final Supplier<List<String>> teamIds;
    private final Map<String, LocalTime> reportTimes;
    private final LocalTime defaultTime;
    // People whose prompt exists already, so the per-tick plan is one directory read per team.
    private final Set<String> planned = ConcurrentHashMap.newKeySet();

    public ReportPrompts(
            ReminderStore reminders,
            Directory directory,
            ReportStore reports,
            VisitStore visits,
            SaleStore sales,
            TargetStore targets,
            AbsenceStore absences,
            ReportRules rules,
            Messages messages,
            Supplier<List<String>> teamIds,
            LocalTime defaultTime,
            Map<String, LocalTime> reportTimes) {
        this.absences = absences;
        this.rules = rules;
        this.reminders = reminders;
        this.directory = directory;
        this.reports = reports;
        this.visits = visits;
        this.sales = sales;
        this.targets = targets;
        this.messages = messages;
        this.teamIds = teamIds;
        this.defaultTime = defaultTime;
        this.reportTimes = Map.copyOf(reportTimes);
    }

    /** The reminder id of a rep's prompt: one per person, so planning twice changes nothing. */
    public static String idOf(Person rep) {
        return "report-prompt-" + rep.id().value();
    }

    @Override
    public void plan(Instant now) {
        for (String teamId : teamIds.get()) {
            for (Person person : directory.members(teamId)) {
                if (person.role() != Role.REP || planned.contains(person.id().value())) {
                    continue;
                }
                LocalTime at = reportTimes.getOrDefault(teamId, defaultTime);
                LocalDateTime anchor = LocalDateTime.ofInstant(now, person.zone())
                        .toLocalDate()
                        .atTime(at);
                Reminder prompt = Reminder.create(
                                idOf(person),
                                person.id(),
                                teamId,
                                messages.get(person.lang(), "prompt.title"),
                                List.of(new Recipient.Person(person.id())),
                                person.zone(),
                                anchor.isAfter(LocalDateTime.ofInstant(now, person.zone()))
                                        ? anchor
                                        : anchor.plusDays(1),
                                WORKDAYS,
                                new Source(
                                        person.id(),
                                        "report-prompt:" + person.id().value(),
                                        now))
                        .withKind(Reminder.Kind.REPORT_PROMPT);
                reminders.add(prompt);
                planned.add(person.id().value());
            }
        }
    }

    @Override
    public Reminder.Kind kind() {
        return Reminder.Kind.REPORT_PROMPT;
    }

    @Override
    public Optional<Reply> compose(Reminder reminder, Person rep, Instant due) {
        LocalDate day = due.atZone(rep.zone()).toLocalDate();
        if (reports.find(rep.id(), day).isPresent() || absences.isAway(rep.id(), day)) {
            return Optional.empty();
        }
        Lang lang = rep.lang();
        String currency = directory.team(rep.teamId()).map(Team::currency).orElse("USD");
        SaleTotals today = sales.totalFor(rep.id(), Period.day(day));
        List<String> parts = new ArrayList<>();
        parts.add(messages.get(lang, "prompt.head", day));
        parts.add(messages.get(
                lang,
                "prompt.today",
                visits.countFor(rep.id(), Period.day(day)),
                today.count(),
                MetricFormat.display(Metric.SALES, today.amount(), currency)));
        targets.covering(rep.id(), Metric.SALES, day).stream()
                .findFirst()
                .ifPresent(target -> parts.add(progress(target, rep, day, lang, currency)));
        List<String> followUps = visits.followUpsOn(rep.id(), day.plusDays(1)).stream()
                .map(Visit::customer)
                .distinct()
                .toList();
        if (!followUps.isEmpty()) {
            parts.add(messages.get(lang, "prompt.follow_ups", String.join(lang == Lang.ZH ? "、" : ", ", followUps)));
        }
        String questions = rules.numberedQuestions(rep.teamId());
        parts.add(
                questions.isEmpty()
                        ? messages.get(lang, "prompt.how")
                        : messages.get(lang, "prompt.template", questions));
        Reply prompt = Reply.text(String.join(lang == Lang.ZH ? "" : " ", parts));
        // A template can also be answered one question at a time, from this button or by saying "one by one".
        return Optional.of(
                questions.isEmpty()
                        ? prompt
                        : prompt.with(new Block.Choices(List.of(new Block.Choice(
                                messages.get(lang, "choice.one_by_one"),
                                messages.get(lang, "report.one_by_one_command"))))));
    }

    private String progress(Target target, Person rep, LocalDate day, Lang lang, String currency) {
        BigDecimal done = sales.totalFor(rep.id(), new Period(target.period().start(), day))
                .amount();
        Progress p = new Progress(target.amount(), done, target.period(), day);
        return messages.get(
                lang,
                "prompt.target",
                target.period().start(),
                target.period().end(),
                MetricFormat.display(Metric.SALES, done, currency),
                MetricFormat.display(Metric.SALES, target.amount(), currency),
                p.percent());
    }
}
