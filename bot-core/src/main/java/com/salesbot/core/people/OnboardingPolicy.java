package com.salesbot.core.people;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How unknown senders are treated: in an open workspace they become reps of the default team on
 * first contact; in a closed one they are told to ask a manager.
 */
public record OnboardingPolicy(boolean open, String defaultTeamId, ZoneId defaultZone) {
    public OnboardingPolicy {
        Objects.requireNonNull(defaultTeamId, "defaultTeamId");
        Objects.requireNonNull(defaultZone, "defaultZone");
    }
}
