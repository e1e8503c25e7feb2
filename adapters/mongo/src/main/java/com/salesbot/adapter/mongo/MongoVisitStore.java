package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.visit.Visit;
import com.salesbot.core.visit.VisitStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/** Visits in the {@code visits} collection; a unique index on the source message keeps each once. */
final class MongoVisitStore implements VisitStore {
    private final MongoCollection<Document> visits;
    private final UndoableDocuments undoable;
    private final StatsUpdates stats;
    private final StatsStore totals;

    MongoVisitStore(MongoDatabase database, StatsUpdates stats, StatsStore totals) {
        this.stats = stats;
        this.totals = totals;
        this.visits = database.getCollection(Schema.VISITS);
        this.undoable = new UndoableDocuments(visits, EntryKind.VISIT, "_id", d -> d.getString("customer"));
    }

    @Override
    public boolean add(Visit visit) {
        Document document = toDocument(visit);
        boolean added = Guarded.call("visits.add", () -> Writes.insertOnce(visits, document));
        if (added) {
            stats.added(List.of(contribution(document)));
        }
        return added;
    }

    /** Read from the stats aggregates: a few {@code _id} lookups, however many visits are stored. */
    @Override
    public Map<PersonId, Long> countsByRep(String teamId, Period period) {
        Map<PersonId, Long> counts = new HashMap<>();
        totals.byRep(teamId, period).forEach((rep, tally) -> {
            if (tally.visits() != 0) {
                counts.put(rep, tally.visits());
            }
        });
        return Map.copyOf(counts);
    }

    /** Read from the stats aggregates, like {@link #countsByRep}. */
    @Override
    public long countFor(PersonId rep, Period period) {
        return totals.forRep(rep, period).visits();
    }

    @Override
    public List<Visit> followUpsOn(PersonId rep, LocalDate day) {
        return Guarded.call(
                "visits.followUpsOn",
                () -> visits.find(and(
                                eq("rep", rep.value()),
                                eq("followUp", KernelFields.day(day)),
                                UndoableDocuments.live()))
                        .sort(Sorts.ascending("date", "customer"))
                        .map(MongoVisitStore::toVisit)
                        .into(new ArrayList<>()));
    }

    @Override
    public Optional<EntryRef> latestBy(PersonId author, Instant since) {
        return Guarded.call("visits.latestBy", () -> undoable.latestBy(author, since));
    }

    @Override
    public boolean undo(EntryRef entry) {
        return Guarded.call(
                "visits.undo",
                () -> undoable.undone(entry)
                        .map(document -> {
                            stats.undone(List.of(contribution(document)));
                            return true;
                        })
                        .orElse(false));
    }

    /** What a stored visit counts in the stats aggregates. */
    static Contribution contribution(Document visit) {
        return Contribution.visit(
                visit.getString("teamId"), visit.getString("rep"), KernelFields.day(visit.getString("date")));
    }

    private static Visit toVisit(Document d) {
        Object amount = d.get("potentialAmount");
        return new Visit(
                d.getString("_id"),
                new PersonId(d.getString("rep")),
                d.getString("teamId"),
                d.getString("customer"),
                d.getString("contact"),
                KernelFields.day(d.getString("date")),
                d.getString("followUp") == null ? null : KernelFields.day(d.getString("followUp")),
                amount == null ? null : new Money(KernelFields.bigDecimal(amount), d.getString("potentialCurrency")),
                d.getString("notes"),
                KernelFields.source(d));
    }

    static Document toDocument(Visit visit) {
        Document document = new Document("_id", visit.id())
                .append("rep", visit.rep().value())
                .append("teamId", visit.teamId())
                .append("customer", visit.customer())
                .append("date", KernelFields.day(visit.date()))
                .append("notes", visit.notes());
        if (visit.contact() != null) {
            document.append("contact", visit.contact());
        }
        if (visit.followUp() != null) {
            document.append("followUp", KernelFields.day(visit.followUp()));
        }
        if (visit.potential() != null) {
            document.append(
                            "potentialAmount",
                            KernelFields.decimal(visit.potential().amount()))
                    .append("potentialCurrency", visit.potential().currency());
        }
        return document.append(KernelFields.SOURCE, KernelFields.source(visit.source()))
                .append(UndoableDocuments.UNDONE, false);
    }
}
