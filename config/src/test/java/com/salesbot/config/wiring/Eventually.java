package com.salesbot.config.wiring;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what the code under test does in the background: a flusher's write, a database coming back. */
final class Eventually {
    private Eventually() {}

    /** Polls every 20 ms until the condition holds or {@code limit} has passed; errors while polling count as not yet. */
    static boolean within(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
                Thread.sleep(20);
            } catch (RuntimeException e) {
                // The database is still coming back.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
