package com.salesbot.adapter.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real driver on a fresh database named after the test class: on the embedded server, or on the
 * MongoDB that {@code SALESBOT_MONGODB_URI} points at. Collections are emptied before each test and the
 * database is dropped after the class. Register it on a static field with {@code @RegisterExtension}.
 */
final class MongoTestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    static final String URI_VARIABLE = "SALESBOT_MONGODB_URI";

    private EmbeddedMongo embedded;
    private MongoClient client;
    private MongoDatabase database;

    @Override
    public void beforeAll(ExtensionContext context) {
        String uri = System.getenv(URI_VARIABLE);
        if (uri == null || uri.isBlank()) {
            embedded = EmbeddedMongo.inMemory();
            uri = embedded.connectionString();
        }
        client = MongoClients.create(uri);
        database = client.getDatabase(databaseName(context.getRequiredTestClass()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // Emptying keeps the indexes, which is much faster on a real server than dropping per test.
        for (String collection : database.listCollectionNames()) {
            database.getCollection(collection).deleteMany(new Document());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            database.drop();
        } finally {
            client.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    MongoDatabase database() {
        return database;
    }

    /** Unique per run, so parallel builds against one shared server never meet; under MongoDB's 63-byte limit. */
    private static String databaseName(Class<?> testClass) {
        String name = "test_" + testClass.getSimpleName();
        return name.substring(0, Math.min(name.length(), 50)) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
