package com.salesbot.core.target;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Expected numbers are worked out by hand for Friday 2026-11-27 in November (30 days): 27 days have
 * elapsed by the end of today, so an even pace on a $30,000 target is 30,000 × 27 / 30 = $27,000.
 */
class MyTargetSkillTest {
    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    private final TestWorld world = TestWorld.create();

    @Test
    void defaultsToThisMonthsSalesAndShowsProgressPaceAndGap() {
        world.recordTarget(world.alice(), Metric.SALES, NOVEMBER, "30000");
        world.recordSale(world.alice(), "Globex", "12500", LocalDate.of(2026, 11, 5));
        world.recordSale(world.alice(), "Acme", "7000", LocalDate.of(2026, 11, 20));
        world.recordSale(world.alice(), "Acme", "40000", LocalDate.of(2026, 10, 30)); // last month

        Reply reply = world.tell(world.alice(), "how am I doing against my target?", Intent.MY_TARGET);

        // 19,500 / 30,000 = 65%; expected 27,000; gap 30,000 − 19,500 = 10,500.
        assertThat(reply.text())
                .isEqualTo("Alice's sales target for 2026-11-01 to 2026-11-30: $30,000. Achieved: $19,500 (65%).\n"
                        + "Behind pace: an even pace would be $27,000 by today.\n"
                        + "Still to go: $10,500.");
        assertThat(reply.blocks()).containsExactly(new Block.Progress("sales 65%", 0.65));
    }

    @Test
    void showsProgressInChinese() {
        world.recordTarget(world.bob(), Metric.SALES, NOVEMBER, "30000");
        world.recordSale(world.bob(), "华为", "19500", LocalDate.of(2026, 11, 5));

        Reply reply = world.tell(world.bob(), "我这个月的目标完成了多少?", Intent.MY_TARGET);

        assertThat(reply.text())
                .isEqualTo("Bob 的销售额目标（2026-11-01 至 2026-11-30）：$30,000，已完成 $19,500（65%）。\n"
                        + "进度落后：按平均进度，今天应完成 $27,000。\n"
                        + "还差：$10,500。");
    }

    @Test
    void earlyInTheMonthTheSameSalesAreAheadOfPace() {
        TestWorld tenth =
                TestWorld.builder().at(LocalDateTime.of(2026, 11, 10, 9, 0)).build();
        tenth.recordTarget(tenth.alice(), Metric.SALES, NOVEMBER, "30000");
        tenth.recordSale(tenth.alice(), "Globex", "12500", LocalDate.of(2026, 11, 5));

        Reply reply = tenth.tell(tenth.alice(), "my target", Intent.MY_TARGET);

        // 12,500 / 30,000 = 41.67% → 42%; by the 10th an even pace is 30,000 × 10 / 30 = 10,000.
        assertThat(reply.text())
                .contains("Achieved: $12,500 (42%).")
                .contains("On pace: an even pace would be $10,000 by today.")
                .contains("Still to go: $17,500.");
    }

    @Test
    void oddTargetGivesCentsInThePace() {
        world.recordTarget(world.alice(), Metric.SALES, NOVEMBER, "1000");
        world.recordSale(world.alice(), "Globex", "333", LocalDate.of(2026, 11, 5));

        Reply reply = world.tell(world.alice(), "my target", Intent.MY_TARGET);

        // 333 / 1,000 = 33.3% → 33%; pace 1,000 × 27 / 30 = 900.
        assertThat(reply.text()).contains("(33%)").contains("$900 by today").contains("Still to go: $667.");
    }

    @Test
    void reachedTargetIsCelebrated() {
        world.recordTarget(world.alice(), Metric.SALES, NOVEMBER, "10000");
        world.recordSale(world.alice(), "Globex", "12500", LocalDate.of(2026, 11, 5));

        Reply reply = world.tell(world.alice(), "my target", Intent.MY_TARGET);

        assertThat(reply.text())
                .contains("Achieved: $12,500 (125%).")
                .contains("On pace: an even pace would be $9,000 by today.")
                .endsWith("Target reached, well done!");
    }

    @Test
    void visitsTargetIsShownAsCounts() {
        world.recordTarget(world.alice(), Metric.VISITS, NOVEMBER, "20");
        for (int day = 1; day <= 9; day++) {
            world.recordVisit(world.alice(), "Customer " + day, LocalDate.of(2026, 11, day));
        }

        Reply reply = world.tell(
                world.alice(), "how are my visits vs target", Intent.MY_TARGET, entities("metric", "visits"));

        // 9 / 20 = 45%; pace 20 × 27 / 30 = 18; gap 11.
        assertThat(reply.text())
                .isEqualTo("Alice's visits target for 2026-11-01 to 2026-11-30: 20. Achieved: 9 (45%).\n"
                        + "Behind pace: an even pace would be 18 by today.\n"
                        + "Still to go: 11.");
    }

