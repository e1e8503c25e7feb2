package com.salesbot.core.report;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MissingReportsSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void namesTheRepsWhoHaveNotReportedToday() {
        world.tell(world.alice(), "daily report: 2 visits", Intent.DAILY_REPORT);

        assertThat(world.tell(world.carol(), "who hasn't reported today?", Intent.MISSING_REPORTS)
                        .text())
                .isEqualTo("Not reported yet for 2026-11-27 (1 of 2): Bob");
    }

    @Test
    void saysSoWhenEveryoneHasReportedInChinese() {
        world.tell(world.alice(), "daily report: 2 visits", Intent.DAILY_REPORT);
        world.tell(world.bob(), "日报：拜访了美的", Intent.DAILY_REPORT);

        assertThat(world.tell(world.carol(), "今天谁还没交日报", Intent.MISSING_REPORTS, Entities.none(), Lang.ZH)
                        .text())
                .isEqualTo("2026-11-27 所有人都交了日报。");
    }

    @Test
    void listsTheMissingWorkdaysOfAPeriodUpToToday() {
        world.tell(world.alice(), "daily report: quiet", Intent.DAILY_REPORT);
        world.advance(Duration.ofDays(-1));
        world.tell(world.alice(), "daily report: busy", Intent.DAILY_REPORT);
        world.advance(Duration.ofDays(1));

        String text = world.tell(
                        world.carol(),
                        "missing reports this week",
                        Intent.MISSING_REPORTS,
                        entities(Entities.PERIOD, Period.weekOf(TODAY)))
                .text();

        assertThat(text).isEqualTo("""
                Missing daily reports, 2026-11-23 to 2026-11-27 (workdays):
                • Alice — 2026-11-23, 2026-11-24, 2026-11-25
                • Bob — 2026-11-23, 2026-11-24, 2026-11-25, 2026-11-26, 2026-11-27""");
    }

    @Test
    void aRepWhoIsAwayIsNotMissingButNamedAsAway() {
        world.tell(world.bob(), "我今天请假", Intent.SET_AWAY, Entities.none(), Lang.ZH);

        assertThat(world.tell(world.carol(), "who hasn't reported today?", Intent.MISSING_REPORTS)
                        .text())
                .isEqualTo("Not reported yet for 2026-11-27 (1 of 1): Alice Away: Bob.");
        assertThat(world.tell(world.carol(), "今天谁还没交日报", Intent.MISSING_REPORTS, Entities.none(), Lang.ZH)
                        .text())
                .isEqualTo("2026-11-27 还没交日报的（1 人中 1 人）：Alice休假：Bob。");
    }

    @Test
    void daysAwayAreLeftOutOfAPeriodsMissingDays() {
        world.advance(Duration.ofDays(-3));
        world.tell(
                world.alice(),
                "off until Thursday",
                Intent.SET_AWAY,
                entities(Entities.PERIOD, new Period(TODAY.minusDays(3), TODAY.minusDays(1))));
        world.advance(Duration.ofDays(3));

        String text = world.tell(
                        world.carol(),
                        "missing reports this week",
                        Intent.MISSING_REPORTS,
                        entities(Entities.PERIOD, Period.weekOf(TODAY)))
                .text();

        assertThat(text).contains("• Alice — 2026-11-23, 2026-11-27\n");
    }

    @Test
    void aRepMayNotAsk() {
        assertThat(world.tell(world.alice(), "who hasn't reported?", Intent.MISSING_REPORTS)
                        .text())
                .isEqualTo("Sorry, only a manager can do that.");
    }
}
