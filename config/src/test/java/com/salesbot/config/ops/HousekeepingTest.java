package com.salesbot.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.config.TestDatabase;
import com.salesbot.core.reminder.Occurrence;
import com.salesbot.core.reminder.ReminderStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HousekeepingTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private TestDatabase database;
    private MongoStores stores;

    @BeforeEach
    void openADatabase() {
        database = TestDatabase.open("housekeeping_test");
        stores = new MongoStores(database.database());
    }

    @AfterEach
    void closeIt() {
        database.close();
    }

    @Test
    void aRunForgetsMessageKeysOlderThanAWeekAndDeliveriesOlderThanTwoWeeks() {
        stores.processedMessages().markHandled("slack:old", NOW.minus(Duration.ofDays(8)));
        stores.processedMessages().markHandled("slack:recent", NOW.minus(Duration.ofDays(6)));
        deliveredAt("000000000001", NOW.minus(Duration.ofDays(15)));
        deliveredAt("000000000002", NOW.minus(Duration.ofDays(7)));

        long removed = new Housekeeping(
                        stores, new HousekeepingProperties(null, null, null), Clock.fixed(NOW, ZoneOffset.UTC))
                .runOnce();

        assertThat(removed).isEqualTo(2);
        assertThat(stores.processedMessages().wasHandled("slack:old")).isFalse();
        assertThat(stores.processedMessages().wasHandled("slack:recent")).isTrue();
        assertThat(database.database().getCollection("reminder_occurrences").countDocuments())
                .isEqualTo(1);
    }

    /** A reminder's occurrence due at {@code at}, claimed and sent then. */
    private void deliveredAt(String reminderId, Instant at) {
        ReminderStore reminders = stores.reminders();
        reminders.addOccurrence(Occurrence.pending(reminderId, 0, at));
        reminders.markSent(
                reminders.claim(at, "a", at.plusSeconds(60)).orElseThrow().id(), at);
    }

    @Test
    void aDatabaseThatIsAwaySkipsTheRunWithoutFailing() {
        Housekeeping housekeeping = new Housekeeping(
                stores, new HousekeepingProperties(null, null, null), Clock.fixed(NOW, ZoneOffset.UTC));
        if (!database.stopEmbeddedServer()) {
            return; // a real server cannot be stopped from here
        }

        assertThat(housekeeping.runOnce()).isZero();
    }
}
