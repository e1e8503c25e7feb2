package com.salesbot.core.milestone;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Announcements;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.ranking.Scoreboard;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scheduler's entry point, driven by a fake clock: what is due when, posted once. */
class ShoutOutsTest {
    private final TestWorld world = TestWorld.create();
    private final List<Reply> posted = new ArrayList<>();

    private ShoutOuts shoutOuts(RecognitionSettings settings, Announcements announcements) {
        return new ShoutOuts(
                List.of(TestWorld.TEAM_ID, "ghost"),
                world.directory(),
                new Scoreboard(world.visits(), world.sales(), world.recognitions()),
                world.targets(),
                world.celebrations(),
                announcements,
                settings,
                ShoutOutSchedule.defaults(),
                world.messages());
    }

    private ShoutOuts shoutOuts(RecognitionSettings settings) {
        return shoutOuts(settings, (teamId, reply) -> posted.add(reply));
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute)
                .atZone(TestWorld.ZONE)
                .toInstant();
    }

    private void sales() {
        world.recordSale(world.alice(), "Globex", "12500", LocalDate.of(2026, 11, 24));
        world.recordSale(world.bob(), "华为", "7000", LocalDate.of(2026, 11, 25));
        world.recordSale(world.bob(), "腾讯", "1000", LocalDate.of(2026, 11, 26));
        world.recordSale(world.carol(), "Old", "99999", LocalDate.of(2026, 11, 20)); // last week
    }

    @Test
    void theWeeklyHonourRollIsDueFridayAtFourInTheTeamsZoneAndPostedOnce() {
        sales();
        ShoutOuts shoutOuts = shoutOuts(RecognitionSettings.defaults());

        List<ShoutOuts.Posted> before = shoutOuts.postDue(at(11, 27, 15, 59));
        List<ShoutOuts.Posted> due = shoutOuts.postDue(at(11, 27, 16, 0));
        List<ShoutOuts.Posted> again = shoutOuts.postDue(at(11, 27, 16, 1));

        assertThat(before).isEmpty();
        assertThat(due).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27)));
            assertThat(p.reply().text())
                    .isEqualTo("🏆 Honour roll for 2026-11-23 to 2026-11-27\n"
                            + "sales: 1. Alice $12,500 · 2. Bob $8,000\n"
                            + "deals: 1. Bob 2 · 2. Alice 1");
        });
        assertThat(again).isEmpty();
        assertThat(posted).hasSize(1);
    }

    @Test
    void aTeamHidingFiguresSeesRanksAndPercentOfTargetOnly() {
        sales();
        world.recordTarget(world.alice(), Metric.SALES, Period.monthOf(TestWorld.TODAY), "50000");

        List<ShoutOuts.Posted> due =
                shoutOuts(new RecognitionSettings(Set.of(TestWorld.TEAM_ID))).postDue(at(11, 27, 16, 0));

        assertThat(due.get(0).reply().text())
                .isEqualTo("🏆 Honour roll for 2026-11-23 to 2026-11-27\n"
                        + "sales: 1. Alice (25% of target) · 2. Bob\n"
                        + "deals: 1. Bob · 2. Alice");
    }

    @Test
    void theMonthlyHonourRollComesOnTheFirstWorkdayForTheMonthBefore() {
        sales();
        ShoutOuts shoutOuts = shoutOuts(RecognitionSettings.defaults());

        // 2026-11-01 is a Sunday, so the first workday is Monday the 2nd.
        assertThat(shoutOuts.postDue(at(11, 1, 10, 0))).isEmpty();
        world.recordSale(world.alice(), "Globex", "4000", LocalDate.of(2026, 10, 15));
        List<ShoutOuts.Posted> due = shoutOuts.postDue(at(11, 2, 9, 0));

        assertThat(due).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(Period.monthOf(LocalDate.of(2026, 10, 1)));
            assertThat(p.reply().text())
                    .startsWith("🏆 Honour roll of the month, 2026-10-01 to 2026-10-31\nsales: 1. Alice $4,000");
        });
    }

    @Test
    void aMostlyChineseTeamGetsTheHonourRollInChinese() {
        world.addPerson("wang", "王磊", Role.REP, TestWorld.TEAM_ID, Lang.ZH);
        world.addPerson("li", "李娜", Role.REP, TestWorld.TEAM_ID, Lang.ZH);
        world.addPerson("zhang", "张伟", Role.REP, TestWorld.TEAM_ID, Lang.ZH);
        sales();

        List<ShoutOuts.Posted> due = shoutOuts(RecognitionSettings.defaults()).postDue(at(11, 27, 16, 0));

        assertThat(due.get(0).reply().text())
                .startsWith("🏆 光荣榜（2026-11-23 至 2026-11-27）\n销售额：1. Alice $12,500，2. Bob $8,000");
    }

    @Test
    void aTeamWithoutARecognitionChannelIsSkippedWithoutUsingUpTheSlot() {
        sales();

        assertThat(shoutOuts(RecognitionSettings.defaults(), Announcements.NONE).postDue(at(11, 27, 16, 0)))
                .isEmpty();
        assertThat(world.celebrations().claimed()).isEmpty();
        assertThat(shoutOuts(RecognitionSettings.defaults()).postDue(at(11, 27, 16, 30)))
                .hasSize(1);
    }

    @Test
    void aWeekWithNothingToCelebratePostsNothing() {
        assertThat(shoutOuts(RecognitionSettings.defaults()).postDue(at(11, 27, 16, 0)))
                .isEmpty();
        assertThat(posted).isEmpty();
    }

    @Test
    void aTeamsOwnScheduleMetricsAndTopReplaceTheDefaults() {
        sales();
        world.tell(
                world.alice(),
                "kudos <@UBOB> for the Huawei deal",
                com.salesbot.core.nlu.Intent.GIVE_KUDOS,
                TestWorld.entities("persons", new String[] {"UBOB"}));
        ShoutOutSchedule saturday = new ShoutOutSchedule(
                java.time.DayOfWeek.SATURDAY,
                java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(8, 30),
                List.of(Metric.KUDOS, Metric.SALES),
                1);
        ShoutOuts shoutOuts = new ShoutOuts(
                List.of(TestWorld.TEAM_ID),
                world.directory(),
                new Scoreboard(world.visits(), world.sales(), world.recognitions()),
                world.targets(),
                world.celebrations(),
                (teamId, reply) -> posted.add(reply),
                RecognitionSettings.defaults(),
                new ShoutOutSchedules(ShoutOutSchedule.defaults(), java.util.Map.of(TestWorld.TEAM_ID, saturday)),
                world.messages());

        assertThat(shoutOuts.postDue(at(11, 27, 16, 0))).isEmpty();
        assertThat(shoutOuts.postDue(at(11, 28, 9, 59))).isEmpty();
        List<ShoutOuts.Posted> due = shoutOuts.postDue(at(11, 28, 10, 0));

        assertThat(due)
                .singleElement()
                .satisfies(p -> assertThat(p.reply().text())
                        .isEqualTo("🏆 Honour roll for 2026-11-23 to 2026-11-28\n"
                                + "kudos: 1. Bob 1\n"
                                + "sales: 1. Alice $12,500"));
        // The monthly roll follows the team's own time too: 08:30 on Tuesday 2026-12-01.
        world.recordSale(world.bob(), "Initech", "100", LocalDate.of(2026, 11, 30));
        assertThat(shoutOuts.postDue(at(12, 1, 8, 29))).isEmpty();
        assertThat(shoutOuts.postDue(at(12, 1, 8, 30)))
                .singleElement()
                .satisfies(p -> assertThat(p.period()).isEqualTo(Period.monthOf(LocalDate.of(2026, 11, 1))));
    }

    private ShoutOuts withCharts(RecognitionSettings settings) {
        return new ShoutOuts(
                List.of(TestWorld.TEAM_ID),
                world.directory(),
                new Scoreboard(world.visits(), world.sales(), world.recognitions()),
                world.targets(),
                world.celebrations(),
                (teamId, reply) -> posted.add(reply),
                settings,
                ShoutOutSchedules.everyTeam(ShoutOutSchedule.defaults()),
                world.messages(),
                world.charts());
    }

    @Test
    void theHonourRollCarriesABarChartOfItsFirstMetricWithThePostedNumbers() {
        sales();

        ShoutOuts.Posted due = withCharts(RecognitionSettings.defaults())
                .postDue(at(11, 27, 16, 0))
                .get(0);

        assertThat(due.reply().text()).contains("sales: 1. Alice $12,500 · 2. Bob $8,000");
        com.salesbot.core.chart.Chart.Bars bars =
                (com.salesbot.core.chart.Chart.Bars) world.charts().drawn().get(0);
        assertThat(bars.title()).isEqualTo("Top by sales, 2026-11-23 to 2026-11-27");
        assertThat(bars.labels()).containsExactly("Alice", "Bob");
        assertThat(bars.values()).extracting(java.math.BigDecimal::intValue).containsExactly(12500, 8000);
        assertThat(due.reply().blocks())
                .singleElement()
                .isInstanceOfSatisfying(
                        com.salesbot.core.conversation.Block.Image.class,
                        image -> assertThat(image.fileName()).isEqualTo("honour-roll.png"));
        assertThat(posted).containsExactly(due.reply());
    }

    @Test
    void aTeamHidingFiguresGetsNoChartThatWouldShowThem() {
        sales();

        ShoutOuts.Posted due = withCharts(new RecognitionSettings(Set.of(TestWorld.TEAM_ID)))
                .postDue(at(11, 27, 16, 0))
                .get(0);

        assertThat(due.reply().blocks()).isEmpty();
        assertThat(world.charts().drawn()).isEmpty();
    }
}
