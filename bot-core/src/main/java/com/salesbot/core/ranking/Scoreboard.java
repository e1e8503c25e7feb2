package com.salesbot.core.ranking;

import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kudos.RecognitionStore;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.stats.RawStats;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.visit.VisitStore;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What reps achieved for a metric over a period, read from the stats aggregates. */
public final class Scoreboard {
    private final StatsStore stats;

    /** A scoreboard that counts no kudos, summed from the raw stores (for callers without aggregates). */
    public Scoreboard(VisitStore visits, SaleStore sales) {
        this(new RawStats(visits, sales, null));
    }

    /** A scoreboard summed from the raw stores on every question (in-memory set-ups, tests). */
    public Scoreboard(VisitStore visits, SaleStore sales, RecognitionStore recognitions) {
        this(new RawStats(visits, sales, recognitions));
    }

    public Scoreboard(StatsStore stats) {
        this.stats = stats;
    }

    /** True for the metrics this scoreboard can count. */
    public boolean counts(Metric metric) {
        return metric != Metric.KUDOS || stats.countsKudos();
    }

    /** One rep's achievement; empty for a metric the scoreboard does not count. */
    public Optional<BigDecimal> achieved(PersonId rep, Metric metric, Period period) {
        if (!counts(metric)) {
            return Optional.empty();
        }
        return Optional.of(stats.forRep(rep, period).value(metric));
    }

    /** Every rep of a team with a non-zero achievement. */
    public Map<PersonId, BigDecimal> byRep(String teamId, Metric metric, Period period) {
        Map<PersonId, BigDecimal> result = new HashMap<>();
        if (!counts(metric)) {
            return result;
        }
        stats.byRep(teamId, period).forEach((rep, tally) -> result.put(rep, tally.value(metric)));
        result.values().removeIf(v -> v.signum() == 0);
        return result;
    }
}
