package com.salesbot.config.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.core.conversation.ProcessedMessages;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeferredHandledMarksTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private EmbeddedMongo server;
    private MongoClient client;
    private MongoDatabase database;

    private ProcessedMessages open(String uri) {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                .build());
        database = client.getDatabase("deferred_marks_test");
        database.drop();
        return new MongoStores(database).processedMessages();
    }

    private ProcessedMessages openAnyDatabase() {
        String uri = System.getenv("SALESBOT_MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            server = EmbeddedMongo.inMemory();
            uri = server.connectionString();
        }
        return open(uri);
    }

    @AfterEach
    void closeIt() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHandledMessageCountsAsHandledAtOnceAndIsInTheDatabaseSoonAfter() {
        ProcessedMessages stored = openAnyDatabase();
        try (DeferredHandledMarks marks = new DeferredHandledMarks(stored)) {
            assertThat(marks.claim("slack:m1", NOW, LEASE)).isTrue();

            marks.markHandled("slack:m1", NOW);

            assertThat(marks.wasHandled("slack:m1")).isTrue();
            assertThat(marks.claim("slack:m1", NOW.plus(Duration.ofMinutes(5)), LEASE))
                    .as("a platform's repeat, even after the claim's lease")
                    .isFalse();
            assertThat(eventually(() -> stored.wasHandled("slack:m1"))).isTrue();
            assertThat(stored.claim("slack:m1", NOW.plus(Duration.ofMinutes(5)), LEASE))
                    .as("another instance, after the lease")
                    .isFalse();
        }
    }

    @Test
    void everyMarkStillQueuedIsWrittenOnShutdown() {
        ProcessedMessages stored = openAnyDatabase();
        DeferredHandledMarks marks = new DeferredHandledMarks(stored);
        for (int i = 0; i < 2_000; i++) {
            assertThat(marks.claim("slack:k" + i, NOW, LEASE)).isTrue();
            marks.markHandled("slack:k" + i, NOW);
        }

        marks.close();

        assertThat(marks.unwritten()).isZero();
        for (int i = 0; i < 2_000; i += 97) {
            assertThat(stored.wasHandled("slack:k" + i)).as("slack:k" + i).isTrue();
        }
        assertThat(database.getCollection("processed_messages").countDocuments())
                .isEqualTo(2_000);
    }

    @Test
    void marksMadeWhileTheDatabaseIsAwayAreWrittenOnceItIsBack() {
        assumeTrue(System.getenv("SALESBOT_MONGODB_URI") == null, "stops the embedded server");
        String file = dir.resolve("marks.mv").toString();
        server = EmbeddedMongo.start(file);
        int port = server.port();
        ProcessedMessages stored = open(server.connectionString());
        try (DeferredHandledMarks marks = new DeferredHandledMarks(stored)) {
            assertThat(marks.claim("slack:away", NOW, LEASE)).isTrue();
            server.close();

            marks.markHandled("slack:away", NOW);

            assertThat(marks.wasHandled("slack:away")).isTrue();
            server = EmbeddedMongo.start(file, port);
            assertThat(eventually(() -> marks.unwritten() == 0)).isTrue();
            assertThat(stored.wasHandled("slack:away")).isTrue();
        }
    }

    /** Polls for up to ten seconds: the flusher writes in the background. */
    private static boolean eventually(BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
                Thread.sleep(20);
            } catch (RuntimeException e) {
                // The database is still coming back.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
