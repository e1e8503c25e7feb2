package com.salesbot.config.stats;

import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.config.wiring.MongoConnection;
import com.salesbot.config.wiring.SalesbotProperties;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code salesbot.jar rebuild-aggregates [--db PATH]}: recomputes the stats aggregates from the raw visits,
 * sales and kudos, on the database the bot uses (SALESBOT_MONGODB_URI, else the embedded file). Run it
 * with the bot stopped: the embedded file is locked by a running bot, and a write during the rebuild on a
 * real MongoDB could be counted twice or not at all.
 */
public final class RebuildAggregatesCommand {
    private RebuildAggregatesCommand() {}

    /** Runs the rebuild and prints one summary line; returns the process exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        try (MongoConnection connection = MongoConnection.open(settings(args, env))) {
            long started = System.nanoTime();
            long records = new MongoStores(connection.database()).rebuildStats();
            connection.embedded().ifPresent(server -> server.commit());
            out.printf(
                    "Rebuilt the stats aggregates from %,d records in %.1f s.%n",
                    records, (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    /** The database settings as application.yml reads them from the environment, {@code --db} winning. */
    static SalesbotProperties.Mongodb settings(String[] args, Map<String, String> env) {
        String path = env.get("SALESBOT_DATA_FILE");
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--db")) {
                path = args[i + 1];
            }
        }
        return new SalesbotProperties.Mongodb(env.get("SALESBOT_MONGODB_URI"), path, null, null);
    }
}
