package com.salesbot.core.risk;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What counts as a risk and when managers hear about it.
 *
 * @param keyCustomers customer names per team id whose silence is a risk
 * @param noContactDays a key customer without a visit or sale for more days than this is at risk
 * @param stalledDays an open deal in one stage for more days than this has stalled
 * @param paceFloor a rep projected below this share of a target is at risk (0.8 = 80%)
 * @param digest whether managers get the weekly digest
 * @param digestDay the digest's weekday, in each manager's zone
 * @param digestAt the digest's local time
 */
public record RiskSettings(
        Map<String, List<String>> keyCustomers,
        int noContactDays,
        int stalledDays,
        double paceFloor,
        boolean digest,
        DayOfWeek digestDay,
        LocalTime digestAt) {
    public RiskSettings {
        keyCustomers = Map.copyOf(keyCustomers);
        keyCustomers.values().forEach(Objects::requireNonNull);
        if (noContactDays < 1 || stalledDays < 1 || paceFloor <= 0) {
            throw new IllegalArgumentException("risk thresholds must be positive");
        }
        Objects.requireNonNull(digestDay, "digestDay");
        Objects.requireNonNull(digestAt, "digestAt");
    }

    /** No key customers; 14 days without contact; 21 days in a stage; 80% of target; Monday 09:00 digest. */
    public static RiskSettings defaults() {
        return new RiskSettings(Map.of(), 14, 21, 0.8, true, DayOfWeek.MONDAY, LocalTime.of(9, 0));
    }

    /** The key customers of one team. */
    public List<String> keyCustomersOf(String teamId) {
        return keyCustomers.getOrDefault(teamId, List.of());
    }
}
