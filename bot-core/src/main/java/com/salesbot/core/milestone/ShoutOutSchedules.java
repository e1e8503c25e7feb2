package com.salesbot.core.milestone;

import java.util.Map;
import java.util.Objects;

/** Each team's shout-out schedule and metrics; teams without their own use the fallback. */
public record ShoutOutSchedules(ShoutOutSchedule fallback, Map<String, ShoutOutSchedule> byTeam) {
    public ShoutOutSchedules {
        Objects.requireNonNull(fallback, "fallback");
        byTeam = Map.copyOf(byTeam);
    }

    /** The same schedule for every team. */
    public static ShoutOutSchedules everyTeam(ShoutOutSchedule schedule) {
        return new ShoutOutSchedules(schedule, Map.of());
    }

    /** The schedule of one team. */
    public ShoutOutSchedule forTeam(String teamId) {
        return byTeam.getOrDefault(teamId, fallback);
    }
}
