package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.milestone.CelebrationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoCelebrationStoreTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private CelebrationStore celebrations;

    @BeforeEach
    void openStores() {
        celebrations = new MongoStores(mongo.database()).celebrations();
    }

    @Test
    void aKeyIsClaimedOnce() {
        assertThat(celebrations.claim("target:alice:2026-11-01..2026-11-30", NOW))
                .isTrue();
        assertThat(celebrations.claim("target:alice:2026-11-01..2026-11-30", NOW.plusSeconds(60)))
                .isFalse();
        assertThat(celebrations.claim("first-sale:west:2026-11", NOW)).isTrue();
    }

    @Test
    void concurrentClaimsOfOneKeyLetExactlyOneWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                claims.add(pool.submit(() -> celebrations.claim("shout-out:week:west:2026-11-23", NOW)));
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
