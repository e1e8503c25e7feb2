package com.salesbot.config.wiring;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one MongoDB connection of the process: to SALESBOT_MONGODB_URI when set, else to an embedded
 * server started here. Closing it closes the client first, then shuts the embedded server down
 * gracefully so its file keeps every acknowledged write.
 */
public final class MongoConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MongoConnection.class);

    private final EmbeddedMongo embedded;
    private final MongoClient client;
    private final MongoDatabase database;

    private MongoConnection(EmbeddedMongo embedded, MongoClient client, MongoDatabase database) {
        this.embedded = embedded;
        this.client = client;
        this.database = database;
    }

    /** Connects as the settings say and logs which database is used (never its credentials). */
    public static MongoConnection open(SalesbotProperties.Mongodb settings) {
        return open(settings, List.of());
    }

    /**
     * Connects, reporting every command to {@code listeners} (database latency metrics). Writes wait for
     * a majority of a replica set and reads see only majority-committed data, so a fail-over never
     * loses what the bot confirmed; a URI that sets its own {@code w}, {@code readConcernLevel} or
     * {@code retryWrites} wins. A standalone server (the embedded one) accepts and ignores them.
     */
    public static MongoConnection open(SalesbotProperties.Mongodb settings, List<CommandListener> listeners) {
        EmbeddedMongo embedded = null;
        ConnectionString uri;
        String database = settings.database();
        if (settings.embedded()) {
            embedded = EmbeddedMongo.start(settings.embeddedPath());
            uri = new ConnectionString(embedded.connectionString());
            LOG.info(
                    "Using the embedded MongoDB-compatible server ({}) at {}",
                    settings.embeddedPath().equals("memory")
                            ? "in memory, nothing kept"
                            : "data in " + settings.embeddedPath(),
                    uri.getHosts());
        } else {
            uri = new ConnectionString(settings.uri());
            if (uri.getDatabase() != null) {
                database = uri.getDatabase();
            }
            LOG.info("Using MongoDB at {} (from SALESBOT_MONGODB_URI), database '{}'", uri.getHosts(), database);
        }
        int timeout = settings.timeoutMillis();
        // Short timeouts: a rep waiting on a dead database should hear "not saved, retry" in seconds.
        MongoClientSettings clientSettings = MongoClientSettings.builder()
                .applyConnectionString(uri)
                .writeConcern(uri.getWriteConcern() != null ? uri.getWriteConcern() : WriteConcern.MAJORITY)
                .readConcern(uri.getReadConcern() != null ? uri.getReadConcern() : ReadConcern.MAJORITY)
                .retryWrites(uri.getRetryWritesValue() == null || uri.getRetryWritesValue())
                .commandListenerList(List.copyOf(listeners))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS))
                // The driver re-checks a lost server at most every 500 ms by default, as long as a short
                // selection timeout: the first message after the database is back could still be refused.
                .applyToServerSettings(b ->
                        b.minHeartbeatFrequency(Math.max(50, Math.min(500, timeout / 5)), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(b -> b.connectTimeout(timeout, TimeUnit.MILLISECONDS)
                        .readTimeout(timeout * 2L, TimeUnit.MILLISECONDS))
                .build();
        MongoClient client = MongoClients.create(clientSettings);
        return new MongoConnection(embedded, client, client.getDatabase(database));
    }

    /** The embedded server, when this connection started one. */
    public Optional<EmbeddedMongo> embedded() {
        return Optional.ofNullable(embedded);
    }

    public MongoDatabase database() {
        return database;
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
