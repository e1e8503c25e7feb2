package com.salesbot.core.risk;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.math.BigDecimal;
import java.util.Optional;

/** What a rep achieved for a metric over a period (the scoreboard's answer), empty when not counted. */
@FunctionalInterface
public interface Achievement {
    Optional<BigDecimal> of(PersonId rep, Metric metric, Period period);
}
