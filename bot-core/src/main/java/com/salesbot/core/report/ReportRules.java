package com.salesbot.core.report;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's daily-report rules. A report is late when sent at or after the team's cut-off time (local to
 * the rep) or for an earlier day; {@code defaultCutoff} null: only reports for an earlier day are late.
 * A team's template is the few questions its prompt asks, answered in one message.
 */
public record ReportRules(
        LocalTime defaultCutoff, Map<String, LocalTime> cutoffs, Map<String, List<String>> templates) {
    public ReportRules {
        cutoffs = Map.copyOf(cutoffs);
        templates = Map.copyOf(templates);
    }

    /** Cut-offs without templates. */
    public ReportRules(LocalTime defaultCutoff, Map<String, LocalTime> cutoffs) {
        this(defaultCutoff, cutoffs, Map.of());
    }

    /** No cut-off and no template anywhere. */
    public static ReportRules none() {
        return new ReportRules(null, Map.of(), Map.of());
    }

    /** The team's cut-off, if it has one. */
    public Optional<LocalTime> cutoffFor(String teamId) {
        return Optional.ofNullable(cutoffs.getOrDefault(teamId, defaultCutoff));
    }

    /** The team's template questions; empty when it has none. */
    public List<String> questionsFor(String teamId) {
        return List.copyOf(templates.getOrDefault(teamId, List.of()));
    }

    /** The questions numbered on one line: "1) Visits today? 2) Deals moved?". */
    public String numberedQuestions(String teamId) {
        List<String> questions = questionsFor(teamId);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(i + 1).append(") ").append(questions.get(i));
        }
        return text.toString();
    }
}
