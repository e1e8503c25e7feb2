package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.ProcessedMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoProcessedMessagesTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final Instant T0 = Instant.parse("2025-03-03T04:00:00Z");

    private MongoStores stores;
    private ProcessedMessages processed;

    @BeforeEach
    void openStores() {
        stores = new MongoStores(mongo.database());
        processed = stores.processedMessages();
    }

    @Test
    void keyIsHandledOnlyAfterItWasMarked() {
        assertThat(processed.wasHandled("slack:Ev1")).isFalse();

        processed.markHandled("slack:Ev1", T0);

        assertThat(processed.wasHandled("slack:Ev1")).isTrue();
        assertThat(processed.wasHandled("slack:Ev2")).isFalse();
    }

    @Test
    void markingTwiceKeepsOneDocumentWithTheFirstTime() {
        processed.markHandled("slack:Ev1", T0);
        processed.markHandled("slack:Ev1", T0.plusSeconds(30));

        assertThat(mongo.database().getCollection("processed_messages").find())
                .containsExactly(new Document("_id", "slack:Ev1").append("at", Date.from(T0)));
    }

    @Test
    void purgeForgetsOnlyKeysHandledBeforeTheCutoff() {
        processed.markHandled("old", T0.minusSeconds(3600));
        processed.markHandled("edge", T0);
        processed.markHandled("new", T0.plusSeconds(60));

        assertThat(stores.purgeProcessedMessagesOlderThan(T0)).isEqualTo(1);

        assertThat(processed.wasHandled("old")).isFalse();
        assertThat(processed.wasHandled("edge")).isTrue();
        assertThat(processed.wasHandled("new")).isTrue();
    }

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Test
    void ofEightInstancesClaimingOneMessageAtOnceExactlyOneGetsIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                String key = "slack:T1:C1:Ev" + round;
                List<Callable<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    // Each caller uses its own stores, as a separate instance would.
                    ProcessedMessages instance = new MongoStores(mongo.database()).processedMessages();
                    claims.add(() -> instance.claim(key, T0, LEASE));
                }
                int winners = 0;
                for (Future<Boolean> f : pool.invokeAll(claims)) {
                    winners += f.get() ? 1 : 0;
                }
                assertThat(winners).as("winners of " + key).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHandledMessageCannotBeClaimedAgain() {
        assertThat(processed.claim("slack:Ev1", T0, LEASE)).isTrue();
        assertThat(processed.wasHandled("slack:Ev1")).isFalse();
        processed.markHandled("slack:Ev1", T0);

        assertThat(processed.wasHandled("slack:Ev1")).isTrue();
        assertThat(processed.claim("slack:Ev1", T0.plus(Duration.ofHours(1)), LEASE))
                .isFalse();
    }

    @Test
    void aClaimWhoseHolderDiedLapsesAfterItsLease() {
        processed.claim("slack:Ev1", T0, LEASE);

        assertThat(processed.claim("slack:Ev1", T0.plusSeconds(29), LEASE)).isFalse();
        assertThat(processed.claim("slack:Ev1", T0.plusSeconds(31), LEASE)).isTrue();
    }

    @Test
    void aReleasedClaimCanBeTakenAtOnceButAHandledMessageIsNotReleased() {
        processed.claim("slack:Ev1", T0, LEASE);
        processed.release("slack:Ev1");
        processed.markHandled("slack:Ev2", T0);
        processed.release("slack:Ev2");

        assertThat(processed.claim("slack:Ev1", T0.plusSeconds(1), LEASE)).isTrue();
        assertThat(processed.wasHandled("slack:Ev2")).isTrue();
    }
}
