package com.salesbot.core.report;

/** What happens right after a daily report is stored (added to that day's digest thread, say). */
@FunctionalInterface
public interface AfterReport {
    /** Nothing happens. */
    AfterReport NOTHING = report -> {};

    /** Called once the store acknowledged {@code report}; must not throw for the rep's sake. */
    void afterReport(DailyReport report);
}
