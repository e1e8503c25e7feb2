package com.salesbot.core.conversation;

/** A proactive message could not be delivered (unknown channel, no permission, platform down after retries). */
public class DeliveryFailedException extends RuntimeException {
    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryFailedException(String message) {
        super(message);
    }
}
