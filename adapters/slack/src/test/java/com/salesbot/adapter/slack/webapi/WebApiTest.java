package com.salesbot.adapter.slack.webapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Answer;
import com.salesbot.core.conversation.DeliveryFailedException;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack's error answers as the stand-in gives them: what is retried, how long it waits, what fails. */
class WebApiTest {
    private SlackApiStandIn slack;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        slack = SlackApiStandIn.start();
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    private WebApi api(String url) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(url);
        return new WebApi(Slack.getInstance(config).methods("xoxb-test"), waits::add, 4);
    }

    private ChatPostMessageResponse post(WebApi api) {
        return api.call(
                "chat.postMessage", c -> c.chatPostMessage(r -> r.channel("C1").text("hi")));
    }

    @Test
    void aRateLimitedCallWaitsAsLongAsRetryAfterSaysAndIsSentAgain() {
        slack.queue("chat.postMessage", Answer.rateLimited(7), Answer.rateLimited(2));

        ChatPostMessageResponse response = post(api(slack.apiUrl()));

        assertThat(response.isOk()).isTrue();
        assertThat(slack.calls("chat.postMessage")).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
    }

    @Test
    void aCallStillRateLimitedAfterFourAttemptsFailsInsteadOfLooping() {
        slack.queue(
                "chat.postMessage",
                Answer.rateLimited(1),
                Answer.rateLimited(1),
                Answer.rateLimited(1),
                Answer.rateLimited(1));

        assertThatThrownBy(() -> post(api(slack.apiUrl())))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("chat.postMessage");
        assertThat(slack.calls("chat.postMessage")).hasSize(4);
    }

    @Test
    void aRetryAfterLongerThanHalfAMinuteIsNotWaitedFor() {
        slack.queue("chat.postMessage", Answer.rateLimited(600));

        assertThatThrownBy(() -> post(api(slack.apiUrl()))).isInstanceOf(DeliveryFailedException.class);
        assertThat(waits).isEmpty();
    }

    @Test
    void anUnknownChannelFailsAtOnceNamingSlacksError() {
        slack.queue("chat.postMessage", Answer.error("channel_not_found"));

        assertThatThrownBy(() -> post(api(slack.apiUrl())))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessage("Slack chat.postMessage failed: channel_not_found");
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aServerErrorIsRetried() {
        slack.queue("chat.postMessage", new Answer(503, java.util.Map.of(), "{}"));

        assertThat(post(api(slack.apiUrl())).isOk()).isTrue();
        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void anUnreachableSlackIsRetriedThenReportedAsADeliveryFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> post(api("http://127.0.0.1:" + closedPort + "/api/")))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("unreachable");
        assertThat(waits).hasSize(3);
    }
}
