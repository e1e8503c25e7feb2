package com.salesbot.config.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Call;
import com.salesbot.adapter.slack.standin.SlackPayloads;
import com.salesbot.adapter.slack.standin.SocketModeStandIn;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.core.conversation.OutboundChat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With an app token the jar's wiring connects over Socket Mode and opens no web server. */
class SlackSocketModeWiringTest {

    @Test
    void anAppTokenConnectsOverSocketModeAndMessagesAreAnswered() throws Exception {
        try (SlackApiStandIn slack = SlackApiStandIn.start();
                SocketModeStandIn socket = SocketModeStandIn.begin()) {
            slack.socketUrl(socket.url());
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SalesbotApplication.class)
                    .run(
                            "--spring.main.web-application-type=none",
                            "--salesbot.slack.bot-token=xoxb-test",
                            "--salesbot.slack.app-token=xapp-test",
                            "--salesbot.slack.api-url=" + slack.apiUrl(),
                            "--salesbot.mongodb.embedded-path=memory")) {
                socket.awaitBot();
                socket.send(
                        "env-1",
                        "events_api",
                        SlackPayloads.directMessage(
                                "Ev1", "U0ALICE", "closed $5k with Globex today", "1764208800.000100"),
                        0);

                socket.awaitReceived("env-1");
                Call reply = slack.awaitFirst(c -> c.method().equals("chat.postMessage"), "the reply");
                assertThat(reply.param("text")).contains("Logged a sale of $5,000 with Globex");
                assertThat(context.getEnvironment().getProperty("local.server.port"))
                        .isNull();
                assertThat(context.getBeansOfType(OutboundChat.class)).containsKey("slackOutboundChat");
            }
        }
    }

    @Test
    void withoutABotTokenNothingOfSlackIsBuilt() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SalesbotApplication.class)
                .run("--salesbot.slack.bot-token=", "--salesbot.mongodb.embedded-path=memory")) {
            // Only the console's own outbound chat (reminders in the transcript), never a platform's.
            assertThat(context.getBeansOfType(OutboundChat.class)).containsOnlyKeys("consoleOutboundChat");
            assertThat(context.containsBean("slackAdapter")).isFalse();
        }
    }
}
