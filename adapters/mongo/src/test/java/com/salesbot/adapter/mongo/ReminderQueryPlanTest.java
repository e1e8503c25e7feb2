package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ExplainVerbosity;
import com.mongodb.client.MongoDatabase;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.reminder.Occurrence;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a real MongoDB only (skipped unless {@code SALESBOT_MONGODB_URI} is set; the embedded server has no
 * query planner): the scheduler's frequent queries use an index, and the documents they examine grow
 * with the number due, not with the 2,000 pending far ahead or the 2,000 already delivered. Reads
 * {@code explain} in {@code executionStats} mode, whose {@code queryPlanner.winningPlan} is a tree of
 * stages (under {@code queryPlan} with the slot-based engine) and whose {@code executionStats} counts
 * {@code totalDocsExamined}.
 */
@EnabledIfEnvironmentVariable(named = MongoTestDatabase.URI_VARIABLE, matches = ".*\\S.*")
class ReminderQueryPlanTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final int PENDING = 2_000;
    private static final int DUE = 10;
    /** Room for the planner's own look-ahead; still far below the 2,000 a scan would read. */
    private static final int SLACK = 5;

    private ReminderStore store;
    private MongoDatabase database;

    @BeforeEach
    void seed() {
        database = mongo.database();
        store = new MongoStores(database).reminders();
        // Through the store, so every reminder has its due entry, as after a day of people setting them.
        for (int i = 0; i < PENDING; i++) {
            store.add(reminder("far" + i, NOW.plus(Duration.ofDays(7 + i % 14))));
        }
        for (int i = 0; i < DUE; i++) {
            store.add(reminder("due" + i, NOW.minusSeconds(30 + i)));
        }
        List<Document> occurrences = new ArrayList<>();
        for (int i = 0; i < PENDING; i++) {
            Instant at = NOW.minus(Duration.ofDays(1 + i % 30));
            occurrences.add(occurrence(Occurrence.pending("old" + i, 0, at), "sent"));
            occurrences.add(occurrence(
                    Occurrence.pending("later" + i, 0, NOW.plus(Duration.ofMinutes(1 + i % 30))), "pending"));
        }
        for (int i = 0; i < DUE; i++) {
            occurrences.add(occurrence(Occurrence.pending("due" + i, 0, NOW.minusSeconds(i)), "pending"));
        }
        database.getCollection(Schema.REMINDER_OCCURRENCES).insertMany(occurrences);
    }

    @Test
    void theDueScanEveryTickUsesAnIndexAndReadsOnlyTheEntriesDue() {
        Document plan = database.getCollection(Schema.REMINDER_DUE)
                .find(MongoReminderStore.dueScan(NOW.plus(Duration.ofMinutes(1))))
                .sort(ascending(MongoReminderStore.NEXT_DUE, "_id"))
                .limit(200)
                .explain(ExplainVerbosity.EXECUTION_STATS);

        assertUsesAnIndex(plan);
        assertThat(returned(plan)).isEqualTo(DUE);
        assertThat(docsExamined(plan)).isLessThanOrEqualTo(DUE + SLACK);
    }

    @Test
    void theSweepReadsTheHourBucketsAndTheirRemindersByIdOnly() {
        List<String> hours = List.of(
                MongoReminderStore.hourOf(NOW.minus(Duration.ofHours(1))),
                MongoReminderStore.hourOf(NOW),
                MongoReminderStore.hourOf(NOW.plus(Duration.ofHours(1))));
        Document bucketPlan = database.getCollection(Schema.REMINDER_BUCKETS)
                .find(in("_id", hours))
                .explain(ExplainVerbosity.EXECUTION_STATS);
        List<String> ids = new ArrayList<>();
        database.getCollection(Schema.REMINDER_BUCKETS)
                .find(in("_id", hours))
                .forEach(b -> ids.addAll(b.getList(MongoReminderStore.IDS, String.class)));
        Document reminderPlan = database.getCollection(Schema.REMINDERS)
                .find(in("_id", ids))
                .projection(include(MongoReminderStore.NEXT_DUE, MongoReminderStore.STATUS))
                .explain(ExplainVerbosity.EXECUTION_STATS);

        assertUsesAnIndex(bucketPlan);
        assertThat(docsExamined(bucketPlan)).isLessThanOrEqualTo(hours.size());
        assertThat(ids).hasSize(DUE);
        assertUsesAnIndex(reminderPlan);
        assertThat(docsExamined(reminderPlan)).isLessThanOrEqualTo(DUE);
    }

    @Test
    void theClaimScanUsesAnIndexAndSkipsDeliveredAndLaterOccurrences() {
        Document plan = database.getCollection(Schema.REMINDER_OCCURRENCES)
                .find(MongoReminderStore.claimScan(NOW))
                .sort(ascending(MongoReminderStore.NOT_BEFORE, "_id"))
                .limit(100)
                .projection(include("_id"))
                .explain(ExplainVerbosity.EXECUTION_STATS);

        assertUsesAnIndex(plan);
        assertThat(returned(plan)).isEqualTo(DUE);
        assertThat(docsExamined(plan)).isLessThanOrEqualTo(DUE + SLACK);
    }

    @Test
    void theClaimOfOneOccurrenceFindsItByIdAndReadsOneDocument() {
        Document claim = new Document("findAndModify", Schema.REMINDER_OCCURRENCES)
                .append("query", MongoReminderStore.claimById(Occurrence.idOf("due0", NOW, 0), NOW))
                .append(
                        "update",
                        new Document(
                                "$set", new Document(MongoReminderStore.STATUS, "sending").append("claimedBy", "t")))
                .append("new", true);
        Document plan = database.runCommand(new Document("explain", claim).append("verbosity", "executionStats"));

        assertUsesAnIndex(plan);
        assertThat(docsExamined(plan)).isLessThanOrEqualTo(1);
    }

    private static void assertUsesAnIndex(Document plan) {
        List<String> stages = new ArrayList<>();
        collectStages(plan.get("queryPlanner", Document.class).get("winningPlan"), stages);
        assertThat(stages).as("winning plan stages").doesNotContain("COLLSCAN");
        // IXSCAN, or the _id fast paths: IDHACK (up to 7.x), EXPRESS_IXSCAN / EXPRESS_IDHACK (8.0).
        assertThat(stages)
                .as("winning plan stages")
                .anyMatch(stage -> stage.contains("IXSCAN") || stage.contains("IDHACK"));
    }

    private static void collectStages(Object node, List<String> stages) {
        if (node instanceof Document d) {
            if (d.get("stage") instanceof String stage) {
                stages.add(stage);
            }
            d.values().forEach(v -> collectStages(v, stages));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectStages(v, stages));
        }
    }

    private static long docsExamined(Document plan) {
        return plan.get("executionStats", Document.class)
                .get("totalDocsExamined", Number.class)
                .longValue();
    }

    private static long returned(Document plan) {
        return plan.get("executionStats", Document.class)
                .get("nReturned", Number.class)
                .longValue();
    }

    private static Reminder reminder(String id, Instant due) {
        return Reminder.create(
                id,
                Samples.ALICE,
                Samples.TEAM,
                "plan " + id,
                List.of(new Recipient.Person(Samples.ALICE)),
                ZONE,
                LocalDateTime.ofInstant(due, ZONE),
                null,
                new Source(Samples.ALICE, "plan:" + id, NOW));
    }

    private static Document occurrence(Occurrence o, String status) {
        return new Document(Map.of(
                "_id",
                o.id(),
                MongoReminderStore.REMINDER_ID,
                o.reminderId(),
                "recipientIndex",
                o.recipientIndex(),
                "due",
                Date.from(o.due()),
                MongoReminderStore.STATUS,
                status,
                "attempts",
                0,
                MongoReminderStore.NOT_BEFORE,
                Date.from(o.notBefore())));
    }
}
