package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.report;
import static com.salesbot.adapter.mongo.Samples.sale;
import static com.salesbot.adapter.mongo.Samples.source;
import static com.salesbot.adapter.mongo.Samples.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.StoreUnavailableException;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import com.salesbot.core.target.Target;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every store turns a database that went away into StoreUnavailableException, and nothing else. */
class GuardedTest {
    private static MongoClient client;
    private static MongoStores stoppedStores;

    /** Stores whose embedded server was shut down after start-up; short timeouts keep this test fast. */
    @BeforeAll
    static void startThenStopTheServer() {
        EmbeddedMongo server = EmbeddedMongo.inMemory();
        client = MongoClients.create(server.connectionString() + "/?serverSelectionTimeoutMS=100&connectTimeoutMS=100");
        awaitReachable();
        stoppedStores = new MongoStores(client.getDatabase("guarded"));
        server.close();
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void storeCallAfterTheServerStoppedThrowsStoreUnavailableWithoutDocumentContent() {
        EmbeddedMongo server = EmbeddedMongo.inMemory();
        try (MongoClient shortTimeouts = MongoClients.create(
                server.connectionString() + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500")) {
            MongoStores stores = new MongoStores(shortTimeouts.getDatabase("stopped"));
            server.close();

            assertThatThrownBy(() -> stores.visits().add(visit("v1", ALICE, "绝密客户 Acme", MARCH_3, "m1")))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("visits.add")
                    .hasMessageNotContaining("Acme")
                    .hasMessageNotContaining("绝密")
                    .hasCauseInstanceOf(MongoException.class);
        }
    }

    @Test
    void startingOnADatabaseThatCannotBeReachedThrowsStoreUnavailable() {
        assertThatThrownBy(() -> new MongoStores(client.getDatabase("never")))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("createIndexes");
    }

    @ParameterizedTest
    @MethodSource("everyStoreMethod")
    void everyStoreMethodReportsAnUnreachableDatabase(Consumer<MongoStores> call) {
        assertThatThrownBy(() -> call.accept(stoppedStores)).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void networkAndTimeoutFailuresCountAsUnreachable() {
        ServerAddress address = new ServerAddress("db.example", 27017);

        assertThat(Guarded.isUnreachable(new MongoTimeoutException("no server")))
                .isTrue();
        assertThat(Guarded.isUnreachable(new MongoSocketReadTimeoutException("slow", address, new RuntimeException())))
                .isTrue();
    }

    @Test
    void writeAndCommandErrorsPassThroughUnchanged() {
        ServerAddress address = new ServerAddress("db.example", 27017);
        MongoWriteException duplicate = new MongoWriteException(
                new WriteError(11000, "E11000 duplicate key", new BsonDocument()), address, Set.of());
        MongoCommandException badQuery = new MongoCommandException(
                BsonDocument.parse("{ok: 0, code: 2, errmsg: 'unknown operator: $search'}"), address);

        assertThatThrownBy(() -> Guarded.call("visits.add", () -> {
                    throw duplicate;
                }))
                .isSameAs(duplicate);
        assertThatThrownBy(() -> Guarded.run("visits.countFor", () -> {
                    throw badQuery;
                }))
                .isSameAs(badQuery);
        assertThat(Guarded.call("visits.countFor", () -> 3L)).isEqualTo(3L);
    }

    private static void awaitReachable() {
        for (int attempt = 0; ; attempt++) {
            try {
                client.getDatabase("admin").runCommand(new Document("ping", 1));
                return;
            } catch (MongoTimeoutException e) {
                // The first connection of a cold JVM can take longer than the short selection timeout.
                if (attempt == 50) {
                    throw e;
                }
            }
        }
    }

    static Stream<Named<Consumer<MongoStores>>> everyStoreMethod() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Person person = new Person(ALICE, "Alice", TEAM, Role.REP, zone, Lang.EN, List.of("slack:T1/U1"));
        Team team = new Team(TEAM, "East", "USD", Map.of(), zone);
        Period march = Period.monthOf(MARCH_3);
        EntryRef visitEntry = new EntryRef(EntryKind.VISIT, "v1", NOON, "Acme");
        EntryRef saleEntry = new EntryRef(EntryKind.SALE, "s1", NOON, "Acme $10");
        EntryRef reportEntry = new EntryRef(EntryKind.REPORT, "r1", NOON, "text");
        Target target = new Target(ALICE, TEAM, Metric.SALES, march, BigDecimal.TEN, source(ALICE, "m1", NOON));
        return Stream.of(
                call("directory.byIdentity", s -> s.directory().byIdentity("slack:T1/U1")),
                call("directory.byId", s -> s.directory().byId(ALICE)),
                call("directory.byName", s -> s.directory().byName(TEAM, "Alice")),
                call("directory.members", s -> s.directory().members(TEAM)),
                call("directory.save", s -> s.directory().save(person)),
                call("directory.team", s -> s.directory().team(TEAM)),
                call("directory.saveTeam", s -> s.directory().saveTeam(team)),
                call("processedMessages.wasHandled", s -> s.processedMessages().wasHandled("m1")),
                call("processedMessages.markHandled", s -> s.processedMessages().markHandled("m1", NOON)),
                call("purgeProcessedMessagesOlderThan", s -> s.purgeProcessedMessagesOlderThan(NOON)),
                call("visits.add", s -> s.visits().add(visit("v1", ALICE, "Acme", MARCH_3, "m1"))),
                call("visits.countsByRep", s -> s.visits().countsByRep(TEAM, march)),
                call("visits.countFor", s -> s.visits().countFor(ALICE, march)),
                call("visits.latestBy", s -> s.visits().latestBy(ALICE, NOON)),
                call("visits.undo", s -> s.visits().undo(visitEntry)),
                call("sales.add", s -> s.sales().add(sale("s1", ALICE, "Acme", "10", MARCH_3, "m1"))),
                call("sales.totalsByRep", s -> s.sales().totalsByRep(TEAM, march)),
                call("sales.totalFor", s -> s.sales().totalFor(ALICE, march)),
                call("sales.latestBy", s -> s.sales().latestBy(ALICE, NOON)),
                call("sales.undo", s -> s.sales().undo(saleEntry)),
                call("targets.set", s -> s.targets().set(target)),
                call("targets.covering", s -> s.targets().covering(ALICE, Metric.SALES, MARCH_3)),
                call("targets.overlapping", s -> s.targets().overlapping(ALICE, Metric.SALES, march)),
                call("reports.save", s -> s.reports().save(report("r1", ALICE, MARCH_3, "text", "m1"))),
                call("reports.find", s -> s.reports().find(ALICE, MARCH_3)),
                call("reports.latestBy", s -> s.reports().latestBy(ALICE, NOON)),
                call("reports.undo", s -> s.reports().undo(reportEntry)));
    }

    private static Named<Consumer<MongoStores>> call(String name, Consumer<MongoStores> call) {
        return Named.of(name, call);
    }
}
