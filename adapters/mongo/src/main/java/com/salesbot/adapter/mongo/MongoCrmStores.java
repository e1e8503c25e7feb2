package com.salesbot.adapter.mongo;

import com.mongodb.client.MongoDatabase;
import com.salesbot.core.competitor.CompetitorNoteStore;
import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.deal.DealStore;

/**
 * The customer-relationship ports (deals, customer history, competitor notes, exports) on the same
 * database as {@link MongoStores}, which must have been created first: it ensures the indexes.
 */
public final class MongoCrmStores {
    private final MongoDealStore deals;
    private final MongoCustomerRecords customerRecords;
    private final MongoCompetitorNoteStore competitorNotes;

    public MongoCrmStores(MongoDatabase database) {
        this.deals = new MongoDealStore(database);
        this.customerRecords = new MongoCustomerRecords(database);
        this.competitorNotes = new MongoCompetitorNoteStore(database);
    }

    /** Deals, one document per owner and customer. */
    public DealStore deals() {
        return deals;
    }

    /** Competitor notes, undoable. */
    public CompetitorNoteStore competitorNotes() {
        return competitorNotes;
    }

    /** Visits and sales by customer, read-only. */
    public CustomerRecords customerRecords() {
        return customerRecords;
    }
}
