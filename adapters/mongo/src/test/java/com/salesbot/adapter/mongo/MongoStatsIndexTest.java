package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.salesbot.core.kernel.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a real MongoDB only (the embedded server has no query planner and no secondary indexes): the
 * ranking and stats queries are answered from indexes, never by a collection scan.
 */
@EnabledIfEnvironmentVariable(named = MongoTestDatabase.URI_VARIABLE, matches = ".+")
class MongoStatsIndexTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private final Period quarter = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    private final Period loose = new Period(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 9, 3));

    @BeforeEach
    void createIndexesAndSomeData() {
        MongoStores stores = new MongoStores(mongo.database());
        for (int i = 0; i < 50; i++) {
            stores.visits()
                    .add(Samples.visit(
                            "v" + i,
                            Samples.ALICE,
                            "Acme",
                            LocalDate.of(2026, 7, 1).plusDays(i),
                            "m" + i));
        }
    }

    @Test
    void rankingBucketsAreFoundByTheirIdIndex() {
        assertThat(stages(mongo.database(), Schema.STATS, MongoStats.teamBuckets(Samples.TEAM, quarter)))
                .doesNotContain("COLLSCAN");
        assertThat(stages(mongo.database(), Schema.STATS, MongoStats.teamBuckets(Samples.TEAM, loose)))
                .doesNotContain("COLLSCAN");
        assertThat(stages(mongo.database(), Schema.STATS, MongoStats.buckets(Samples.ALICE.value(), loose)))
                .doesNotContain("COLLSCAN");
    }

    @Test
    void customerStatsReadTheTeamsRecordsInThePeriodThroughAnIndex() {
        for (String collection : List.of(Schema.VISITS, Schema.SALES)) {
            List<String> stages =
                    stages(mongo.database(), collection, MongoStats.customerRecords(Samples.TEAM, "Acme", quarter));
            assertThat(stages).contains("IXSCAN").doesNotContain("COLLSCAN");
        }
    }

    private static List<String> stages(MongoDatabase database, String collection, Bson filter) {
        Document plan = database.getCollection(collection).find(filter).explain();
        List<String> stages = new ArrayList<>();
        collect(plan.get("queryPlanner", Document.class).get("winningPlan"), stages);
        return stages;
    }

    /** Every {@code stage} name in the plan tree, whatever the server version nests it under. */
    private static void collect(Object node, List<String> stages) {
        if (node instanceof Document document) {
            if (document.get("stage") instanceof String stage) {
                stages.add(stage);
            }
            document.values().forEach(value -> collect(value, stages));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, stages));
        }
    }
}
