package com.salesbot.core.commission;

import com.salesbot.core.kernel.Money;
import com.salesbot.core.people.Team;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Commission math, exact in {@link BigDecimal}. Rounding: the commission is computed exactly in the
 * team's currency; a payout in another currency divides by the team's rate at 34 significant digits;
 * bonuses are added; the total is rounded once, at the end, to the payout currency's minor unit
 * (cents; whole yen) half up. Tier thresholds are exact shares of the target.
 */
public final class CommissionCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CommissionCalculator() {}

    /** Why a plan cannot be applied. */
    public static final class RefusedCurrency extends Exception {
        private final String payout;
        private final String team;

        RefusedCurrency(String payout, String team) {
            super("no conversion from " + team + " to " + payout);
            this.payout = payout;
            this.team = team;
        }

        public String payout() {
            return payout;
        }

        public String team() {
            return team;
        }
    }

    /**
     * Commission on {@code sales} (team currency) against an optional sales {@code target}.
     *
     * @throws RefusedCurrency when the plan pays in another currency and may not, or cannot, convert
     */
    public static Commission compute(CommissionPlan plan, Team team, BigDecimal sales, Optional<BigDecimal> target)
            throws RefusedCurrency {
        String payout = plan.currency() == null ? team.currency() : plan.currency();
        BigDecimal rate = BigDecimal.ONE;
        if (!payout.equals(team.currency())) {
            rate = team.rates().get(payout);
            if (!plan.convert() || rate == null) {
                throw new RefusedCurrency(payout, team.currency());
            }
        }
        List<Bracket> brackets = brackets(plan, target);
        BigDecimal commission = BigDecimal.ZERO;
        BigDecimal currentPercent = plan.basePercent();
        Optional<Commission.Step> next = Optional.empty();
        for (int i = 0; i < brackets.size(); i++) {
            Bracket b = brackets.get(i);
            BigDecimal upper = i + 1 < brackets.size() ? brackets.get(i + 1).from() : null;
            if (sales.compareTo(b.from()) > 0) {
                BigDecimal slice = (upper == null ? sales : sales.min(upper)).subtract(b.from());
                commission = commission.add(slice.multiply(b.percent()).divide(HUNDRED));
            }
            // The rate the next sale earns: a rep exactly at a tier's threshold is already in it.
            if (sales.compareTo(b.from()) >= 0) {
                currentPercent = b.percent();
            } else if (next.isEmpty()) {
                next = Optional.of(new Commission.Step(
                        b.percent(),
                        b.fromPercentOfTarget(),
                        new Money(b.from(), team.currency()),
                        new Money(b.from().subtract(sales), team.currency())));
            }
        }
        List<CommissionPlan.Bonus> earned = new ArrayList<>();
        Optional<Commission.BonusStep> nextBonus = Optional.empty();
        BigDecimal bonusTotal = BigDecimal.ZERO;
        if (target.isPresent()) {
            for (CommissionPlan.Bonus bonus : plan.bonuses()) {
                BigDecimal at = share(target.get(), bonus.atPercent());
                if (sales.compareTo(at) >= 0) {
                    earned.add(bonus);
                    bonusTotal = bonusTotal.add(bonus.amount());
                } else if (nextBonus.isEmpty()) {
                    nextBonus = Optional.of(new Commission.BonusStep(
                            bonus, new Money(at, team.currency()), new Money(at.subtract(sales), team.currency())));
                }
            }
        }
        BigDecimal inPayout =
                rate.compareTo(BigDecimal.ONE) == 0 ? commission : commission.divide(rate, MathContext.DECIMAL128);
        BigDecimal total = inPayout.add(bonusTotal).setScale(minorUnits(payout), RoundingMode.HALF_UP);
        Optional<Integer> attainment = target.map(
                t -> sales.multiply(HUNDRED).divide(t, 0, RoundingMode.DOWN).intValue());
        return new Commission(new Money(total, payout), attainment, currentPercent, next, earned, nextBonus);
    }

    private static List<Bracket> brackets(CommissionPlan plan, Optional<BigDecimal> target) {
        List<Bracket> brackets = new ArrayList<>();
        brackets.add(new Bracket(BigDecimal.ZERO, BigDecimal.ZERO, plan.basePercent()));
        if (target.isPresent()) {
            for (CommissionPlan.Tier tier : plan.tiers()) {
                brackets.add(new Bracket(share(target.get(), tier.fromPercent()), tier.fromPercent(), tier.percent()));
            }
        }
        return brackets;
    }

    private static BigDecimal share(BigDecimal target, BigDecimal percent) {
        return target.multiply(percent).divide(HUNDRED);
    }

    private static int minorUnits(String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /** Sales from {@code from} (team currency, i.e. {@code fromPercentOfTarget} of target) earn {@code percent}. */
    private record Bracket(BigDecimal from, BigDecimal fromPercentOfTarget, BigDecimal percent) {}
}
