package com.salesbot.config.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Readiness: every configured chat connection (Slack, Discord) is up; none configured counts as up. */
public final class ChatHealth implements HealthIndicator {
    private final Map<String, BooleanSupplier> connections;

    public ChatHealth(Map<String, BooleanSupplier> connections) {
        this.connections = Map.copyOf(connections);
    }

    @Override
    public Health health() {
        Map<String, Object> states = new LinkedHashMap<>();
        boolean allUp = true;
        for (Map.Entry<String, BooleanSupplier> e : connections.entrySet()) {
            boolean up;
            try {
                up = e.getValue().getAsBoolean();
            } catch (RuntimeException failure) {
                up = false;
            }
            states.put(e.getKey(), up ? "connected" : "disconnected");
            allUp &= up;
        }
        return (allUp ? Health.up() : Health.down()).withDetails(states).build();
    }
}
