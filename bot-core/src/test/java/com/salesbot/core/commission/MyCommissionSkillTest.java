package com.salesbot.core.commission;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MyCommissionSkillTest {
    private static final CommissionPlan PLAN = new CommissionPlan(
            new BigDecimal("3"),
            null,
            false,
            List.of(
                    new CommissionPlan.Tier(new BigDecimal("100"), new BigDecimal("5")),
                    new CommissionPlan.Tier(new BigDecimal("150"), new BigDecimal("8"))),
            List.of(new CommissionPlan.Bonus(new BigDecimal("100"), new BigDecimal("500"))));
    private static final Period NOVEMBER = Period.monthOf(TestWorld.TODAY);

    private final TestWorld world = TestWorld.builder()
            .commission(new CommissionPlans(Map.of(TestWorld.TEAM_ID, PLAN)))
            .build();

    @Test
    void showsEarnedSoFarTheNextTierAndWhatItTakes() {
        world.recordTarget(world.alice(), Metric.SALES, NOVEMBER, "50000");
        world.recordSale(world.alice(), "Globex", "40000", LocalDate.of(2026, 11, 5));

        Reply reply = world.tell(world.alice(), "what is my commission this month?", Intent.MY_COMMISSION);

        assertThat(reply.text())
                .isEqualTo(
                        "Alice's commission for 2026-11-01 to 2026-11-30: $1,200, on sales of $40,000 (80% of the $50,000 target).\n"
                                + "Rate now: 3%. Next tier: 5% from $50,000 (100% of target), $10,000 more in sales.\n"
                                + "Next bonus: $500 at 100% of target, $10,000 more in sales.");
    }

    @Test
    void pastTheTargetTheBonusIsEarnedAndTheTopTierNamed() {
        world.recordTarget(world.alice(), Metric.SALES, NOVEMBER, "50000");
        world.recordSale(world.alice(), "Globex", "80000.50", LocalDate.of(2026, 11, 5));

        Reply reply = world.tell(world.alice(), "my commission", Intent.MY_COMMISSION);

        // 3% × 50,000 + 5% × 25,000 + 8% × 5,000.50 = 1,500 + 1,250 + 400.04 = 3,150.04, + 500
        assertThat(reply.text())
                .isEqualTo(
                        "Alice's commission for 2026-11-01 to 2026-11-30: $3,650.04, on sales of $80,000.50 (160% of the $50,000 target).\n"
                                + "Rate now: 8%, the top tier.\n"
                                + "Bonuses earned: $500 at 100%.");
    }

    @Test
    void withoutATargetTheBaseRateAppliesToEverything() {
        world.recordSale(world.alice(), "Globex", "10000", LocalDate.of(2026, 11, 5));

        Reply reply = world.tell(world.alice(), "my commission", Intent.MY_COMMISSION);

        assertThat(reply.text())
                .isEqualTo("Alice's commission for 2026-11-01 to 2026-11-30: $300, on sales of $10,000. "
                        + "No sales target is set, so the base rate of 3% applies to all of it.");
    }

    @Test
    void answersInChinese() {
        world.recordTarget(world.bob(), Metric.SALES, NOVEMBER, "50000");
        world.recordSale(world.bob(), "华为", "60000", LocalDate.of(2026, 11, 5));

        Reply reply = world.tell(world.bob(), "我这个月提成多少", Intent.MY_COMMISSION);

        assertThat(reply.text())
                .isEqualTo("Bob 在 2026-11-01 至 2026-11-30 的提成：$2,500，销售额 $60,000（目标 $50,000 的 120%）。\n"
                        + "当前费率：5%。下一档：从 $75,000（目标的 150%）起 8%，还差 $15,000 销售额。\n"
                        + "已得奖金：100% 奖金 $500。");
    }

    @Test
    void aManagerAsksForOneOfTheirRepsAndARepMayNot() {
        world.recordSale(world.bob(), "Acme", "1000", LocalDate.of(2026, 11, 5));

        Reply manager = world.tell(
                world.carol(), "bob's commission", Intent.MY_COMMISSION, entities("persons", new String[] {"Bob"}));
        Reply rep = world.tell(
                world.alice(), "bob's commission?", Intent.MY_COMMISSION, entities("persons", new String[] {"Bob"}));

        assertThat(manager.text()).startsWith("Bob's commission for 2026-11-01 to 2026-11-30: $30,");
        assertThat(rep.text()).isEqualTo("You can only see your own commission. Your manager can see the team's.");
    }

    @Test
    void theAskedPeriodCountsOnlyItsSales() {
        world.recordSale(world.alice(), "Globex", "10000", LocalDate.of(2026, 10, 5));
        world.recordSale(world.alice(), "Globex", "1000", LocalDate.of(2026, 11, 5));

        Reply reply = world.tell(
                world.alice(),
                "my commission last month",
                Intent.MY_COMMISSION,
                entities("period", Period.monthOf(LocalDate.of(2026, 10, 1))));

        assertThat(reply.text())
                .startsWith("Alice's commission for 2026-10-01 to 2026-10-31: $300, on sales of $10,000.");
    }

    @Test
    void aTeamWithoutAPlanIsToldSo() {
        Person eve = world.addPerson("eve", "Eve", Role.REP, "east", Lang.EN);
        world.addTeam("east", "East", "USD");

        Reply reply = world.tell(eve, "my commission", Intent.MY_COMMISSION);

        assertThat(reply.text()).isEqualTo("East has no commission plan configured, so there is nothing to show.");
    }

    @Test
    void aPlanPaidInAnUnconvertedCurrencyIsRefused() {
        TestWorld yuan = TestWorld.builder()
                .commission(new CommissionPlans(Map.of(
                        TestWorld.TEAM_ID, new CommissionPlan(new BigDecimal("3"), "EUR", true, List.of(), List.of()))))
                .build();

        Reply reply = yuan.tell(yuan.alice(), "my commission", Intent.MY_COMMISSION);

        assertThat(reply.text())
                .startsWith("The commission plan pays in EUR, but no conversion from USD is configured");
    }
}
