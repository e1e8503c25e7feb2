package com.salesbot.adapter.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.salesbot.core.milestone.CelebrationStore;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** Celebrations made, one document per key in {@code celebrations}; the key is the {@code _id}, so a second claim is a duplicate. */
final class MongoCelebrationStore implements CelebrationStore {
    private final MongoCollection<Document> celebrations;

    MongoCelebrationStore(MongoDatabase database) {
        this.celebrations = database.getCollection(Schema.CELEBRATIONS);
    }

    @Override
    public boolean claim(String key, Instant at) {
        return Guarded.call(
                "celebrations.claim",
                () -> Writes.insertOnce(celebrations, new Document("_id", key).append("at", Date.from(at))));
    }
}
