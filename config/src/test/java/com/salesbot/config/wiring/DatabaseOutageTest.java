package com.salesbot.config.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.console.ConsoleSession;
import com.salesbot.adapter.console.MutableClock;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.config.ops.DatabaseHealth;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.OnboardingPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** The database goes away mid-conversation and comes back: no false confirmation, then recovery. */
class DatabaseOutageTest {
    @TempDir
    Path dir;

    @Test
    void duringAnOutageTheBotSaysNothingWasSavedAndRecoversWhenTheDatabaseIsBack() throws Exception {
        String file = dir.resolve("outage.mv").toString();
        EmbeddedMongo server = EmbeddedMongo.start(file);
        int port = server.port();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        "--salesbot.mongodb.uri=mongodb://127.0.0.1:" + port + "/salesbot",
                        "--salesbot.mongodb.timeout-millis=500",
                        "--salesbot.clock.now=2026-11-27T10:00",
                        "--salesbot.clock.zone=Asia/Shanghai")) {
            ConsoleSession session = new ConsoleSession(
                    context.getBean(ConversationEngine.class),
                    context.getBean(Directory.class),
                    context.getBean(OnboardingPolicy.class),
                    context.getBean(MutableClock.class));
            session.say("alice", "sale Globex 12k", out);

            server.close();
            session.say("alice", "sale Initech 5k", out);
            assertThat(bytes.toString(StandardCharsets.UTF_8))
                    .contains("bot → alice: Sorry, I couldn't reach the database, so nothing was saved.")
                    .doesNotContain("Initech on");

            server = EmbeddedMongo.start(file, port);
            awaitReady(context.getBean(DatabaseHealth.class));
            session.say("alice", "sale Initech 5k", out);
            session.say("alice", "ranking", out);
        } finally {
            server.close();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Logged a sale of $5,000 with Initech")
                .contains("1. alice — $17,000");
    }

    /** As a load balancer would: send the retry once readiness says the database answers again. */
    private static void awaitReady(DatabaseHealth health) {
        assertThat(Eventually.within(
                        Duration.ofSeconds(15), () -> health.health().getStatus() == Status.UP))
                .as("database ready again within 15 s")
                .isTrue();
    }
}
