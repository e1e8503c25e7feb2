package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.NOON;
import static com.salesbot.adapter.mongo.Samples.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.customer.CustomerKey;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStage;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.deal.DealUndo;
import com.salesbot.core.deal.StageEntry;
import com.salesbot.core.entry.EntryRef;
import com.salesbot.core.kernel.Money;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoDealStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private DealStore deals;

    @BeforeEach
    void openStores() {
        new MongoStores(mongo.database());
        deals = new MongoCrmStores(mongo.database()).deals();
    }

    private static StageEntry entry(DealStage stage, Duration after, String key, Money amount) {
        return new StageEntry(stage, NOON.plus(after), key, amount, false);
    }

    @Test
    void aDealKeepsItsStageHistoryAmountsAndInstantsAcrossASaveAndARead() {
        Deal deal = Deal.start(ALICE, TEAM, "Acme Corp.")
                .moved(entry(DealStage.LEAD, Duration.ZERO, "m1", null))
                .moved(entry(DealStage.PROPOSAL, Duration.ofDays(3), "m2", Money.of("50000.50", "USD")));
        assertThat(deals.save(deal.withVersion(1))).isTrue();

        Deal read = deals.find(Deal.idOf(ALICE, "acme corp")).orElseThrow();

        assertThat(read.customer()).isEqualTo("Acme Corp.");
        assertThat(read.history()).isEqualTo(deal.history());
        assertThat(read.stage()).contains(DealStage.PROPOSAL);
        assertThat(read.amount()).contains(Money.of("50000.50", "USD"));
        assertThat(deals.withCustomerKey(CustomerKey.of("ACME corp"))).hasSize(1);
        assertThat(deals.ownedBy(ALICE)).hasSize(1);
        assertThat(deals.ownedBy(BOB)).isEmpty();
        assertThat(deals.ofTeam(TEAM)).hasSize(1);
    }

    @Test
    void aSaveFromAStaleReadIsRefusedSoTwoDeliveriesCannotBothMove() {
        Deal first = Deal.start(ALICE, TEAM, "Acme").moved(entry(DealStage.LEAD, Duration.ZERO, "m1", null));
        assertThat(deals.save(first)).isTrue();
        assertThat(deals.save(first)).isFalse();

        Deal one = first.moved(entry(DealStage.QUALIFIED, Duration.ofHours(1), "m2", null));
        Deal other = first.moved(entry(DealStage.LOST, Duration.ofHours(1), "m3", null));

        assertThat(deals.save(one)).isTrue();
        assertThat(deals.save(other)).isFalse();
        assertThat(deals.find(first.id()).orElseThrow().stage()).contains(DealStage.QUALIFIED);
    }

    @Test
    void racingFirstMovesOfOneDealStoreExactlyOne() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> saves = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String key = "m" + i;
                saves.add(() -> deals.save(
                        Deal.start(ALICE, TEAM, "Acme").moved(entry(DealStage.LEAD, Duration.ZERO, key, null))));
            }
            long stored = 0;
            for (Future<Boolean> saved : pool.invokeAll(saves)) {
                stored += saved.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
            assertThat(deals.find(Deal.idOf(ALICE, "Acme")).orElseThrow().history())
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void undoTakesTheOwnersLatestMoveBackAndTheDealReturnsToItsPreviousStage() {
        Deal deal = Deal.start(ALICE, TEAM, "Acme").moved(entry(DealStage.LEAD, Duration.ZERO, "m1", null));
        deals.save(deal);
        deals.save(deal.moved(entry(DealStage.WON, Duration.ofHours(2), "m2", null)));
        DealUndo undo = new DealUndo(deals);

        EntryRef latest = undo.latestBy(ALICE, NOON).orElseThrow();

        assertThat(latest.summary()).isEqualTo("Acme → won");
        assertThat(undo.undo(latest)).isTrue();
        assertThat(undo.undo(latest)).isFalse();
        Deal read = deals.find(deal.id()).orElseThrow();
        assertThat(read.stage()).contains(DealStage.LEAD);
        assertThat(read.movedBy("m2")).isTrue();
        assertThat(undo.latestBy(BOB, NOON)).isEmpty();
    }
}
