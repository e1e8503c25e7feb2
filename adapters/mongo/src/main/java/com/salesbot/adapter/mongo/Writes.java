package com.salesbot.adapter.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.List;
import org.bson.Document;

/** Writes whose duplicate-key rejection means "already stored", the adapter's idempotency tool. */
final class Writes {
    private Writes() {}

    /** Inserts the document; false when a unique index already holds its key (nothing written). */
    static boolean insertOnce(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Inserts the documents unordered; those a unique index already holds are skipped. Returns how many went in. */
    static long insertAllOnce(MongoCollection<Document> collection, List<Document> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        try {
            return collection
                    .insertMany(documents, new InsertManyOptions().ordered(false))
                    .getInsertedIds()
                    .size();
        } catch (MongoBulkWriteException e) {
            if (onlyDuplicateKeys(e)) {
                return e.getWriteResult().getInsertedCount();
            }
            throw e;
        }
    }

    /** True when every write a bulk write refused was refused for a duplicate key (nothing else failed). */
    static boolean onlyDuplicateKeys(MongoBulkWriteException e) {
        return e.getWriteErrors().stream()
                .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
    }

    /** True for E11000 in any of the driver's shapes: single write, bulk write or findAndModify command. */
    static boolean isDuplicateKey(MongoException e) {
        if (e instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (e instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                    .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
