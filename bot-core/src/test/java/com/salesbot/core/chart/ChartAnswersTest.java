package com.salesbot.core.chart;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Intent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** my_target and team_ranking attach a chart whose data match the question, only when asked. */
class ChartAnswersTest {
    private final TestWorld world = TestWorld.create();
    private final Period november = Period.monthOf(TestWorld.TODAY);

    private static List<BigDecimal> numbers(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void targetProgressChartShowsAchievedToTodayAgainstPaceAndTarget() {
        world.recordTarget(world.alice(), Metric.SALES, november, "30000");
        world.recordSale(world.alice(), "Globex", "1000", LocalDate.of(2026, 11, 2));
        world.recordSale(world.alice(), "Acme", "500", LocalDate.of(2026, 11, 27));
        world.recordSale(world.alice(), "Acme", "999", LocalDate.of(2026, 10, 31)); // before the period

        Reply reply = world.tell(world.alice(), "my target, show me a chart", Intent.MY_TARGET);

        Chart.Lines chart = (Chart.Lines) world.charts().drawn().get(0);
        assertThat(chart.title()).isEqualTo("Alice: sales 2026-11-01 to 2026-11-30, 5% of target");
        assertThat(chart.xLabels()).hasSize(30).startsWith("11-1").endsWith("11-30");
        Chart.Series achieved = chart.series().get(0);
        assertThat(achieved.name()).isEqualTo("Achieved");
        assertThat(achieved.values()).hasSize(27); // the 1st to today, the 27th
        assertThat(achieved.values().get(0)).isEqualByComparingTo("0");
        assertThat(achieved.values().get(1)).isEqualByComparingTo("1000");
        assertThat(achieved.values().get(26)).isEqualByComparingTo("1500");
        Chart.Series pace = chart.series().get(1);
        assertThat(pace.values()).hasSize(30);
        assertThat(pace.values().get(0)).isEqualByComparingTo("1000"); // 30,000 over 30 days
        assertThat(pace.values().get(29)).isEqualByComparingTo("30000");
        assertThat(chart.series().get(2).values())
                .hasSize(30)
                .allSatisfy(v -> assertThat(v).isEqualByComparingTo("30000"));
        Block.Image image = (Block.Image) reply.blocks().get(reply.blocks().size() - 1);
        assertThat(new String(image.png(), StandardCharsets.UTF_8)).isEqualTo("png:progress.png");
    }

    @Test
    void withoutATargetTheChartIsTheWeeklyTrendOfTheLastEightWeeks() {
        world.recordVisit(world.bob(), "华为", LocalDate.of(2026, 11, 24));
        world.recordVisit(world.bob(), "华为", LocalDate.of(2026, 11, 25));
        world.recordVisit(world.bob(), "腾讯", LocalDate.of(2026, 10, 5));

        world.tell(world.bob(), "我的拜访量目标，画个图", Intent.MY_TARGET, entities("metric", "visits"));

        Chart.Lines chart = (Chart.Lines) world.charts().drawn().get(0);
        assertThat(chart.title()).isEqualTo("Bob：最近 8 周拜访量");
        assertThat(chart.xLabels())
                .containsExactly("10-5", "10-12", "10-19", "10-26", "11-2", "11-9", "11-16", "11-23");
        assertThat(chart.series())
                .singleElement()
                .satisfies(s -> assertThat(s.values())
                        .usingElementComparator(BigDecimal::compareTo)
                        .containsExactlyElementsOf(numbers("1", "0", "0", "0", "0", "0", "0", "2")));
    }

    @Test
    void rankingChartHasOneBarPerRankedPersonInRankOrder() {
        world.recordSale(world.alice(), "Globex", "12500", LocalDate.of(2026, 11, 5));
        world.recordSale(world.bob(), "Acme", "7000", LocalDate.of(2026, 11, 20));

        Reply reply = world.tell(world.carol(), "画个图 本月排行", Intent.TEAM_RANKING);

        Chart.Bars bars = (Chart.Bars) world.charts().drawn().get(0);
        assertThat(bars.title()).isEqualTo("团队销售额排行（2026-11-01 至 2026-11-30）");
        assertThat(bars.labels()).containsExactly("Alice", "Bob");
        assertThat(bars.values())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(numbers("12500", "7000"));
        assertThat(reply.blocks()).hasAtLeastOneElementOfType(Block.Image.class);
    }

    @Test
    void noChartUnlessAsked() {
        world.recordSale(world.alice(), "Globex", "12500", LocalDate.of(2026, 11, 5));

        Reply ranking = world.tell(world.carol(), "team ranking", Intent.TEAM_RANKING);
        Reply target = world.tell(world.alice(), "my target", Intent.MY_TARGET);

        assertThat(world.charts().drawn()).isEmpty();
        assertThat(ranking.blocks()).noneMatch(b -> b instanceof Block.Image);
        assertThat(target.blocks()).noneMatch(b -> b instanceof Block.Image);
    }
}
