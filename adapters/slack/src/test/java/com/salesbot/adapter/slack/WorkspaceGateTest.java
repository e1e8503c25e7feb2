package com.salesbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.slack.standin.InProcessRequests;
import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackPayloads;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.people.OnboardingPolicy;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Correctly signed requests that name another workspace, on a real Bolt app: a leaked signing secret or
 * an app installed in a second workspace must not let that workspace's payloads in.
 */
class WorkspaceGateTest {
    private static final String SECRET = "gate-test-secret";
    private static final String OTHER_TEAM = "T0OTHER";

    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private SlackApiStandIn slack;
    private SlackAdapter adapter;
    private TestWorld world;
    private InProcessRequests requests;

    private void start(Set<String> workspaces) throws Exception {
        world = TestWorld.builder().openWorkspace(true).build();
        slack = SlackApiStandIn.start();
        adapter = SlackAdapter.create(
                new SlackSettings("xoxb-test", SECRET, null, slack.apiUrl(), 2, workspaces),
                world.engine(),
                com.salesbot.core.conversation.ReactionHandler.NONE,
                world.directory(),
                new OnboardingPolicy(true, TestWorld.TEAM_ID, TestWorld.ZONE),
                Clock.systemUTC(),
                refusals::add);
        adapter.app().start();
        requests = new InProcessRequests(adapter.app(), SECRET);
    }

    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    private static String fromOtherTeam(String json) {
        return json.replace("\"" + SlackApiStandIn.TEAM + "\"", "\"" + OTHER_TEAM + "\"");
    }

    @Test
    void withNoWorkspaceConfiguredAnEventFromAnotherWorkspaceIsAcknowledgedAndIgnored() throws Exception {
        start(Set.of());

        Response ack =
                requests.event(fromOtherTeam(SlackPayloads.directMessage("EvG1", "U0MAL", "hi", "1764208800.000100")));
        // A message from the bot's own workspace afterwards is answered; the first got nothing.
        requests.event(SlackPayloads.directMessage("EvG2", "U0NEW", "help", "1764208800.000200"));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        assertThat(slack.await("chat.postMessage", 1))
                .singleElement()
                .satisfies(call -> assertThat(call.param("channel")).isEqualTo("DU0NEW"));
        assertThat(world.directory().byIdentity("slack:" + OTHER_TEAM + "/U0MAL"))
                .isEmpty();
        assertThat(world.directory().byIdentity("slack:" + SlackApiStandIn.TEAM + "/U0MAL"))
                .isEmpty();
        assertThat(refusals).containsExactly("event");
    }

    @Test
    void aSlashCommandFromAnotherWorkspaceGetsAPrivateRefusalInItsLanguage() throws Exception {
        start(Set.of(SlackApiStandIn.TEAM));
        Map<String, String> form = new java.util.LinkedHashMap<>(SlackPayloads.slashCommand(
                "/salesbot", "U0MAL", "D0MAL", "今天拜访了华为技术", slack.apiUrl() + "respond/x", "trig-1"));
        form.put("team_id", OTHER_TEAM);

        Response ack = requests.form(form);

        assertThat(ack.getStatusCode()).isEqualTo(200);
        assertThat(ack.getBody()).contains("\"response_type\":\"ephemeral\"", "本机器人尚未为此工作区开通。");
        assertThat(world.directory().byIdentity("slack:" + SlackApiStandIn.TEAM + "/U0MAL"))
                .isEmpty();
        assertThat(refusals).containsExactly("command");
    }

    @Test
    void aConfiguredEnterpriseServesItsWorkspaces() throws Exception {
        start(Set.of("E0ORG"));
        String event = SlackPayloads.directMessage("EvG3", "U0NEW", "help", "1764208800.000300")
                .replace(
                        "\"team_id\":\"" + SlackApiStandIn.TEAM + "\"",
                        "\"team_id\":\"T0ANY\",\"enterprise_id\":\"E0ORG\"");

        requests.event(event);

        assertThat(slack.await("chat.postMessage", 1)).hasSize(1);
        assertThat(refusals).isEmpty();
    }
}
