package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static com.salesbot.adapter.mongo.Samples.sale;
import static com.salesbot.adapter.mongo.Samples.source;
import static com.salesbot.adapter.mongo.Samples.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kudos.Kudos;
import com.salesbot.core.stats.RawStats;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.stats.Tally;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoStatsTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final PersonId DOTTED = new PersonId("li.wei$1");
    private final Period march = Period.monthOf(MARCH_3);
    private MongoStores stores;
    private StatsStore stats;

    @BeforeEach
    void openStores() {
        stores = new MongoStores(mongo.database());
        stats = stores.stats();
    }

    @Test
    void countsVisitsSalesAndKudosPerRepAsTheyAreWritten() {
        stores.visits().add(visit("v1", ALICE, "Acme", MARCH_3, "m1"));
        stores.visits().add(visit("v2", ALICE, "Globex", MARCH_3.plusDays(1), "m2"));
        stores.sales().add(sale("s1", ALICE, "Acme", "1200.50", MARCH_3, "m3"));
        stores.recognitions().add(kudos("k1", BOB, List.of(ALICE, DOTTED), MARCH_3, "m4"));

        assertThat(stats.forRep(ALICE, march)).isEqualTo(new Tally(2, 1, 1, new BigDecimal("1200.50")));
        Map<PersonId, Tally> team = stats.byRep(TEAM, march);
        assertThat(team.get(ALICE)).isEqualTo(new Tally(2, 1, 1, new BigDecimal("1200.50")));
        assertThat(team.get(DOTTED)).isEqualTo(new Tally(0, 0, 1, BigDecimal.ZERO));
        assertThat(team).doesNotContainKey(BOB);
    }

    @Test
    void aggregatesKeptInTwoCollectionsByAnEarlierVersionAreRebuiltIntoOneAtStartUp() {
        stores.visits().add(visit("v1", BOB, "Acme", MARCH_3, "m1"));
        stores.sales().add(sale("s1", ALICE, "Acme", "250", MARCH_3, "m2"));
        // An earlier version's collections (their contents are stale: the raw records decide).
        mongo.database()
                .getCollection(MongoStats.OLD_REP_STATS)
                .insertOne(new org.bson.Document("_id", "bob|m|2026-03").append(MongoStats.VISITS, 99));
        mongo.database()
                .getCollection(MongoStats.OLD_TEAM_STATS)
                .insertOne(new org.bson.Document("_id", TEAM + "|m|2026-03"));
        mongo.database().getCollection(Schema.STATS).deleteMany(new org.bson.Document());

        StatsStore restarted = new MongoStores(mongo.database()).stats();

        assertThat(restarted.byRep(TEAM, march))
                .containsEntry(BOB, new Tally(1, 0, 0, BigDecimal.ZERO))
                .containsEntry(ALICE, new Tally(0, 1, 0, new BigDecimal("250")));
        assertThat(restarted.forRep(BOB, march)).isEqualTo(new Tally(1, 0, 0, BigDecimal.ZERO));
        assertThat(mongo.database().listCollectionNames().into(new ArrayList<>()))
                .doesNotContain(MongoStats.OLD_REP_STATS, MongoStats.OLD_TEAM_STATS);
    }

    @Test
    void aPersonIdWithDotsDollarsOrBarsCountsAsItself() {
        PersonId odd = new PersonId("a.b$c|d%7C");
        stores.sales().add(sale("s1", odd, "Acme", "10", MARCH_3, "m1"));
        stores.sales().add(sale("s2", ALICE, "Acme", "20", MARCH_3, "m2"));

        assertThat(stats.byRep(TEAM, march))
                .containsEntry(odd, new Tally(0, 1, 0, new BigDecimal("10")))
                .containsEntry(ALICE, new Tally(0, 1, 0, new BigDecimal("20")));
    }

    @Test
    void aRetriedMessageIsCountedOnce() {
        stores.sales().add(sale("s1", ALICE, "Acme", "100", MARCH_3, "m1"));
        stores.sales().add(sale("s1-retry", ALICE, "Acme", "100", MARCH_3, "m1"));
        stores.visits().add(visit("v1", ALICE, "Acme", MARCH_3, "m2"));
        stores.visits().add(visit("v1-retry", ALICE, "Acme", MARCH_3, "m2"));

        assertThat(stats.forRep(ALICE, march)).isEqualTo(new Tally(1, 1, 0, new BigDecimal("100")));
    }

    @Test
    void undoTakesTheRecordBackOnceEvenWhenRepeated() {
        stores.sales().add(sale("s1", ALICE, "Acme", "100", MARCH_3, "m1"));
        stores.sales().add(sale("s2", ALICE, "Acme", "40", MARCH_3, "m2"));
        EntryRef last = stores.sales().latestBy(ALICE, NOON.minusSeconds(60)).orElseThrow();

        assertThat(stores.sales().undo(last)).isTrue();
        assertThat(stores.sales().undo(last)).isFalse();

        assertThat(stats.forRep(ALICE, march).deals()).isEqualTo(1);
        assertThat(stats.byRep(TEAM, march).get(ALICE).deals()).isEqualTo(1);
    }

    @Test
    void periodsThatCutThroughMonthsCountOnlyTheirDays() {
        stores.visits().add(visit("v1", ALICE, "Acme", LocalDate.of(2025, 2, 28), "m1"));
        stores.visits().add(visit("v2", ALICE, "Acme", LocalDate.of(2025, 3, 1), "m2"));
        stores.visits().add(visit("v3", ALICE, "Acme", LocalDate.of(2025, 3, 31), "m3"));
        stores.visits().add(visit("v4", ALICE, "Acme", LocalDate.of(2025, 4, 1), "m4"));

        assertThat(stats.forRep(ALICE, new Period(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31)))
                        .visits())
                .isEqualTo(3);
        assertThat(stats.forRep(ALICE, new Period(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 4, 1)))
                        .visits())
                .isEqualTo(2);
    }

    @Test
    void customerNumbersIgnoreCaseAndSpacing() {
        stores.visits().add(visit("v1", ALICE, "Acme Corp", MARCH_3, "m1"));
        stores.visits().add(visit("v2", BOB, "acmecorp", MARCH_3, "m2"));
        stores.visits().add(visit("v3", BOB, "Acme Corporation", MARCH_3, "m3"));
        stores.sales().add(sale("s1", BOB, "ACME CORP", "500", MARCH_3, "m4"));

        Map<PersonId, Tally> acme = stats.byRepForCustomer(TEAM, "acme  corp", march);

        assertThat(acme.get(ALICE)).isEqualTo(new Tally(1, 0, 0, BigDecimal.ZERO));
        assertThat(acme.get(BOB)).isEqualTo(new Tally(1, 1, 0, new BigDecimal("500")));
    }

    @Test
    void rebuildEqualsIncrementalAfterARandomMixOfWritesAndUndos() {
        Random random = new Random(42);
        List<PersonId> reps = List.of(ALICE, BOB, DOTTED, new PersonId("wang"));
        LocalDate first = LocalDate.of(2025, 1, 1);
        Instant written = NOON;
        for (int i = 0; i < 400; i++) {
            PersonId rep = reps.get(random.nextInt(reps.size()));
            LocalDate date = first.plusDays(random.nextInt(120));
            String key = "m" + random.nextInt(360); // some keys repeat: retries
            written = written.plusSeconds(1);
            switch (random.nextInt(4)) {
                case 0, 1 -> stores.visits().add(visit("v" + i, rep, "C" + random.nextInt(5), date, key));
                case 2 ->
                    stores.sales()
                            .add(sale(
                                    "s" + i,
                                    rep,
                                    "C" + random.nextInt(5),
                                    (1 + random.nextInt(999)) + ".25",
                                    date,
                                    key));
                default -> {
                    PersonId to = reps.get((reps.indexOf(rep) + 1) % reps.size());
                    stores.recognitions().add(kudos("k" + i, rep, List.of(to), date, key));
                }
            }
            if (random.nextInt(6) == 0) {
                undoLatestOf(reps.get(random.nextInt(reps.size())));
            }
        }
        List<Period> periods = List.of(
                new Period(first, first.plusDays(119)),
                new Period(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 10)),
                Period.monthOf(LocalDate.of(2025, 2, 1)),
                Period.day(LocalDate.of(2025, 2, 14)));
        List<Object> incremental = snapshot(reps, periods);

        long counted = stores.rebuildStats();

        assertThat(counted).isPositive();
        assertThat(snapshot(reps, periods)).isEqualTo(incremental);
        RawStats naive = new RawStats(stores.visits(), stores.sales(), stores.recognitions());
        for (Period period : periods) {
            assertThat(normalised(stats.byRep(TEAM, period))).isEqualTo(normalised(naive.byRep(TEAM, period)));
        }
    }

    private void undoLatestOf(PersonId rep) {
        Optional<EntryRef> latest = List.of(stores.visits(), stores.sales(), stores.recognitions()).stream()
                .map(s -> s.latestBy(rep, NOON.minusSeconds(1)))
                .flatMap(Optional::stream)
                .max((a, b) -> a.writtenAt().compareTo(b.writtenAt()));
        latest.ifPresent(entry -> {
            switch (entry.kind()) {
                case VISIT -> stores.visits().undo(entry);
                case SALE -> stores.sales().undo(entry);
                default -> stores.recognitions().undo(entry);
            }
        });
    }

    private List<Object> snapshot(List<PersonId> reps, List<Period> periods) {
        List<Object> values = new ArrayList<>();
        for (Period period : periods) {
            values.add(normalised(stats.byRep(TEAM, period)));
            for (PersonId rep : reps) {
                values.add(normalised(stats.forRep(rep, period)));
            }
        }
        return values;
    }

    private static Map<PersonId, Tally> normalised(Map<PersonId, Tally> byRep) {
        Map<PersonId, Tally> result = new java.util.TreeMap<>(java.util.Comparator.comparing(PersonId::value));
        byRep.forEach((rep, tally) -> {
            if (!tally.isEmpty()) {
                result.put(rep, normalised(tally));
            }
        });
        return result;
    }

    /** Equal amounts compare equal whatever their scale (100.00 vs 100). */
    private static Tally normalised(Tally tally) {
        BigDecimal sales =
                tally.sales().signum() == 0 ? BigDecimal.ZERO : tally.sales().stripTrailingZeros();
        return new Tally(tally.visits(), tally.deals(), tally.kudos(), sales);
    }

    private static Kudos kudos(String id, PersonId giver, List<PersonId> to, LocalDate date, String messageKey) {
        return new Kudos(
                id,
                giver,
                TEAM,
                to.stream().map(p -> new Kudos.Recipient(p, TEAM)).toList(),
                "great work",
                date,
                source(giver, messageKey, NOON));
    }
}
