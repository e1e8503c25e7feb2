package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.setOnInsert;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.salesbot.core.conversation.ProcessedMessages;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** Handled message keys in {@code processed_messages}, one document per key. */
final class MongoProcessedMessages implements ProcessedMessages {
    private final MongoCollection<Document> handled;

    MongoProcessedMessages(MongoDatabase database) {
        this.handled = database.getCollection(Schema.PROCESSED_MESSAGES);
    }

    @Override
    public boolean wasHandled(String messageKey) {
        return Guarded.call(
                "processed_messages.wasHandled",
                () -> handled.find(eq("_id", messageKey)).first() != null);
    }

    @Override
    public void markHandled(String messageKey, Instant at) {
        Guarded.run("processed_messages.markHandled", () -> {
            try {
                // $setOnInsert keeps the first time; a repeat matches and changes nothing.
                handled.updateOne(
                        eq("_id", messageKey), setOnInsert("at", Date.from(at)), new UpdateOptions().upsert(true));
            } catch (MongoException e) {
                // Two concurrent upserts of one key: the other one inserted it, which is all we wanted.
                if (!Writes.isDuplicateKey(e)) {
                    throw e;
                }
            }
        });
    }

    /** Forgets keys handled before {@code cutoff}; TTL indexes never fire on the embedded server. */
    long purgeOlderThan(Instant cutoff) {
        return Guarded.call(
                "processed_messages.purge",
                () -> handled.deleteMany(lt("at", Date.from(cutoff))).getDeletedCount());
    }
}
