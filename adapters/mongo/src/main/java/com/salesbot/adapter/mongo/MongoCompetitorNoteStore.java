package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.salesbot.core.competitor.CompetitorNote;
import com.salesbot.core.competitor.CompetitorNoteStore;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Competitor notes in {@code competitor_notes}; the unique source-message index keeps each once. */
final class MongoCompetitorNoteStore implements CompetitorNoteStore {
    private final MongoCollection<Document> notes;
    private final UndoableDocuments undoable;

    MongoCompetitorNoteStore(MongoDatabase database) {
        this.notes = database.getCollection(Schema.COMPETITOR_NOTES);
        this.undoable = new UndoableDocuments(notes, EntryKind.COMPETITOR_NOTE, "_id", d -> d.getString("competitor"));
    }

    @Override
    public boolean add(CompetitorNote note) {
        return Guarded.call("competitorNotes.add", () -> Writes.insertOnce(notes, toDocument(note)));
    }

    @Override
    public List<CompetitorNote> inPeriod(RecordScope scope, Period period) {
        return Guarded.call("competitorNotes.inPeriod", () -> {
            List<Bson> filter = new ArrayList<>(List.of(UndoableDocuments.live(), KernelFields.dayIn("date", period)));
            scope.team().ifPresent(team -> filter.add(eq("teamId", team)));
            scope.person().ifPresent(rep -> filter.add(eq("author", rep.value())));
            return notes.find(and(filter))
                    .sort(Sorts.ascending("date", KernelFields.WRITTEN_AT))
                    .map(MongoCompetitorNoteStore::toNote)
                    .into(new ArrayList<>());
        });
    }

    @Override
    public Optional<EntryRef> latestBy(PersonId author, Instant since) {
        return Guarded.call("competitorNotes.latestBy", () -> undoable.latestBy(author, since));
    }

    @Override
    public boolean undo(EntryRef entry) {
        return Guarded.call("competitorNotes.undo", () -> undoable.undo(entry));
    }

    private static Document toDocument(CompetitorNote note) {
        Document document = new Document("_id", note.id())
                .append("author", note.author().value())
                .append("teamId", note.teamId())
                .append("competitor", note.competitor())
                .append("text", note.text())
                .append("date", KernelFields.day(note.date()));
        if (note.customer() != null) {
            document.append("customer", note.customer());
        }
        return document.append(KernelFields.SOURCE, KernelFields.source(note.source()))
                .append(UndoableDocuments.UNDONE, false);
    }

    private static CompetitorNote toNote(Document d) {
        return new CompetitorNote(
                d.getString("_id"),
                new PersonId(d.getString("author")),
                d.getString("teamId"),
                d.getString("competitor"),
                d.getString("customer"),
                d.getString("text"),
                KernelFields.day(d.getString("date")),
                KernelFields.source(d));
    }
}
