package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.report.ReportDrafts;
import java.util.Optional;
import org.bson.Document;

/**
 * Reports waiting for "replace or keep?" in {@code report_drafts}, one document per rep (the rep id is
 * the {@code _id}); taking one is a findOneAndDelete, so only one confirmation can use it.
 */
final class MongoReportDrafts implements ReportDrafts {
    private final MongoCollection<Document> drafts;

    MongoReportDrafts(MongoDatabase database) {
        this.drafts = database.getCollection(Schema.REPORT_DRAFTS);
    }

    @Override
    public void put(DailyReport draft) {
        Guarded.run(
                "report_drafts.put",
                () -> drafts.replaceOne(
                        eq("_id", draft.rep().value()),
                        MongoReportStore.toDocument(draft.rep().value(), draft),
                        new ReplaceOptions().upsert(true)));
    }

    @Override
    public Optional<DailyReport> take(PersonId rep) {
        return Guarded.call(
                "report_drafts.take",
                () -> Optional.ofNullable(drafts.findOneAndDelete(eq("_id", rep.value())))
                        .map(MongoReportStore::toReport));
    }
}
