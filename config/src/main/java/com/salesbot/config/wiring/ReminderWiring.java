package com.salesbot.config.wiring;

import com.salesbot.adapter.console.ConsoleOutboundChat;
import com.salesbot.adapter.console.MutableClock;
import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.meeting.MeetingAgenda;
import com.salesbot.core.milestone.RecognitionSettings;
import com.salesbot.core.milestone.ShoutOuts;
import com.salesbot.core.people.Directory;
import com.salesbot.core.reminder.ReminderPlanner;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.TeamChannels;
import com.salesbot.core.report.DigestThreadStore;
import com.salesbot.core.report.DigestThreads;
import com.salesbot.core.report.DigestWriter;
import com.salesbot.core.report.ManagerDigest;
import com.salesbot.core.report.ReportForms;
import com.salesbot.core.report.ReportPrompts;
import com.salesbot.core.report.ReportRules;
import com.salesbot.core.report.ReportStore;
import com.salesbot.core.risk.RiskDigest;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.target.TargetStore;
import com.salesbot.core.telemetry.Telemetry;
import com.salesbot.core.training.TrainingComposer;
import com.salesbot.core.training.TrainingStore;
import com.salesbot.core.visit.VisitStore;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder scheduler, fed by every platform's outbound chat, and the thread that ticks it. */
@Configuration(proxyBeanMethods = false)
public class ReminderWiring {

    /** The console's deliveries; Slack and Discord contribute their own beans when their tokens are set. */
    @Bean
    ConsoleOutboundChat consoleOutboundChat() {
        return new ConsoleOutboundChat();
    }

    /** When a daily report counts as late, per team. */
    @Bean
    ReportRules reportRules(ReminderProperties properties) {
        return properties.reportRules();
    }

    /** Each team's report template as a form, for the platforms that have forms. */
    @Bean
    ReportForms reportForms(Directory directory, ReportRules rules) {
        return new ReportForms(directory, rules);
    }

    /** Daily-report prompts for the reps of every configured team and the default team. */
    @Bean
    ReportPrompts reportPrompts(
            ReminderStore reminders,
            Directory directory,
            ReportStore reports,
            VisitStore visits,
            SaleStore sales,
            TargetStore targets,
            AbsenceStore absences,
            ReportRules rules,
            Messages messages,
            SalesbotProperties salesbot,
            ReminderProperties properties) {
        List<String> teamIds = teamIds(salesbot);
        return new ReportPrompts(
                reminders,
                directory,
                reports,
                visits,
                sales,
                targets,
                absences,
                rules,
                messages,
                () -> teamIds,
                properties.defaultReportTime(),
                properties.reportTimesByTeam());
    }

    /** Writes the managers' daily digest from the stores. */
    @Bean
    DigestWriter digestWriter(
            Directory directory,
            ReportStore reports,
            VisitStore visits,
            SaleStore sales,
            AbsenceStore absences,
            Messages messages) {
        return new DigestWriter(directory, reports, visits, sales, absences, messages);
    }

    /** A team's digest in its channel, one thread a day, which reports sent later join. */
    @Bean
    DigestThreads digestThreads(
            DigestThreadStore store, DigestWriter writer, Directory directory, ObjectProvider<OutboundChat> platforms) {
        return new DigestThreads(
                store, writer, directory, () -> platforms.orderedStream().toList());
    }

    /** The managers' daily digest of their team's reports: in the team's channel where it has one, else by DM. */
    @Bean
    ManagerDigest managerDigest(
            ReminderStore reminders,
            Directory directory,
            DigestWriter writer,
            Messages messages,
            SalesbotProperties salesbot,
            ReminderProperties properties,
            TeamChannels channels,
            DigestThreads threads) {
        List<String> teamIds = teamIds(salesbot);
        return new ManagerDigest(
                reminders,
                directory,
                writer,
                messages,
                () -> teamIds,
                properties.defaultDigestTime(),
                properties.digestTimesByTeam(),
                channels,
                threads);
    }

    /** Each team's channel for team reminders and agendas, where configured and its platform runs. */
    @Bean
    TeamChannels teamChannels(SalesbotProperties salesbot, ObjectProvider<OutboundChat> platforms) {
        Map<String, String> channels = new HashMap<>();
        salesbot.teams().forEach(t -> channels.put(t.id(), t.channel()));
        return new ConfiguredTeamChannels(
                channels, () -> platforms.orderedStream().toList());
    }

    /** Every configured team and the default team. */
    private static List<String> teamIds(SalesbotProperties salesbot) {
        List<String> teams = new ArrayList<>();
        salesbot.teams().forEach(t -> teams.add(t.id()));
        if (!teams.contains(salesbot.workspace().defaultTeam())) {
            teams.add(salesbot.workspace().defaultTeam());
        }
        return List.copyOf(teams);
    }

    @Bean
    Scheduler reminderScheduler(
            ReminderStore reminders,
            Directory directory,
            List<OutboundChat> chats,
            Messages messages,
            MutableClock clock,
            ReminderProperties properties,
            ReportPrompts prompts,
            RiskDigest riskDigest,
            Telemetry telemetry,
            ManagerDigest digest,
            AbsenceStore absences,
            TrainingStore training,
            StatsStore stats,
            DealStore deals,
            TargetStore targets,
            RecognitionSettings recognition) {
        // Unique per process, so a claim shows which instance holds it.
        String worker = ManagementFactory.getRuntimeMXBean().getName();
        List<ReminderPlanner> planners = new ArrayList<>();
        if (properties.reportPrompts()) {
            planners.add(prompts);
        }
        if (properties.digest()) {
            planners.add(digest);
        }
        planners.add(riskDigest);
        return new Scheduler(
                reminders,
                directory,
                chats,
                messages,
                clock,
                properties.settings(),
                worker,
                List.of(
                        prompts,
                        riskDigest,
                        digest,
                        new TrainingComposer(training, messages),
                        new MeetingAgenda(directory, stats, deals, messages, targets, recognition)),
                planners,
                telemetry,
                absences);
    }

    @Bean(destroyMethod = "close")
    ReminderTicker reminderTicker(
            Scheduler scheduler,
            ReminderProperties reminders,
            SalesbotProperties properties,
            ShoutOuts shoutOuts,
            MutableClock clock) {
        boolean clockStandsStill =
                properties.clock().now() != null && !properties.clock().now().isBlank();
        if (!reminders.ticker() || clockStandsStill) {
            return ReminderTicker.off();
        }
        return ReminderTicker.start(scheduler, reminders.tick())
                .alsoEvery(reminders.deliverEvery(), "reminder deliveries", scheduler::deliverDue)
                .alsoEvery(Duration.ofMinutes(1), "shout-outs", () -> shoutOuts.postDue(clock.instant()));
    }
}
