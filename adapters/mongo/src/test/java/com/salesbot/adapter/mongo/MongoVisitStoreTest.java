package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.source;
import static com.salesbot.adapter.mongo.Samples.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.entry.EntryKind;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.visit.Visit;
import com.salesbot.core.visit.VisitStore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoVisitStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private final Period march = Period.monthOf(MARCH_3);
    private VisitStore visits;

    @BeforeEach
    void openStores() {
        visits = new MongoStores(mongo.database()).visits();
    }

    @Test
    void storesVisitWithSourceDayStringsAndExactPotential() {
        Visit visit = new Visit(
                "v1",
                ALICE,
                TEAM,
                "华为技术",
                "王经理",
                MARCH_3,
                MARCH_3.plusDays(7),
                Money.of("50000.50", "CNY"),
                "谈了新项目",
                source(ALICE, "slack:C1/1700000000.000100", NOON));

        assertThat(visits.add(visit)).isTrue();

        Document stored = mongo.database().getCollection("visits").find().first();
        assertThat(stored.getString("_id")).isEqualTo("v1");
        assertThat(stored.getString("customer")).isEqualTo("华为技术");
        assertThat(stored.getString("contact")).isEqualTo("王经理");
        assertThat(stored.getString("notes")).isEqualTo("谈了新项目");
        assertThat(stored.getString("date")).isEqualTo("2025-03-03");
        assertThat(stored.getString("followUp")).isEqualTo("2025-03-10");
        assertThat(stored.get("potentialAmount")).isEqualTo(new Decimal128(new BigDecimal("50000.50")));
        assertThat(stored.getString("potentialCurrency")).isEqualTo("CNY");
        assertThat(stored.getBoolean("undone")).isFalse();
        Document storedSource = stored.get("source", Document.class);
        assertThat(storedSource.getString("author")).isEqualTo("alice");
        assertThat(storedSource.getString("messageKey")).isEqualTo("slack:C1/1700000000.000100");
        assertThat(storedSource.get("writtenAt")).isEqualTo(Date.from(NOON));
    }

    @Test
    void leavesOutOptionalFieldsThatAreEmpty() {
        visits.add(visit("v1", ALICE, "Acme", MARCH_3, "m1"));

        Document stored = mongo.database().getCollection("visits").find().first();
        assertThat(stored).doesNotContainKeys("contact", "followUp", "potentialAmount", "potentialCurrency");
    }

    @Test
    void secondDeliveryOfSameMessageWritesNothing() {
        assertThat(visits.add(visit("v1", ALICE, "Acme", MARCH_3, "m1"))).isTrue();
        assertThat(visits.add(visit("v2", ALICE, "Acme", MARCH_3, "m1"))).isFalse();

        assertThat(mongo.database().getCollection("visits").countDocuments()).isEqualTo(1);
    }

    @Test
    void countsByRepCountsTeamVisitsInsideThePeriodWithBothEndsIncluded() {
        visits.add(visit("v1", ALICE, "Acme", march.start(), "m1"));
        visits.add(visit("v2", ALICE, "Globex", march.end(), "m2"));
        visits.add(visit("v3", BOB, "Initech", MARCH_3, "m3"));
        visits.add(visit("v4", BOB, "Initech", march.end().plusDays(1), "m4"));
        visits.add(visit("v5", BOB, "Initech", march.start().minusDays(1), "m5"));
        visits.add(new Visit("v6", BOB, "team-west", "Hooli", null, MARCH_3, null, null, "", source(BOB, "m6", NOON)));

        assertThat(visits.countsByRep(TEAM, march)).isEqualTo(Map.of(ALICE, 2L, BOB, 1L));
    }

    @Test
    void countForCountsOneRepsVisitsInThePeriod() {
        visits.add(visit("v1", ALICE, "Acme", MARCH_3, "m1"));
        visits.add(visit("v2", ALICE, "Globex", MARCH_3.plusDays(1), "m2"));
        visits.add(visit("v3", BOB, "Initech", MARCH_3, "m3"));
        visits.add(visit("v4", ALICE, "Acme", MARCH_3.plusMonths(1), "m4"));

        assertThat(visits.countFor(ALICE, march)).isEqualTo(2);
        assertThat(visits.countFor(ALICE, Period.day(MARCH_3))).isEqualTo(1);
        assertThat(visits.countFor(BOB, Period.monthOf(MARCH_3.plusMonths(1)))).isZero();
    }

    @Test
    void followUpsOnGivesTheRepsLiveVisitsWithThatFollowUpDateReadBackWhole() {
        Visit acme = new Visit(
                "v1",
                ALICE,
                TEAM,
                "Acme",
                "the CTO",
                MARCH_3,
                MARCH_3.plusDays(2),
                Money.of("5000", "USD"),
                "met the CTO",
                source(ALICE, "m1", NOON));
        visits.add(acme);
        visits.add(new Visit(
                "v2", ALICE, TEAM, "Globex", null, MARCH_3, MARCH_3.plusDays(3), null, "", source(ALICE, "m2", NOON)));
        visits.add(new Visit(
                "v3", BOB, TEAM, "Initech", null, MARCH_3, MARCH_3.plusDays(2), null, "", source(BOB, "m3", NOON)));
        Visit undone = new Visit(
                "v4",
                ALICE,
                TEAM,
                "Hooli",
                null,
                MARCH_3,
                MARCH_3.plusDays(2),
                null,
                "",
                source(ALICE, "m4", NOON.plusSeconds(5)));
        visits.add(undone);
        visits.undo(visits.latestBy(ALICE, NOON.plusSeconds(5)).orElseThrow());

        assertThat(visits.followUpsOn(ALICE, MARCH_3.plusDays(2))).containsExactly(acme);
    }

    @Test
    void latestByGivesTheAuthorsNewestVisitWrittenSinceTheCutoff() {
        visits.add(visitWrittenAt("old", ALICE, "Old Corp", NOON.minus(Duration.ofHours(2))));
        visits.add(visitWrittenAt("new", ALICE, "Acme", NOON));
        visits.add(visitWrittenAt("bobs", BOB, "Bob Corp", NOON.plusSeconds(60)));

        assertThat(visits.latestBy(ALICE, NOON.minus(Duration.ofHours(1))))
                .contains(new EntryRef(EntryKind.VISIT, "new", NOON, "Acme"));
        assertThat(visits.latestBy(ALICE, NOON)).map(EntryRef::id).contains("new");
        assertThat(visits.latestBy(ALICE, NOON.plusMillis(1))).isEmpty();
    }

    @Test
    void undoneVisitStopsCountingAndIsSkippedByLatest() {
        visits.add(visitWrittenAt("first", ALICE, "Acme", NOON));
        visits.add(visitWrittenAt("second", ALICE, "Globex", NOON.plusSeconds(1)));
        EntryRef latest = visits.latestBy(ALICE, NOON).orElseThrow();

        assertThat(visits.undo(latest)).isTrue();

        assertThat(visits.countFor(ALICE, march)).isEqualTo(1);
        assertThat(visits.countsByRep(TEAM, march)).isEqualTo(Map.of(ALICE, 1L));
        assertThat(visits.latestBy(ALICE, NOON)).map(EntryRef::id).contains("first");
        assertThat(mongo.database().getCollection("visits").countDocuments()).isEqualTo(2);
    }

    @Test
    void undoingTwiceChangesNothingTheSecondTime() {
        visits.add(visit("v1", ALICE, "Acme", MARCH_3, "m1"));
        EntryRef entry = visits.latestBy(ALICE, NOON).orElseThrow();

        assertThat(visits.undo(entry)).isTrue();
        assertThat(visits.undo(entry)).isFalse();
    }

    @Test
    void undoOfAnotherKindOrUnknownIdChangesNothing() {
        visits.add(visit("v1", ALICE, "Acme", MARCH_3, "m1"));

        assertThat(visits.undo(new EntryRef(EntryKind.SALE, "v1", NOON, "Acme")))
                .isFalse();
        assertThat(visits.undo(new EntryRef(EntryKind.VISIT, "nope", NOON, "Acme")))
                .isFalse();
        assertThat(visits.countFor(ALICE, march)).isEqualTo(1);
    }

    @Test
    void secondDeliveryAfterUndoStillWritesNothing() {
        visits.add(visit("v1", ALICE, "Acme", MARCH_3, "m1"));
        visits.undo(visits.latestBy(ALICE, NOON).orElseThrow());

        assertThat(visits.add(visit("v1", ALICE, "Acme", MARCH_3, "m1"))).isFalse();
        assertThat(visits.countFor(ALICE, march)).isZero();
    }

    private static Visit visitWrittenAt(String id, PersonId rep, String customer, Instant at) {
        return new Visit(id, rep, TEAM, customer, null, MARCH_3, null, null, "", source(rep, "msg-" + id, at));
    }
}
