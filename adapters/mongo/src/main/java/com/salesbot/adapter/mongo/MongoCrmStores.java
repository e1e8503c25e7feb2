package com.salesbot.adapter.mongo;

import com.mongodb.client.MongoDatabase;
import com.salesbot.core.competitor.CompetitorNoteStore;
import com.salesbot.core.customer.CustomerRecords;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.export.ExportRecords;

/**
 * The customer-relationship ports (deals, customer history, competitor notes, exports) on the same
 * database as {@link MongoStores}, which must have been created first: it ensures the indexes.
 */
public final class MongoCrmStores {
    private final MongoDealStore deals;
    private final MongoCustomerRecords customerRecords;
    private final MongoCompetitorNoteStore competitorNotes;
    private final MongoExportRecords exportRecords;

    public MongoCrmStores(MongoDatabase database) {
        this.deals = new MongoDealStore(database);
        this.customerRecords = new MongoCustomerRecords(database);
        this.competitorNotes = new MongoCompetitorNoteStore(database);
        this.exportRecords = new MongoExportRecords(database);
    }

    /** Deals, one document per owner and customer. */
    public DealStore deals() {
        return deals;
    }

    /** Competitor notes, undoable. */
    public CompetitorNoteStore competitorNotes() {
        return competitorNotes;
    }

    /** A team's records of a period, read-only, for CSV export. */
    public ExportRecords exportRecords() {
        return exportRecords;
    }

    /** Visits and sales by customer, read-only. */
    public CustomerRecords customerRecords() {
        return customerRecords;
    }
}
