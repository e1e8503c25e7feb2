package com.salesbot.core.fakes;

import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.stats.RawStats;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.stats.Tally;
import com.salesbot.core.visit.Visit;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** {@link StatsStore} over the in-memory record stores: sums on every question, customers matched loosely. */
public final class InMemoryStats implements StatsStore {
    private final InMemoryVisitStore visits;
    private final InMemorySaleStore sales;
    private final RawStats raw;

    public InMemoryStats(InMemoryVisitStore visits, InMemorySaleStore sales, InMemoryRecognitionStore recognitions) {
        this.visits = visits;
        this.sales = sales;
        this.raw = new RawStats(visits, sales, recognitions);
    }

    @Override
    public Map<PersonId, Tally> byRep(String teamId, Period period) {
        return raw.byRep(teamId, period);
    }

    @Override
    public Tally forRep(PersonId rep, Period period) {
        return raw.forRep(rep, period);
    }

    @Override
    public Map<PersonId, Tally> byRepForCustomer(String teamId, String customer, Period period) {
        Map<PersonId, Tally> result = new HashMap<>();
        for (Visit v : visits.live()) {
            if (v.teamId().equals(teamId) && period.contains(v.date()) && same(v.customer(), customer)) {
                result.merge(v.rep(), new Tally(1, 0, 0, BigDecimal.ZERO), Tally::plus);
            }
        }
        for (Sale s : sales.live()) {
            if (s.teamId().equals(teamId) && period.contains(s.date()) && same(s.customer(), customer)) {
                result.merge(s.rep(), new Tally(0, 1, 0, s.amount().amount()), Tally::plus);
            }
        }
        return result;
    }

    private static boolean same(String a, String b) {
        return squash(a).equals(squash(b));
    }

    private static String squash(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
