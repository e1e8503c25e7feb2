package com.salesbot.core.reminder;

import static com.salesbot.core.fakes.TestWorld.ZONE;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpRemindersTest {
    private static final String VISIT = "visited Acme Corp today, met the CTO, follow up next Tuesday";

    private final TestWorld world = TestWorld.create();
    private final Scheduler scheduler = world.scheduler(SchedulerSettings.defaults());

    @Test
    void aFollowUpDateBecomesADirectMessageAtNineThatMorningNamingTheCustomerAndNote() {
        world.tell(
                world.alice(),
                VISIT,
                Intent.LOG_VISIT,
                entities(
                        Entities.CUSTOMER,
                        "Acme Corp",
                        Entities.CONTACT,
                        "the CTO",
                        Entities.FOLLOW_UP,
                        LocalDate.of(2026, 12, 1)));

        advanceTo(LocalDateTime.of(2026, 12, 1, 8, 59));
        assertThat(world.outbound().sent()).isEmpty();
        advanceTo(LocalDateTime.of(2026, 12, 1, 9, 0));

        assertThat(world.outbound().sent())
                .containsExactly(
                        "slack:TWEST/UALICE: ⏰ Reminder: follow up with Acme Corp today. Your note: \"" + VISIT + "\"");
    }

    @Test
    void aNudgeDueWhileTheRepIsAwayComesAtNineOnTheFirstMorningBackWithALateNote() {
        world.tell(
                world.alice(),
                VISIT,
                Intent.LOG_VISIT,
                entities(Entities.CUSTOMER, "Acme Corp", Entities.FOLLOW_UP, LocalDate.of(2026, 12, 1)));
        world.tell(
                world.alice(),
                "I'm out next week",
                Intent.SET_AWAY,
                entities(Entities.PERIOD, new Period(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6))));

        advanceTo(LocalDateTime.of(2026, 12, 7, 8, 59));
        assertThat(world.outbound().sent()).isEmpty();
        advanceTo(LocalDateTime.of(2026, 12, 7, 9, 0));

        assertThat(world.outbound().sent())
                .containsExactly("slack:TWEST/UALICE: ⏰ Reminder: follow up with Acme Corp today. Your note: \"" + VISIT
                        + "\" (Held while you were away; it was due Tue 2026-12-01 09:00.)");
    }

    @Test
    void comingBackEarlyReleasesHeldNudgesTheNextMorning() {
        world.tell(
                world.alice(),
                VISIT,
                Intent.LOG_VISIT,
                entities(Entities.CUSTOMER, "Acme Corp", Entities.FOLLOW_UP, LocalDate.of(2026, 12, 1)));
        world.tell(
                world.alice(),
                "I'm out next week",
                Intent.SET_AWAY,
                entities(Entities.PERIOD, new Period(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6))));
        advanceTo(LocalDateTime.of(2026, 12, 2, 15, 0));
        world.tell(world.alice(), "I'm back", Intent.BACK_FROM_AWAY);

        advanceTo(LocalDateTime.of(2026, 12, 3, 9, 0));

        assertThat(world.outbound().sent()).hasSize(1).allMatch(s -> s.contains("Acme Corp"));
    }

    @Test
    void theNudgeSpeaksTheRepsLanguage() {
        world.tell(
                world.bob(),
                "今天拜访了华为技术，下周三再跟进",
                Intent.LOG_VISIT,
                entities(Entities.CUSTOMER, "华为技术", Entities.FOLLOW_UP, LocalDate.of(2026, 12, 2)));

        advanceTo(LocalDateTime.of(2026, 12, 2, 9, 0));

        assertThat(world.outbound().sent()).containsExactly("slack:TWEST/UBOB: ⏰ 提醒：今天跟进 华为技术。你的记录：“今天拜访了华为技术，下周三再跟进”");
    }

    @Test
    void nineOClockIsInTheRepsOwnZone() {
        Person nina = new Person(
                new PersonId("nina"),
                "Nina",
                "west",
                Role.REP,
                ZoneId.of("America/New_York"),
                Lang.EN,
                List.of(TestWorld.identityOf("nina")));
        world.directory().save(nina);

        world.tell(
                nina,
                "visited Initech, follow up Friday",
                Intent.LOG_VISIT,
                entities(Entities.CUSTOMER, "Initech", Entities.FOLLOW_UP, LocalDate.of(2026, 12, 4)));

        assertThat(world.reminders().all().get(0).nextDue().toString()).isEqualTo("2026-12-04T14:00:00Z");
    }

    @Test
    void aFollowUpTodayAfterNineNeedsNoNudge() {
        world.tell(
                world.alice(),
                "called Globex, follow up today",
                Intent.LOG_VISIT,
                entities(Entities.CUSTOMER, "Globex", Entities.FOLLOW_UP, LocalDate.of(2026, 11, 27)));

        assertThat(world.reminders().all()).isEmpty();
        assertThat(world.visits().all()).hasSize(1);
    }

    @Test
    void theNudgeIsListedAndCanBeCancelledLikeAnyReminder() {
        world.tell(
                world.alice(),
                VISIT,
                Intent.LOG_VISIT,
                entities(Entities.CUSTOMER, "Acme Corp", Entities.FOLLOW_UP, LocalDate.of(2026, 12, 1)));

        assertThat(world.tell(world.alice(), "my reminders", Intent.LIST_REMINDERS)
                        .text())
                .contains("1. Tue 2026-12-01 09:00 — follow up with Acme Corp today.");
        world.tell(world.alice(), "cancel reminder 1", Intent.CANCEL_REMINDER);
        advanceTo(LocalDateTime.of(2026, 12, 2, 0, 0));

        assertThat(world.outbound().sent()).isEmpty();
    }

    private void advanceTo(LocalDateTime local) {
        scheduler.advanceTo(local.atZone(ZONE).toInstant(), world.clock()::set);
    }
}
