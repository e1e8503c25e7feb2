package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.salesbot.core.conversation.ProcessedMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * Handled message keys in {@code processed_messages}, one document per key. While an instance answers a
 * message the document carries {@code until}, the end of its claim; a handled message has none.
 */
final class MongoProcessedMessages implements ProcessedMessages {
    private final MongoCollection<Document> handled;

    MongoProcessedMessages(MongoDatabase database) {
        this.handled = database.getCollection(Schema.PROCESSED_MESSAGES);
    }

    private static final String UNTIL = "until";

    @Override
    public boolean wasHandled(String messageKey) {
        return Guarded.call(
                "processed_messages.wasHandled",
                () -> handled.find(and(eq("_id", messageKey), exists(UNTIL, false)))
                                .first()
                        != null);
    }

    /**
     * One upsert decides: no document inserts the claim, a lapsed claim is taken over, and anything else
     * (handled, or held by a live claim) makes the upsert collide on {@code _id}, which means "not yours".
     */
    @Override
    public boolean claim(String messageKey, Instant at, Duration lease) {
        return Guarded.call("processed_messages.claim", () -> {
            try {
                handled.updateOne(
                        and(eq("_id", messageKey), lt(UNTIL, Date.from(at))),
                        combine(set(UNTIL, Date.from(at.plus(lease))), set("at", Date.from(at))),
                        new UpdateOptions().upsert(true));
                return true;
            } catch (MongoException e) {
                if (Writes.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void release(String messageKey) {
        Guarded.run(
                "processed_messages.release", () -> handled.deleteOne(and(eq("_id", messageKey), exists(UNTIL, true))));
    }

    @Override
    public void markHandled(String messageKey, Instant at) {
        Guarded.run("processed_messages.markHandled", () -> {
            try {
                // $setOnInsert keeps the first time; a repeat matches and changes nothing.
                handled.updateOne(
                        eq("_id", messageKey),
                        combine(setOnInsert("at", Date.from(at)), unset(UNTIL)),
                        new UpdateOptions().upsert(true));
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
