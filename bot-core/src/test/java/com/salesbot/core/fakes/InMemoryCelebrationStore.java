package com.salesbot.core.fakes;

import com.salesbot.core.milestone.CelebrationStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link CelebrationStore} in memory: each key can be claimed once. */
public final class InMemoryCelebrationStore implements CelebrationStore {
    private final Map<String, Instant> claimed = new LinkedHashMap<>();
    private final DatabaseSwitch database;

    public InMemoryCelebrationStore(DatabaseSwitch database) {
        this.database = database;
    }

    @Override
    public synchronized boolean claim(String key, Instant at) {
        database.check();
        return claimed.putIfAbsent(key, at) == null;
    }

    /** Test view: every key claimed, in order. */
    public synchronized Map<String, Instant> claimed() {
        return Map.copyOf(claimed);
    }
}
