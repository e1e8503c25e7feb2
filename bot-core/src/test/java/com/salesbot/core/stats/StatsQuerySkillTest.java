package com.salesbot.core.stats;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static com.salesbot.core.fakes.TestWorld.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsQuerySkillTest {
    private static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);
    private static final LocalDate OCT_5 = LocalDate.of(2026, 10, 5);
    private final TestWorld world = TestWorld.create();

    @Test
    void aManagerGetsTheTeamTotalWithOneLinePerRep() {
        world.recordSale(world.alice(), "Globex", "12500", NOV_5);
        world.recordSale(world.bob(), "Acme", "7000", NOV_5);
        world.recordSale(world.bob(), "Acme", "50000", OCT_5);

        Reply reply =
                world.tell(world.carol(), "total revenue this month?", Intent.STATS_QUERY, entities("metric", "sales"));

        assertThat(reply.text()).isEqualTo("West — sales, 2026-11-01 to 2026-11-30: $19,500");
        assertThat(reply.blocks())
                .containsExactly(new Block.Table(
                        List.of("Who", "sales"), List.of(List.of("Alice", "$12,500"), List.of("Bob", "$7,000")), -1));
    }

    @Test
    void comparesWithLastMonthWhenAsked() {
        world.recordVisit(world.alice(), "Acme", NOV_5);
        world.recordVisit(world.alice(), "Acme", NOV_5);
        world.recordVisit(world.alice(), "Acme", NOV_5);
        world.recordVisit(world.alice(), "Acme", OCT_5);
        world.recordVisit(world.bob(), "Acme", OCT_5);

        Reply reply = world.tell(
                world.carol(),
                "Alice visits this month vs last month",
                Intent.STATS_QUERY,
                entities("metric", "visits", "persons", new String[] {"Alice"}));

        assertThat(reply.text())
                .isEqualTo("Alice — visits, 2026-11-01 to 2026-11-30: 3;"
                        + " previous period (2026-10-01 to 2026-10-31): 1, +200%");
        assertThat(((Block.Table) reply.blocks().get(0)).rows()).containsExactly(List.of("Alice", "3", "1"));
    }

    @Test
    void answersConversionAndYearOnYearInChinese() {
        world.recordVisit(world.bob(), "华为", NOV_5);
        world.recordVisit(world.bob(), "华为", NOV_5);
        world.recordSale(world.bob(), "华为", "100", NOV_5);

        Reply reply = world.tell(world.bob(), "我这个月的转化率同比怎么样", Intent.STATS_QUERY, entities(), Lang.ZH);

        assertThat(reply.text())
                .isEqualTo(
                        "Bob 2026-11-01 至 2026-11-30，转化率（成交单数/拜访量）：50%" + "；去年同期（2025-11-01 至 2025-11-30）：无数据，无可比数据");
    }

    @Test
    void countsOnlyTheNamedCustomerIgnoringCaseAndSpacing() {
        world.recordSale(world.alice(), "Acme Corp", "300", NOV_5);
        world.recordSale(world.bob(), "acmecorp", "200", NOV_5);
        world.recordSale(world.bob(), "Globex", "999", NOV_5);

        Reply reply = world.tell(
                world.carol(),
                "average deal size with ACME corp this month",
                Intent.STATS_QUERY,
                entities("customer", "ACME corp"));

        assertThat(reply.text()).isEqualTo("West — average deal size with ACME corp, 2026-11-01 to 2026-11-30: $250");
    }

    @Test
    void aRepWhoNamesAColleagueIsRefusedWithoutLearningAnything() {
        world.recordSale(world.alice(), "Globex", "12500", NOV_5);

        Reply known = world.tell(
                world.bob(), "how much did Alice sell", Intent.STATS_QUERY, entities("persons", new String[] {"Alice"
                }));
        Reply unknown = world.tell(
                world.bob(), "how much did Zed sell", Intent.STATS_QUERY, entities("persons", new String[] {"Zed"}));

        assertThat(known.text())
                .isEqualTo(unknown.text())
                .doesNotContain("12,500")
                .contains("only see your own");
        assertThat(known.blocks()).isEmpty();
    }

    @Test
    void aRepAskingWithoutNamesGetsTheirOwnNumbersOnly() {
        world.recordSale(world.alice(), "Globex", "12500", NOV_5);
        world.recordSale(world.bob(), "Acme", "7000", NOV_5);

        Reply reply =
                world.tell(world.alice(), "total sales this month", Intent.STATS_QUERY, entities("metric", "sales"));

        assertThat(reply.text()).isEqualTo("Alice — sales, 2026-11-01 to 2026-11-30: $12,500");
        assertThat(((Block.Table) reply.blocks().get(0)).highlightRow()).isZero();
    }

    @Test
    void aManagerCannotSeeAnotherTeamsRep() {
        world.addTeam("east", "East", "USD");
        Person erin = world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);
        world.recordSale(erin, "Initech", "800", NOV_5);

        Reply reply = world.tell(
                world.carol(), "Erin's sales", Intent.STATS_QUERY, entities("persons", new String[] {userIdOf("erin")
                }));

        assertThat(reply.text()).contains("your own team only").doesNotContain("800");
    }

    @Test
    void anAdminAsksAboutEveryTeamAndGetsABarChartWhenAsked() {
        world.addTeam("east", "East", "USD");
        Person erin = world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);
        world.recordSale(erin, "Initech", "800", TODAY);
        world.recordSale(world.alice(), "Globex", "200", TODAY);

        Reply reply = world.tell(
                world.admin(),
                "deals across all teams this month, as a chart",
                Intent.STATS_QUERY,
                entities("metric", "deals"));

        assertThat(reply.text()).isEqualTo("All teams — deals, 2026-11-01 to 2026-11-30: 2");
        assertThat(((Block.Table) reply.blocks().get(0)).rows())
                .containsExactly(List.of("East", "1"), List.of("West", "1"));
        assertThat(reply.blocks().get(1)).isInstanceOf(Block.Image.class);
    }

    @Test
    void readsPastWhatTheNluMistakesForACustomer() {
        world.recordSale(world.alice(), "Globex", "300", NOV_5);
        world.recordSale(world.bob(), "Acme", "200", NOV_5);

        Reply teammate = world.tell(
                world.carol(), "Alice's sales this month", Intent.STATS_QUERY, entities("customer", "Alice"));
        Reply questionWords =
                world.tell(world.carol(), "本季度总销售额多少", Intent.STATS_QUERY, entities("customer", "总销售额多少"), Lang.ZH);

        assertThat(teammate.text()).isEqualTo("Alice — sales, 2026-11-01 to 2026-11-30: $300");
        assertThat(questionWords.text()).isEqualTo("West 2026-11-01 至 2026-11-30，销售额：$500");
    }

    @Test
    void comparisonWordsPickTheBaselinePeriod() {
        Period november = Period.monthOf(NOV_5);
        assertThat(Comparison.in("sales 环比").baseline(november)).contains(Period.monthOf(OCT_5));
        assertThat(Comparison.in("销售额同比").baseline(november)).contains(Period.monthOf(LocalDate.of(2025, 11, 1)));
        assertThat(Comparison.in("visits vs last quarter")).isEqualTo(Comparison.PREVIOUS);
        assertThat(Comparison.in("revenue year over year")).isEqualTo(Comparison.YEAR_AGO);
        assertThat(Comparison.in("how many visits this week")).isEqualTo(Comparison.NONE);
        Period q4 = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        assertThat(Comparison.PREVIOUS.baseline(q4))
                .contains(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    }
}
