package com.salesbot.core.sale;

import com.salesbot.core.skill.SkillContext;
import java.util.List;

/** What happens right after a sale is stored, e.g. milestones; returns lines to add to the rep's confirmation. */
@FunctionalInterface
public interface AfterSale {
    /** Nothing happens. */
    AfterSale NOTHING = (ctx, sale) -> List.of();

    List<String> afterSale(SkillContext ctx, Sale sale);
}
