package com.salesbot.config.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.config.TestDatabase;
import com.salesbot.core.conversation.ProcessedMessages;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeferredHandledMarksTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** The flusher writes in the background. */
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private EmbeddedMongo server;
    private TestDatabase database;

    private ProcessedMessages stored(TestDatabase opened) {
        database = opened;
        return new MongoStores(database.database()).processedMessages();
    }

    private ProcessedMessages openAnyDatabase() {
        return stored(TestDatabase.open("deferred_marks_test"));
    }

    @AfterEach
    void closeIt() {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
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
            assertThat(Eventually.within(TEN_SECONDS, () -> stored.wasHandled("slack:m1")))
                    .isTrue();
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
        assertThat(database.database().getCollection("processed_messages").countDocuments())
                .isEqualTo(2_000);
    }

    @Test
    void marksMadeWhileTheDatabaseIsAwayAreWrittenOnceItIsBack() {
        assumeTrue(System.getenv("SALESBOT_MONGODB_URI") == null, "stops the embedded server");
        String file = dir.resolve("marks.mv").toString();
        server = EmbeddedMongo.start(file);
        int port = server.port();
        ProcessedMessages stored = stored(TestDatabase.on(server.connectionString(), "deferred_marks_test"));
        try (DeferredHandledMarks marks = new DeferredHandledMarks(stored)) {
            assertThat(marks.claim("slack:away", NOW, LEASE)).isTrue();
            server.close();

            marks.markHandled("slack:away", NOW);

            assertThat(marks.wasHandled("slack:away")).isTrue();
            server = EmbeddedMongo.start(file, port);
            assertThat(Eventually.within(TEN_SECONDS, () -> marks.unwritten() == 0))
                    .isTrue();
            assertThat(stored.wasHandled("slack:away")).isTrue();
        }
    }
}
