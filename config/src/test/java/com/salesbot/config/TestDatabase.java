package com.salesbot.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import java.util.concurrent.TimeUnit;

/**
 * A test's own empty database through the real driver: on the MongoDB {@code SALESBOT_MONGODB_URI} points
 * at, or on an embedded server in memory, or on a server the test runs itself. Closing drops the database
 * (unless the test stopped the server) and closes the client and the embedded server this opened.
 */
public final class TestDatabase implements AutoCloseable {
    private final EmbeddedMongo embedded;
    private final MongoClient client;
    private final MongoDatabase database;
    private boolean stopped;

    private TestDatabase(EmbeddedMongo embedded, String uri, String name) {
        this.embedded = embedded;
        // A stopped server should fail a call in a second, not in the driver's 30.
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                .build());
        this.database = client.getDatabase(name);
        database.drop();
    }

    /** On {@code SALESBOT_MONGODB_URI} when it is set, else on a new embedded server in memory. */
    public static TestDatabase open(String name) {
        String uri = System.getenv("SALESBOT_MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            return new TestDatabase(null, uri, name);
        }
        EmbeddedMongo server = EmbeddedMongo.inMemory();
        return new TestDatabase(server, server.connectionString(), name);
    }

    /** On a server the test started, and stops and restarts, itself. */
    public static TestDatabase on(String uri, String name) {
        return new TestDatabase(null, uri, name);
    }

    public MongoDatabase database() {
        return database;
    }

    /** Stops the embedded server this opened; false on a real server, which cannot be stopped from here. */
    public boolean stopEmbeddedServer() {
        if (embedded == null) {
            return false;
        }
        embedded.close();
        stopped = true;
        return true;
    }

    @Override
    public void close() {
        try {
            if (!stopped) {
                database.drop();
            }
        } finally {
            client.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
