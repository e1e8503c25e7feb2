package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.ProcessedMessages;
import java.time.Instant;
import java.util.Date;
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
}
