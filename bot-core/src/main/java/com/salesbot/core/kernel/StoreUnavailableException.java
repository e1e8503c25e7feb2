package com.salesbot.core.kernel;

/** Thrown by any store when the database cannot be reached; nothing was written. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
