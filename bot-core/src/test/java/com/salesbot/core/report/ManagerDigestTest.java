package com.salesbot.core.report;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagerDigestTest {
    private static final String CAROL = "slack:TWEST/UCAROL";

    private final TestWorld world = TestWorld.create();
    private final ManagerDigest digest = new ManagerDigest(
            world.reminders(),
            world.directory(),
            world.reports(),
            world.visits(),
            world.sales(),
            world.absences(),
            world.messages(),
            () -> List.of(TestWorld.TEAM_ID),
            LocalTime.of(20, 0),
            Map.of());
    private final Scheduler scheduler = new Scheduler(
            world.reminders(),
            world.directory(),
            List.of(world.outbound()),
            world.messages(),
            world.clock(),
            SchedulerSettings.defaults(),
            "test",
            List.of(digest),
            List.of(digest),
            world.absences());

    @Test
    void theManagerGetsOneMessageWithWhoReportedTheirNumbersWhoDidNotAndWhoIsAway() {
        world.addPerson("erin", "Erin", Role.REP);
        world.recordVisit(world.alice(), "Globex", TODAY);
        world.recordSale(world.alice(), "Globex", "12500", TODAY);
        world.tell(world.alice(), "daily report: Globex signed", Intent.DAILY_REPORT);
        world.tell(world.bob(), "我今天请假", Intent.SET_AWAY, Entities.none(), Lang.ZH);

        advanceTo(LocalDateTime.of(2026, 11, 27, 20, 0));

        assertThat(world.outbound().sent())
                .containsExactly(CAROL + ": 📋 Daily digest for 2026-11-27: 1 of 2 reported.\n"
                        + "• Alice — visits 1, deals 1, sales $12,500\n"
                        + "Not reported: Erin.\n"
                        + "Away: Bob.");
    }

    @Test
    void aChineseManagerReadsItInChineseWithLateReportsMarked() {
        Person wang = world.addPerson("wang", "王经理", Role.MANAGER, TestWorld.TEAM_ID, Lang.ZH);
        world.tell(world.bob(), "昨天的日报：拜访了美的", Intent.DAILY_REPORT, Entities.none(), Lang.ZH);
        world.advance(java.time.Duration.ofDays(3));

        advanceTo(LocalDateTime.of(2026, 11, 30, 20, 0));

        assertThat(world.outbound().sent())
                .contains("slack:TWEST/UWANG: 📋 2026-11-30 日报汇总：2 人中 0 人已交。\n未交：Alice、Bob。");
        assertThat(world.reports().find(world.bob().id(), TODAY.minusDays(1)))
                .hasValueSatisfying(r -> assertThat(r.late()).isTrue());
        assertThat(wang.lang()).isEqualTo(Lang.ZH);
    }

    private void advanceTo(LocalDateTime local) {
        scheduler.advanceTo(local.atZone(ZONE).toInstant(), world.clock()::set);
    }
}
