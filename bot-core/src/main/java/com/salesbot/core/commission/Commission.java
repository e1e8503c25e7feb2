package com.salesbot.core.commission;

import com.salesbot.core.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a rep earned on their sales under a plan, and what the next step takes.
 *
 * @param earned commission plus bonuses, in the payout currency, rounded once at the end
 * @param attainmentPercent sales as a share of target, whole percent rounded down; empty without a target
 * @param currentPercent the marginal rate the next sale earns
 * @param nextTier the next higher rate and the sales (team currency) still needed to reach it
 * @param bonusesEarned bonuses whose share of target has been reached
 * @param nextBonus the next bonus and the sales still needed for it
 */
public record Commission(
        Money earned,
        Optional<Integer> attainmentPercent,
        BigDecimal currentPercent,
        Optional<Step> nextTier,
        List<CommissionPlan.Bonus> bonusesEarned,
        Optional<BonusStep> nextBonus) {
    public Commission {
        bonusesEarned = List.copyOf(bonusesEarned);
    }

    /** A higher rate from {@code fromSales} (team currency), {@code missing} away. */
    public record Step(BigDecimal percent, BigDecimal fromPercentOfTarget, Money fromSales, Money missing) {}

    /** A bonus at {@code atSales} (team currency), {@code missing} away. */
    public record BonusStep(CommissionPlan.Bonus bonus, Money atSales, Money missing) {}
}
