package com.salesbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Call;
import com.salesbot.adapter.slack.standin.SlackPayloads;
import com.salesbot.adapter.slack.standin.SocketModeStandIn;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.OnboardingPolicy;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against loopback stand-ins: apps.connections.open on the Web API stand-in hands out a
 * local WebSocket, which sends envelopes the way Slack does and records the bot's acks.
 */
class SocketModeTest {
    private final TestWorld world = TestWorld.builder().openWorkspace(true).build();
    private SlackApiStandIn slack;
    private SocketModeStandIn socket;
    private SlackAdapter adapter;

    @BeforeEach
    void connect() throws Exception {
        world.parser().on("hi", Intent.HELP, Entities.none());
        slack = SlackApiStandIn.start();
        socket = SocketModeStandIn.begin();
        slack.socketUrl(socket.url());
        adapter = SlackAdapter.create(
                new SlackSettings("xoxb-test", null, "xapp-test", slack.apiUrl(), 2),
                world.engine(),
                world.directory(),
                new OnboardingPolicy(true, TestWorld.TEAM_ID, TestWorld.ZONE),
                Clock.systemUTC());
        adapter.startSocketMode();
        socket.awaitBot();
    }

    @AfterEach
    void disconnect() throws Exception {
        adapter.close();
        socket.close();
        slack.close();
    }

    @Test
    void theAppTokenOpensTheConnection() {
        Call open = slack.calls("apps.connections.open").get(0);

        assertThat(open.headers().get("authorization")).isEqualTo("Bearer xapp-test");
    }

    @Test
    void anEventEnvelopeIsAckedAndAnsweredThroughTheWebApi() throws Exception {
        socket.send(
                "env-1",
                "events_api",
                SlackPayloads.directMessage("Ev1", "U0ALICE", "hello there", "1764208800.000100"),
                0);

        String ack = socket.awaitReceived("env-1");
        assertThat(JsonParser.parseString(ack)
                        .getAsJsonObject()
                        .get("envelope_id")
                        .getAsString())
                .isEqualTo("env-1");
        Call reply = slack.awaitFirst(c -> c.method().equals("chat.postMessage"), "the reply");
        assertThat(reply.param("channel")).isEqualTo("DU0ALICE");
        assertThat(reply.param("text")).isNotBlank();
    }

    @Test
    void aRetriedEnvelopeIsAckedButNotAnsweredTwice() throws Exception {
        String event = SlackPayloads.directMessage("Ev2", "U0ALICE", "hello there", "1764208801.000100");
        socket.send("env-2", "events_api", event, 0);
        slack.await("chat.postMessage", 1);

        socket.send("env-3", "events_api", event, 1);
        socket.awaitReceived("env-3");
        socket.send("env-4", "events_api", SlackPayloads.directMessage("Ev3", "U0ALICE", "hi", "1764208802.000100"), 0);
        slack.awaitFirst(
                c -> c.method().equals("chat.postMessage") && c.param("text").startsWith("Here is what I can do"),
                "the reply to the next message");

        assertThat(slack.calls("chat.postMessage")).hasSize(2);
    }

    @Test
    void aSlashCommandEnvelopeIsAckedAndAnsweredThroughItsResponseUrl() throws Exception {
        Map<String, String> command = SlackPayloads.slashCommand(
                "/salesbot", "U0ALICE", "C0SALES", "", slack.responseUrl("socket-help"), "trigger-socket");
        socket.send("env-5", "slash_commands", new Gson().toJson(command), 0);

        socket.awaitReceived("env-5");
        Call response = slack.awaitFirst(c -> c.path().equals("/respond/socket-help"), "the command's answer");
        assertThat(response.body()).contains("salesbot_open_visit_modal");
    }
}
