package com.salesbot.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.discord.standin.FakeDiscord;
import com.salesbot.adapter.discord.standin.RecordedRequest;
import com.salesbot.core.customer.CustomerSuggestions;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two bot instances as two shard managers on one bot token, running shard 0 and shard 1 of 2 against the
 * Discord stand-in, which routes each server's events to the shard Discord would ({@code (guild_id >>
 * 22) % 2}). Each instance has its own core, so the test can tell which instance answered.
 */
class DiscordShardingTest {
    private static final String TOKEN = "shard-test-token";

    private static final TestWorld first = TestWorld.create();
    private static final TestWorld second = TestWorld.create();
    private static FakeDiscord discord;
    private static DiscordAdapter shardZero;
    private static DiscordAdapter shardOne;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        for (TestWorld world : List.of(first, second)) {
            world.directory().save(world.alice().withIdentity("discord:111"));
            world.parser().on("hi", Intent.SMALLTALK, Entities.none());
        }
        discord = FakeDiscord.start();
        shardZero = start(first, 0);
        shardOne = start(second, 1);
        shardZero.awaitReady();
        shardOne.awaitReady();
    }

    private static DiscordAdapter start(TestWorld world, int shard) {
        DiscordSettings settings = new DiscordSettings(
                        TOKEN, discord.apiUrl(), discord.gatewayUrl(), null, Duration.ofSeconds(2))
                .withGuilds(Set.of(FakeDiscord.GUILD_ID, FakeDiscord.OTHER_GUILD_ID))
                .withShards(2, List.of(shard));
        return DiscordAdapter.start(
                settings,
                world.engine(),
                new CustomerSuggestions(world.directory(), (team, typed, limit) -> List.of()));
    }

    @AfterAll
    static void stop() {
        shardZero.close();
        shardOne.close();
        discord.close();
    }

    private static Predicate<RecordedRequest> replyTo(String channel, String messageId) {
        return r -> r.is("POST", "channels/" + channel + "/messages")
                && r.json().optObject("message_reference").isPresent()
                && r.json()
                        .getObject("message_reference")
                        .getString("message_id")
                        .equals(messageId);
    }

    @Test
    void eachInstanceIdentifiesAsItsOwnShardOfTwo() {
        assertThat(discord.identifies()).containsExactlyInAnyOrder("0/2", "1/2");
        assertThat(shardZero.runningShards()).containsExactly(0);
        assertThat(shardOne.runningShards()).containsExactly(1);
        assertThat(shardZero.connected()).isTrue();
        assertThat(shardOne.connected()).isTrue();
    }

    @Test
    void eachServersMessageIsAnsweredOnceByTheInstanceRunningItsShard() throws Exception {
        assertThat(FakeDiscord.shardOf(FakeDiscord.OTHER_GUILD_ID, 2)).isZero();
        assertThat(FakeDiscord.shardOf(FakeDiscord.GUILD_ID, 2)).isOne();
        String onShardZero = discord.nextId();
        String onShardOne = discord.nextId();

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        FakeDiscord.OTHER_GUILD_ID,
                        onShardZero,
                        FakeDiscord.OTHER_CHANNEL,
                        FakeDiscord.user("111", "alice"),
                        "<@" + FakeDiscord.BOT_ID + "> hi",
                        true));
        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        onShardOne,
                        FakeDiscord.OPEN_CHANNEL,
                        FakeDiscord.user("111", "alice"),
                        "<@" + FakeDiscord.BOT_ID + "> hi",
                        true));

        discord.awaitRequest(replyTo(FakeDiscord.OTHER_CHANNEL, onShardZero));
        discord.awaitRequest(replyTo(FakeDiscord.OPEN_CHANNEL, onShardOne));
        assertThat(first.processed().wasHandled("discord::" + FakeDiscord.OTHER_CHANNEL + ":" + onShardZero))
                .isTrue();
        assertThat(second.processed().wasHandled("discord::" + FakeDiscord.OTHER_CHANNEL + ":" + onShardZero))
                .isFalse();
        assertThat(second.processed().wasHandled("discord::" + FakeDiscord.OPEN_CHANNEL + ":" + onShardOne))
                .isTrue();
        assertThat(first.processed().wasHandled("discord::" + FakeDiscord.OPEN_CHANNEL + ":" + onShardOne))
                .isFalse();
        assertThat(discord.requests(replyTo(FakeDiscord.OTHER_CHANNEL, onShardZero)))
                .hasSize(1);
        assertThat(discord.requests(replyTo(FakeDiscord.OPEN_CHANNEL, onShardOne)))
                .hasSize(1);
    }

    @Test
    void onlyTheInstanceRunningShardZeroRegistersTheGlobalCommands() throws Exception {
        discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/commands"));

        assertThat(discord.requests(r -> r.is("PUT", "applications/\\d+/commands")))
                .hasSize(1);
    }
}
