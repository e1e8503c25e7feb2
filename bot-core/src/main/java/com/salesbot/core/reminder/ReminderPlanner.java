package com.salesbot.core.reminder;

import java.time.Instant;

/** Creates reminders nobody asked for in chat (daily-report prompts), run by the scheduler before each tick. */
public interface ReminderPlanner {
    /** Adds whatever reminders are missing; must be cheap and idempotent, since it runs every tick. */
    void plan(Instant now);
}
