package com.salesbot.core.report;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;

/**
 * When a team's daily report counts as late: sent at or after its cut-off time (local to the rep), or
 * for an earlier day. {@code defaultCutoff} null: only reports for an earlier day are late.
 */
public record ReportRules(LocalTime defaultCutoff, Map<String, LocalTime> cutoffs) {
    public ReportRules {
        cutoffs = Map.copyOf(cutoffs);
    }

    /** No cut-off anywhere. */
    public static ReportRules none() {
        return new ReportRules(null, Map.of());
    }

    /** The team's cut-off, if it has one. */
    public Optional<LocalTime> cutoffFor(String teamId) {
        return Optional.ofNullable(cutoffs.getOrDefault(teamId, defaultCutoff));
    }
}
