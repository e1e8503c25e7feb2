package com.salesbot.core.ranking;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Money;
import java.math.BigDecimal;

/** Shows an achieved value: money in the team's currency, counts as whole numbers. */
public final class MetricFormat {
    private MetricFormat() {}

    /** {@code $12,500} for sales, {@code 7} for visits or deals. */
    public static String display(Metric metric, BigDecimal value, String currency) {
        if (metric.isMoney()) {
            return new Money(value, currency).display();
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
