package com.salesbot.core.commission;

import java.util.Map;
import java.util.Optional;

/** The commission plan of each team that has one, from configuration. */
public record CommissionPlans(Map<String, CommissionPlan> byTeam) {
    public CommissionPlans {
        byTeam = Map.copyOf(byTeam);
    }

    /** No team has a plan. */
    public static CommissionPlans none() {
        return new CommissionPlans(Map.of());
    }

    public Optional<CommissionPlan> forTeam(String teamId) {
        return Optional.ofNullable(byTeam.get(teamId));
    }
}
