package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.report.DigestThread;
import com.salesbot.core.report.DigestThreadStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoDigestThreadStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final PersonId ALICE = new PersonId("alice");
    private static final DigestThread WEST =
            new DigestThread("west", DAY, "slack", "T0TEAM", "C0SALES", "1764244800.000100", Lang.ZH);

    private DigestThreadStore threads;

    @BeforeEach
    void openStores() {
        threads = new MongoStores(mongo.database()).digestThreads();
    }

    @Test
    void aDaysThreadIsOpenedOnceAndFoundAgainByAnotherStoreOnTheSameDatabase() {
        assertThat(threads.open(WEST)).isTrue();
        assertThat(threads.open(new DigestThread("west", DAY, "slack", "T0TEAM", "C0SALES", "999.000", Lang.EN)))
                .isFalse();

        DigestThreadStore afterRestart = new MongoStores(mongo.database()).digestThreads();
        assertThat(afterRestart.find("west", DAY)).contains(WEST);
        assertThat(afterRestart.find("west", DAY.plusDays(1))).isEmpty();
        assertThat(afterRestart.find("east", DAY)).isEmpty();
    }

    @Test
    void aRepsLineIsClaimedOnceAndCanBeClaimedAgainAfterItsPostFailed() {
        threads.open(WEST);

        assertThat(threads.claimLine("west", DAY, ALICE)).isTrue();
        assertThat(threads.claimLine("west", DAY, ALICE)).isFalse();
        threads.releaseLine("west", DAY, ALICE);
        assertThat(threads.claimLine("west", DAY, ALICE)).isTrue();
        assertThat(threads.claimLine("west", DAY, new PersonId("bob"))).isTrue();
    }

    @Test
    void noLineIsClaimedForADayWithoutAThread() {
        assertThat(threads.claimLine("west", DAY, ALICE)).isFalse();
    }

    @Test
    void concurrentClaimsOfOneRepsLineLetExactlyOneWin() throws Exception {
        threads.open(WEST);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                claims.add(pool.submit(() -> threads.claimLine("west", DAY, ALICE)));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
