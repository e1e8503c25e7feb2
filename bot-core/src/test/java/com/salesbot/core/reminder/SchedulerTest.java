package com.salesbot.core.reminder;

import static com.salesbot.core.fakes.TestWorld.ZONE;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.RecordingOutboundChat;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final String ALICE = "slack:TWEST/UALICE";
    private static final String BOB = "slack:TWEST/UBOB";

    private final TestWorld world = TestWorld.create();
    private final Scheduler scheduler = world.scheduler(SchedulerSettings.defaults());

    @Test
    void deliversAOneOffReminderOnceWhenItFallsDueAndNotBefore() {
        remindAlice("remind me tomorrow at 3pm to call Acme", LocalDateTime.of(2026, 11, 28, 15, 0), null);

        at(LocalDateTime.of(2026, 11, 28, 14, 58));
        assertThat(world.outbound().sent()).isEmpty();
        at(LocalDateTime.of(2026, 11, 28, 15, 0));
        at(LocalDateTime.of(2026, 11, 28, 15, 1));

        assertThat(world.outbound().sent()).containsExactly(ALICE + ": ⏰ Reminder: call Acme");
        assertThat(world.reminders().all().get(0).status()).isEqualTo(Reminder.Status.DONE);
    }

    @Test
    void aRecurringReminderComesAtEachOccurrenceInOrder() {
        remindAlice(
                "remind me every weekday at 6pm to write my report",
                LocalDateTime.of(2026, 11, 27, 18, 0),
                "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");

        advanceTo(LocalDateTime.of(2026, 12, 1, 20, 0));

        assertThat(world.outbound().sent()).hasSize(3).containsOnly(ALICE + ": ⏰ Reminder: write my report");
        assertThat(world.reminders().occurrences())
                .extracting(o -> o.due().atZone(ZONE).toLocalDateTime().toString())
                .containsExactly("2026-11-27T18:00", "2026-11-30T18:00", "2026-12-01T18:00");
    }

    @Test
    void aDeliveryPassBetweenTicksSendsWhatATickHandedOutButHandsOutNothingItself() {
        remindAlice("remind me tomorrow at 3pm to call Acme", LocalDateTime.of(2026, 11, 28, 15, 0), null);
        remindAlice("remind me tomorrow at 3:30pm to call Initech", LocalDateTime.of(2026, 11, 28, 15, 30), null);

        // A tick a few seconds before 15:00 hands the first one out (within its one-minute horizon).
        at(LocalDateTime.of(2026, 11, 28, 14, 59, 55));
        world.clock().set(LocalDateTime.of(2026, 11, 28, 15, 0));
        scheduler.deliverDue();
        assertThat(world.outbound().sent()).containsExactly(ALICE + ": ⏰ Reminder: call Acme");

        // Nothing handed out the second one yet: only a tick does that.
        world.clock().set(LocalDateTime.of(2026, 11, 28, 15, 30));
        assertThat(scheduler.deliverDue()).isZero();
        scheduler.tick();
        assertThat(world.outbound().sent()).hasSize(2).last().isEqualTo(ALICE + ": ⏰ Reminder: call Initech");
    }

    @Test
    void afterDowntimeAMissedOccurrenceIsDeliveredLateWithANote() {
        remindAlice("remind me tomorrow at 3pm to call Acme", LocalDateTime.of(2026, 11, 28, 15, 0), null);

        at(LocalDateTime.of(2026, 11, 28, 17, 30));

        assertThat(world.outbound().sent())
                .containsExactly(ALICE + ": ⏰ Reminder: call Acme"
                        + " (Late: this was due Sat 2026-11-28 15:00, when I could not send it.)");
    }

    @Test
    void occurrencesLaterThanTheAllowedLatenessAreRecordedAsMissedAndNotSent() {
        remindAlice(
                "remind me every day at 9am to check the pipeline", LocalDateTime.of(2026, 11, 28, 9, 0), "FREQ=DAILY");

        at(LocalDateTime.of(2026, 12, 1, 10, 0));

        assertThat(world.outbound().sent())
                .hasSize(1)
                .allMatch(s -> s.contains("(Late: this was due Tue 2026-12-01 09:00"));
        assertThat(world.reminders().problems(10))
                .extracting(o -> o.status() + " " + o.due().atZone(ZONE).toLocalDate())
                .containsExactly("MISSED 2026-11-30", "MISSED 2026-11-29", "MISSED 2026-11-28");
        at(LocalDateTime.of(2026, 12, 2, 9, 0));
        assertThat(world.outbound().sent()).hasSize(2).last().isEqualTo(ALICE + ": ⏰ Reminder: check the pipeline");
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackoffAndSentOnce() {
        remindAlice("remind me tomorrow at 3pm to call Acme", LocalDateTime.of(2026, 11, 28, 15, 0), null);
        world.outbound().failNext(2);

        at(LocalDateTime.of(2026, 11, 28, 15, 0));
        at(LocalDateTime.of(2026, 11, 28, 15, 0, 29));
        assertThat(world.outbound().sent()).isEmpty();
        at(LocalDateTime.of(2026, 11, 28, 15, 0, 30));
        at(LocalDateTime.of(2026, 11, 28, 15, 1, 29));
        assertThat(world.outbound().sent()).isEmpty();
        at(LocalDateTime.of(2026, 11, 28, 15, 1, 30));
        at(LocalDateTime.of(2026, 11, 28, 16, 0));

        assertThat(world.outbound().sent()).containsExactly(ALICE + ": ⏰ Reminder: call Acme");
        assertThat(world.reminders().occurrences().get(0).status()).isEqualTo(Occurrence.Status.SENT);
    }

    @Test
    void afterTheLastTryADeliveryIsMarkedFailedAndVisible() {
        remindAlice("remind me tomorrow at 3pm to call Acme", LocalDateTime.of(2026, 11, 28, 15, 0), null);
        world.outbound().failNext(100);

        advanceTo(LocalDateTime.of(2026, 11, 29, 0, 0));

        assertThat(world.outbound().sent()).isEmpty();
        Occurrence failed = world.reminders().problems(10).get(0);
        assertThat(failed.status()).isEqualTo(Occurrence.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(SchedulerSettings.defaults().maxAttempts());
        assertThat(failed.lastError()).contains("platform said no");
    }

    @Test
    void aCancelledReminderIsNeverDelivered() {
        remindAlice(
                "remind me every day at 9am to check the pipeline", LocalDateTime.of(2026, 11, 28, 9, 0), "FREQ=DAILY");
        advanceTo(LocalDateTime.of(2026, 11, 28, 9, 30));

        world.tell(world.alice(), "cancel reminder 1", Intent.CANCEL_REMINDER);
        advanceTo(LocalDateTime.of(2026, 12, 5, 9, 30));

        assertThat(world.outbound().sent()).hasSize(1);
    }

    @Test
    void aTeamReminderReachesEveryMemberInTheirLanguageNamingWhoSetIt() {
        world.tell(
                world.carol(),
                "remind the team to log their visits every Monday at 9am",
                Intent.SET_REMINDER,
                entities(
                        Entities.WHEN,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        Entities.RECURRENCE,
                        "FREQ=WEEKLY;BYDAY=MO"));

        advanceTo(LocalDateTime.of(2026, 11, 30, 9, 0));

        assertThat(world.outbound().sent())
                .containsExactlyInAnyOrder(
                        ALICE + ": ⏰ Reminder from Carol: log their visits",
                        BOB + ": ⏰ Carol 提醒你：log their visits",
                        "slack:TWEST/UCAROL: ⏰ Reminder: log their visits",
                        "slack:TWEST/UDANA: ⏰ Reminder from Carol: log their visits");
    }

    @Test
    void aChannelReminderSetInChatIsPostedToThatChannelInTheLanguageOfItsWords() {
        Person li = world.addPerson("li", "李娜", Role.MANAGER, "west", Lang.EN);
        world.tell(
                li,
                "每天下午五点在#销售群提醒大家填拜访记录",
                Intent.SET_REMINDER,
                entities(Entities.WHEN, LocalDateTime.of(2026, 11, 27, 17, 0), Entities.RECURRENCE, "FREQ=DAILY"));

        advanceTo(LocalDateTime.of(2026, 11, 27, 17, 0));

        assertThat(world.outbound().sent()).containsExactly("#销售群: ⏰ 李娜 提醒大家：填拜访记录");
    }

    @Test
    void aChannelReminderIsPostedToItsChannel() {
        world.reminders()
                .add(Reminder.create(
                        "000000000099",
                        world.carol().id(),
                        "west",
                        "pipeline review",
                        List.of(new Recipient.Channel("slack", "TWEST", "team-west")),
                        ZONE,
                        LocalDateTime.of(2026, 11, 30, 9, 0),
                        null,
                        new Source(world.carol().id(), "seed", Instant.EPOCH)));

        advanceTo(LocalDateTime.of(2026, 11, 30, 9, 0));

        assertThat(world.outbound().sent()).containsExactly("#team-west: ⏰ Reminder from Carol: pipeline review");
    }

    @Test
    void threeSchedulersOnOneStoreDeliverEveryOccurrenceExactlyOnce() throws InterruptedException {
        int reminders = 300;
        for (int i = 0; i < reminders; i++) {
            world.reminders()
                    .add(Reminder.create(
                            String.format("%012d", i),
                            world.alice().id(),
                            "west",
                            "r" + i,
                            List.of(
                                    new Recipient.Person(world.alice().id()),
                                    new Recipient.Person(world.bob().id())),
                            ZONE,
                            LocalDateTime.of(2026, 11, 27, 11, 0).plusMinutes(i % 7),
                            Recurrence.parse("FREQ=DAILY"),
                            new Source(world.alice().id(), "seed" + i, Instant.EPOCH)));
        }
        RecordingOutboundChat shared = world.outbound();
        List<Scheduler> schedulers = IntStream.range(0, 3)
                .mapToObj(n -> new Scheduler(
                        world.reminders(),
                        world.directory(),
                        List.of(shared),
                        world.messages(),
                        world.clock(),
                        SchedulerSettings.defaults().withMaxLateness(Duration.ofDays(7)),
                        "worker-" + n))
                .toList();
        world.clock().set(LocalDateTime.of(2026, 11, 29, 11, 10));

        List<Thread> threads = new ArrayList<>();
        for (Scheduler s : schedulers) {
            Thread thread = new Thread(() -> {
                for (int t = 0; t < 5; t++) {
                    s.tick();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }

        // Three days (27th, 28th, 29th) × 300 reminders × 2 recipients, each once.
        assertThat(shared.sent()).hasSize(3 * reminders * 2);
        assertThat(world.reminders().occurrences())
                .hasSize(3 * reminders * 2)
                .allMatch(o -> o.status() == Occurrence.Status.SENT);
    }

    private void remindAlice(String text, LocalDateTime when, String rule) {
        Entities e =
                rule == null ? entities(Entities.WHEN, when) : entities(Entities.WHEN, when, Entities.RECURRENCE, rule);
        world.tell(world.alice(), text, Intent.SET_REMINDER, e);
    }

    /** Jumps the clock (as after downtime) and lets the scheduler run once. */
    private void at(LocalDateTime local) {
        world.clock().set(local);
        scheduler.tick();
    }

    private void advanceTo(LocalDateTime local) {
        scheduler.advanceTo(local.atZone(ZONE).toInstant(), world.clock()::set);
    }
}
