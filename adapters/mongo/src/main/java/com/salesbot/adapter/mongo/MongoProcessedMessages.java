package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoSocketException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.salesbot.core.conversation.ProcessedMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
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
    private static final String TOKEN = "token";

    // Claim tokens: unique per instance and claim without a SecureRandom call, whose lock 50 threads queued on.
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong claims = new AtomicLong();

    /**
     * A lookup by {@code _id} alone, the condition checked here: the embedded server uses its unique index
     * only for a query on exactly the indexed fields, and scans every handled key otherwise.
     */
    @Override
    public boolean wasHandled(String messageKey) {
        return Guarded.call("processed_messages.wasHandled", () -> {
            Document found = handled.find(eq("_id", messageKey)).first();
            return found != null && !found.containsKey(UNTIL);
        });
    }

    /**
     * An insert decides the usual case: no document means the claim is ours, and a duplicate key means
     * someone has the message. Only then is the document read: a lapsed claim is taken over by a
     * compare-and-set on the {@code until} that was read, so of two instances taking it over one wins.
     *
     * <p>The claim carries a token of its own, which makes one retry safe after a network error (the
     * first operation on a connection that outlived a database restart fails; the driver retries
     * reads by itself but not writes on a server without sessions): if the lost insert did land, the
     * retry finds this very token and the claim is still ours.
     */
    @Override
    public boolean claim(String messageKey, Instant at, Duration lease) {
        return Guarded.call("processed_messages.claim", () -> {
            String token = instance + ":" + claims.incrementAndGet();
            Document claim = new Document("_id", messageKey)
                    .append(UNTIL, Date.from(at.plus(lease)))
                    .append("at", Date.from(at))
                    .append(TOKEN, token);
            if (insertRetryingOnce(claim)) {
                return true;
            }
            Document existing = handled.find(eq("_id", messageKey)).first();
            if (existing == null) {
                // Released between the insert and the read: the message is free again.
                return Writes.insertOnce(handled, claim);
            }
            Date until = existing.getDate(UNTIL);
            if (until == null) {
                return false;
            }
            if (token.equals(existing.getString(TOKEN))) {
                return true;
            }
            if (!until.before(Date.from(at))) {
                return false;
            }
            return handled.updateOne(
                                    and(eq("_id", messageKey), eq(UNTIL, until)),
                                    combine(
                                            set(UNTIL, Date.from(at.plus(lease))),
                                            set("at", Date.from(at)),
                                            set(TOKEN, token)))
                            .getModifiedCount()
                    == 1;
        });
    }

    private boolean insertRetryingOnce(Document claim) {
        try {
            return Writes.insertOnce(handled, claim);
        } catch (MongoSocketException e) {
            return Writes.insertOnce(handled, claim);
        }
    }

    @Override
    public void release(String messageKey) {
        Guarded.run(
                "processed_messages.release", () -> handled.deleteOne(and(eq("_id", messageKey), exists(UNTIL, true))));
    }

    @Override
    public void markHandled(String messageKey, Instant at) {
        markAllHandled(Map.of(messageKey, at));
    }

    /** All the marks in one unordered bulk write: under load this is one round trip for many messages. */
    @Override
    public void markAllHandled(Map<String, Instant> handledAt) {
        if (handledAt.isEmpty()) {
            return;
        }
        Guarded.run("processed_messages.markHandled", () -> {
            List<UpdateOneModel<Document>> marks = new ArrayList<>(handledAt.size());
            // $setOnInsert keeps the first time; a repeat matches and changes nothing.
            handledAt.forEach((key, at) -> marks.add(new UpdateOneModel<>(
                    eq("_id", key),
                    combine(setOnInsert("at", Date.from(at)), unset(UNTIL), unset(TOKEN)),
                    new UpdateOptions().upsert(true))));
            try {
                handled.bulkWrite(marks, new BulkWriteOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                // Concurrent upserts of a key: the other one inserted it, which is all we wanted.
                if (!Writes.onlyDuplicateKeys(e)) {
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
