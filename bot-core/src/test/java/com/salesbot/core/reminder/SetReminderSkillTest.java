package com.salesbot.core.reminder;

import static com.salesbot.core.fakes.TestWorld.entities;
import static com.salesbot.core.fakes.TestWorld.userIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
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

class SetReminderSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void setsAOneOffReminderForOneselfAndStatesTheNextTimeInTheSpeakersZone() {
        Reply reply = world.tell(
                world.alice(),
                "remind me tomorrow at 3pm to call Acme",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDateTime.of(2026, 11, 28, 15, 0)));

        assertThat(reply.text())
                .isEqualTo("Reminder set for you: \"call Acme\". Next: Sat 2026-11-28 15:00 (Asia/Shanghai).");
        Reminder stored = world.reminders().all().get(0);
        assertThat(stored.recipients())
                .containsExactly(new Recipient.Person(world.alice().id()));
        assertThat(stored.recurrence()).isNull();
    }

    @Test
    void setsARecurringReminderInChineseAndSaysHowItRepeats() {
        Reply reply = world.tell(
                world.bob(),
                "每个工作日下午六点提醒我写日报",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 27, 18, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"));

        assertThat(reply.text()).isEqualTo("已为你设置提醒：“写日报”。下次：2026-11-27 周五 18:00（Asia/Shanghai）。重复：每个工作日。");
    }

    @Test
    void aManagerRemindsTheWholeTeam() {
        Reply reply = world.tell(
                world.carol(),
                "remind the team about the pipeline review every Monday at 9am",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO"));

        assertThat(reply.text())
                .isEqualTo("Reminder set for the team (4 people): \"the pipeline review\"."
                        + " Next: Mon 2026-11-30 09:00 (Asia/Shanghai). Repeats every Monday.");
        assertThat(world.reminders().all().get(0).recipients()).hasSize(4);
    }

    @Test
    void aRepCannotRemindTheWholeTeam() {
        Reply reply = world.tell(
                world.alice(),
                "remind everyone to log their visits tomorrow",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDate.of(2026, 11, 28)));

        assertThat(reply.text()).isEqualTo("Only a manager can set reminders for the whole team. Nothing was set.");
        assertThat(world.reminders().all()).isEmpty();
    }

    @Test
    void remindsAMentionedColleagueAtNineWhenOnlyADateIsGiven() {
        Reply reply = world.tell(
                world.alice(),
                "remind <@UBOB> to send the quote on Friday",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDate.of(2026, 12, 4), Entities.PERSONS, new String[] {userIdOf("bob")}));

        assertThat(reply.text())
                .isEqualTo("Reminder set for Bob: \"send the quote\". Next: Fri 2026-12-04 09:00 (Asia/Shanghai).");
        assertThat(world.reminders().all().get(0).recipients())
                .containsExactly(new Recipient.Person(world.bob().id()));
    }

    @Test
    void refusesSomeoneOutsideTheSpeakersTeam() {
        world.addTeam("east", "East", "USD");
        world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);

        Reply reply = world.tell(
                world.alice(),
                "remind Erin to call me tomorrow",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDate.of(2026, 11, 28), Entities.PERSONS, new String[] {"UERIN"}));

        assertThat(reply.text())
                .isEqualTo("Erin is not in your team; I only remind people of your own team. Nothing was set.");
    }

    @Test
    void aTimeAlreadyPassedSetsNothing() {
        Reply reply = world.tell(
                world.alice(),
                "remind me at 8am to stretch",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDateTime.of(2026, 11, 27, 8, 0)));

        assertThat(reply.text()).startsWith("That time (Fri 2026-11-27 08:00) has already passed, so I set nothing.");
        assertThat(world.reminders().all()).isEmpty();
    }

    @Test
    void asksWhenTheMessageSaysNoTime() {
        Reply reply = world.tell(world.alice(), "remind me to call Acme", Intent.SET_REMINDER);

        assertThat(reply.text()).startsWith("When should I remind you?");
    }

    @Test
    void confirmsInTheSpeakersOwnZone() {
        Person nyRep = new Person(
                new PersonId("nina"),
                "Nina",
                "west",
                Role.REP,
                ZoneId.of("America/New_York"),
                Lang.EN,
                List.of(TestWorld.identityOf("nina")));
        world.directory().save(nyRep);

        Reply reply = world.tell(
                nyRep,
                "remind me tomorrow at 9am to call Acme",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDateTime.of(2026, 11, 27, 9, 0)));

        assertThat(reply.text()).endsWith("Next: Fri 2026-11-27 09:00 (America/New_York).");
        assertThat(world.reminders().all().get(0).nextDue().toString()).isEqualTo("2026-11-27T14:00:00Z");
    }

    @Test
    void extractsWhatToSayInBothLanguages() {
        assertThat(ReminderText.extract("remind me tomorrow at 3pm to call Acme", List.of()))
                .isEqualTo("call Acme");
        assertThat(ReminderText.extract("remind the team about the pipeline review every Monday at 9am", List.of()))
                .isEqualTo("the pipeline review");
        assertThat(ReminderText.extract("remind <@UBOB> to send the quote on Friday at 10am", List.of("UBOB")))
                .isEqualTo("send the quote");
        assertThat(ReminderText.extract("提醒我明天上午十点给华为打电话", List.of())).isEqualTo("给华为打电话");
        assertThat(ReminderText.extract("每个工作日下午六点提醒我写日报", List.of())).isEqualTo("写日报");
        assertThat(ReminderText.extract("提醒大家每周一上午九点开周会", List.of())).isEqualTo("开周会");
    }
}
