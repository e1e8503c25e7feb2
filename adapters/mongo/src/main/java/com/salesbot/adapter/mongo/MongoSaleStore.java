package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.AggregateIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.sale.SaleTotals;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Sales in the {@code sales} collection, amounts as Decimal128; each source message is kept once. */
final class MongoSaleStore implements SaleStore {
    private final MongoCollection<Document> sales;
    private final UndoableDocuments undoable;
    private final StatsUpdates stats;

    MongoSaleStore(MongoDatabase database, StatsUpdates stats) {
        this.stats = stats;
        this.sales = database.getCollection(Schema.SALES);
        this.undoable = new UndoableDocuments(sales, EntryKind.SALE, "_id", MongoSaleStore::summary);
    }

    @Override
    public boolean add(Sale sale) {
        Document document = toDocument(sale);
        boolean added = Guarded.call("sales.add", () -> Writes.insertOnce(sales, document));
        if (added) {
            stats.added(List.of(contribution(document)));
        }
        return added;
    }

    @Override
    public Map<PersonId, SaleTotals> totalsByRep(String teamId, Period period) {
        return Guarded.call("sales.totalsByRep", () -> {
            Map<PersonId, SaleTotals> totals = new HashMap<>();
            totals(and(eq("teamId", teamId), KernelFields.dayIn("date", period)), "$rep")
                    .forEach(row -> totals.put(new PersonId(row.getString("_id")), toTotals(row)));
            return Map.copyOf(totals);
        });
    }

    @Override
    public SaleTotals totalFor(PersonId rep, Period period) {
        return Guarded.call("sales.totalFor", () -> {
            Document row = totals(and(eq("rep", rep.value()), KernelFields.dayIn("date", period)), null)
                    .first();
            return row == null ? SaleTotals.NONE : toTotals(row);
        });
    }

    @Override
    public Optional<EntryRef> latestBy(PersonId author, Instant since) {
        return Guarded.call("sales.latestBy", () -> undoable.latestBy(author, since));
    }

    @Override
    public boolean undo(EntryRef entry) {
        return Guarded.call(
                "sales.undo",
                () -> undoable.undone(entry)
                        .map(document -> {
                            stats.undone(List.of(contribution(document)));
                            return true;
                        })
                        .orElse(false));
    }

    /** What a stored sale counts in the stats aggregates: one deal and its amount. */
    static Contribution contribution(Document sale) {
        return Contribution.sale(
                sale.getString("teamId"),
                sale.getString("rep"),
                KernelFields.day(sale.getString("date")),
                KernelFields.bigDecimal(sale.get("amount")),
                sale.getString("currency"));
    }

    /** Sums live sales matching the filter, grouped by the given expression ({@code null}: one group). */
    private AggregateIterable<Document> totals(Bson filter, String groupBy) {
        return sales.aggregate(List.of(
                match(and(filter, UndoableDocuments.live())),
                group(groupBy, sum("amount", "$amount"), sum("count", 1))));
    }

    private static SaleTotals toTotals(Document row) {
        return new SaleTotals(
                KernelFields.bigDecimal(row.get("amount")),
                row.get("count", Number.class).longValue());
    }

    private static String summary(Document sale) {
        Money amount = new Money(KernelFields.bigDecimal(sale.get("amount")), sale.getString("currency"));
        return sale.getString("customer") + " " + amount.display();
    }

    static Document toDocument(Sale sale) {
        return new Document("_id", sale.id())
                .append("rep", sale.rep().value())
                .append("teamId", sale.teamId())
                .append("customer", sale.customer())
                .append("amount", KernelFields.decimal(sale.amount().amount()))
                .append("currency", sale.amount().currency())
                .append("originalAmount", KernelFields.decimal(sale.original().amount()))
                .append("originalCurrency", sale.original().currency())
                .append("date", KernelFields.day(sale.date()))
                .append(KernelFields.SOURCE, KernelFields.source(sale.source()))
                .append(UndoableDocuments.UNDONE, false);
    }
}
