package com.salesbot.config.ops;

import com.salesbot.core.telemetry.Telemetry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The core's {@link Telemetry} as Micrometer meters; every name starts with {@code salesbot.}. */
public final class MicrometerTelemetry implements Telemetry {
    private final MeterRegistry registry;
    private final DistributionSummary confidence;
    private final Counter remindersMissed;
    private final Counter remindersFailed;
    private final Timer reminderLateness;

    public MicrometerTelemetry(MeterRegistry registry) {
        this.registry = registry;
        this.confidence = DistributionSummary.builder("salesbot.nlu.confidence")
                .description("Intent confidence of each message the NLU read")
                .serviceLevelObjectives(0.3, 0.4, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)
                .register(registry);
        this.remindersMissed =
                Counter.builder("salesbot.reminders").tag("outcome", "missed").register(registry);
        this.remindersFailed =
                Counter.builder("salesbot.reminders").tag("outcome", "failed").register(registry);
        this.reminderLateness = Timer.builder("salesbot.reminders.lateness")
                .description("How long after its due time each reminder went out")
                .publishPercentileHistogram()
                .register(registry);
    }

    @Override
    public void intentRead(String intent, double value) {
        confidence.record(value);
    }

    @Override
    public void messageAnswered(String intent) {
        registry.counter("salesbot.messages", "intent", intent).increment();
    }

    @Override
    public void messageHandled(String outcome, Duration latency) {
        Timer.builder("salesbot.reply.latency")
                .description("From receipt of a message to its reply being ready")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(latency);
    }

    @Override
    public void reminderSent(Duration lateness) {
        registry.counter("salesbot.reminders", "outcome", "sent").increment();
        if (lateness.compareTo(Duration.ofMinutes(2)) > 0) {
            registry.counter("salesbot.reminders", "outcome", "late").increment();
        }
        reminderLateness.record(lateness.isNegative() ? Duration.ZERO : lateness);
    }

    @Override
    public void reminderMissed() {
        remindersMissed.increment();
    }

    @Override
    public void reminderFailed() {
        remindersFailed.increment();
    }

    @Override
    public void chatApiError(String platform, String method) {
        registry.counter("salesbot.chat.api.errors", "platform", platform).increment();
    }
}
