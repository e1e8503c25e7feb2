package com.salesbot.config.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.engine.ConversationEngine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an operator sees on the management endpoint of a running bot (servlet mode, as in Slack HTTP,
 * Socket Mode and Discord): probes that follow the database, Prometheus metrics of the bot's work, and
 * logs that never carry what a rep typed.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperationsEndpointsTest {
    private static final String SECRET_LOOKING = "xoxb-4242-SUPERSECRET-token";

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger ids = new AtomicInteger();

    @TempDir
    Path dir;

    @Test
    void readinessFollowsTheDatabaseMetricsCountTheWorkAndLogsKeepMessagesOut(CapturedOutput output) throws Exception {
        String file = dir.resolve("ops.mv").toString();
        EmbeddedMongo server = EmbeddedMongo.start(file);
        int dbPort = server.port();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        "--spring.main.web-application-type=servlet",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--salesbot.mongodb.uri=mongodb://127.0.0.1:" + dbPort + "/salesbot",
                        "--salesbot.mongodb.timeout-millis=2000",
                        "--salesbot.clock.zone=Asia/Shanghai")) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            ConversationEngine engine = context.getBean(ConversationEngine.class);

            assertThat(get(base + "/actuator/health/readiness"))
                    .startsWith("200 ")
                    .contains("\"UP\"");
            assertThat(get(base + "/livez")).startsWith("200 ");

            say(engine, "closed $12.5k with Globex today");
            say(engine, "visited Acme Corp today, met the CTO");
            String metrics = get(base + "/actuator/prometheus");
            assertThat(metrics)
                    .contains("salesbot_messages_total{application=\"salesbot\",intent=\"log_sale\"} 1.0")
                    .contains("salesbot_messages_total{application=\"salesbot\",intent=\"log_visit\"} 1.0")
                    .contains("salesbot_nlu_confidence_count")
                    .contains("salesbot_reply_latency_seconds_count{application=\"salesbot\",outcome=\"answered\"} 2")
                    .contains("salesbot_db_command_seconds_count{application=\"salesbot\",command=\"insert\"");

            server.close();
            List<Reply> during = say(engine, "closed $5k with Initech, my token is " + SECRET_LOOKING);
            assertThat(during.get(0).text()).startsWith("Sorry, I couldn't reach the database");
            assertThat(get(base + "/actuator/health/readiness"))
                    .startsWith("503 ")
                    .contains("\"DOWN\"");
            assertThat(get(base + "/actuator/health/liveness")).startsWith("200 ");
            assertThat(get(base + "/actuator/prometheus"))
                    .contains(
                            "salesbot_reply_latency_seconds_count{application=\"salesbot\",outcome=\"store_unavailable\"} 1");

            server = EmbeddedMongo.start(file, dbPort);
            assertThat(say(engine, "closed $5k with Initech").get(0).text()).startsWith("Logged a sale of $5,000");
            assertThat(get(base + "/actuator/health/readiness")).startsWith("200 ");
        } finally {
            server.close();
        }
        assertThat(output.getAll()).contains("database unavailable").doesNotContain(SECRET_LOOKING);
        assertThat(output.getAll()).doesNotContain("Initech").doesNotContain("Globex");
    }

    @Test
    void chatApiErrorsTheAdaptersLogAreCounted() {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry registry =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        ChatApiErrorCounter counter = new ChatApiErrorCounter(new MicrometerTelemetry(registry));
        ch.qos.logback.classic.Logger slack =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.salesbot.adapter.slack.webapi.WebApi");
        counter.setContext(slack.getLoggerContext());
        counter.start();
        slack.addAppender(counter);
        try {
            slack.warn("Slack chat.postMessage failed: channel_not_found");
            slack.info("Slack connected");
        } finally {
            slack.detachAppender(counter);
        }

        assertThat(registry.counter("salesbot.chat.api.errors", "platform", "slack")
                        .count())
                .isEqualTo(1.0);
    }

    private List<Reply> say(ConversationEngine engine, String text) {
        return engine.handle(new ChatMessage(
                "slack", "T1", "D1", "U0ALICE", "alice", text, "m" + ids.incrementAndGet(), Instant.now(), true));
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
