package com.salesbot.core.commission;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a team's reps earn commission on their sales against their sales target.
 *
 * <p>Rates are marginal, like tax brackets: sales up to the first tier's share of target earn
 * {@code basePercent}; the part between one tier's share and the next earns that tier's percent.
 * With tiers 100% → 5% and 150% → 8% on a 3% base and a 50,000 target, 80,000 of sales earn
 * 3% of 50,000 + 5% of 25,000 + 8% of 5,000. Bonuses are flat amounts paid once attainment reaches
 * their share of target. Without a target only the base rate applies.
 *
 * @param currency the payout currency, or null for the team's currency
 * @param convert true: a payout currency other than the team's is converted at the team's rate;
 *     false: such a plan is refused instead of guessing a rate
 */
public record CommissionPlan(
        BigDecimal basePercent, String currency, boolean convert, List<Tier> tiers, List<Bonus> bonuses) {
    public CommissionPlan {
        Objects.requireNonNull(basePercent, "basePercent");
        requireRate(basePercent);
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("commission currency must be an ISO 4217 code: " + currency);
        }
        tiers = tiers.stream().sorted(Comparator.comparing(Tier::fromPercent)).toList();
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).fromPercent().compareTo(tiers.get(i - 1).fromPercent()) == 0) {
                throw new IllegalArgumentException(
                        "two commission tiers start at " + tiers.get(i).fromPercent() + "%");
            }
        }
        bonuses =
                bonuses.stream().sorted(Comparator.comparing(Bonus::atPercent)).toList();
    }

    /** A plan with a base rate only, paid in the team's currency. */
    public static CommissionPlan flat(String basePercent) {
        return new CommissionPlan(new BigDecimal(basePercent), null, false, List.of(), List.of());
    }

    /** Sales above {@code fromPercent} of target earn {@code percent}. */
    public record Tier(BigDecimal fromPercent, BigDecimal percent) {
        public Tier {
            Objects.requireNonNull(fromPercent, "fromPercent");
            if (fromPercent.signum() <= 0) {
                throw new IllegalArgumentException("a tier starts above 0% of target: " + fromPercent);
            }
            requireRate(percent);
        }
    }

    /** A flat {@code amount} in the payout currency once attainment reaches {@code atPercent} of target. */
    public record Bonus(BigDecimal atPercent, BigDecimal amount) {
        public Bonus {
            Objects.requireNonNull(atPercent, "atPercent");
            Objects.requireNonNull(amount, "amount");
            if (atPercent.signum() <= 0 || amount.signum() <= 0) {
                throw new IllegalArgumentException("a bonus needs a positive share of target and amount");
            }
        }
    }

    private static void requireRate(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a commission rate is between 0% and 100%: " + percent);
        }
    }
}
