package com.salesbot.core.ranking;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
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

class TeamRankingSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void defaultsToSalesThisMonthAndShowsTheAskersPlace() {
        world.recordSale(world.alice(), "Globex", "12500", LocalDate.of(2026, 11, 5));
        world.recordSale(world.bob(), "Acme", "7000", LocalDate.of(2026, 11, 20));
        world.recordSale(world.bob(), "Acme", "50000", LocalDate.of(2026, 10, 31)); // last month

        Reply reply = world.tell(world.bob(), "team ranking", Intent.TEAM_RANKING);

        assertThat(reply.text())
                .isEqualTo("Team ranking by sales, 2026-11-01 to 2026-11-30:\n"
                        + "1. Alice — $12,500\n"
                        + "2. Bob — $7,000\n"
                        + "You are #2 of 2.");
        assertThat(reply.blocks())
                .containsExactly(new Block.Table(
                        List.of("#", "Rep", "sales"),
                        List.of(List.of("1", "Alice", "$12,500"), List.of("2", "Bob", "$7,000")),
                        1));
    }

    @Test
    void showsTheRankingInChinese() {
        world.recordSale(world.alice(), "Globex", "12500", LocalDate.of(2026, 11, 5));
        world.recordSale(world.bob(), "华为", "7000", LocalDate.of(2026, 11, 20));

        Reply reply = world.tell(world.bob(), "这个月销售额排名", Intent.TEAM_RANKING, entities("metric", "sales"));

        assertThat(reply.text())
                .isEqualTo("团队销售额排行（2026-11-01 至 2026-11-30）：\n"
                        + "1. Alice — $12,500\n"
                        + "2. Bob — $7,000\n"
                        + "你排第 2 名，共 2 人。");
        assertThat(((Block.Table) reply.blocks().get(0)).header()).containsExactly("名次", "销售", "销售额");
    }

    @Test
    void tiesShareARank() {
        Person erin = world.addPerson("erin", "Erin", Role.REP);
        Person gus = world.addPerson("gus", "Gus", Role.REP);
        world.recordSale(world.alice(), "A", "9000", TODAY);
        world.recordSale(erin, "B", "5000", TODAY);
        world.recordSale(world.bob(), "C", "5000", TODAY);
        world.recordSale(gus, "D", "1000", TODAY);

        Reply reply = world.tell(erin, "leaderboard", Intent.TEAM_RANKING);

        assertThat(reply.text())
                .isEqualTo("Team ranking by sales, 2026-11-01 to 2026-11-30:\n"
                        + "1. Alice — $9,000\n"
                        + "2. Bob — $5,000\n"
                        + "2. Erin — $5,000\n"
                        + "4. Gus — $1,000\n"
                        + "You are #2 of 4.");
        assertThat(((Block.Table) reply.blocks().get(0)).highlightRow()).isEqualTo(2);
    }

    @Test
    void everyRepIsListedAndNobodyWithNothingIsAhead() {
        world.recordSale(world.alice(), "Globex", "100", TODAY);

        Reply reply = world.tell(world.bob(), "ranking", Intent.TEAM_RANKING);

        assertThat(reply.text()).contains("1. Alice — $100\n2. Bob — $0\n").endsWith("You are #2 of 2.");
    }

    @Test
    void visitsThisWeekCountOnlyThisWeek() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        for (int i = 0; i < 3; i++) {
            world.recordVisit(world.alice(), "A" + i, monday.plusDays(i));
        }
        world.recordVisit(world.bob(), "B", TODAY);
        for (int i = 0; i < 5; i++) {
            world.recordVisit(world.bob(), "Old" + i, LocalDate.of(2026, 11, 16 + i)); // last week
        }

        Reply reply = world.tell(
                world.alice(),
                "本周拜访量排行",
                Intent.TEAM_RANKING,
                entities("metric", "visits", "period", Period.weekOf(TODAY)));

        assertThat(reply.text())
                .isEqualTo("团队拜访量排行（2026-11-23 至 2026-11-29）：\n1. Alice — 3\n2. Bob — 1\n你排第 1 名，共 2 人。");
    }

    @Test
    void dealsAreCountedPerSale() {
        world.recordSale(world.alice(), "A", "100", TODAY);
        world.recordSale(world.bob(), "B", "50", TODAY);
        world.recordSale(world.bob(), "C", "50", TODAY);

        Reply reply = world.tell(world.alice(), "deals ranking", Intent.TEAM_RANKING, entities("metric", "deals"));

        assertThat(reply.text()).contains("1. Bob — 2\n2. Alice — 1\n").endsWith("You are #2 of 2.");
    }

    @Test
    void managerIsNotRankedUnlessTheySold() {
        world.recordSale(world.alice(), "Globex", "12500", TODAY);

        Reply notRanked = world.tell(world.carol(), "team ranking please", Intent.TEAM_RANKING);
        world.recordSale(world.carol(), "Initech", "20000", TODAY);
        Reply ranked = world.tell(world.carol(), "team ranking now", Intent.TEAM_RANKING);

        assertThat(notRanked.text()).endsWith("You are not on this ranking.").doesNotContain("Carol");
        assertThat(((Block.Table) notRanked.blocks().get(0)).highlightRow()).isEqualTo(-1);
        assertThat(ranked.text()).contains("1. Carol — $20,000").endsWith("You are #1 of 3.");
    }

    @Test
    void otherTeamsDoNotCount() {
        world.addTeam("east", "East", "USD");
        Person erin = world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);
        world.recordSale(erin, "Big", "1000000", TODAY);
        world.recordSale(world.alice(), "Small", "10", TODAY);

        Reply reply = world.tell(world.alice(), "ranking", Intent.TEAM_RANKING);

        assertThat(reply.text()).doesNotContain("Erin").contains("1. Alice — $10");
    }

    @Test
    void nothingLoggedSaysSoInsteadOfATieOfZeros() {
        Reply en = world.tell(world.alice(), "ranking", Intent.TEAM_RANKING);
        Reply zh = world.tell(world.bob(), "排行榜", Intent.TEAM_RANKING);

        assertThat(en.text()).isEqualTo("No sales logged by the team for 2026-11-01 to 2026-11-30 yet.");
        assertThat(zh.text()).isEqualTo("2026-11-01 至 2026-11-30 团队还没有记录销售额。");
    }

    @Test
    void anEmptyKudosRankingSaysSoInChinese() {
        Reply reply = world.tell(world.bob(), "点赞数排行", Intent.TEAM_RANKING, entities("metric", "kudos"));

        assertThat(reply.text()).isEqualTo("2026-11-01 至 2026-11-30 团队还没有记录点赞数。");
    }
}
