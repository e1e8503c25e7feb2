package com.salesbot.core.report;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.ZONE;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.reminder.Occurrence;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportPromptsTest {
    private static final String ALICE = "slack:TWEST/UALICE";
    private static final String BOB = "slack:TWEST/UBOB";

    private final TestWorld world = TestWorld.create();
    private final ReportPrompts prompts = new ReportPrompts(
            world.reminders(),
            world.directory(),
            world.reports(),
            world.visits(),
            world.sales(),
            world.targets(),
            world.absences(),
            ReportRules.none(),
            world.messages(),
            () -> List.of(TestWorld.TEAM_ID),
            LocalTime.of(18, 0),
            Map.of());
    private final Scheduler scheduler = new Scheduler(
            world.reminders(),
            world.directory(),
            List.of(world.outbound()),
            world.messages(),
            world.clock(),
            SchedulerSettings.defaults(),
            "test",
            List.of(prompts),
            List.of(prompts),
            world.absences());

    @Test
    void eachRepIsPromptedAtEndOfDayWithTodaysNumbersTargetAndTomorrowsFollowUps() {
        world.recordTarget(world.alice(), Metric.SALES, Period.monthOf(TODAY), "50000");
        world.recordSale(world.alice(), "Globex", "12500", TODAY);
        world.tell(
                world.alice(),
                "visited Acme, follow up tomorrow",
                Intent.LOG_VISIT,
                entities(Entities.CUSTOMER, "Acme Corp", Entities.FOLLOW_UP, LocalDate.of(2026, 11, 28)));

        advanceTo(LocalDateTime.of(2026, 11, 27, 18, 0));

        assertThat(world.outbound().sent())
                .containsExactly(
                        ALICE
                                + ": 📝 Time for your daily report for 2026-11-27. Today: visits 1, deals 1, sales $12,500."
                                + " Sales target 2026-11-01 to 2026-11-30: $12,500 of $50,000 (25%)."
                                + " Follow-ups due tomorrow: Acme Corp. Reply with \"daily report: …\".",
                        BOB + ": 📝 该写 2026-11-27 的日报了。今天：拜访 0 次，成交 0 单，金额 $0。回复“日报：……”即可。");
    }

    @Test
    void aRepWhoAlreadyReportedIsNotPromptedAndWeekendsAreQuiet() {
        world.tell(world.alice(), "daily report: done early", Intent.DAILY_REPORT);

        advanceTo(LocalDateTime.of(2026, 11, 30, 17, 0));

        assertThat(world.outbound().sent())
                .containsExactly(BOB + ": 📝 该写 2026-11-27 的日报了。今天：拜访 0 次，成交 0 单，金额 $0。回复“日报：……”即可。");
        assertThat(world.reminders().occurrences())
                .filteredOn(o -> o.status() == Occurrence.Status.SKIPPED)
                .hasSize(1);
    }

    @Test
    void aTeamWithATemplateIsAskedItsQuestionsInThePrompt() {
        ReportRules rules = new ReportRules(
                null, Map.of(), Map.of(TestWorld.TEAM_ID, List.of("Visits today?", "Deals moved?", "Blockers?")));
        ReportPrompts templated = new ReportPrompts(
                world.reminders(),
                world.directory(),
                world.reports(),
                world.visits(),
                world.sales(),
                world.targets(),
                world.absences(),
                rules,
                world.messages(),
                () -> List.of(TestWorld.TEAM_ID),
                LocalTime.of(18, 0),
                Map.of());
        Scheduler withTemplate = new Scheduler(
                world.reminders(),
                world.directory(),
                List.of(world.outbound()),
                world.messages(),
                world.clock(),
                SchedulerSettings.defaults(),
                "test",
                List.of(templated),
                List.of(templated),
                world.absences());

        withTemplate.advanceTo(
                LocalDateTime.of(2026, 11, 27, 18, 0).atZone(ZONE).toInstant(), world.clock()::set);

        assertThat(world.outbound().sent())
                .contains(
                        ALICE
                                + ": 📝 Time for your daily report for 2026-11-27. Today: visits 0, deals 0, sales $0."
                                + " Answer in one message, \"daily report:\" then: 1) Visits today? 2) Deals moved? 3) Blockers?")
                .contains(BOB + ": 📝 该写 2026-11-27 的日报了。今天：拜访 0 次，成交 0 单，金额 $0。"
                        + "请用一条消息回复，以“日报：”开头，依次回答：1) Visits today? 2) Deals moved? 3) Blockers?");
    }

    @Test
    void aRepWhoIsAwayIsNotPromptedUntilBack() {
        world.tell(
                world.alice(),
                "off until Tuesday",
                Intent.SET_AWAY,
                entities(Entities.PERIOD, new Period(TODAY, LocalDate.of(2026, 11, 30))));

        advanceTo(LocalDateTime.of(2026, 12, 1, 18, 0));

        assertThat(world.outbound().sent())
                .filteredOn(s -> s.startsWith(ALICE))
                .containsExactly(ALICE
                        + ": 📝 Time for your daily report for 2026-12-01. Today: visits 0, deals 0, sales $0."
                        + " Reply with \"daily report: …\".");
        assertThat(world.outbound().sent()).filteredOn(s -> s.startsWith(BOB)).hasSize(3);
    }

    @Test
    void planningAgainAddsNoSecondPromptAndCancellingOptsOut() {
        scheduler.tick();
        scheduler.tick();
        assertThat(world.reminders().all()).hasSize(2);

        world.tell(world.alice(), "cancel reminder 1", Intent.CANCEL_REMINDER);
        advanceTo(LocalDateTime.of(2026, 11, 27, 18, 0));

        assertThat(world.outbound().sent()).hasSize(1).allMatch(s -> s.startsWith(BOB));
    }

    @Test
    void promptsComeAtTheTeamsOwnReportTime() {
        ReportPrompts early = new ReportPrompts(
                world.reminders(),
                world.directory(),
                world.reports(),
                world.visits(),
                world.sales(),
                world.targets(),
                world.absences(),
                ReportRules.none(),
                world.messages(),
                () -> List.of(TestWorld.TEAM_ID),
                LocalTime.of(18, 0),
                Map.of(TestWorld.TEAM_ID, LocalTime.of(17, 30)));

        early.plan(world.clock().instant());

        assertThat(world.reminders().all())
                .allMatch(r -> r.local(r.nextDue()).toLocalDateTime().equals(LocalDateTime.of(2026, 11, 27, 17, 30)));
    }

    private void advanceTo(LocalDateTime local) {
        scheduler.advanceTo(local.atZone(ZONE).toInstant(), world.clock()::set);
    }
}
