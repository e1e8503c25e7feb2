package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.salesbot.core.export.ExportRecords;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Reads a team's visits, sales and daily reports of a period for CSV export; never writes. */
final class MongoExportRecords implements ExportRecords {
    private final MongoCollection<Document> visits;
    private final MongoCollection<Document> sales;
    private final MongoCollection<Document> reports;

    MongoExportRecords(MongoDatabase database) {
        this.visits = database.getCollection(Schema.VISITS);
        this.sales = database.getCollection(Schema.SALES);
        this.reports = database.getCollection(Schema.DAILY_REPORTS);
    }

    @Override
    public List<Visit> visits(String teamId, Period period) {
        return Guarded.call(
                "export.visits",
                () -> visits.find(filter(teamId, period))
                        .sort(Sorts.ascending("date", "_id"))
                        .map(MongoCustomerRecords::toVisit)
                        .into(new ArrayList<>()));
    }

    @Override
    public List<Sale> sales(String teamId, Period period) {
        return Guarded.call(
                "export.sales",
                () -> sales.find(filter(teamId, period))
                        .sort(Sorts.ascending("date", "_id"))
                        .map(MongoCustomerRecords::toSale)
                        .into(new ArrayList<>()));
    }

    @Override
    public List<DailyReport> reports(String teamId, Period period) {
        return Guarded.call(
                "export.reports",
                () -> reports.find(filter(teamId, period))
                        .sort(Sorts.ascending("date", "rep"))
                        .map(MongoReportStore::toReport)
                        .into(new ArrayList<>()));
    }

    private static Bson filter(String teamId, Period period) {
        return and(eq("teamId", teamId), KernelFields.dayIn("date", period), UndoableDocuments.live());
    }
}
