package com.salesbot.config.ops;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Database latency from the driver itself: every command's round trip, by command name and outcome.
 * Only the command name is recorded, never its documents (they hold what reps typed).
 */
public final class MongoCommandMetrics implements CommandListener {
    private final MeterRegistry registry;

    public MongoCommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        timer(event.getCommandName(), "success")
                .record(event.getElapsedTime(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        timer(event.getCommandName(), "failure")
                .record(event.getElapsedTime(TimeUnit.NANOSECONDS), TimeUnit.NANOSECONDS);
    }

    private Timer timer(String command, String outcome) {
        return Timer.builder("salesbot.db.command")
                .description("MongoDB command round trips seen by the driver")
                .tag("command", command)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }
}
