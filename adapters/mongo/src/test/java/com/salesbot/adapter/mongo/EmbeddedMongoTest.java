package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.salesbot.core.kernel.Period;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {
    @Test
    void startsInMemoryOnLoopbackWithAFreePortEach() {
        try (EmbeddedMongo first = EmbeddedMongo.start("memory");
                EmbeddedMongo second = EmbeddedMongo.inMemory()) {
            assertThat(first.connectionString()).startsWith("mongodb://127.0.0.1:");
            assertThat(second.connectionString()).isNotEqualTo(first.connectionString());
            first.commit(); // nothing to flush in memory; must simply not fail
        }
    }

    @Test
    void fileBackedDataSurvivesCloseAndReopen(@TempDir Path dir) {
        String file = dir.resolve("nested/data/salesbot.mv").toString();
        Period march = Period.monthOf(MARCH_3);

        try (EmbeddedMongo mongo = EmbeddedMongo.start(file);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoStores stores = new MongoStores(client.getDatabase("salesbot"));
            assertThat(stores.visits().add(visit("v1", ALICE, "华为技术", MARCH_3, "m1")))
                    .isTrue();
            mongo.commit();
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.start(file);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoStores stores = new MongoStores(client.getDatabase("salesbot"));
            assertThat(stores.visits().countFor(ALICE, march)).isEqualTo(1);
            Document stored = client.getDatabase("salesbot")
                    .getCollection("visits")
                    .find()
                    .first();
            assertThat(stored.getString("customer")).isEqualTo("华为技术");
            // The unique index came back too, so a late second delivery still writes nothing.
            assertThat(stores.visits().add(visit("v2", ALICE, "华为技术", MARCH_3, "m1")))
                    .isFalse();
        }
    }

    @Test
    void inMemoryDataIsGoneAfterClose() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("salesbot").getCollection("visits").insertOne(new Document("_id", "v1"));
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(client.getDatabase("salesbot").getCollection("visits").countDocuments())
                    .isZero();
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        EmbeddedMongo mongo = EmbeddedMongo.inMemory();

        mongo.close();
        mongo.close();
        mongo.commit();
    }
}
