package com.salesbot.config.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.visit.Visit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildAggregatesCommandTest {
    private static final PersonId ALICE = new PersonId("alice");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);

    @TempDir
    Path dir;

    @Test
    void rebuildsTheAggregatesOfTheEmbeddedFileFromItsRecords() {
        Path file = dir.resolve("salesbot.mv");
        Source source = new Source(ALICE, "m1", Instant.parse("2026-11-05T02:00:00Z"));
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            // Imported records bypass the aggregates, as after a bulk load or a crash between the two writes.
            new MongoStores(database(client))
                    .importRecords(
                            List.of(new Visit("v1", ALICE, "west", "Acme", null, DAY, null, null, "", source)),
                            List.of(new Sale(
                                    "s1",
                                    ALICE,
                                    "west",
                                    "Acme",
                                    Money.of("500", "USD"),
                                    Money.of("500", "USD"),
                                    DAY,
                                    new Source(ALICE, "m2", source.writtenAt()))));
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int code = RebuildAggregatesCommand.run(
                new String[] {"--db", file.toString()},
                Map.of(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Rebuilt the stats aggregates from 2 records");
        try (EmbeddedMongo server = EmbeddedMongo.onFile(file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoStores stores = new MongoStores(database(client));
            var tally = stores.stats().forRep(ALICE, Period.monthOf(DAY));
            assertThat(tally.visits()).isEqualTo(1);
            assertThat(tally.deals()).isEqualTo(1);
            assertThat(tally.sales()).isEqualByComparingTo("500");
            // The rep's day and month buckets and the team's day and month slices.
            assertThat(database(client).getCollection("stats").countDocuments(new Document()))
                    .isEqualTo(4);
        }
    }

    private static MongoDatabase database(MongoClient client) {
        return client.getDatabase("salesbot");
    }
}
