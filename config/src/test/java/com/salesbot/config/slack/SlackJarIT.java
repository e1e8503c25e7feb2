package com.salesbot.config.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.slack.standin.SignedRequests;
import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Call;
import com.salesbot.adapter.slack.standin.SlackPayloads;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with SLACK_BOT_TOKEN set serves Slack over HTTP instead of opening the console, in
 * a JVM whose default charset is US-ASCII (a server started with LANG=C), and answers a signed
 * Chinese message through the Web API stand-in.
 */
class SlackJarIT {
    private static final Path JAR = Path.of(System.getProperty("salesbot.jar", "target/salesbot.jar"));
    private static final String SECRET = "jar-it-secret";

    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void withABotTokenTheJarServesSlackAndAnswersChineseUnderAnAsciiLocale() throws Exception {
        int port = freePort();
        try (SlackApiStandIn slack = SlackApiStandIn.start()) {
            ProcessBuilder builder = new ProcessBuilder(
                            List.of("java", "-Dfile.encoding=US-ASCII", "-jar", JAR.toString(), "--db", "memory"))
                    .directory(dir.toFile());
            builder.environment().remove("SALESBOT_MONGODB_URI");
            builder.environment().remove("SLACK_APP_TOKEN");
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().put("LANG", "C");
            builder.environment().put("SLACK_BOT_TOKEN", "xoxb-jar");
            builder.environment().put("SLACK_SIGNING_SECRET", SECRET);
            builder.environment().put("SALESBOT_SLACK_API_URL", slack.apiUrl());
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            Path err = dir.resolve("err.txt");
            builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile());
            Process process = builder.start();
            try {
                SignedRequests bot =
                        new SignedRequests(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);
                String event = SlackPayloads.directMessage(
                        "EvJar1", "U0WANG", "今天拜访了华为技术，王经理对方案很感兴趣，下周三再跟进", "1764208800.000100");

                HttpResponse<String> response = postWhenUp(bot, event, process, err);

                assertThat(response.statusCode()).isEqualTo(200);
                Call reply = slack.awaitFirst(c -> c.method().equals("chat.postMessage"), "the reply");
                assertThat(reply.param("text")).contains("已记录你在").contains("华为技术");
                assertThat(Files.readString(err, StandardCharsets.UTF_8)).doesNotContain("xoxb-jar", SECRET);
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    /** Posts once the jar listens; it needs a few seconds to start. */
    private static HttpResponse<String> postWhenUp(SignedRequests bot, String event, Process process, Path err)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            try {
                return bot.event(event);
            } catch (IllegalStateException notYetListening) {
                if (!process.isAlive()) {
                    throw new AssertionError("salesbot.jar exited: " + Files.readString(err, StandardCharsets.UTF_8));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("salesbot.jar did not listen on its port within 90 s");
                }
                Thread.sleep(200);
            }
        }
    }
}
