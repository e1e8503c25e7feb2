package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import com.salesbot.core.reminder.Occurrence;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Recurrence;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoReminderStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PersonId ALICE = Samples.ALICE;
    private static final PersonId BOB = Samples.BOB;
    private static final Instant SET_AT = Instant.parse("2026-11-27T02:00:00Z");

    private MongoStores stores;
    private ReminderStore reminders;

    @BeforeEach
    void openStores() {
        stores = new MongoStores(mongo.database());
        reminders = stores.reminders();
    }

    @Test
    void storesAReminderWithItsRuleZoneAndRecipientsAndReadsItBack() {
        Reminder weekly = weekly("000000000001", "m1");

        assertThat(reminders.add(weekly)).isTrue();

        assertThat(reminders.find("000000000001")).contains(weekly);
        Document stored = mongo.database().getCollection("reminders").find().first();
        assertThat(stored.getString("rrule")).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
        assertThat(stored.getString("zone")).isEqualTo("Asia/Shanghai");
        assertThat(stored.getString("anchor")).isEqualTo("2026-11-30T09:00");
        assertThat(stored.getString("status")).isEqualTo("active");
        assertThat(stored.getList("recipientIds", String.class)).containsExactly("alice", "bob");
    }

    @Test
    void storesAMeetingAgendaForAChannelAndReadsItBack() {
        Reminder agenda = Reminder.create(
                        "000000000003",
                        ALICE,
                        "west",
                        "the pipeline review",
                        List.of(new Recipient.Channel("slack", "T0123", "C0TEAMWEST")),
                        SHANGHAI,
                        LocalDateTime.of(2026, 11, 30, 8, 45),
                        Recurrence.parse("FREQ=WEEKLY;BYDAY=MO"),
                        new Source(ALICE, "slack:T0123:C0TEAMWEST:m3", SET_AT))
                .withKind(Reminder.Kind.AGENDA);

        assertThat(reminders.add(agenda)).isTrue();

        assertThat(reminders.find("000000000003")).contains(agenda);
        assertThat(mongo.database().getCollection("reminders").find().first().getString("kind"))
                .isEqualTo("agenda");
    }

    @Test
    void aSecondDeliveryOfTheSameMessageStoresNoSecondReminder() {
        assertThat(reminders.add(weekly("000000000001", "m1"))).isTrue();
        assertThat(reminders.add(weekly("000000000002", "m1"))).isFalse();

        assertThat(mongo.database().getCollection("reminders").countDocuments()).isEqualTo(1);
    }

    @Test
    void listsActiveRemindersOfOwnerAndRecipientsSoonestFirstAndForgetsCancelledOnes() {
        reminders.add(weekly("000000000001", "m1"));
        reminders.add(oneOff("000000000002", "m2", LocalDateTime.of(2026, 11, 28, 15, 0)));

        assertThat(reminders.activeFor(ALICE)).extracting(Reminder::id).containsExactly("000000000002", "000000000001");
        assertThat(reminders.activeFor(BOB)).extracting(Reminder::id).containsExactly("000000000001");

        assertThat(reminders.cancel("000000000001")).isTrue();
        assertThat(reminders.cancel("000000000001")).isFalse();
        assertThat(reminders.activeFor(BOB)).isEmpty();
    }

    @Test
    void advanceMovesTheDueTimeOnlyFromTheTimeThatWasRead() {
        Reminder weekly = weekly("000000000001", "m1");
        reminders.add(weekly);
        Instant next = weekly.occurrenceAfter(weekly.nextDue()).orElseThrow();

        assertThat(reminders.advance(weekly.id(), weekly.nextDue(), next)).isTrue();
        assertThat(reminders.advance(weekly.id(), weekly.nextDue(), next)).isFalse();
        assertThat(reminders.dueBy(weekly.nextDue(), 10)).isEmpty();
        assertThat(reminders.dueBy(next, 10)).extracting(Reminder::nextDue).containsExactly(next);

        assertThat(reminders.advance(weekly.id(), next, null)).isTrue();
        assertThat(reminders.find(weekly.id()).orElseThrow().status()).isEqualTo(Reminder.Status.DONE);
    }

    @Test
    void theDueScanReadsOnlyRemindersDueWithinTheWindowWhateverIsPendingLater() {
        Reminder soon = oneOff("000000000001", "m1", LocalDateTime.of(2026, 11, 30, 9, 0));
        reminders.add(soon);
        for (int i = 0; i < 50; i++) {
            reminders.add(oneOff(String.format("%012d", 100 + i), "far" + i, LocalDateTime.of(2026, 12, 14, 9, i)));
        }

        assertThat(reminders.dueBy(soon.nextDue().plusSeconds(60), 200))
                .extracting(Reminder::id)
                .containsExactly("000000000001");
        // The sweep dropped the entries beyond its window: the next ticks read one entry, not 51.
        assertThat(mongo.database().getCollection("reminder_due").countDocuments())
                .isEqualTo(1);
    }

    @Test
    void aReminderBeyondTheWindowIsFoundOnceALaterSweepReachesIt() {
        Reminder now = oneOff("000000000001", "m1", LocalDateTime.of(2026, 11, 30, 9, 0));
        Reminder later = oneOff("000000000002", "m2", LocalDateTime.of(2026, 11, 30, 12, 0));
        reminders.add(now);
        reminders.add(later);

        assertThat(reminders.dueBy(now.nextDue(), 200)).extracting(Reminder::id).containsExactly("000000000001");
        assertThat(reminders.dueBy(later.nextDue(), 200))
                .extracting(Reminder::id)
                .containsExactly("000000000001", "000000000002");
    }

    @Test
    void aReminderWhoseEntryASweepDroppedIsFoundAgainThroughItsHourBucket() {
        Reminder first = oneOff("000000000001", "m1", LocalDateTime.of(2026, 11, 30, 9, 0));
        reminders.add(first);
        reminders.dueBy(first.nextDue(), 200);
        Reminder noon = oneOff("000000000002", "m2", LocalDateTime.of(2026, 11, 30, 12, 0));
        reminders.add(noon);

        // 10:40: this sweep covers until 11:41 and drops noon's entry.
        assertThat(reminders.dueBy(first.nextDue().plus(Duration.ofMinutes(100)), 200))
                .extracting(Reminder::id)
                .containsExactly("000000000001");
        assertThat(mongo.database().getCollection("reminder_due").countDocuments(new Document("_id", "000000000002")))
                .isZero();
        assertThat(reminders.dueBy(noon.nextDue(), 200))
                .extracting(Reminder::id)
                .containsExactly("000000000001", "000000000002");
    }

    @Test
    void aSweepClaimedByAnInstanceThatDiedBeforeWritingIsMadeUpByTheNextOne() {
        Reminder first = oneOff("000000000001", "m1", LocalDateTime.of(2026, 11, 30, 9, 0));
        reminders.add(first);
        reminders.dueBy(first.nextDue(), 200);
        Reminder noon = oneOff("000000000002", "m2", LocalDateTime.of(2026, 11, 30, 12, 0));
        reminders.add(noon);
        reminders.dueBy(first.nextDue().plus(Duration.ofMinutes(100)), 200);
        // Another instance claimed the sweep up to 13:10 and died before writing noon's entry.
        mongo.database()
                .getCollection("reminder_sweeps")
                .updateOne(
                        new Document("_id", "due"),
                        new Document(
                                "$set",
                                new Document(
                                        "until",
                                        java.util.Date.from(noon.nextDue().plus(Duration.ofMinutes(70))))));

        assertThat(reminders.dueBy(noon.nextDue().plus(Duration.ofMinutes(45)), 200))
                .extracting(Reminder::id)
                .containsExactly("000000000001", "000000000002");
    }

    @Test
    void aReminderStoredBeforeTheDueEntriesExistedIsFoundByTheSweep() {
        Reminder old = oneOff("000000000001", "m1", LocalDateTime.of(2026, 11, 30, 9, 0));
        mongo.database().getCollection("reminders").insertOne(MongoReminderStore.toDocument(old));

        assertThat(reminders.dueBy(old.nextDue(), 200)).extracting(Reminder::id).containsExactly("000000000001");
    }

    @Test
    void aCancelledReminderIsNotDueAndAHandOutRacingTheCancelLeavesItCancelled() {
        Reminder once = oneOff("000000000001", "m1", LocalDateTime.of(2026, 11, 30, 9, 0));
        reminders.add(once);
        assertThat(reminders.cancel(once.id())).isTrue();

        assertThat(reminders.dueBy(once.nextDue(), 200)).isEmpty();
        // A scheduler that read the reminder before the cancel tries to finish it: it loses, and says so.
        assertThat(reminders.advance(once.id(), once.nextDue(), null)).isFalse();
        assertThat(reminders.find(once.id()).orElseThrow().status()).isEqualTo(Reminder.Status.CANCELLED);
    }

    @Test
    void anOccurrenceIsStoredOnceAndClaimedByOneWorkerUntilItsLeaseRunsOut() {
        Instant due = Instant.parse("2026-11-30T01:00:00Z");
        assertThat(reminders.addOccurrence(Occurrence.pending("000000000001", 0, due)))
                .isTrue();
        assertThat(reminders.addOccurrence(Occurrence.pending("000000000001", 0, due)))
                .isFalse();

        assertThat(reminders.claim(due.minusSeconds(1), "a", due.plusSeconds(60)))
                .isEmpty();
        Occurrence claimed = reminders.claim(due, "a", due.plusSeconds(60)).orElseThrow();
        assertThat(claimed.status()).isEqualTo(Occurrence.Status.SENDING);
        assertThat(reminders.claim(due.plusSeconds(59), "b", due.plusSeconds(120)))
                .isEmpty();
        // The first worker died: after its lease another may take the occurrence over.
        assertThat(reminders.claim(due.plusSeconds(60), "b", due.plusSeconds(120)))
                .isPresent();

        reminders.markSent(claimed.id(), due.plusSeconds(61));
        assertThat(reminders.claim(due.plusSeconds(600), "c", due.plusSeconds(700)))
                .isEmpty();
        assertThat(reminders.nextDue()).isEmpty();
    }

    @Test
    void housekeepingForgetsOldDeliveriesButKeepsPendingOnesAndWhatAdminsMustSee() {
        Instant due = Instant.parse("2026-11-01T01:00:00Z");
        deliveredAt("000000000001", due);
        reminders.addOccurrence(Occurrence.pending("000000000002", 0, due.plusSeconds(1)));
        reminders.markFinal(
                reminders
                        .claim(due.plusSeconds(1), "a", due.plusSeconds(60))
                        .orElseThrow()
                        .id(),
                Occurrence.Status.FAILED,
                5,
                "channel_not_found");
        Instant recent = Instant.parse("2026-11-26T01:00:00Z");
        deliveredAt("000000000003", recent);
        Instant later = Instant.parse("2026-12-30T01:00:00Z");
        reminders.addOccurrence(Occurrence.pending("000000000004", 0, later));

        assertThat(stores.purgeDeliveredRemindersOlderThan(Instant.parse("2026-11-13T00:00:00Z")))
                .isEqualTo(1);

        assertThat(mongo.database().getCollection("reminder_occurrences").countDocuments())
                .isEqualTo(3);
        assertThat(reminders.problems(10)).extracting(Occurrence::lastError).containsExactly("channel_not_found");
        assertThat(reminders.nextDue()).contains(later);
    }

    @Test
    void retriesWaitForTheirTimeAndFinalFailuresAreListedForAdmins() {
        Instant due = Instant.parse("2026-11-30T01:00:00Z");
        reminders.addOccurrence(Occurrence.pending("000000000001", 0, due));
        Occurrence claimed = reminders.claim(due, "a", due.plusSeconds(60)).orElseThrow();

        reminders.markRetry(claimed.id(), 1, due.plusSeconds(30), "rate limited");
        assertThat(reminders.nextDue()).contains(due.plusSeconds(30));
        assertThat(reminders.claim(due.plusSeconds(29), "a", due.plusSeconds(90)))
                .isEmpty();
        Occurrence again =
                reminders.claim(due.plusSeconds(30), "a", due.plusSeconds(90)).orElseThrow();
        assertThat(again.attempts()).isEqualTo(1);

        reminders.markFinal(again.id(), Occurrence.Status.FAILED, 2, "channel_not_found");
        reminders.addOccurrence(Occurrence.missed("000000000002", 0, due.minus(Duration.ofDays(2))));

        assertThat(reminders.problems(10))
                .extracting(o -> o.status() + " " + o.attempts() + " " + o.lastError())
                .containsExactly("FAILED 2 channel_not_found", "MISSED 0 later than the allowed lateness");
    }

    @Test
    void threeSchedulersOnOneDatabaseDeliverEveryOccurrenceExactlyOnce() throws InterruptedException {
        stores.directory().saveTeam(new Team(Samples.TEAM, "East", "USD", Map.of(), SHANGHAI));
        stores.directory().save(person(ALICE, "Alice"));
        stores.directory().save(person(BOB, "Bob"));
        int count = 250;
        for (int i = 0; i < count; i++) {
            // Daily at one of ten minutes past 09:00, for Alice and Bob: two deliveries per occurrence.
            reminders.add(Reminder.create(
                    String.format("%012d", i),
                    ALICE,
                    Samples.TEAM,
                    "r" + i,
                    List.of(new Recipient.Person(ALICE), new Recipient.Person(BOB)),
                    SHANGHAI,
                    LocalDateTime.of(2026, 11, 30, 9, i % 10),
                    Recurrence.parse("FREQ=DAILY"),
                    new Source(ALICE, "seed-" + i, SET_AT)));
        }
        // Ten minutes past the last one on the second day: two occurrences of each reminder are due.
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T01:20:00Z"), ZoneOffset.UTC);
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        OutboundChat counting = new CountingChat(deliveries);
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            // Each instance opens its own stores on the database, as separate processes would.
            Scheduler scheduler = new Scheduler(
                    new MongoStores(mongo.database()).reminders(),
                    stores.directory(),
                    List.of(counting),
                    Messages.load(),
                    clock,
                    SchedulerSettings.defaults().withMaxLateness(Duration.ofDays(2)),
                    "instance-" + n);
            threads.add(new Thread(() -> {
                for (int tick = 0; tick < 3; tick++) {
                    scheduler.tick();
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }

        int expected = count * 2 * 2;
        assertThat(deliveries.size()).isEqualTo(expected);
        assertThat(deliveries.values().stream().filter(c -> c.get() != 1).count())
                .isZero();
        assertThat(mongo.database()
                        .getCollection("reminder_occurrences")
                        .countDocuments(new Document("status", "sent")))
                .isEqualTo(expected);
    }

    /** A reminder's occurrence due at {@code at}, claimed and sent then. */
    private void deliveredAt(String reminderId, Instant at) {
        reminders.addOccurrence(Occurrence.pending(reminderId, 0, at));
        reminders.markSent(
                reminders.claim(at, "a", at.plusSeconds(60)).orElseThrow().id(), at);
    }

    private static Person person(PersonId id, String name) {
        return new Person(id, name, Samples.TEAM, Role.REP, SHANGHAI, Lang.EN, List.of("slack:T1/U" + id.value()));
    }

    private static Reminder weekly(String id, String messageKey) {
        return Reminder.create(
                id,
                ALICE,
                Samples.TEAM,
                "pipeline review",
                List.of(new Recipient.Person(ALICE), new Recipient.Person(BOB)),
                SHANGHAI,
                LocalDateTime.of(2026, 11, 30, 9, 0),
                Recurrence.parse("FREQ=WEEKLY;BYDAY=MO"),
                new Source(ALICE, messageKey, SET_AT));
    }

    private static Reminder oneOff(String id, String messageKey, LocalDateTime at) {
        return Reminder.create(
                id,
                ALICE,
                Samples.TEAM,
                "call Acme",
                List.of(new Recipient.Person(ALICE)),
                SHANGHAI,
                at,
                null,
                new Source(ALICE, messageKey, SET_AT));
    }

    /** Counts deliveries per recipient and text (each text names its reminder and due day uniquely here). */
    private static final class CountingChat implements OutboundChat {
        private final Map<String, AtomicInteger> deliveries;
        private final List<String> order = Collections.synchronizedList(new ArrayList<>());

        CountingChat(Map<String, AtomicInteger> deliveries) {
            this.deliveries = deliveries;
        }

        @Override
        public String platform() {
            return "slack";
        }

        @Override
        public void sendDirect(String identity, Reply reply) {
            order.add(identity);
            deliveries
                    .computeIfAbsent(identity + " " + reply.text(), k -> new AtomicInteger())
                    .incrementAndGet();
        }

        @Override
        public java.util.Optional<String> postToChannel(String workspace, String channel, String thread, Reply reply) {
            throw new AssertionError("no channel reminders here");
        }

        @Override
        public void postImage(String workspace, String channel, String title, byte[] png) {
            throw new AssertionError("no images here");
        }
    }
}
