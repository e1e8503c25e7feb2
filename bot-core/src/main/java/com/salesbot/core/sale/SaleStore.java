package com.salesbot.core.sale;

import com.salesbot.core.entry.UndoableStore;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/** Port: closed sales, kept once per source message. */
public interface SaleStore extends UndoableStore {
    /** Stores the sale; false when its source message already stored one (nothing new written). */
    boolean add(Sale sale);

    /** Sales per rep of a team dated in the period, undone ones excluded. */
    Map<PersonId, SaleTotals> totalsByRep(String teamId, Period period);

    /** One rep's sales dated in the period, undone ones excluded. */
    SaleTotals totalFor(PersonId rep, Period period);

    /**
     * One rep's sales in each calendar month from {@code from} to {@code to}, both included; every month is
     * present, {@link SaleTotals#NONE} when nothing was sold. Stores that can read them at once override this.
     */
    default Map<YearMonth, SaleTotals> monthlyTotals(PersonId rep, YearMonth from, YearMonth to) {
        Map<YearMonth, SaleTotals> totals = new TreeMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            totals.put(month, totalFor(rep, Period.monthOf(month.atDay(1))));
        }
        return totals;
    }
}
