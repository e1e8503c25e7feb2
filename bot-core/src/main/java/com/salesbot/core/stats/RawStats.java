package com.salesbot.core.stats;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kudos.RecognitionStore;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.sale.SaleTotals;
import com.salesbot.core.visit.VisitStore;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Totals summed from the raw record stores on every question: the naive way, kept for in-memory
 * set-ups and as the benchmark's baseline. It cannot answer per-customer questions.
 */
public final class RawStats implements StatsStore {
    private final VisitStore visits;
    private final SaleStore sales;
    private final RecognitionStore recognitions;

    /** With {@code recognitions} null, kudos are not counted. */
    public RawStats(VisitStore visits, SaleStore sales, RecognitionStore recognitions) {
        this.visits = visits;
        this.sales = sales;
        this.recognitions = recognitions;
    }

    @Override
    public Map<PersonId, Tally> byRep(String teamId, Period period) {
        Map<PersonId, Tally> result = new HashMap<>();
        visits.countsByRep(teamId, period)
                .forEach((rep, n) -> result.merge(rep, new Tally(n, 0, 0, BigDecimal.ZERO), Tally::plus));
        sales.totalsByRep(teamId, period)
                .forEach((rep, t) -> result.merge(rep, new Tally(0, t.count(), 0, t.amount()), Tally::plus));
        if (recognitions != null) {
            recognitions
                    .receivedByPerson(teamId, period)
                    .forEach((rep, n) -> result.merge(rep, new Tally(0, 0, n, BigDecimal.ZERO), Tally::plus));
        }
        return result;
    }

    @Override
    public Tally forRep(PersonId rep, Period period) {
        SaleTotals sold = sales.totalFor(rep, period);
        long kudos = recognitions == null ? 0 : recognitions.receivedBy(rep, period);
        return new Tally(visits.countFor(rep, period), sold.count(), kudos, sold.amount());
    }

    @Override
    public Map<PersonId, Tally> byRepForCustomer(String teamId, String customer, Period period) {
        throw new UnsupportedOperationException("raw stats cannot filter by customer");
    }

    @Override
    public boolean countsKudos() {
        return recognitions != null;
    }
}
