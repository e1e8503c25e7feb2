package com.salesbot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.discord.standin.FakeDiscord;
import com.salesbot.adapter.discord.standin.RecordedRequest;
import com.salesbot.core.customer.CustomerSuggestions;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kudos by 🏆 reaction through the real JDA client against the Discord stand-in on loopback: the
 * gateway delivers MESSAGE_REACTION_ADD, the bot fetches the reacted message for its author over REST,
 * and the kudos are posted in the channel.
 */
class DiscordReactionKudosTest {
    private static final String TOKEN = "test-token.not-a-secret";
    private static final String CHANNEL = FakeDiscord.OPEN_CHANNEL;

    private static final TestWorld world = TestWorld.create();
    private static FakeDiscord discord;
    private static DiscordAdapter adapter;

    @BeforeAll
    static void connect() throws Exception {
        world.directory().save(world.alice().withIdentity("discord:111"));
        world.directory().save(world.bob().withIdentity("discord:222"));
        world.directory().save(world.carol().withIdentity("discord:333"));
        discord = FakeDiscord.start();
        adapter = DiscordAdapter.start(
                new DiscordSettings(TOKEN, discord.apiUrl(), discord.gatewayUrl(), null, Duration.ofSeconds(2))
                        .withGuilds(java.util.Set.of(FakeDiscord.GUILD_ID)),
                world.engine(),
                world.reactions(),
                new CustomerSuggestions(world.directory(), (team, typed, limit) -> List.of()));
        adapter.awaitReady();
    }

    @AfterAll
    static void disconnect() {
        adapter.close();
        discord.close();
    }

    /** A kudos post whose count line names {@code name}, in English or Chinese. */
    private static Predicate<RecordedRequest> kudosPostedFor(String name) {
        return r -> {
            if (!r.is("POST", "channels/" + CHANNEL + "/messages")) {
                return false;
            }
            String content = r.json().getString("content", "");
            return content.startsWith("🏆")
                    && (content.contains("\n" + name + ": ") || content.contains("\n" + name + " 本月"));
        };
    }

    /** A message from {@code author} in the sales channel that does not mention the bot. */
    private static String messageBy(String userId, String name, String text) {
        String id = discord.nextId();
        discord.dispatch(
                "MESSAGE_CREATE", discord.guildMessage(id, CHANNEL, FakeDiscord.user(userId, name), text, false));
        return id;
    }

    private static long kudosFor(String personId) {
        return world.recognitions().receivedBy(new PersonId(personId), Period.monthOf(TestWorld.TODAY));
    }

    @Test
    void aTrophyOnBobsMessageFetchesItsAuthorAndPostsTheKudosInTheChannel() throws Exception {
        String message = messageBy("222", "Bob", "closed Initech, drinks on me");

        discord.dispatch(
                "MESSAGE_REACTION_ADD",
                discord.reactionInGuild(CHANNEL, message, FakeDiscord.user("111", "alice"), "222", "🏆"));

        RecordedRequest fetched =
                discord.awaitRequest(r -> r.is("GET", "channels/" + CHANNEL + "/messages/" + message));
        assertThat(fetched.authorization()).isEqualTo("Bot " + TOKEN);
        RecordedRequest post = discord.awaitRequest(kudosPostedFor("Bob"));
        assertThat(post.json().getString("content")).startsWith("🏆 Kudos from Alice to Bob!\nBob: ");
    }

    @Test
    void aRedeliveredReactionAndOtherEmojiGiveNothingMoreWhileAColleaguesTrophyCounts() throws Exception {
        String message = messageBy("111", "alice", "demo went great");
        DataObject bobsTrophy = discord.reactionInGuild(CHANNEL, message, FakeDiscord.user("222", "Bob"), "111", "🏆");
        long before = kudosFor("alice");

        discord.dispatch("MESSAGE_REACTION_ADD", bobsTrophy);
        discord.awaitRequest(kudosPostedFor("Alice"));
        discord.dispatch("MESSAGE_REACTION_ADD", bobsTrophy);
        discord.dispatch(
                "MESSAGE_REACTION_ADD",
                discord.reactionInGuild(CHANNEL, message, FakeDiscord.user("222", "Bob"), "111", "👍"));
        discord.dispatch(
                "MESSAGE_REACTION_ADD",
                discord.reactionInGuild(CHANNEL, message, FakeDiscord.user("333", "Carol"), "111", "🏆"));

        List<RecordedRequest> posts = discord.awaitRequests(kudosPostedFor("Alice"), 2);
        // Bob speaks Chinese, Carol English: each hears the kudos in their own language.
        assertThat(posts.get(0).json().getString("content")).startsWith("🏆 Bob 为 Alice 点赞！");
        assertThat(posts.get(1).json().getString("content")).startsWith("🏆 Kudos from Carol to Alice!");
        // Only 🏆 makes the bot fetch a message: the first trophy, its copy and Carol's.
        assertThat(discord.awaitRequests(r -> r.is("GET", "channels/" + CHANNEL + "/messages/" + message), 3))
                .hasSize(3);
        assertThat(kudosFor("alice")).isEqualTo(before + 2);
        assertThat(discord.requests(kudosPostedFor("Alice"))).hasSize(2);
    }
}
