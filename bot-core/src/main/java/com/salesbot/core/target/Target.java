package com.salesbot.core.target;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import java.math.BigDecimal;
import java.util.Objects;

/** A number a rep should reach for a metric over a period (money in the team's currency). */
public record Target(PersonId rep, String teamId, Metric metric, Period period, BigDecimal amount, Source source) {
    public Target {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a target must be positive");
        }
        Objects.requireNonNull(source, "source");
    }
}
