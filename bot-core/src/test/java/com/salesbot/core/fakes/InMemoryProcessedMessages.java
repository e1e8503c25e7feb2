package com.salesbot.core.fakes;

import com.salesbot.core.conversation.ProcessedMessages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link ProcessedMessages} in memory: the handled message keys with the time they were handled. */
public final class InMemoryProcessedMessages implements ProcessedMessages {
    private final Map<String, Instant> handled = new LinkedHashMap<>();
    private final DatabaseSwitch database;

    public InMemoryProcessedMessages() {
        this(new DatabaseSwitch());
    }

    public InMemoryProcessedMessages(DatabaseSwitch database) {
        this.database = database;
    }

    public DatabaseSwitch database() {
        return database;
    }

    @Override
    public synchronized boolean wasHandled(String messageKey) {
        database.check();
        return handled.containsKey(messageKey);
    }

    @Override
    public synchronized void markHandled(String messageKey, Instant at) {
        database.check();
        handled.putIfAbsent(messageKey, at);
    }

    /** Forgets a key, as an expired delivery record would be. */
    public synchronized void forget(String messageKey) {
        handled.remove(messageKey);
    }

    /** Test view, works while the database is down: every key recorded, with when. */
    public synchronized Map<String, Instant> handled() {
        return Map.copyOf(handled);
    }
}
