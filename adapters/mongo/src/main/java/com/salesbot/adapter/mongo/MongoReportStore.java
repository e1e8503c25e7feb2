package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.report.DailyReport;
import com.salesbot.core.report.ReportOutcome;
import com.salesbot.core.report.ReportStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Daily reports in {@code daily_reports}: one document per rep and date, with id "rep|date", so two
 * deliveries racing can never leave two live reports. Replaced versions move to a {@code history} array.
 * Without transactions, each change is one conditional update on that document (optimistic: it only
 * applies if the document is still the version that was read).
 */
final class MongoReportStore implements ReportStore {
    static final String REPORT_ID = "reportId";
    private static final String HISTORY = "history";
    private static final int SUMMARY_LENGTH = 40;
    // Every failed attempt means another writer succeeded on this very document; 10 in a row is a bug.
    private static final int MAX_ATTEMPTS = 10;

    /** True for a report sent for an earlier day or after the team's cut-off. */
    static final String LATE = "late";

    private final MongoCollection<Document> reports;
    private final UndoableDocuments undoable;

    MongoReportStore(MongoDatabase database) {
        this.reports = database.getCollection(Schema.DAILY_REPORTS);
        this.undoable = new UndoableDocuments(reports, EntryKind.REPORT, REPORT_ID, MongoReportStore::summary);
    }

    /**
     * DUPLICATE when this message was saved before, even if that report was since replaced or undone:
     * a late second delivery must not bring old text back. CREATED when no live report exists for the
     * rep and date (an undone one does not count), REPLACED otherwise.
     */
    @Override
    public ReportOutcome save(DailyReport report) {
        return Guarded.call("daily_reports.save", () -> {
            String slot = slotOf(report.rep(), report.date());
            String messageKey = report.source().messageKey();
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                if (alreadySaved(messageKey)) {
                    return ReportOutcome.DUPLICATE;
                }
                Document current = reports.find(eq("_id", slot)).first();
                if (current == null) {
                    if (Writes.insertOnce(reports, toDocument(slot, report))) {
                        return ReportOutcome.CREATED;
                    }
                } else if (holds(current, messageKey)) {
                    // Saved by a concurrent delivery between the check above and this read.
                    return ReportOutcome.DUPLICATE;
                } else if (replaceIfUnchanged(current, report)) {
                    return current.getBoolean(UndoableDocuments.UNDONE)
                            ? ReportOutcome.CREATED
                            : ReportOutcome.REPLACED;
                }
            }
            throw new IllegalStateException("daily report kept changing under concurrent writes");
        });
    }

    /** Looked up by {@code _id} alone (the embedded server's index serves nothing else), then checked live. */
    @Override
    public Optional<DailyReport> find(PersonId rep, LocalDate date) {
        return Guarded.call(
                "daily_reports.find",
                () -> Optional.ofNullable(
                                reports.find(eq("_id", slotOf(rep, date))).first())
                        .filter(report -> !report.getBoolean(UndoableDocuments.UNDONE, false))
                        .map(MongoReportStore::toReport));
    }

    @Override
    public Optional<EntryRef> latestBy(PersonId author, Instant since) {
        return Guarded.call("daily_reports.latestBy", () -> undoable.latestBy(author, since));
    }

    /** Undoes that very version: a report that was replaced meanwhile is no longer the live one. */
    @Override
    public boolean undo(EntryRef entry) {
        return Guarded.call("daily_reports.undo", () -> undoable.undo(entry));
    }

    /** "rep|date": the date never contains '|', so the id is unambiguous. */
    static String slotOf(PersonId rep, LocalDate date) {
        return rep.value() + "|" + KernelFields.day(date);
    }

    private boolean alreadySaved(String messageKey) {
        return reports.find(or(
                                eq(KernelFields.MESSAGE_KEY, messageKey),
                                eq(HISTORY + "." + KernelFields.MESSAGE_KEY, messageKey)))
                        .projection(include("_id"))
                        .first()
                != null;
    }

    private static boolean holds(Document slot, String messageKey) {
        return KernelFields.source(slot).messageKey().equals(messageKey)
                || slot.getList(HISTORY, Document.class, List.of()).stream()
                        .anyMatch(old -> KernelFields.source(old).messageKey().equals(messageKey));
    }

    /**
     * Puts the new report in place if the document is still the version read: the same live message
     * and the same undone flag (a message key is saved only once and undo only goes one way, so the
     * pair identifies the version). False when someone else changed it first.
     */
    private boolean replaceIfUnchanged(Document current, DailyReport report) {
        Object undone = current.get(UndoableDocuments.UNDONE);
        Bson sameVersion = and(
                eq("_id", current.get("_id")),
                eq(KernelFields.MESSAGE_KEY, KernelFields.source(current).messageKey()),
                eq(UndoableDocuments.UNDONE, undone));
        Document previous = new Document(REPORT_ID, current.get(REPORT_ID))
                .append("teamId", current.get("teamId"))
                .append("text", current.get("text"))
                .append(LATE, current.getBoolean(LATE, false))
                .append(KernelFields.SOURCE, current.get(KernelFields.SOURCE))
                .append(UndoableDocuments.UNDONE, undone);
        Bson replacement = combine(
                set(REPORT_ID, report.id()),
                set("teamId", report.teamId()),
                set("text", report.text()),
                set(LATE, report.late()),
                set(KernelFields.SOURCE, KernelFields.source(report.source())),
                set(UndoableDocuments.UNDONE, false),
                push(HISTORY, previous));
        try {
            return reports.updateOne(sameVersion, replacement).getModifiedCount() == 1;
        } catch (MongoException e) {
            // The same message landed in another document first (unique source.messageKey): retry sees it.
            if (Writes.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    static Document toDocument(String slot, DailyReport report) {
        return new Document("_id", slot)
                .append(REPORT_ID, report.id())
                .append("rep", report.rep().value())
                .append("teamId", report.teamId())
                .append("date", KernelFields.day(report.date()))
                .append("text", report.text())
                .append(LATE, report.late())
                .append(KernelFields.SOURCE, KernelFields.source(report.source()))
                .append(UndoableDocuments.UNDONE, false);
    }

    static DailyReport toReport(Document document) {
        return new DailyReport(
                document.getString(REPORT_ID),
                new PersonId(document.getString("rep")),
                document.getString("teamId"),
                KernelFields.day(document.getString("date")),
                document.getString("text"),
                KernelFields.source(document),
                document.getBoolean(LATE, false));
    }

    /** The first 40 characters, counted in code points so an emoji is never cut in half. */
    private static String summary(Document report) {
        String text = report.getString("text");
        int end = text.offsetByCodePoints(0, Math.min(SUMMARY_LENGTH, text.codePointCount(0, text.length())));
        return text.substring(0, end);
    }
}
