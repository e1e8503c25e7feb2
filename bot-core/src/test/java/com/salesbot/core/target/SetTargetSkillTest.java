package com.salesbot.core.target;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SetTargetSkillTest {
    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    private static final Period DECEMBER = new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));

    private final TestWorld world = TestWorld.create();

    @Test
    void managerSetsARepsTarget() {
        Reply reply = world.tell(
                world.carol(),
                "set <@UALICE> target to 50k for December",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE"}, "amount", 50000, "period", DECEMBER));

        assertThat(reply.text()).isEqualTo("Set the sales target for Alice: $50,000 for 2026-12-01 to 2026-12-31.");
        assertThat(world.targets().all()).singleElement().satisfies(t -> {
            assertThat(t.rep()).isEqualTo(world.alice().id());
            assertThat(t.teamId()).isEqualTo("west");
            assertThat(t.metric()).isEqualTo(Metric.SALES);
            assertThat(t.period()).isEqualTo(DECEMBER);
            assertThat(t.amount()).isEqualByComparingTo("50000");
            assertThat(t.source().author()).isEqualTo(world.carol().id());
        });
    }

    @Test
    void defaultsToThisMonthAndConvertsYuanInChinese() {
        Reply reply = world.tell(
                world.carol(),
                "把Bob这个月的目标定为30万元",
                Intent.SET_TARGET,
                entities("persons", new String[] {"Bob"}, "amount", 300000, "currency", "CNY"));

        // 300,000 × 0.14 = 42,000
        assertThat(reply.text()).isEqualTo("已设置Bob的销售额目标：$42,000（2026-11-01 至 2026-11-30）。");
        Target stored = world.targets().all().get(0);
        assertThat(stored.period()).isEqualTo(NOVEMBER);
        assertThat(stored.amount()).isEqualByComparingTo("42000");
    }

    @Test
    void setsTheSameTargetForSeveralPeople() {
        Reply reply = world.tell(
                world.carol(),
                "set alice and bob to 40k",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE", "bob"}, "amount", 40000));

        assertThat(reply.text())
                .isEqualTo("Set the sales target for Alice, Bob: $40,000 for 2026-11-01 to 2026-11-30.");
        assertThat(world.targets().all())
                .extracting(Target::rep)
                .containsExactly(world.alice().id(), world.bob().id());
    }

    @Test
    void unknownSecondPersonMeansNoTargetIsSetAtAll() {
        Reply en = world.tell(
                world.carol(),
                "set alice and zed to 40k",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE", "Zed"}, "amount", 40000));
        Reply zh = world.tell(
                world.carol(),
                "把Bob和小张的目标定为30万",
                Intent.SET_TARGET,
                entities("persons", new String[] {"Bob", "小张"}, "amount", 300000));

        assertThat(en.text()).isEqualTo("I don't know anyone called \"Zed\". Nothing was changed.");
        assertThat(zh.text()).isEqualTo("我不认识叫“小张”的人，没有做任何修改。");
        assertThat(world.targets().all()).isEmpty();
    }

    @Test
    void repCannotSetTargets() {
        Reply en = world.tell(
                world.alice(),
                "set my target to 1k",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE"}, "amount", 1000));
        Reply zh = world.tell(
                world.bob(),
                "把我的目标定为1000",
                Intent.SET_TARGET,
                entities("persons", new String[] {"Bob"}, "amount", 1000));

        assertThat(en.text()).isEqualTo("Sorry, only a manager can do that.");
        assertThat(zh.text()).isEqualTo("抱歉，只有经理可以这样做。");
        assertThat(world.targets().all()).isEmpty();
    }

    @Test
    void settingAgainReplacesTheTarget() {
        world.tell(
                world.carol(),
                "alice 30k",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE"}, "amount", 30000));
        world.tell(
                world.carol(),
                "alice 45k",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE"}, "amount", 45000));

        assertThat(world.targets().all())
                .singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("45000"));
    }

    @Test
    void visitsTargetIsAWholeCount() {
        Reply ok = world.tell(
                world.carol(),
                "alice 30 visits",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE"}, "amount", 30, "metric", "visits"));
        Reply fraction = world.tell(
                world.carol(),
                "bob 2.5 visits",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UBOB"}, "amount", new BigDecimal("2.5"), "metric", "visits"));

        assertThat(ok.text()).isEqualTo("Set the visits target for Alice: 30 for 2026-11-01 to 2026-11-30.");
        assertThat(fraction.text()).isEqualTo("A visits or deals target must be a whole positive number, not 2.5.");
        assertThat(world.targets().all())
                .singleElement()
                .satisfies(t -> assertThat(t.metric()).isEqualTo(Metric.VISITS));
    }

    @Test
    void pastPeriodIsRefused() {
        Period october = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        Reply reply = world.tell(
                world.carol(),
                "alice 30k for October",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE"}, "amount", 30000, "period", october));

        assertThat(reply.text()).startsWith("The period 2026-10-01 to 2026-10-31 is already over");
        assertThat(world.targets().all()).isEmpty();
    }

    @Test
    void negativeOrEnormousAmountIsRefused() {
        Reply negative = world.tell(
                world.carol(),
                "alice -5k",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE"}, "amount", -5000));
        Reply enormous = world.tell(
                world.carol(),
                "alice 1e99",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UALICE"}, "amount", new BigDecimal("1e99")));

        assertThat(negative.text()).startsWith("The amount -5000 doesn't look right.");
        assertThat(enormous.text()).startsWith("The amount 1000000000");
        assertThat(world.targets().all()).isEmpty();
    }

    @Test
    void personOfAnotherTeamIsRefusedButAnAdminMaySetIt() {
        world.addTeam("east", "East", "USD");
        Person erin = world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);

        Reply manager = world.tell(
                world.carol(),
                "erin 10k",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UERIN"}, "amount", 10000));
        assertThat(manager.text()).isEqualTo("Erin is not in your team, so I didn't set anything.");
        assertThat(world.targets().all()).isEmpty();

        Reply admin = world.tell(
                world.admin(),
                "erin 10k please",
                Intent.SET_TARGET,
                entities("persons", new String[] {"UERIN"}, "amount", 10000));
        assertThat(admin.text()).startsWith("Set the sales target for Erin: $10,000");
        assertThat(world.targets().all()).singleElement().satisfies(t -> {
            assertThat(t.rep()).isEqualTo(erin.id());
            assertThat(t.teamId()).isEqualTo("east");
        });
    }

    @Test
    void missingAmountOrPersonIsAskedFor() {
        Reply noAmount = world.tell(
                world.carol(), "set alice's target", Intent.SET_TARGET, entities("persons", new String[] {"UALICE"}));
        // Each question is left unanswered: a different manager asks, or the question is cancelled.
        Reply noPerson = world.tell(world.admin(), "目标定为30万", Intent.SET_TARGET, entities("amount", 300000));
        world.tell(world.carol(), "cancel", Intent.UNKNOWN, Entities.none());
        Reply emptyPersons = world.tell(
                world.carol(),
                "set the target to 5k",
                Intent.SET_TARGET,
                entities("persons", new String[0], "amount", 5000));

        assertThat(noAmount.text()).isEqualTo("What should the target be? For example: \"set alice's target to 50k\".");
        assertThat(noPerson.text()).isEqualTo("给谁定目标？例如：“把王磊这个月的目标定为30万”。");
        assertThat(emptyPersons.text()).startsWith("Whose target?");
        assertThat(world.targets().all()).isEmpty();
    }
}
