package com.salesbot.core.ranking;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kudos.RecognitionStore;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.visit.VisitStore;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What reps achieved for a metric over a period, from the visit, sale and recognition stores. */
public final class Scoreboard {
    private final VisitStore visits;
    private final SaleStore sales;
    private final RecognitionStore recognitions;

    /** A scoreboard that counts no kudos (for callers that have no recognition store). */
    public Scoreboard(VisitStore visits, SaleStore sales) {
        this(visits, sales, null);
    }

    public Scoreboard(VisitStore visits, SaleStore sales, RecognitionStore recognitions) {
        this.visits = visits;
        this.sales = sales;
        this.recognitions = recognitions;
    }

    /** True for the metrics this scoreboard can count. */
    public boolean counts(Metric metric) {
        return metric != Metric.KUDOS || recognitions != null;
    }

    /** One rep's achievement; empty for a metric the scoreboard does not count. */
    public Optional<BigDecimal> achieved(PersonId rep, Metric metric, Period period) {
        if (!counts(metric)) {
            return Optional.empty();
        }
        return Optional.of(
                switch (metric) {
                    case SALES -> sales.totalFor(rep, period).amount();
                    case DEALS -> BigDecimal.valueOf(sales.totalFor(rep, period).count());
                    case VISITS -> BigDecimal.valueOf(visits.countFor(rep, period));
                    case KUDOS -> BigDecimal.valueOf(recognitions.receivedBy(rep, period));
                });
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
            case KUDOS -> {
                if (recognitions != null) {
                    recognitions
                            .receivedByPerson(teamId, period)
                            .forEach((person, n) -> result.put(person, BigDecimal.valueOf(n)));
                }
            }
        }
        result.values().removeIf(v -> v.signum() == 0);
        return result;
    }
}
