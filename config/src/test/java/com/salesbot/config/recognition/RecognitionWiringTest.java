package com.salesbot.config.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.config.wiring.SalesbotProperties;
import com.salesbot.core.commission.CommissionPlan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecognitionWiringTest {
    @Test
    void aPlanFromYamlKeepsItsTiersBonusesAndCurrency() {
        CommissionPlan plan = RecognitionWiring.plan(
                "sales",
                new SalesbotProperties.CommissionSeed(
                        new BigDecimal("3"),
                        "CNY",
                        true,
                        List.of(new SalesbotProperties.TierSeed(new BigDecimal("100"), new BigDecimal("5"))),
                        List.of(new SalesbotProperties.BonusSeed(new BigDecimal("100"), new BigDecimal("500")))));

        assertThat(plan.currency()).isEqualTo("CNY");
        assertThat(plan.convert()).isTrue();
        assertThat(plan.tiers()).containsExactly(new CommissionPlan.Tier(new BigDecimal("100"), new BigDecimal("5")));
        assertThat(plan.bonuses()).hasSize(1);
    }

    @Test
    void aBrokenPlanStopsStartUpNamingTheTeam() {
        assertThatThrownBy(() -> RecognitionWiring.plan(
                        "east", new SalesbotProperties.CommissionSeed(new BigDecimal("300"), null, null, null, null)))
                .hasMessageContaining("salesbot.teams[east].commission is not a valid plan");
        assertThatThrownBy(() -> RecognitionWiring.plan(
                        "east", new SalesbotProperties.CommissionSeed(null, null, null, null, null)))
                .hasMessageContaining("base-percent is required");
    }
}
