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
                .isEqualTo(
                        "Reminder set for the team (4 people): \"the pipeline review\"."
                                + " Next: Mon 2026-11-30 09:00 (Asia/Shanghai). Repeats every Monday."
                                + " The agenda (last week's numbers and deals that moved) is posted 15 minutes before, at 08:45.");
        Reminder stored = world.reminders().all().get(0);
        assertThat(stored.recipients()).hasSize(4);
        // A recurring team meeting carries an agenda, due a quarter of an hour before the meeting.
        assertThat(stored.kind()).isEqualTo(Reminder.Kind.AGENDA);
        assertThat(stored.nextDue().atZone(TestWorld.ZONE).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 8, 45));
    }

    @Test
    void aManagerPostsARecurringReminderToAMentionedSlackChannel() {
        Reply reply = world.tell(
                world.carol(),
                "remind <#C0TEAMWEST|team-west> to log your visits every Friday at 5pm",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 27, 17, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=FR"));

        assertThat(reply.text())
                .isEqualTo("Reminder set for <#C0TEAMWEST>: \"log your visits\"."
                        + " Next: Fri 2026-11-27 17:00 (Asia/Shanghai). Repeats every Friday.");
        Reminder stored = world.reminders().all().get(0);
        assertThat(stored.recipients()).containsExactly(new Recipient.Channel("slack", "TWEST", "C0TEAMWEST"));
        assertThat(stored.kind()).isEqualTo(Reminder.Kind.NOTE);
    }

    @Test
    void aChineseChannelMeetingReminderCarriesAnAgendaPostedAQuarterHourBefore() {
        Person li = world.addPerson("li", "李娜", Role.MANAGER, "west", Lang.ZH);

        Reply reply = world.tell(
                li,
                "每周一早上9点在#销售群提醒大家开周会",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO"));

        assertThat(reply.text())
                .startsWith("已为#销售群设置提醒：“开周会”。下次：2026-11-30 周一 09:00（Asia/Shanghai）。重复：")
                .endsWith("会前 15 分钟（08:45）发出议程：上周数据和推进的商机。");
        Reminder stored = world.reminders().all().get(0);
        assertThat(stored.recipients()).containsExactly(new Recipient.Channel("slack", "TWEST", "销售群"));
        assertThat(stored.kind()).isEqualTo(Reminder.Kind.AGENDA);
    }

    @Test
    void aRepCannotPostRemindersToAChannel() {
        Reply reply = world.tell(
                world.alice(),
                "remind #team-west to log your visits every Friday at 5pm",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 27, 17, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=FR"));

        assertThat(reply.text()).startsWith("Only a manager can post reminders to a channel. Nothing was set;");
        assertThat(world.reminders().all()).isEmpty();
    }

    @Test
    void theTeamGoesToTheTeamsChannelWhenItHasOne() {
        TestWorld withChannel = TestWorld.builder().teamChannel("C0TEAMWEST").build();

        Reply reply = withChannel.tell(
                withChannel.carol(),
                "remind the team to log their visits every Friday at 5pm",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 27, 17, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=FR"));

        assertThat(reply.text()).startsWith("Reminder set for the team in <#C0TEAMWEST>: \"log their visits\".");
        assertThat(withChannel.reminders().all().get(0).recipients())
                .containsExactly(new Recipient.Channel("slack", "TWEST", "C0TEAMWEST"));
    }

    @Test
    void noAgendaWhenTheRequestSaysSo() {
        Reply reply = world.tell(
                world.carol(),
                "remind the team about the pipeline review every Monday at 9am, no agenda",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO"));

        assertThat(reply.text()).endsWith("Repeats every Monday.");
        assertThat(world.reminders().all().get(0).kind()).isEqualTo(Reminder.Kind.NOTE);
        assertThat(world.reminders().all().get(0).text()).isEqualTo("the pipeline review");
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
        assertThat(ReminderText.extract("remind #team-west about the pipeline review every Monday 9am", List.of()))
                .isEqualTo("the pipeline review");
        assertThat(ReminderText.extract(
                        "remind the team in <#C0TEAMWEST|team-west> about the pipeline review every Monday at 9am"
                                + " with agenda",
                        List.of()))
                .isEqualTo("the pipeline review");
        assertThat(ReminderText.extract("每周一早上9点在#销售群提醒大家开周会", List.of())).isEqualTo("开周会");
        assertThat(ReminderText.extract("每周一上午九点提醒大家开周会，带议程", List.of())).isEqualTo("开周会");
    }
}
