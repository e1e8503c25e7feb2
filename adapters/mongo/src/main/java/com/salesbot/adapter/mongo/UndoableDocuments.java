package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.PersonId;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Undo for one collection whose documents carry {@code source} and an {@code undone} flag. Records are
 * never deleted: undo flips the flag, and every count and total filters on {@link #live()}.
 */
final class UndoableDocuments {
    static final String UNDONE = "undone";

    private final MongoCollection<Document> collection;
    private final EntryKind kind;
    private final String idField;
    private final Function<Document, String> summary;

    /**
     * @param idField the field holding the id handed out in {@link EntryRef#id()}
     * @param summary what undo shows the user about a document
     */
    UndoableDocuments(
            MongoCollection<Document> collection, EntryKind kind, String idField, Function<Document, String> summary) {
        this.collection = collection;
        this.kind = kind;
        this.idField = idField;
        this.summary = summary;
    }

    /** Matches documents that still count. */
    static Bson live() {
        return eq(UNDONE, false);
    }

    Optional<EntryRef> latestBy(PersonId author, Instant since) {
        Document newest = collection
                .find(and(
                        eq(KernelFields.AUTHOR, author.value()),
                        gte(KernelFields.WRITTEN_AT, Date.from(since)),
                        live()))
                .sort(descending(KernelFields.WRITTEN_AT, "_id"))
                .limit(1)
                .first();
        return Optional.ofNullable(newest).map(this::toEntry);
    }

    /** Flips the flag only while it is false, so two concurrent undos report one success. */
    boolean undo(EntryRef entry) {
        return undone(entry).isPresent();
    }

    /**
     * As {@link #undo}, returning the record as it was when this call flipped its flag; empty when
     * another call had already undone it, so only one caller takes its contribution back.
     */
    Optional<Document> undone(EntryRef entry) {
        if (entry.kind() != kind) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                collection.findOneAndUpdate(and(eq(idField, entry.id()), live()), set(UNDONE, true)));
    }

    private EntryRef toEntry(Document document) {
        return new EntryRef(
                kind,
                String.valueOf(document.get(idField)),
                KernelFields.source(document).writtenAt(),
                summary.apply(document));
    }
}
