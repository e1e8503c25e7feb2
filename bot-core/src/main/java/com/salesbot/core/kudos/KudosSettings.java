package com.salesbot.core.kudos;

import java.util.Map;

/**
 * How many kudos one person may give per day, by team; teams without their own cap use the default.
 * A cap counts recipients, so "kudos @a @b" uses two.
 */
public record KudosSettings(int defaultDailyCap, Map<String, Integer> dailyCapByTeam) {
    /** The default when nothing is configured. */
    public static final int DEFAULT_DAILY_CAP = 5;

    public KudosSettings {
        if (defaultDailyCap < 1) {
            throw new IllegalArgumentException("the daily kudos cap must be at least 1");
        }
        dailyCapByTeam = Map.copyOf(dailyCapByTeam);
        if (dailyCapByTeam.values().stream().anyMatch(cap -> cap < 1)) {
            throw new IllegalArgumentException("a team's daily kudos cap must be at least 1");
        }
    }

    /** Five a day for everyone. */
    public static KudosSettings defaults() {
        return new KudosSettings(DEFAULT_DAILY_CAP, Map.of());
    }

    /** The cap for one team. */
    public int dailyCap(String teamId) {
        return dailyCapByTeam.getOrDefault(teamId, defaultDailyCap);
    }
}
