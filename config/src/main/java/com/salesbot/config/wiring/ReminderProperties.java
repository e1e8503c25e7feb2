package com.salesbot.config.wiring;

import com.salesbot.core.reminder.SchedulerSettings;
import com.salesbot.core.report.ReportRules;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesbot.reminders}: how often the scheduler ticks and how it treats lateness and failures.
 *
 * @param tick how often the scheduler plans, hands out due reminders and delivers
 * @param deliverEvery how often, between ticks, it delivers what is already handed out and due: this, not
 *     {@code tick}, bounds the firing lag
 * @param ticker false leaves ticking to someone else (a script's {@code @time}); with a fixed clock
 *     ({@code --now}) the ticker never runs, since time would not move
 * @param reportPrompts false: no daily-report prompts
 * @param reportTime when reps are prompted for their daily report, local to each rep, e.g. {@code 18:00}
 * @param reportTimes the same per team id, overriding {@code reportTime}
 * @param reportCutoff a daily report sent at or after this local time counts as late (empty: only
 *     reports for an earlier day are late)
 * @param reportCutoffs the same per team id, overriding {@code reportCutoff}
 * @param reportTemplates per team id, the few questions its report prompt asks (answered in one message)
 * @param digest false: no daily digest to managers
 * @param digestTime when managers get the team's daily digest, local to each manager, e.g. {@code 20:00}
 * @param digestTimes the same per team id, overriding {@code digestTime}
 */
@ConfigurationProperties(prefix = "salesbot.reminders")
public record ReminderProperties(
        Boolean ticker,
        Duration tick,
        Duration deliverEvery,
        Duration horizon,
        Duration maxLateness,
        Duration lateNoteAfter,
        Integer maxAttempts,
        Duration backoff,
        Duration lease,
        Boolean reportPrompts,
        String reportTime,
        Map<String, String> reportTimes,
        String reportCutoff,
        Map<String, String> reportCutoffs,
        Map<String, List<String>> reportTemplates,
        Boolean digest,
        String digestTime,
        Map<String, String> digestTimes) {
    public ReminderProperties {
        SchedulerSettings d = SchedulerSettings.defaults();
        ticker = ticker == null || ticker;
        tick = tick == null ? Duration.ofSeconds(1) : tick;
        deliverEvery = deliverEvery == null ? Duration.ofMillis(250) : deliverEvery;
        horizon = horizon == null ? d.horizon() : horizon;
        maxLateness = maxLateness == null ? d.maxLateness() : maxLateness;
        lateNoteAfter = lateNoteAfter == null ? d.lateNoteAfter() : lateNoteAfter;
        maxAttempts = maxAttempts == null ? d.maxAttempts() : maxAttempts;
        backoff = backoff == null ? d.backoff() : backoff;
        lease = lease == null ? d.lease() : lease;
        reportPrompts = reportPrompts == null || reportPrompts;
        reportTime = reportTime == null || reportTime.isBlank() ? "18:00" : reportTime;
        reportTimes = reportTimes == null ? Map.of() : Map.copyOf(reportTimes);
        reportCutoff = reportCutoff == null ? "" : reportCutoff.strip();
        reportCutoffs = reportCutoffs == null ? Map.of() : Map.copyOf(reportCutoffs);
        reportTemplates = reportTemplates == null ? Map.of() : Map.copyOf(reportTemplates);
        digest = digest == null || digest;
        digestTime = digestTime == null || digestTime.isBlank() ? "20:00" : digestTime;
        digestTimes = digestTimes == null ? Map.of() : Map.copyOf(digestTimes);
    }

    LocalTime defaultDigestTime() {
        return LocalTime.parse(digestTime);
    }

    Map<String, LocalTime> digestTimesByTeam() {
        Map<String, LocalTime> times = new HashMap<>();
        digestTimes.forEach((team, time) -> times.put(team, LocalTime.parse(time)));
        return times;
    }

    ReportRules reportRules() {
        Map<String, LocalTime> cutoffs = new HashMap<>();
        reportCutoffs.forEach((team, time) -> cutoffs.put(team, LocalTime.parse(time)));
        return new ReportRules(reportCutoff.isEmpty() ? null : LocalTime.parse(reportCutoff), cutoffs, reportTemplates);
    }

    LocalTime defaultReportTime() {
        return LocalTime.parse(reportTime);
    }

    Map<String, LocalTime> reportTimesByTeam() {
        Map<String, LocalTime> times = new HashMap<>();
        reportTimes.forEach((team, time) -> times.put(team, LocalTime.parse(time)));
        return times;
    }

    SchedulerSettings settings() {
        return new SchedulerSettings(horizon, maxLateness, lateNoteAfter, maxAttempts, backoff, lease);
    }
}
