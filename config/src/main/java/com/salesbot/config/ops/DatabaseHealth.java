package com.salesbot.config.ops;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Readiness: the database answers a ping. While it does not, the bot can only say "not saved, retry". */
public final class DatabaseHealth implements HealthIndicator {
    private final MongoDatabase database;

    public DatabaseHealth(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().build();
        } catch (RuntimeException e) {
            // The exception's class only: driver messages can carry host names with credentials.
            return Health.down()
                    .withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
