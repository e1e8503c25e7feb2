package com.salesbot.core.sale;

import com.salesbot.core.entry.UndoableStore;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.util.Map;

/** Port: closed sales, kept once per source message. */
public interface SaleStore extends UndoableStore {
    /** Stores the sale; false when its source message already stored one (nothing new written). */
    boolean add(Sale sale);

    /** Sales per rep of a team dated in the period, undone ones excluded. */
    Map<PersonId, SaleTotals> totalsByRep(String teamId, Period period);

    /** One rep's sales dated in the period, undone ones excluded. */
    SaleTotals totalFor(PersonId rep, Period period);
}
