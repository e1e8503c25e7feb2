package com.salesbot.core.risk;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStage;
import com.salesbot.core.deal.StageEntry;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskAlertsSkillTest {
    static final RiskSettings SETTINGS = new RiskSettings(
            Map.of(TestWorld.TEAM_ID, List.of("Acme Corp", "Globex", "Initech")),
            14,
            21,
            0.8,
            true,
            DayOfWeek.MONDAY,
            LocalTime.of(9, 0));

    private final TestWorld world = TestWorld.builder().risk(SETTINGS).build();

    /** A deal whose stage was entered {@code daysAgo} days before now. */
    static void dealIn(TestWorld world, Person owner, String customer, DealStage stage, int daysAgo) {
        world.deals()
                .save(Deal.start(owner.id(), owner.teamId(), customer)
                        .moved(new StageEntry(
                                stage,
                                world.clock().instant().minus(Duration.ofDays(daysAgo)),
                                "seed-" + customer,
                                null,
                                false)));
    }

    /** The standard risky team: Alice far behind, two quiet key customers, one stalled deal. */
    static void seedRisks(TestWorld world) {
        Period november = Period.monthOf(TODAY);
        world.recordTarget(world.alice(), Metric.SALES, november, "50000");
        world.recordSale(world.alice(), "Globex", "12500", TODAY.minusDays(2));
        world.recordTarget(world.bob(), Metric.SALES, november, "10000");
        world.recordSale(world.bob(), "Umbrella", "9000", TODAY.minusDays(1));
        // A target whose period has barely started is too early to judge.
        world.recordTarget(world.bob(), Metric.VISITS, new Period(TODAY, TODAY.plusDays(29)), "30");
        world.recordVisit(world.alice(), "ACME corp", TODAY.minusDays(20));
        dealIn(world, world.alice(), "Hooli", DealStage.PROPOSAL, 30);
        dealIn(world, world.bob(), "Umbrella", DealStage.NEGOTIATION, 5);
        dealIn(world, world.bob(), "Stark", DealStage.WON, 60);
    }

    @Test
    void aManagerSeesRepsBehindPaceQuietKeyCustomersAndStalledDeals() {
        seedRisks(world);

        Reply reply = world.tell(world.carol(), "any risks?", Intent.RISK_ALERTS);

        assertThat(reply.text()).isEqualTo("""
                        Risks for West (4):
                        • Alice is projected to reach $13,888.89 of the $50,000 sales target (28%) for 2026-11-01 to 2026-11-30.
                        • Key customer Acme Corp: no contact for 20 days (last 2026-11-07).
                        • Key customer Initech: no contact on record.
                        • Hooli deal (Alice) has been in proposal for 30 days.""");
    }

    @Test
    void theManagerHearsItInChinese() {
        seedRisks(world);

        Reply reply = world.tell(world.carol(), "有什么风险吗", Intent.RISK_ALERTS);

        assertThat(reply.text())
                .startsWith("West 的风险（4 项）：\n• Alice 按目前进度预计完成 $13,888.89，目标 $50,000（销售额），仅 28%")
                .contains("• Hooli 的商机（Alice）在方案阶段已停留 30 天。");
    }

    @Test
    void aTeamWithoutRisksIsToldSo() {
        Reply reply = TestWorld.create().tell(TestWorld.create().carol(), "any risks?", Intent.RISK_ALERTS);

        assertThat(reply.text()).startsWith("No risks for West right now");
    }

    @Test
    void aRepIsRefusedAndLearnsWhy() {
        seedRisks(world);

        Reply reply = world.tell(world.alice(), "any risks?", Intent.RISK_ALERTS);

        assertThat(reply.text()).isEqualTo("Sorry, only a manager can do that.");
    }
}
