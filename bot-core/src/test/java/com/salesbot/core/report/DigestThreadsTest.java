package com.salesbot.core.report;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DigestThreadsTest {
    private final TestWorld world = TestWorld.builder().teamChannel("CWEST").build();
    private final Scheduler scheduler =
            world.scheduler(SchedulerSettings.defaults(), world.digest(LocalTime.of(20, 0)));

    @Test
    void aTeamWithAChannelGetsOneSummaryWithEachReportAsAReplyInItsThreadAndNoDirectMessages() {
        world.addPerson("erin", "Erin", Role.REP);
        world.addPerson("frank", "Frank", Role.MANAGER);
        world.recordVisit(world.alice(), "Globex", TODAY);
        world.recordSale(world.alice(), "Globex", "12500", TODAY);
        world.recordVisit(world.bob(), "美的", TODAY);
        world.tell(world.alice(), "daily report: Globex signed", Intent.DAILY_REPORT);
        world.tell(world.bob(), "日报：拜访了美的", Intent.DAILY_REPORT, Entities.none(), Lang.ZH);

        advanceTo(LocalDateTime.of(2026, 11, 27, 20, 0));

        assertThat(world.outbound().sent())
                .containsExactly(
                        "#CWEST: 📋 Daily digest for 2026-11-27: 2 of 3 reported.\n"
                                + "Team — visits 2, deals 1, sales $12,500\n"
                                + "Not reported: Erin.",
                        "#CWEST (thread post-1): • Alice — visits 1, deals 1, sales $12,500\n"
                                + "daily report: Globex signed",
                        "#CWEST (thread post-1): • Bob — visits 1, deals 0, sales $0\n日报：拜访了美的");
    }

    @Test
    void aReportAfterTheDigestJoinsThatDaysThreadOnceEvenWhenReplacedOrDeliveredAgain() {
        advanceTo(LocalDateTime.of(2026, 11, 27, 20, 0));
        world.advance(Duration.ofMinutes(30));

        var late = world.message(world.alice(), "daily report: Initech call went well");
        world.parser().on(late.text(), Intent.DAILY_REPORT, Entities.none());
        world.deliver(late);
        world.deliver(late);
        world.tell(world.alice(), "daily report: Initech call went well, quote on Monday", Intent.DAILY_REPORT);
        world.tell(world.alice(), "daily report: replace", Intent.DAILY_REPORT);

        assertThat(world.outbound().sent())
                .containsExactly(
                        "#CWEST: 📋 Daily digest for 2026-11-27: 0 of 2 reported.\n"
                                + "Team — visits 0, deals 0, sales $0\n"
                                + "Not reported: Alice, Bob.",
                        "#CWEST (thread post-1): • Alice — visits 0, deals 0, sales $0\n"
                                + "daily report: Initech call went well");
    }

    @Test
    void aFailedReplyIsPostedOnTheRetryWithoutPostingTheSummaryOrAnEarlierReplyAgain() {
        world.tell(world.alice(), "daily report: Globex signed", Intent.DAILY_REPORT);
        world.tell(world.bob(), "日报：拜访了美的", Intent.DAILY_REPORT, Entities.none(), Lang.ZH);
        advanceTo(LocalDateTime.of(2026, 11, 27, 19, 59));
        world.outbound().failAfter(2);

        advanceTo(LocalDateTime.of(2026, 11, 27, 20, 10));

        assertThat(world.outbound().sent())
                .hasSize(3)
                .filteredOn(s -> s.startsWith("#CWEST: 📋"))
                .hasSize(1);
        assertThat(world.outbound().sent().get(2)).startsWith("#CWEST (thread post-1): • Bob");
    }

    @Test
    void aTeamWithoutAChannelKeepsTheDirectMessageAndLateReportsPostNothing() {
        TestWorld plain = TestWorld.create();
        Scheduler dms = plain.scheduler(SchedulerSettings.defaults(), plain.digest(LocalTime.of(20, 0)));
        plain.tell(plain.alice(), "daily report: Globex signed", Intent.DAILY_REPORT);
        dms.advanceTo(LocalDateTime.of(2026, 11, 27, 20, 0).atZone(ZONE).toInstant(), plain.clock()::set);
        plain.tell(plain.bob(), "日报：拜访了美的", Intent.DAILY_REPORT, Entities.none(), Lang.ZH);

        assertThat(plain.outbound().sent())
                .containsExactly("slack:TWEST/UCAROL: 📋 Daily digest for 2026-11-27: 1 of 2 reported.\n"
                        + "• Alice — visits 0, deals 0, sales $0\n"
                        + "Not reported: Bob.");
    }

    private void advanceTo(LocalDateTime local) {
        scheduler.advanceTo(local.atZone(ZONE).toInstant(), world.clock()::set);
    }
}
