package com.salesbot.core.stats;

import com.salesbot.core.kernel.Metric;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What someone achieved over some days: visits, won deals (sales count), kudos received and the money
 * sold. Sales are stored in the team's currency, so {@code sales} is one sum, as the scoreboard always counted it.
 */
public record Tally(long visits, long deals, long kudos, BigDecimal sales) {
    public static final Tally NONE = new Tally(0, 0, 0, BigDecimal.ZERO);

    public Tally {
        Objects.requireNonNull(sales, "sales");
    }

    /** Both tallies added up. */
    public Tally plus(Tally other) {
        return new Tally(visits + other.visits, deals + other.deals, kudos + other.kudos, sales.add(other.sales));
    }

    /** The value of one ranking metric. */
    public BigDecimal value(Metric metric) {
        return switch (metric) {
            case SALES -> sales;
            case VISITS -> BigDecimal.valueOf(visits);
            case DEALS -> BigDecimal.valueOf(deals);
            case KUDOS -> BigDecimal.valueOf(kudos);
        };
    }

    /** True when nothing at all was counted. */
    public boolean isEmpty() {
        return visits == 0 && deals == 0 && kudos == 0 && sales.signum() == 0;
    }
}
