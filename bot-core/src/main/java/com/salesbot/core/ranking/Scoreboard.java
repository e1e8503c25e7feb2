package com.salesbot.core.ranking;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.visit.VisitStore;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What reps achieved for a metric over a period, from the visit and sale stores. */
public final class Scoreboard {
    private final VisitStore visits;
    private final SaleStore sales;

    public Scoreboard(VisitStore visits, SaleStore sales) {
        this.visits = visits;
        this.sales = sales;
    }

    /** True for the metrics this scoreboard can count. */
    public boolean counts(Metric metric) {
        return metric != Metric.KUDOS;
    }

    /** One rep's achievement; empty for a metric the scoreboard does not count. */
    public Optional<BigDecimal> achieved(PersonId rep, Metric metric, Period period) {
        return switch (metric) {
            case SALES -> Optional.of(sales.totalFor(rep, period).amount());
            case DEALS ->
                Optional.of(BigDecimal.valueOf(sales.totalFor(rep, period).count()));
            case VISITS -> Optional.of(BigDecimal.valueOf(visits.countFor(rep, period)));
            case KUDOS -> Optional.empty();
        };
    }

    /** Every rep of a team with a non-zero achievement. */
    public Map<PersonId, BigDecimal> byRep(String teamId, Metric metric, Period period) {
        Map<PersonId, BigDecimal> result = new HashMap<>();
        switch (metric) {
            case SALES -> sales.totalsByRep(teamId, period).forEach((rep, t) -> result.put(rep, t.amount()));
            case DEALS ->
                sales.totalsByRep(teamId, period).forEach((rep, t) -> result.put(rep, BigDecimal.valueOf(t.count())));
            case VISITS ->
                visits.countsByRep(teamId, period).forEach((rep, n) -> result.put(rep, BigDecimal.valueOf(n)));
            case KUDOS -> {}
        }
        result.values().removeIf(v -> v.signum() == 0);
        return result;
    }
}
