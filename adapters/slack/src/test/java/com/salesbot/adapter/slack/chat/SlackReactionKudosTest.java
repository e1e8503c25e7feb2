package com.salesbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.slack.SlackAdapter;
import com.salesbot.adapter.slack.SlackSettings;
import com.salesbot.adapter.slack.standin.InProcessRequests;
import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Call;
import com.salesbot.adapter.slack.standin.SlackPayloads;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kudos.KudosSettings;
import com.salesbot.core.people.OnboardingPolicy;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kudos by 🏆 reaction through a real Bolt app: signed {@code reaction_added} events in-process, the
 * core's in-memory world behind them, and the Web API stand-in recording what goes out. One worker
 * thread, so once a later event is answered every earlier one has been handled.
 */
class SlackReactionKudosTest {
    private static final String SECRET = "reaction-test-secret";
    private static final String CHANNEL = "C0SALES";

    private SlackApiStandIn slack;
    private SlackAdapter adapter;
    private TestWorld world;
    private InProcessRequests requests;

    private void start(TestWorld testWorld) throws Exception {
        world = testWorld;
        for (var person : List.of(world.alice(), world.bob(), world.carol())) {
            world.directory()
                    .save(person.withIdentity("slack:" + SlackApiStandIn.TEAM + "/"
                            + TestWorld.userIdOf(person.id().value())));
        }
        slack = SlackApiStandIn.start();
        adapter = SlackAdapter.create(
                new SlackSettings("xoxb-test", SECRET, null, slack.apiUrl(), 1),
                world.engine(),
                world.reactions(),
                world.directory(),
                new OnboardingPolicy(false, TestWorld.TEAM_ID, TestWorld.ZONE),
                Clock.systemUTC());
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

    private long kudosFor(String personId) {
        return world.recognitions()
                .receivedBy(new com.salesbot.core.kernel.PersonId(personId), Period.monthOf(TestWorld.TODAY));
    }

    @Test
    void aTrophyOnBobsMessageGivesBobKudosPostedInThatChannel() throws Exception {
        start(TestWorld.create());

        Response ack = requests.event(
                SlackPayloads.reactionAdded("EvR1", "UALICE", "trophy", CHANNEL, "1764208800.000100", "UBOB"));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        Call post = slack.await("chat.postMessage", 1).get(0);
        assertThat(post.param("channel")).isEqualTo(CHANNEL);
        assertThat(post.param("text")).isEqualTo("🏆 Kudos from Alice to Bob!\nBob: 1 kudos this month.");
        assertThat(kudosFor("bob")).isEqualTo(1);
    }

    @Test
    void aRepeatedEventAReAddedTrophyOtherEmojiAndTheBotsOwnMessagesGiveNothingMore() throws Exception {
        start(TestWorld.create());
        String first = SlackPayloads.reactionAdded("EvR2", "UALICE", "trophy", CHANNEL, "1764208800.000200", "UBOB");

        requests.event(first);
        requests.event(first);
        // Removed and added again: Slack sends a new event about the same reactor and message.
        requests.event(SlackPayloads.reactionAdded("EvR3", "UALICE", "trophy", CHANNEL, "1764208800.000200", "UBOB"));
        requests.event(SlackPayloads.reactionAdded("EvR4", "UALICE", "tada", CHANNEL, "1764208800.000300", "UBOB"));
        requests.event(SlackPayloads.reactionAdded(
                "EvR5", "UALICE", "trophy", CHANNEL, "1764208800.000400", SlackApiStandIn.BOT_USER));
        requests.event(SlackPayloads.reactionAdded("EvR6", "UCAROL", "trophy", CHANNEL, "1764208800.000200", "UBOB"));

        List<Call> posts = slack.await("chat.postMessage", 2);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).param("text")).startsWith("🏆 Kudos from Alice to Bob!");
        assertThat(posts.get(1).param("text")).startsWith("🏆 Kudos from Carol to Bob!\nBob: 2 kudos this month.");
        assertThat(kudosFor("bob")).isEqualTo(2);
    }

    @Test
    void overTheDailyCapTheReactorAloneIsToldWhyInChinese() throws Exception {
        start(TestWorld.builder().kudos(new KudosSettings(1, Map.of())).build());

        requests.event(SlackPayloads.reactionAdded("EvR7", "UBOB", "trophy", CHANNEL, "1764208800.000500", "UALICE"));
        requests.event(SlackPayloads.reactionAdded("EvR8", "UBOB", "trophy", CHANNEL, "1764208800.000600", "UCAROL"));

        Call refusal = slack.await("chat.postEphemeral", 1).get(0);
        assertThat(refusal.param("channel")).isEqualTo(CHANNEL);
        assertThat(refusal.param("user")).isEqualTo("UBOB");
        assertThat(refusal.param("text")).startsWith("每人每天最多点赞 1 次");
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(kudosFor("carol")).isZero();
    }
}
