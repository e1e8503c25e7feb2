package com.salesbot.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.core.reminder.Occurrence;
import com.salesbot.core.reminder.ReminderStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HousekeepingTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private EmbeddedMongo server;
    private MongoClient client;
    private MongoDatabase database;
    private MongoStores stores;
    private boolean stopped;

    @BeforeEach
    void openADatabase() {
        String uri = System.getenv("SALESBOT_MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            server = EmbeddedMongo.inMemory();
            uri = server.connectionString();
        }
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                .build());
        database = client.getDatabase("housekeeping_test");
        database.drop();
        stores = new MongoStores(database);
    }

    @AfterEach
    void closeIt() {
        if (!stopped) {
            database.drop();
        }
        client.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRunForgetsMessageKeysOlderThanAWeekAndDeliveriesOlderThanTwoWeeks() {
        stores.processedMessages().markHandled("slack:old", NOW.minus(Duration.ofDays(8)));
        stores.processedMessages().markHandled("slack:recent", NOW.minus(Duration.ofDays(6)));
        ReminderStore reminders = stores.reminders();
        Instant longAgo = NOW.minus(Duration.ofDays(15));
        reminders.addOccurrence(Occurrence.pending("000000000001", 0, longAgo));
        reminders.markSent(
                reminders
                        .claim(longAgo, "a", longAgo.plusSeconds(60))
                        .orElseThrow()
                        .id(),
                longAgo);
        Instant lastWeek = NOW.minus(Duration.ofDays(7));
        reminders.addOccurrence(Occurrence.pending("000000000002", 0, lastWeek));
        reminders.markSent(
                reminders
                        .claim(lastWeek, "a", lastWeek.plusSeconds(60))
                        .orElseThrow()
                        .id(),
                lastWeek);

        long removed = new Housekeeping(
                        stores, new HousekeepingProperties(null, null, null), Clock.fixed(NOW, ZoneOffset.UTC))
                .runOnce();

        assertThat(removed).isEqualTo(2);
        assertThat(stores.processedMessages().wasHandled("slack:old")).isFalse();
        assertThat(stores.processedMessages().wasHandled("slack:recent")).isTrue();
        assertThat(database.getCollection("reminder_occurrences").countDocuments())
                .isEqualTo(1);
    }

    @Test
    void aDatabaseThatIsAwaySkipsTheRunWithoutFailing() {
        Housekeeping housekeeping = new Housekeeping(
                stores, new HousekeepingProperties(null, null, null), Clock.fixed(NOW, ZoneOffset.UTC));
        if (server == null) {
            return; // a real server cannot be stopped from here
        }
        server.close();
        server = null;
        stopped = true;

        assertThat(housekeeping.runOnce()).isZero();
    }
}
