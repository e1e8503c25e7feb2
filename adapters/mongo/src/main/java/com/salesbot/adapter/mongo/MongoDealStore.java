package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.salesbot.core.customer.CustomerKey;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStage;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.deal.StageEntry;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.PersonId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Deals in the {@code deals} collection, one document per owner and customer key with the stage history
 * inside. A save replaces the document only at the version it was read at (no transactions needed), and
 * the first save is an insert, whose {@code _id} makes two racing first moves store one deal.
 */
final class MongoDealStore implements DealStore {
    static final String OWNER = "owner";
    static final String TEAM_ID = "teamId";
    static final String CUSTOMER_KEY = "customerKey";
    static final String VERSION = "version";

    private final MongoCollection<Document> deals;

    MongoDealStore(MongoDatabase database) {
        this.deals = database.getCollection(Schema.DEALS);
    }

    @Override
    public Optional<Deal> find(String id) {
        return Guarded.call(
                "deals.find",
                () -> Optional.ofNullable(deals.find(eq("_id", id)).first()).map(MongoDealStore::toDeal));
    }

    @Override
    public boolean save(Deal deal) {
        return Guarded.call("deals.save", () -> {
            Document document = toDocument(deal);
            if (deal.version() == 1) {
                return Writes.insertOnce(deals, document);
            }
            return deals.replaceOne(and(eq("_id", deal.id()), eq(VERSION, deal.version() - 1)), document)
                            .getMatchedCount()
                    == 1;
        });
    }

    @Override
    public List<Deal> ownedBy(PersonId owner) {
        return Guarded.call("deals.ownedBy", () -> list(eq(OWNER, owner.value())));
    }

    @Override
    public List<Deal> ofTeam(String teamId) {
        return Guarded.call("deals.ofTeam", () -> list(eq(TEAM_ID, teamId)));
    }

    @Override
    public List<Deal> withCustomerKey(String customerKey) {
        return Guarded.call("deals.withCustomerKey", () -> list(eq(CUSTOMER_KEY, customerKey)));
    }

    private List<Deal> list(Bson filter) {
        return deals.find(filter)
                .sort(Sorts.ascending("_id"))
                .map(MongoDealStore::toDeal)
                .into(new ArrayList<>());
    }

    private static Document toDocument(Deal deal) {
        List<Document> history = new ArrayList<>();
        for (StageEntry entry : deal.history()) {
            Document move = new Document("stage", entry.stage().code())
                    .append("enteredAt", Date.from(entry.enteredAt()))
                    .append("messageKey", entry.messageKey())
                    .append(UndoableDocuments.UNDONE, entry.undone());
            if (entry.amount() != null) {
                move.append("amount", KernelFields.decimal(entry.amount().amount()))
                        .append("currency", entry.amount().currency());
            }
            history.add(move);
        }
        return new Document("_id", deal.id())
                .append(OWNER, deal.owner().value())
                .append(TEAM_ID, deal.teamId())
                .append("customer", deal.customer())
                .append(CUSTOMER_KEY, CustomerKey.of(deal.customer()))
                .append(VERSION, deal.version())
                .append("history", history);
    }

    private static Deal toDeal(Document d) {
        List<StageEntry> history = new ArrayList<>();
        for (Document move : d.getList("history", Document.class, List.of())) {
            Object amount = move.get("amount");
            history.add(new StageEntry(
                    DealStage.fromCode(move.getString("stage")).orElseThrow(),
                    move.getDate("enteredAt").toInstant(),
                    move.getString("messageKey"),
                    amount == null ? null : new Money(KernelFields.bigDecimal(amount), move.getString("currency")),
                    move.getBoolean(UndoableDocuments.UNDONE, false)));
        }
        return new Deal(
                d.getString("_id"),
                new PersonId(d.getString(OWNER)),
                d.getString(TEAM_ID),
                d.getString("customer"),
                history,
                d.get(VERSION, Number.class).longValue());
    }
}
