package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Aggregates.unwind;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kudos.Kudos;
import com.salesbot.core.kudos.RecognitionStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * Kudos in the {@code recognitions} collection: one document per message, recipients as an array of
 * {@code {person, teamId}} so a team's leaderboard counts what its members received.
 */
final class MongoRecognitionStore implements RecognitionStore {
    private static final String RECIPIENTS = "recipients";

    private final MongoCollection<Document> recognitions;
    private final UndoableDocuments undoable;
    private final StatsUpdates stats;

    MongoRecognitionStore(MongoDatabase database, StatsUpdates stats) {
        this.stats = stats;
        this.recognitions = database.getCollection(Schema.RECOGNITIONS);
        this.undoable =
                new UndoableDocuments(recognitions, EntryKind.KUDOS, "_id", document -> document.getString("reason"));
    }

    @Override
    public boolean add(Kudos kudos) {
        Document document = toDocument(kudos);
        boolean added = Guarded.call("recognitions.add", () -> Writes.insertOnce(recognitions, document));
        if (added) {
            stats.added(contributions(document));
        }
        return added;
    }

    @Override
    public long givenOn(PersonId giver, LocalDate day) {
        return Guarded.call("recognitions.givenOn", () -> {
            long given = 0;
            for (Document kudos : recognitions.find(
                    and(eq("giver", giver.value()), eq("date", KernelFields.day(day)), UndoableDocuments.live()))) {
                given += kudos.getList(RECIPIENTS, Document.class).size();
            }
            return given;
        });
    }

    @Override
    public Map<PersonId, Long> receivedByPerson(String teamId, Period period) {
        return Guarded.call("recognitions.receivedByPerson", () -> {
            Map<PersonId, Long> counts = new HashMap<>();
            recognitions
                    .aggregate(List.of(
                            match(and(KernelFields.dayIn("date", period), UndoableDocuments.live())),
                            unwind("$" + RECIPIENTS),
                            match(eq(RECIPIENTS + ".teamId", teamId)),
                            group("$" + RECIPIENTS + ".person", sum("count", 1))))
                    .forEach(row -> counts.put(
                            new PersonId(row.getString("_id")),
                            row.get("count", Number.class).longValue()));
            return Map.copyOf(counts);
        });
    }

    @Override
    public long receivedBy(PersonId person, Period period) {
        return Guarded.call(
                "recognitions.receivedBy",
                () -> recognitions.countDocuments(and(
                        eq(RECIPIENTS + ".person", person.value()),
                        KernelFields.dayIn("date", period),
                        UndoableDocuments.live())));
    }

    @Override
    public Optional<EntryRef> latestBy(PersonId author, Instant since) {
        return Guarded.call("recognitions.latestBy", () -> undoable.latestBy(author, since));
    }

    @Override
    public boolean undo(EntryRef entry) {
        return Guarded.call(
                "recognitions.undo",
                () -> undoable.undone(entry)
                        .map(document -> {
                            stats.undone(contributions(document));
                            return true;
                        })
                        .orElse(false));
    }

    /** What stored kudos count in the stats aggregates: one received kudos per recipient, in their team. */
    static List<Contribution> contributions(Document kudos) {
        return kudos.getList(RECIPIENTS, Document.class).stream()
                .map(r -> Contribution.kudos(
                        r.getString("teamId"), r.getString("person"), KernelFields.day(kudos.getString("date"))))
                .toList();
    }

    private static Document toDocument(Kudos kudos) {
        return new Document("_id", kudos.id())
                .append("giver", kudos.giver().value())
                .append("teamId", kudos.teamId())
                .append(
                        RECIPIENTS,
                        kudos.recipients().stream()
                                .map(r -> new Document("person", r.person().value()).append("teamId", r.teamId()))
                                .toList())
                .append("reason", kudos.reason())
                .append("date", KernelFields.day(kudos.date()))
                .append(KernelFields.SOURCE, KernelFields.source(kudos.source()))
                .append(UndoableDocuments.UNDONE, false);
    }
}
