package com.salesbot.core.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.kernel.Money;
import com.salesbot.core.people.Team;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-worked cases. The plan: 3% base, 5% from 100% of target, 8% from 150%; bonuses $500 at 100%
 * and $1,000 at 150%; target $50,000, so the tiers start at $50,000 and $75,000.
 */
class CommissionCalculatorTest {
    private static final Team USD_TEAM = new Team(
            "west",
            "West",
            "USD",
            Map.of("CNY", new BigDecimal("0.14"), "JPY", new BigDecimal("0.0067")),
            ZoneId.of("Asia/Shanghai"));
    private static final CommissionPlan PLAN = new CommissionPlan(
            new BigDecimal("3"),
            null,
            false,
            List.of(tier("150", "8"), tier("100", "5")), // out of order on purpose: the plan sorts them
            List.of(bonus("100", "500"), bonus("150", "1000")));
    private static final Optional<BigDecimal> TARGET = Optional.of(new BigDecimal("50000"));

    private static CommissionPlan.Tier tier(String from, String percent) {
        return new CommissionPlan.Tier(new BigDecimal(from), new BigDecimal(percent));
    }

    private static CommissionPlan.Bonus bonus(String at, String amount) {
        return new CommissionPlan.Bonus(new BigDecimal(at), new BigDecimal(amount));
    }

    private static Commission compute(CommissionPlan plan, String sales, Optional<BigDecimal> target)
            throws CommissionCalculator.RefusedCurrency {
        return CommissionCalculator.compute(plan, USD_TEAM, new BigDecimal(sales), target);
    }

    @ParameterizedTest(name = "sales {0} earn {1} at {2}% now")
    @CsvSource({
        // sales,   earned,   rate now, attainment, worked out
        "0,         0.00,     3, 0", //   nothing sold
        "10000,     300.00,   3, 20", //  3% × 10,000
        "1.50,      0.05,     3, 0", //   3% × 1.50 = 0.045 → 0.05 (half up, not half even)
        "49999.99,  1500.00,  3, 99", //  3% × 49,999.99 = 1,499.9997 → 1,500.00; no bonus yet
        "50000,     2000.00,  5, 100", // 1,500 + $500 bonus; exactly at the tier, the next sale earns 5%
        "50000.01,  2000.00,  5, 100", // 1,500 + 5% × 0.01 = 1,500.0005, + 500 → 2,000.00
        "60000,     2500.00,  5, 120", // 1,500 + 5% × 10,000 + 500
        "74999.99,  3250.00,  5, 149", // 1,500 + 5% × 24,999.99 = 1,249.9995, + 500 → 3,249.9995 → 3,250.00
        "75000,     4250.00,  8, 150", // 1,500 + 1,250 + 500 + 1,000
        "80000,     4650.00,  8, 160", // 1,500 + 1,250 + 8% × 5,000 + 1,500
    })
    void tiersAreMarginalAndBonusesFlatRoundedOnceHalfUp(String sales, String earned, String rateNow, int attainment)
            throws Exception {
        Commission c = compute(PLAN, sales, TARGET);

        assertThat(c.earned()).isEqualTo(new Money(new BigDecimal(earned), "USD"));
        assertThat(c.currentPercent()).isEqualByComparingTo(rateNow);
        assertThat(c.attainmentPercent()).contains(attainment);
    }

    @Test
    void belowATierTheReplyKnowsTheNextRateAndWhatItTakes() throws Exception {
        Commission c = compute(PLAN, "60000", TARGET);

        assertThat(c.nextTier()).hasValueSatisfying(step -> {
            assertThat(step.percent()).isEqualByComparingTo("8");
            assertThat(step.fromSales()).isEqualTo(Money.of("75000", "USD"));
            assertThat(step.missing()).isEqualTo(Money.of("15000", "USD"));
        });
        assertThat(c.bonusesEarned()).containsExactly(bonus("100", "500"));
        assertThat(c.nextBonus())
                .hasValueSatisfying(b -> assertThat(b.missing()).isEqualTo(Money.of("15000", "USD")));
    }

    @Test
    void inTheTopTierThereIsNoNextTier() throws Exception {
        Commission c = compute(PLAN, "80000", TARGET);

        assertThat(c.nextTier()).isEmpty();
        assertThat(c.nextBonus()).isEmpty();
    }

    @Test
    void withoutATargetOnlyTheBaseRateAppliesAndNoBonus() throws Exception {
        Commission c = compute(PLAN, "80000", Optional.empty());

        assertThat(c.earned()).isEqualTo(Money.of("2400.00", "USD"));
        assertThat(c.attainmentPercent()).isEmpty();
        assertThat(c.nextTier()).isEmpty();
        assertThat(c.bonusesEarned()).isEmpty();
    }

    @Test
    void aPayoutInAnotherCurrencyIsConvertedAtTheTeamsRateWhenThePlanSaysSo() throws Exception {
        CommissionPlan inYuan = new CommissionPlan(new BigDecimal("3"), "CNY", true, PLAN.tiers(), PLAN.bonuses());

        // 300 USD / 0.14 = 2,142.857142… CNY → 2,142.86
        assertThat(compute(inYuan, "10000", TARGET).earned()).isEqualTo(Money.of("2142.86", "CNY"));
        // 1,500 USD / 0.14 = 10,714.285714… CNY, + 500 CNY bonus (bonuses are in the payout currency) → 11,214.29
        assertThat(compute(inYuan, "50000", TARGET).earned()).isEqualTo(Money.of("11214.29", "CNY"));
    }

    @Test
    void yenArePaidInWholeYen() throws Exception {
        CommissionPlan inYen = new CommissionPlan(new BigDecimal("3"), "JPY", true, List.of(), List.of());

        // 300 USD / 0.0067 = 44,776.119… JPY → 44,776
        assertThat(compute(inYen, "10000", TARGET).earned()).isEqualTo(Money.of("44776", "JPY"));
    }

    @Test
    void aPayoutInAnotherCurrencyIsRefusedWhenThePlanDoesNotConvertOrNoRateIsConfigured() {
        CommissionPlan noConversion = new CommissionPlan(new BigDecimal("3"), "CNY", false, List.of(), List.of());
        CommissionPlan noRate = new CommissionPlan(new BigDecimal("3"), "GBP", true, List.of(), List.of());

        assertThatThrownBy(() -> compute(noConversion, "10000", TARGET))
                .isInstanceOf(CommissionCalculator.RefusedCurrency.class)
                .hasMessage("no conversion from USD to CNY");
        assertThatThrownBy(() -> compute(noRate, "10000", TARGET))
                .isInstanceOf(CommissionCalculator.RefusedCurrency.class);
    }

    @Test
    void aPlanRejectsImpossibleRatesAndDuplicateTiers() {
        assertThatThrownBy(() -> CommissionPlan.flat("101")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CommissionPlan.flat("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommissionPlan(
                        BigDecimal.ONE, null, false, List.of(tier("100", "5"), tier("100.0", "6")), List.of()))
                .hasMessageContaining("two commission tiers start at");
    }
}
