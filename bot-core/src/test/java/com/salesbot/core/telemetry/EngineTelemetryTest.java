package com.salesbot.core.telemetry;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.ratelimit.RateLimitSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine tells operations what it did, by intent and outcome, and never what was said. */
class EngineTelemetryTest {
    private final List<String> events = new ArrayList<>();
    private final Telemetry recording = new Telemetry() {
        @Override
        public void intentRead(String intent, double confidence) {
            events.add("read " + intent);
        }

        @Override
        public void messageAnswered(String intent) {
            events.add("answered " + intent);
        }

        @Override
        public void messageHandled(String outcome, Duration latency) {
            assertThat(latency.isNegative()).isFalse();
            events.add("handled " + outcome);
        }
    };
    private final TestWorld world = TestWorld.builder()
            .telemetry(recording)
            .rateLimit(new RateLimitSettings(true, 2, 1.0, Set.of()))
            .build();

    @Test
    void eachMessageIsReportedByIntentAndOutcomeWithoutItsText() {
        world.parser().on("visited Acme", Intent.LOG_VISIT, entities("customer", "Acme"));
        var message = world.message(world.alice(), "visited Acme");

        world.deliver(message);
        world.deliver(message);
        world.send(world.alice(), "visited Acme");
        world.database().goDown();
        world.send(world.bob(), "visited Acme");
        world.database().comeBack();
        world.send(world.alice(), "visited Acme");

        assertThat(events)
                .containsExactly(
                        "read log_visit",
                        "answered log_visit",
                        "handled answered",
                        "handled duplicate",
                        "read log_visit",
                        "answered log_visit",
                        "handled answered",
                        "handled store_unavailable",
                        "handled rate_limited");
        assertThat(String.join(" ", events)).doesNotContain("Acme");
    }
}
