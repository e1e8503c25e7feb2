package com.salesbot.adapter.mongo;

import com.mongodb.client.MongoDatabase;
import com.salesbot.core.away.AbsenceStore;
import com.salesbot.core.conversation.ProcessedMessages;
import com.salesbot.core.customer.CustomerNames;
import com.salesbot.core.feedback.FeedbackStore;
import com.salesbot.core.knowledge.KnowledgeStore;
import com.salesbot.core.knowledge.QuestionStore;
import com.salesbot.core.kudos.RecognitionStore;
import com.salesbot.core.milestone.CelebrationStore;
import com.salesbot.core.people.Directory;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.report.DigestThreadStore;
import com.salesbot.core.report.ReportDrafts;
import com.salesbot.core.report.ReportStore;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.sale.SaleStore;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.target.TargetStore;
import com.salesbot.core.training.TrainingStore;
import com.salesbot.core.visit.Visit;
import com.salesbot.core.visit.VisitStore;
import java.time.Instant;
import java.util.List;

/** The module's front door: the core's store ports on one MongoDB database, indexes ensured at start-up. */
public final class MongoStores {
    private final MongoDirectory directory;
    private final MongoProcessedMessages processedMessages;
    private final MongoVisitStore visits;
    private final MongoSaleStore sales;
    private final MongoTargetStore targets;
    private final MongoReportStore reports;
    private final MongoCustomerNames customerNames;
    private final MongoRecognitionStore recognitions;
    private final MongoCelebrationStore celebrations;
    private final MongoReminderStore reminders;
    private final MongoStats stats;
    private final MongoDatabase database;
    private final MongoAbsenceStore absences;
    private final MongoReportDrafts reportDrafts;
    private final MongoKnowledgeStore knowledge;
    private final MongoQuestionStore questions;
    private final MongoFeedbackStore feedback;
    private final MongoTrainingStore training;
    private final MongoDigestThreadStore digestThreads;

    /**
     * Creates any missing index (idempotent, so safe at every start).
     *
     * @throws com.salesbot.core.kernel.StoreUnavailableException when the database cannot be reached
     */
    public MongoStores(MongoDatabase database) {
        Guarded.run("createIndexes", () -> new Schema(database).createIndexes());
        this.directory = new MongoDirectory(database);
        this.processedMessages = new MongoProcessedMessages(database);
        this.database = database;
        this.stats = new MongoStats(database);
        stats.moveFromSeparateCollections();
        StatsUpdates statsUpdates = new StatsUpdates(stats);
        this.visits = new MongoVisitStore(database, statsUpdates, stats);
        this.sales = new MongoSaleStore(database, statsUpdates, stats);
        this.targets = new MongoTargetStore(database);
        this.reports = new MongoReportStore(database);
        this.customerNames = new MongoCustomerNames(database);
        this.recognitions = new MongoRecognitionStore(database, statsUpdates);
        this.celebrations = new MongoCelebrationStore(database);
        this.reminders = new MongoReminderStore(database);
        this.absences = new MongoAbsenceStore(database);
        this.reportDrafts = new MongoReportDrafts(database);
        this.knowledge = new MongoKnowledgeStore(database);
        this.questions = new MongoQuestionStore(database);
        this.feedback = new MongoFeedbackStore(database);
        this.training = new MongoTrainingStore(database);
        this.digestThreads = new MongoDigestThreadStore(database);
    }

    public Directory directory() {
        return directory;
    }

    public ProcessedMessages processedMessages() {
        return processedMessages;
    }

    public VisitStore visits() {
        return visits;
    }

    public SaleStore sales() {
        return sales;
    }

    public TargetStore targets() {
        return targets;
    }

    public ReportStore reports() {
        return reports;
    }

    /** Milestones and shout-outs already posted. */
    public CelebrationStore celebrations() {
        return celebrations;
    }

    /** Kudos. */
    public RecognitionStore recognitions() {
        return recognitions;
    }

    /** Reminders and their occurrences, claimed atomically so several instances deliver each once. */
    public ReminderStore reminders() {
        return reminders;
    }

    /** Per-rep totals from the aggregates the visit, sale and recognition stores keep up to date. */
    public StatsStore stats() {
        return stats;
    }

    /**
     * Recomputes the stats aggregates from the raw records; run it while the bot is stopped.
     *
     * @return how many records were counted
     */
    public long rebuildStats() {
        return stats.rebuild();
    }

    /**
     * Bulk-loads visits and sales (an import, or the benchmark's seed) without touching the stats
     * aggregates; call {@link #rebuildStats()} afterwards. Records whose message key is already stored
     * are skipped, as a chat write would be.
     *
     * @return how many records were inserted
     */
    public long importRecords(List<Visit> newVisits, List<Sale> newSales) {
        return Guarded.call(
                "import",
                () -> Writes.insertAllOnce(
                                database.getCollection(Schema.VISITS),
                                newVisits.stream()
                                        .map(MongoVisitStore::toDocument)
                                        .toList())
                        + Writes.insertAllOnce(
                                database.getCollection(Schema.SALES),
                                newSales.stream()
                                        .map(MongoSaleStore::toDocument)
                                        .toList()));
    }

    /** Reports waiting for "replace or keep?". */
    public ReportDrafts reportDrafts() {
        return reportDrafts;
    }

    /** Each team's daily digest thread and the reps already in it. */
    public DigestThreadStore digestThreads() {
        return digestThreads;
    }

    /** People's days away, which pause their report prompts and follow-up nudges. */
    public AbsenceStore absences() {
        return absences;
    }

    /** Knowledge base entries; the search index is derived from them. */
    public KnowledgeStore knowledge() {
        return knowledge;
    }

    /** Questions forwarded to managers. */
    public QuestionStore questions() {
        return questions;
    }

    /** Feedback to managers. */
    public FeedbackStore feedback() {
        return feedback;
    }

    /** Tips, quizzes and quiz answers. */
    public TrainingStore training() {
        return training;
    }

    /** The customer names teams have logged, for suggestions while someone types one. */
    public CustomerNames customerNames() {
        return customerNames;
    }

    /**
     * Forgets processed message keys recorded before {@code cutoff}, for a scheduled clean-up: TTL
     * indexes never fire on the embedded server.
     *
     * @return how many keys were removed
     */
    public long purgeProcessedMessagesOlderThan(Instant cutoff) {
        return processedMessages.purgeOlderThan(cutoff);
    }

    /**
     * Forgets reminder occurrences delivered before {@code cutoff}, for the same scheduled clean-up;
     * failed and missed ones stay for admins.
     *
     * @return how many occurrences were removed
     */
    public long purgeDeliveredRemindersOlderThan(Instant cutoff) {
        return reminders.purgeDeliveredBefore(cutoff);
    }
}
