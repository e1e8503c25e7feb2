package com.salesbot.config.ops;

import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.core.kernel.StoreUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Forgets what is only kept for a while: handled message keys (a platform's repeat comes within minutes)
 * and delivered reminder occurrences. The embedded server never fires TTL indexes, and without this
 * both collections grow for as long as the bot runs, and the reminder claim, which scans occurrences
 * there, with them.
 */
public final class Housekeeping implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Housekeeping.class.getName());

    private final MongoStores stores;
    private final HousekeepingProperties settings;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public Housekeeping(MongoStores stores, HousekeepingProperties settings, Clock clock) {
        this.stores = stores;
        this.settings = settings;
        this.clock = clock;
    }

    /** Cleans up once now; returns how many documents went. */
    public long runOnce() {
        Instant now = clock.instant();
        try {
            long keys = stores.purgeProcessedMessagesOlderThan(now.minus(settings.keepProcessedMessages()));
            long occurrences = stores.purgeDeliveredRemindersOlderThan(now.minus(settings.keepDeliveredReminders()));
            return keys + occurrences;
        } catch (StoreUnavailableException e) {
            // The next run tries again; nothing depends on this one.
            LOG.log(System.Logger.Level.INFO, "housekeeping skipped: the database is unavailable");
            return 0;
        }
    }

    /** Runs the clean-up every {@code every}, first after one period, on a daemon thread. */
    public void start() {
        if (settings.every().isZero() || settings.every().isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.every().toMillis();
        timer.scheduleWithFixedDelay(this::runOnce, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
