package com.salesbot.adapter.mongo;

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
import com.salesbot.core.stats.Tally;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;

/** Sales in the {@code sales} collection, amounts as Decimal128; each source message is kept once. */
final class MongoSaleStore implements SaleStore {
    private final MongoCollection<Document> sales;
    private final UndoableDocuments undoable;
    private final StatsUpdates stats;
    private final MongoStats totals;

    MongoSaleStore(MongoDatabase database, StatsUpdates stats, MongoStats totals) {
        this.stats = stats;
        this.totals = totals;
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

    /** Read from the stats aggregates: a few {@code _id} lookups, however many sales are stored. */
    @Override
    public Map<PersonId, SaleTotals> totalsByRep(String teamId, Period period) {
        Map<PersonId, SaleTotals> result = new HashMap<>();
        totals.byRep(teamId, period).forEach((rep, tally) -> {
            SaleTotals sold = saleTotals(tally);
            if (sold != SaleTotals.NONE) {
                result.put(rep, sold);
            }
        });
        return Map.copyOf(result);
    }

    /** Read from the stats aggregates, like {@link #totalsByRep}. */
    @Override
    public SaleTotals totalFor(PersonId rep, Period period) {
        return saleTotals(totals.forRep(rep, period));
    }

    /** The month buckets of the stats aggregates, read in one query. */
    @Override
    public Map<YearMonth, SaleTotals> monthlyTotals(PersonId rep, YearMonth from, YearMonth to) {
        Map<YearMonth, SaleTotals> result = new TreeMap<>();
        totals.forRepByMonth(rep, from, to).forEach((month, tally) -> result.put(month, saleTotals(tally)));
        return result;
    }

    private static SaleTotals saleTotals(Tally tally) {
        return tally.deals() == 0 && tally.sales().signum() == 0
                ? SaleTotals.NONE
                : new SaleTotals(tally.sales(), tally.deals());
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
