package com.salesbot.core.meeting;

import static com.salesbot.core.fakes.TestWorld.ZONE;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStage;
import com.salesbot.core.deal.StageEntry;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.milestone.RecognitionSettings;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingAgendaTest {
    private final TestWorld world = TestWorld.create();
    private final Scheduler scheduler = world.scheduler(SchedulerSettings.defaults());

    /** Last week is Mon 2026-11-23 to Sun 2026-11-29, seen from the meeting on Mon 2026-11-30. */
    @BeforeEach
    void lastWeek() {
        world.recordVisit(world.alice(), "Acme Corp", LocalDate.of(2026, 11, 24));
        world.recordVisit(world.alice(), "Globex", LocalDate.of(2026, 11, 25));
        world.recordSale(world.alice(), "Globex", "5000", LocalDate.of(2026, 11, 25));
        world.recordVisit(world.bob(), "美的", LocalDate.of(2026, 11, 16));
        // Acme moved from proposal (the week before) to negotiation; 美的 is new; Initech did not move.
        world.deals()
                .save(new Deal(
                        Deal.idOf(world.alice().id(), "Acme Corp"),
                        world.alice().id(),
                        "west",
                        "Acme Corp",
                        List.of(entry(DealStage.PROPOSAL, 2026, 11, 18), entry(DealStage.NEGOTIATION, 2026, 11, 26)),
                        1));
        world.deals()
                .save(new Deal(
                        Deal.idOf(world.bob().id(), "美的"),
                        world.bob().id(),
                        "west",
                        "美的",
                        List.of(entry(DealStage.LEAD, 2026, 11, 27)),
                        1));
        world.deals()
                .save(new Deal(
                        Deal.idOf(world.alice().id(), "Initech"),
                        world.alice().id(),
                        "west",
                        "Initech",
                        List.of(entry(DealStage.QUALIFIED, 2026, 11, 2)),
                        1));
    }

    @Test
    void aChannelMeetingGetsLastWeeksNumbersAndDealMovesFifteenMinutesBefore() {
        world.tell(
                world.carol(),
                "remind #team-west about the pipeline review every Monday 9am",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO"));

        advanceTo(LocalDateTime.of(2026, 11, 30, 8, 44));
        assertThat(world.outbound().sent()).isEmpty();
        advanceTo(LocalDateTime.of(2026, 11, 30, 9, 0));

        assertThat(world.outbound().sent())
                .containsExactly("#team-west: 📋 Agenda: the pipeline review starts at 09:00.\n"
                        + "Last week (2026-11-23 – 2026-11-29):\n"
                        + "• Alice — visits 2, deals 1, sales $5,000\n"
                        + "• Bob — visits 0, deals 0, sales $0\n"
                        + "• Team — visits 2, deals 1, sales $5,000\n"
                        + "Deals that moved stage:\n"
                        + "• Acme Corp (Alice): proposal → negotiation\n"
                        + "• 美的 (Bob): new, lead");
        assertThat(world.reminders().occurrences().get(0).due().atZone(ZONE).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 8, 45));
    }

    @Test
    void aChineseMeetingAgendaIsWrittenInChineseAndComesAgainNextWeek() {
        Person li = world.addPerson("li", "李娜", Role.MANAGER, "west", Lang.ZH);
        world.tell(
                li,
                "每周一早上9点在#销售群提醒大家开周会",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO"));

        advanceTo(LocalDateTime.of(2026, 12, 7, 9, 0));

        assertThat(world.outbound().sent())
                .containsExactly(
                        "#销售群: 📋 会议议程：开周会，09:00 开始。\n"
                                + "上周（2026-11-23 至 2026-11-29）数据：\n"
                                + "• Alice — 拜访 2 次，成交 1 单，金额 $5,000\n"
                                + "• Bob — 拜访 0 次，成交 0 单，金额 $0\n"
                                + "• 全队 — 拜访 2 次，成交 1 单，金额 $5,000\n"
                                + "阶段有变化的商机：\n"
                                + "• Acme Corp（Alice）：方案 → 谈判\n"
                                + "• 美的（Bob）：新商机，线索",
                        "#销售群: 📋 会议议程：开周会，09:00 开始。\n"
                                + "上周（2026-11-30 至 2026-12-06）数据：\n"
                                + "• Alice — 拜访 0 次，成交 0 单，金额 $0\n"
                                + "• Bob — 拜访 0 次，成交 0 单，金额 $0\n"
                                + "• 全队 — 拜访 0 次，成交 0 单，金额 $0\n"
                                + "上周没有商机变更阶段。");
    }

    @Test
    void withoutAChannelEveryMemberGetsTheAgendaInTheirOwnLanguage() {
        world.tell(
                world.carol(),
                "remind the team about the pipeline review every Monday at 9am",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO"));

        advanceTo(LocalDateTime.of(2026, 11, 30, 9, 0));

        assertThat(world.outbound().sent())
                .hasSize(4)
                .anyMatch(s -> s.startsWith("slack:TWEST/UALICE: 📋 Agenda: the pipeline review starts at 09:00."))
                .anyMatch(s -> s.startsWith("slack:TWEST/UBOB: 📋 会议议程：the pipeline review，09:00 开始。"));
    }

    @Test
    void aTeamHidingFiguresGetsProgressOnTargetInsteadOfAmountsInItsAgenda() {
        TestWorld hiding = TestWorld.builder()
                .recognition(new RecognitionSettings(Set.of(TestWorld.TEAM_ID)))
                .build();
        hiding.recordSale(hiding.alice(), "Globex", "5000", LocalDate.of(2026, 11, 25));
        hiding.recordTarget(hiding.alice(), Metric.SALES, Period.monthOf(LocalDate.of(2026, 11, 1)), "20000");
        hiding.tell(
                hiding.carol(),
                "remind #team-west about the pipeline review every Monday 9am",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO"));

        hiding.scheduler(SchedulerSettings.defaults())
                .advanceTo(LocalDateTime.of(2026, 11, 30, 9, 0).atZone(ZONE).toInstant(), hiding.clock()::set);

        assertThat(hiding.outbound().sent())
                .containsExactly("#team-west: 📋 Agenda: the pipeline review starts at 09:00.\n"
                        + "Last week (2026-11-23 – 2026-11-29), progress on sales targets:\n"
                        + "• Alice — 25% of target\n"
                        + "• Bob — no target set\n"
                        + "No deal changed stage last week.");
        assertThat(hiding.outbound().sent().get(0)).doesNotContain("$");
    }

    private static StageEntry entry(DealStage stage, int year, int month, int day) {
        Instant at = LocalDateTime.of(year, month, day, 11, 0).atZone(ZONE).toInstant();
        return new StageEntry(stage, at, "seed:" + stage + day, null, false);
    }

    private void advanceTo(LocalDateTime local) {
        scheduler.advanceTo(local.atZone(ZONE).toInstant(), world.clock()::set);
    }
}
