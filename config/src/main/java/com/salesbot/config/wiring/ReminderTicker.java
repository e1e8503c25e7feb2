package com.salesbot.config.wiring;

import com.salesbot.core.reminder.Scheduler;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one scheduler thread: ticks the reminder scheduler on a fixed delay until the application stops. */
public final class ReminderTicker implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ReminderTicker.class.getName());

    private final ScheduledExecutorService executor;

    private ReminderTicker(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts ticking {@code scheduler} every {@code delay} after the previous tick ends. */
    public static ReminderTicker start(Scheduler scheduler, Duration delay) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "reminder-ticker");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        scheduler.tick();
                    } catch (RuntimeException e) {
                        // A database outage must not end the ticking; the next tick tries again.
                        LOG.log(Level.WARNING, "reminder tick failed: " + e.getMessage());
                    }
                },
                delay.toMillis(),
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return new ReminderTicker(executor);
    }

    /**
     * Also runs {@code job} every {@code every} on the same thread, e.g. the honour-roll shout-outs, whose
     * slots are minutes apart and claimed once each, so a per-second check would only repeat refused claims.
     */
    public ReminderTicker alsoEvery(Duration every, String name, Runnable job) {
        if (executor != null) {
            executor.scheduleWithFixedDelay(
                    () -> {
                        try {
                            job.run();
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, name + " failed: " + e.getMessage());
                        }
                    },
                    every.toMillis(),
                    every.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** A ticker that does nothing, for a clock that stands still. */
    public static ReminderTicker off() {
        return new ReminderTicker(null);
    }

    public boolean running() {
        return executor != null && !executor.isShutdown();
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
