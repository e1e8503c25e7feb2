package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoStoresTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final Set<String> RECORD_INDEXES = Set.of(
            "_id_",
            "source.messageKey_1 unique",
            "teamId_1_date_1",
            "rep_1_date_1",
            "source.author_1_source.writtenAt_-1",
            // customer history and deal look-ups by customer
            "customer_1");

    @Test
    void startUpCreatesTheIndexesOfEveryCollection() {
        new MongoStores(mongo.database());

        assertThat(indexes())
                .isEqualTo(new TreeMap<>(Map.ofEntries(
                        Map.entry("people", Set.of("_id_", "identities_1 unique sparse", "teamId_1_nameLower_1")),
                        Map.entry("visits", RECORD_INDEXES),
                        Map.entry("sales", RECORD_INDEXES),
                        Map.entry(
                                "daily_reports",
                                Set.of(
                                        "_id_",
                                        "source.messageKey_1 unique",
                                        "history.source.messageKey_1",
                                        "teamId_1_date_1",
                                        "source.author_1_source.writtenAt_-1")),
                        Map.entry("targets", Set.of("_id_", "rep_1_metric_1_start_1")),
                        Map.entry(
                                "deals",
                                Set.of(
                                        "_id_",
                                        "source.messageKey_1 unique sparse",
                                        "owner_1",
                                        "teamId_1",
                                        "customerKey_1")),
                        Map.entry(
                                "reminders",
                                Set.of(
                                        "_id_",
                                        "source.messageKey_1 unique sparse",
                                        "status_1_nextDue_1",
                                        "owner_1",
                                        "recipientIds_1")),
                        Map.entry("reminder_occurrences", Set.of("_id_", "status_1_notBefore_1", "reminderId_1")),
                        Map.entry("reminder_due", Set.of("_id_", "nextDue_1")),
                        Map.entry("absences", Set.of("_id_", "person_1_end_1")),
                        Map.entry(
                                "recognitions",
                                Set.of(
                                        "_id_",
                                        "source.messageKey_1 unique sparse",
                                        "giver_1_date_1",
                                        "recipients.person_1_date_1",
                                        "source.author_1_source.writtenAt_-1")),
                        Map.entry(
                                "competitor_notes",
                                Set.of(
                                        "_id_",
                                        "source.messageKey_1 unique sparse",
                                        "teamId_1_date_1",
                                        "source.author_1_source.writtenAt_-1")),
                        Map.entry("questions", Set.of("_id_", "source.messageKey_1 unique")),
                        Map.entry("feedback", Set.of("_id_", "teamId_1_day_1")),
                        Map.entry("training", Set.of("_id_", "source.messageKey_1 unique")),
                        Map.entry("quiz_answers", Set.of("_id_", "quizId_1")),
                        Map.entry("processed_messages", Set.of("_id_", "at_1")))));
    }

    @Test
    void startingTwiceOnTheSameDatabaseIsHarmless() {
        new MongoStores(mongo.database());
        Map<String, Set<String>> once = indexes();

        new MongoStores(mongo.database());

        assertThat(indexes()).isEqualTo(once);
    }

    /** Collection name → "indexName [unique] [sparse]", as the server lists them. */
    private static Map<String, Set<String>> indexes() {
        Map<String, Set<String>> all = new TreeMap<>();
        for (String collection : mongo.database().listCollectionNames()) {
            // A set: a real server need not list indexes in creation order.
            Set<String> described = new TreeSet<>();
            for (Document index : mongo.database().getCollection(collection).listIndexes()) {
                String name = index.getString("name");
                if (index.getBoolean("unique", false)) {
                    name += " unique";
                }
                if (index.getBoolean("sparse", false)) {
                    name += " sparse";
                }
                described.add(name);
            }
            all.put(collection, described);
        }
        return all;
    }
}
