package com.salesbot.config.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesbot.housekeeping.*}: how long handled message keys and delivered reminder occurrences are
 * kept, and how often the clean-up runs ({@code 0s}: never).
 */
@ConfigurationProperties("salesbot.housekeeping")
public record HousekeepingProperties(Duration every, Duration keepProcessedMessages, Duration keepDeliveredReminders) {
    public HousekeepingProperties {
        every = every == null ? Duration.ofHours(1) : every;
        // Platforms retry a delivery for minutes, not days: a week is ample to recognise a repeat.
        keepProcessedMessages = keepProcessedMessages == null ? Duration.ofDays(7) : keepProcessedMessages;
        keepDeliveredReminders = keepDeliveredReminders == null ? Duration.ofDays(14) : keepDeliveredReminders;
    }
}
