package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.customer.RecordScope;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Reads visits and sales by customer for customer history and deal look-ups; never writes. */
final class MongoCustomerRecords implements CustomerRecords {
    private final MongoCollection<Document> visits;
    private final MongoCollection<Document> sales;

    MongoCustomerRecords(MongoDatabase database) {
        this.visits = database.getCollection(Schema.VISITS);
        this.sales = database.getCollection(Schema.SALES);
    }

    @Override
    public Set<String> customers(RecordScope scope) {
        return Guarded.call("customers.names", () -> {
            Set<String> names = new LinkedHashSet<>();
            visits.distinct("customer", filter(scope), String.class).into(names);
            sales.distinct("customer", filter(scope), String.class).into(names);
            return names;
        });
    }

    @Override
    public List<Visit> visits(RecordScope scope, Collection<String> customerNames) {
        return Guarded.call(
                "customers.visits",
                () -> visits.find(and(filter(scope), in("customer", customerNames)))
                        .sort(Sorts.ascending("date", "_id"))
                        .map(MongoCustomerRecords::toVisit)
                        .into(new ArrayList<>()));
    }

    @Override
    public List<Sale> sales(RecordScope scope, Collection<String> customerNames) {
        return Guarded.call(
                "customers.sales",
                () -> sales.find(and(filter(scope), in("customer", customerNames)))
                        .sort(Sorts.ascending("date", "_id"))
                        .map(MongoCustomerRecords::toSale)
                        .into(new ArrayList<>()));
    }

    /** The live records of the scope; shared with the export, which reads the same collections. */
    static Bson filter(RecordScope scope) {
        List<Bson> parts = new ArrayList<>();
        parts.add(UndoableDocuments.live());
        scope.team().ifPresent(team -> parts.add(eq("teamId", team)));
        scope.person().ifPresent(rep -> parts.add(eq("rep", rep.value())));
        return and(parts);
    }

    static Visit toVisit(Document d) {
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

    static Sale toSale(Document d) {
        return new Sale(
                d.getString("_id"),
                new PersonId(d.getString("rep")),
                d.getString("teamId"),
                d.getString("customer"),
                new Money(KernelFields.bigDecimal(d.get("amount")), d.getString("currency")),
                new Money(KernelFields.bigDecimal(d.get("originalAmount")), d.getString("originalCurrency")),
                KernelFields.day(d.getString("date")),
                KernelFields.source(d));
    }
}
