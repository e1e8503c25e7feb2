package com.salesbot.config.wiring;

import com.salesbot.core.reminder.SchedulerSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesbot.reminders}: how often the scheduler ticks and how it treats lateness and failures.
 *
 * @param ticker false leaves ticking to someone else (a script's {@code @time}); with a fixed clock
 *     ({@code --now}) the ticker never runs, since time would not move
 */
@ConfigurationProperties(prefix = "salesbot.reminders")
public record ReminderProperties(
        Boolean ticker,
        Duration tick,
        Duration horizon,
        Duration maxLateness,
        Duration lateNoteAfter,
        Integer maxAttempts,
        Duration backoff,
        Duration lease) {
    public ReminderProperties {
        SchedulerSettings d = SchedulerSettings.defaults();
        ticker = ticker == null || ticker;
        tick = tick == null ? Duration.ofSeconds(1) : tick;
        horizon = horizon == null ? d.horizon() : horizon;
        maxLateness = maxLateness == null ? d.maxLateness() : maxLateness;
        lateNoteAfter = lateNoteAfter == null ? d.lateNoteAfter() : lateNoteAfter;
        maxAttempts = maxAttempts == null ? d.maxAttempts() : maxAttempts;
        backoff = backoff == null ? d.backoff() : backoff;
        lease = lease == null ? d.lease() : lease;
    }

    SchedulerSettings settings() {
        return new SchedulerSettings(horizon, maxLateness, lateNoteAfter, maxAttempts, backoff, lease);
    }
}
