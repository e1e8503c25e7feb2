package com.salesbot.core.sale;

import com.salesbot.core.skill.SkillContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** What happens right after a sale is stored, e.g. milestones; returns lines to add to the rep's confirmation. */
@FunctionalInterface
public interface AfterSale {
    /** How many months before the sale's own the totals handed over reach back. */
    int MONTHS_BEFORE = 12;

    /** Nothing happens. */
    AfterSale NOTHING = (ctx, sale, months) -> List.of();

    /**
     * {@code months}: the rep's sale totals, this sale included, for every month from
     * {@link #MONTHS_BEFORE} months before the sale's month through the sale's month (and on to the
     * current month for a back-dated sale), read once by the skill that stored the sale.
     */
    List<String> afterSale(SkillContext ctx, Sale sale, Map<YearMonth, SaleTotals> months);
}
