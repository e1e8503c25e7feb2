package com.salesbot.core.milestone;

import java.util.Set;

/** Per-team choices for public recognition: teams listed in {@code hideFigures} see ranks and % of target only. */
public record RecognitionSettings(Set<String> hideFigures) {
    public RecognitionSettings {
        hideFigures = Set.copyOf(hideFigures);
    }

    /** Figures shown for every team. */
    public static RecognitionSettings defaults() {
        return new RecognitionSettings(Set.of());
    }

    /** True when the team's public posts must not show amounts or counts. */
    public boolean hidesFigures(String teamId) {
        return hideFigures.contains(teamId);
    }
}