    @Test
    void withoutTargetShowsWhatWasAchieved() {
        world.recordSale(world.alice(), "Globex", "12500", TODAY);

        Reply en = world.tell(world.alice(), "my target", Intent.MY_TARGET);
        Reply zh = world.tell(world.bob(), "我的目标", Intent.MY_TARGET);

        assertThat(en.text())
                .isEqualTo("Alice has no sales target for 2026-11-01 to 2026-11-30. Achieved so far: $12,500."
                        + " A manager can set one, e.g. \"set Alice's target to 50k\".");
        assertThat(zh.text()).isEqualTo("Bob 在 2026-11-01 至 2026-11-30 没有销售额目标。目前已完成：$0。经理可以设置，例如“把Bob的目标定为30万”。");
    }

    @Test
    void askedPeriodIsUsedAndAPastPeriodIsFullyDue() {
        Period october = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        world.recordTarget(world.alice(), Metric.SALES, october, "20000");
        world.recordTarget(world.alice(), Metric.SALES, NOVEMBER, "99000");
        world.recordSale(world.alice(), "Acme", "15000", LocalDate.of(2026, 10, 30));

        Reply reply = world.tell(world.alice(), "my target last month", Intent.MY_TARGET, entities("period", october));

        assertThat(reply.text())
                .contains("2026-10-01 to 2026-10-31: $20,000. Achieved: $15,000 (75%).")
                .contains("Behind pace: an even pace would be $20,000 by today.")
                .contains("Still to go: $5,000.");
    }

    @Test
    void askingForTheQuarterFindsTheMonthlyTargetRunningToday() {
        world.recordTarget(world.alice(), Metric.SALES, NOVEMBER, "30000");
        world.recordSale(world.alice(), "Acme", "15000", LocalDate.of(2026, 11, 3));
        world.recordSale(world.alice(), "Acme", "50000", LocalDate.of(2026, 10, 3)); // in the quarter, not the month
        Period quarter = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

        Reply reply =
                world.tell(world.alice(), "my target this quarter", Intent.MY_TARGET, entities("period", quarter));

        assertThat(reply.text())
                .startsWith("Alice's sales target for 2026-11-01 to 2026-11-30: $30,000. Achieved: $15,000 (50%).");
    }

    @Test
    void managerSeesARepsTarget() {
        world.recordTarget(world.alice(), Metric.SALES, NOVEMBER, "30000");
        world.recordSale(world.alice(), "Globex", "12500", TODAY);

        Reply byMention = world.tell(
                world.carol(), "how is <@UALICE> doing?", Intent.MY_TARGET, entities("persons", new String[] {"UALICE"
                }));
        Reply byName = world.tell(
                world.admin(), "alice的目标完成了多少", Intent.MY_TARGET, entities("persons", new String[] {"alice"}));

        assertThat(byMention.text())
                .startsWith("Alice's sales target for 2026-11-01 to 2026-11-30: $30,000. Achieved: $12,500 (42%).");
        assertThat(byName.text()).startsWith("Alice 的销售额目标（2026-11-01 至 2026-11-30）：$30,000，已完成 $12,500（42%）。");
    }

    @Test
    void repCannotSeeAnotherRepsTarget() {
        world.recordTarget(world.alice(), Metric.SALES, NOVEMBER, "30000");

        Reply en = world.tell(
                world.bob(),
                "what is alice's target",
                Intent.MY_TARGET,
                entities("persons", new String[] {"Alice"}),
                Lang.EN);
        Reply zh =
                world.tell(world.bob(), "Alice的目标是多少", Intent.MY_TARGET, entities("persons", new String[] {"UALICE"}));

        assertThat(en.text()).isEqualTo("You can only see your own target. Your manager can see the team's.");
        assertThat(zh.text()).isEqualTo("你只能查看自己的目标，团队目标请找经理。");
        assertThat(en.text() + zh.text()).doesNotContain("30,000");
    }

    @Test
    void managerOfAnotherTeamCannotSeeTheRepsTarget() {
        world.addTeam("east", "East", "USD");
        Person frank = world.addPerson("frank", "Frank", Role.MANAGER, "east", Lang.EN);

        Reply reply =
                world.tell(frank, "alice's target", Intent.MY_TARGET, entities("persons", new String[] {"UALICE"}));

        assertThat(reply.text()).isEqualTo("You can only see your own target. Your manager can see the team's.");
    }

    @Test
    void unknownPersonIsNamed() {
        Reply reply =
                world.tell(world.carol(), "zed's target", Intent.MY_TARGET, entities("persons", new String[] {"Zed"}));

        assertThat(reply.text()).startsWith("I don't know anyone called \"Zed\".");
    }

    @Test
    void kudosCountLikeAnyOtherMetric() {
        Reply reply = world.tell(world.alice(), "my kudos target", Intent.MY_TARGET, entities("metric", "kudos"));

        assertThat(reply.text())
                .startsWith("Alice has no kudos target for 2026-11-01 to 2026-11-30. Achieved so far: 0.");
    }
}
