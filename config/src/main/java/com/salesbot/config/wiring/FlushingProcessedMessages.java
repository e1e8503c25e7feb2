package com.salesbot.config.wiring;

import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.core.conversation.ProcessedMessages;
import java.time.Duration;
import java.time.Instant;

/**
 * Flushes the embedded server's file once a message is fully handled, before the reply goes out:
 * H2 otherwise writes in the background, and a crash could lose a write the bot already confirmed.
 */
final class FlushingProcessedMessages implements ProcessedMessages, AutoCloseable {
    private final DeferredHandledMarks delegate;
    private final EmbeddedMongo embedded;

    FlushingProcessedMessages(DeferredHandledMarks delegate, EmbeddedMongo embedded) {
        this.delegate = delegate;
        this.embedded = embedded;
    }

    @Override
    public boolean wasHandled(String messageKey) {
        return delegate.wasHandled(messageKey);
    }

    @Override
    public boolean claim(String messageKey, Instant at, Duration lease) {
        return delegate.claim(messageKey, at, lease);
    }

    @Override
    public void release(String messageKey) {
        delegate.release(messageKey);
    }

    @Override
    public void markHandled(String messageKey, Instant at) {
        delegate.markHandled(messageKey, at);
        embedded.commit();
    }

    /** Writes the marks still queued, then commits them to the file. */
    @Override
    public void close() {
        delegate.close();
        embedded.commit();
    }
}
