package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.bson.conversions.Bson;

/**
 * The collections and their indexes. Creating an index that exists is a no-op, so this runs at every
 * start-up. Unique indexes carry the rules (one record per message, one owner per identity); the
 * other indexes only speed up a real MongoDB, since mongo-java-server ignores non-unique ones.
 */
final class Schema {
    static final String PEOPLE = "people";
    static final String TEAMS = "teams";
    static final String VISITS = "visits";
    static final String SALES = "sales";
    static final String DEALS = "deals";
    static final String TARGETS = "targets";
    static final String DAILY_REPORTS = "daily_reports";
    static final String REMINDERS = "reminders";
    static final String REMINDER_OCCURRENCES = "reminder_occurrences";
    /** One entry per reminder due within the next hour or so: the frequent due scan reads only these. */
    static final String REMINDER_DUE = "reminder_due";
    /** How far ahead {@code reminder_due} was last refilled, one document claimed by the sweeping instance. */
    static final String REMINDER_SWEEPS = "reminder_sweeps";
    /** Reminder ids by the UTC hour of their next due time, read by {@code _id} when a sweep reaches the hour. */
    static final String REMINDER_BUCKETS = "reminder_buckets";

    static final String RECOGNITIONS = "recognitions";
    /** Milestones and shout-outs already posted, by key; the {@code _id} index makes each claim unique. */
    static final String CELEBRATIONS = "celebrations";

    /** Stats aggregates per person and per team slice, by day and by month; found by {@code _id} only. */
    static final String STATS = "stats";
    /**
     * Each team's daily digest thread, {@code _id} team and day, with the reps whose line is in it; found by
     * {@code _id} only, and the {@code _id} index makes opening a day's thread unique.
     */
    static final String DIGEST_THREADS = "digest_threads";
    /** Daily reports waiting for "replace or keep?", one per rep. */
    static final String REPORT_DRAFTS = "report_drafts";
    /** People's days away (out of office), one document per absence. */
    static final String ABSENCES = "absences";
    /** Team knowledge base entries (issue 7); the Lucene index is rebuilt from them at start-up. */
    static final String KNOWLEDGE = "knowledge";
    /** Questions forwarded to managers, and their answers. */
    static final String QUESTIONS = "questions";
    /** Feedback to managers; anonymous documents hold nothing that names the sender. */
    static final String FEEDBACK = "feedback";
    /** Scheduled tips and quizzes. */
    static final String TRAINING = "training";
    /** Quiz answers, one per person per quiz by {@code _id}. */
    static final String QUIZ_ANSWERS = "quiz_answers";
    /** Atomic counters, e.g. the next question number. */
    static final String COUNTERS = "counters";

    static final String COMPETITOR_NOTES = "competitor_notes";
    static final String PROCESSED_MESSAGES = "processed_messages";

    private static final IndexOptions UNIQUE = new IndexOptions().unique(true);
    // Sparse, not partial: mongo-java-server ignores partialFilterExpression and would index a missing field as null.
    private static final IndexOptions UNIQUE_SPARSE =
            new IndexOptions().unique(true).sparse(true);
    private static final IndexOptions PLAIN = new IndexOptions();

    private final MongoDatabase database;

    Schema(MongoDatabase database) {
        this.database = database;
    }

    void createIndexes() {
        // Sparse because a person without identities has no such field; an empty array would be
        // indexed as one shared "undefined" key by MongoDB and collide.
        index(PEOPLE, ascending(MongoDirectory.IDENTITIES), UNIQUE_SPARSE);
        index(PEOPLE, ascending(MongoDirectory.TEAM_ID, MongoDirectory.NAME_LOWER), PLAIN);

        for (String records : new String[] {VISITS, SALES}) {
            index(records, ascending(KernelFields.MESSAGE_KEY), UNIQUE);
            index(records, ascending("teamId", "date"), PLAIN);
            index(records, ascending("rep", "date"), PLAIN);
            index(records, authorNewestFirst(), PLAIN);
        }

        index(DAILY_REPORTS, ascending(KernelFields.MESSAGE_KEY), UNIQUE);
        index(DAILY_REPORTS, ascending("history." + KernelFields.MESSAGE_KEY), PLAIN);
        index(DAILY_REPORTS, ascending("teamId", "date"), PLAIN);
        index(DAILY_REPORTS, authorNewestFirst(), PLAIN);

        index(TARGETS, ascending("rep", "metric", "start"), PLAIN);

        index(RECOGNITIONS, ascending("giver", "date"), PLAIN);
        index(RECOGNITIONS, ascending("recipients.person", "date"), PLAIN);
        index(RECOGNITIONS, authorNewestFirst(), PLAIN);
        // The scheduler's scans: due entries by a time (every tick), reminders due within the window (the
        // sweep), occurrences claimable at a time (every tick). ReminderQueryPlanTest checks a real MongoDB uses them.
        index(REMINDER_DUE, ascending(MongoReminderStore.NEXT_DUE), PLAIN);
        index(REMINDERS, ascending(MongoReminderStore.STATUS, MongoReminderStore.NEXT_DUE), PLAIN);
        index(REMINDERS, ascending(MongoReminderStore.OWNER), PLAIN);
        index(REMINDERS, ascending(MongoReminderStore.RECIPIENT_IDS), PLAIN);
        index(REMINDER_OCCURRENCES, ascending(MongoReminderStore.STATUS, MongoReminderStore.NOT_BEFORE), PLAIN);
        index(REMINDER_OCCURRENCES, ascending(MongoReminderStore.REMINDER_ID), PLAIN);

        for (String later : new String[] {DEALS, REMINDERS, RECOGNITIONS, COMPETITOR_NOTES}) {
            index(later, ascending(KernelFields.MESSAGE_KEY), UNIQUE_SPARSE);
        }

        index(DEALS, ascending(MongoDealStore.OWNER), PLAIN);
        index(DEALS, ascending(MongoDealStore.TEAM_ID), PLAIN);
        index(DEALS, ascending(MongoDealStore.CUSTOMER_KEY), PLAIN);
        index(COMPETITOR_NOTES, ascending("teamId", "date"), PLAIN);
        index(COMPETITOR_NOTES, authorNewestFirst(), PLAIN);
        index(VISITS, ascending("customer"), PLAIN);
        index(SALES, ascending("customer"), PLAIN);
        index(ABSENCES, ascending(MongoAbsenceStore.PERSON, MongoAbsenceStore.END), PLAIN);

        index(PROCESSED_MESSAGES, ascending("at"), PLAIN);

        index(QUESTIONS, ascending(KernelFields.MESSAGE_KEY), UNIQUE);
        index(FEEDBACK, ascending("teamId", "day"), PLAIN);
        index(TRAINING, ascending(KernelFields.MESSAGE_KEY), UNIQUE);
        index(QUIZ_ANSWERS, ascending("quizId"), PLAIN);
    }

    private static Bson authorNewestFirst() {
        return compoundIndex(ascending(KernelFields.AUTHOR), descending(KernelFields.WRITTEN_AT));
    }

    private void index(String collection, Bson keys, IndexOptions options) {
        database.getCollection(collection).createIndex(keys, options);
    }
}
