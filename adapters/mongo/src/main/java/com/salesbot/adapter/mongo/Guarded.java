package com.salesbot.adapter.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoStalePrimaryException;
import com.mongodb.MongoTimeoutException;
import com.salesbot.core.kernel.StoreUnavailableException;
import java.util.function.Supplier;

/**
 * Runs one database operation and turns "the database cannot be used right now" into the core's
 * {@link StoreUnavailableException}. Every store method goes through here, so the mapping lives once.
 */
final class Guarded {
    private Guarded() {}

    static <T> T call(String operation, Supplier<T> action) {
        try {
            return action.get();
        } catch (MongoException e) {
            if (isUnreachable(e)) {
                // The operation name only: driver messages on write errors can quote document values.
                throw new StoreUnavailableException("MongoDB is unavailable (" + operation + ")", e);
            }
            throw e;
        }
    }

    static void run(String operation, Runnable action) {
        call(operation, () -> {
            action.run();
            return null;
        });
    }

    /**
     * True for network, time-out, fail-over and credential failures. Write errors and rejected commands
     * are bugs or expected conflicts, not an outage, so they are left alone.
     */
    static boolean isUnreachable(MongoException e) {
        return e instanceof MongoSocketException
                || e instanceof MongoTimeoutException
                || e instanceof MongoExecutionTimeoutException
                || e instanceof MongoNotPrimaryException
                || e instanceof MongoNodeIsRecoveringException
                || e instanceof MongoStalePrimaryException
                || e instanceof MongoConnectionPoolClearedException
                || e instanceof MongoServerUnavailableException
                // Wrong credentials leave the bot just as unable to store anything; the cause tells ops why.
                || e instanceof MongoSecurityException;
    }
}
