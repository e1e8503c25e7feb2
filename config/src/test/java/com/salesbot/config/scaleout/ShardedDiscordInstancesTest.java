package com.salesbot.config.scaleout;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.discord.standin.FakeDiscord;
import com.salesbot.adapter.discord.standin.RecordedRequest;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.config.discord.DiscordRunner;
import com.salesbot.config.wiring.MongoConnection;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two full instances on one database and one bot token, configured as shard 0 and shard 1 of 2
 * (SALESBOT_DISCORD_SHARDS / SALESBOT_DISCORD_SHARD_IDS), against the Discord stand-in, which routes
 * each server's events to the shard that owns it as Discord does. Each message is stored and answered
 * exactly once, by the instance running its server's shard.
 */
class ShardedDiscordInstancesTest {
    private static final String TOKEN = "sharded-test-token";

    private static EmbeddedMongo database;
    private static FakeDiscord discord;
    private static ConfigurableApplicationContext shardZero;
    private static ConfigurableApplicationContext shardOne;

    @BeforeAll
    static void startTwoShardedInstances() throws Exception {
        database = EmbeddedMongo.inMemory();
        discord = FakeDiscord.start();
        shardZero = start(0);
        shardOne = start(1);
        shardZero.getBean(DiscordRunner.class).awaitReady();
        shardOne.getBean(DiscordRunner.class).awaitReady();
    }

    private static ConfigurableApplicationContext start(int shard) {
        return new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        "--DISCORD_TOKEN=" + TOKEN,
                        "--salesbot.discord.api-url=" + discord.apiUrl(),
                        "--salesbot.discord.gateway-url=" + discord.gatewayUrl(),
                        "--salesbot.discord.guilds=" + FakeDiscord.GUILD_ID + "," + FakeDiscord.OTHER_GUILD_ID,
                        "--salesbot.discord.shards=2",
                        "--salesbot.discord.shard-ids=" + shard,
                        "--salesbot.mongodb.uri=mongodb://127.0.0.1:" + database.port() + "/salesbot",
                        "--salesbot.clock.now=2026-11-27T10:00",
                        "--salesbot.clock.zone=Asia/Shanghai");
    }

    @AfterAll
    static void stop() {
        shardZero.close();
        shardOne.close();
        discord.close();
        database.close();
    }

    private static MongoDatabase mongo() {
        return shardZero.getBean(MongoConnection.class).database();
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
    void eachInstanceConnectsAsItsOwnShardAndMessagesInBothServersAreStoredAndAnsweredOnce() throws Exception {
        String onShardZero = discord.nextId();
        String onShardOne = discord.nextId();

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        FakeDiscord.OTHER_GUILD_ID,
                        onShardZero,
                        FakeDiscord.OTHER_CHANNEL,
                        FakeDiscord.user("80351110224678921", "alice"),
                        "<@" + FakeDiscord.BOT_ID + "> visited Acme Corp today",
                        true));
        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        onShardOne,
                        FakeDiscord.OPEN_CHANNEL,
                        FakeDiscord.user("80351110224678922", "bob"),
                        "<@" + FakeDiscord.BOT_ID + "> visited Globex today",
                        true));

        RecordedRequest first = discord.awaitRequest(replyTo(FakeDiscord.OTHER_CHANNEL, onShardZero));
        RecordedRequest second = discord.awaitRequest(replyTo(FakeDiscord.OPEN_CHANNEL, onShardOne));
        assertThat(discord.identifies()).containsExactlyInAnyOrder("0/2", "1/2");
        assertThat(shardZero.getBean(DiscordRunner.class).runningShards()).containsExactly(0);
        assertThat(shardOne.getBean(DiscordRunner.class).runningShards()).containsExactly(1);
        assertThat(first.json().getString("content")).startsWith("Logged your visit to Acme Corp");
        assertThat(second.json().getString("content")).startsWith("Logged your visit to Globex");
        assertThat(mongo().getCollection("visits")
                        .countDocuments(
                                eq("source.messageKey", "discord::" + FakeDiscord.OTHER_CHANNEL + ":" + onShardZero)))
                .isEqualTo(1);
        assertThat(mongo().getCollection("visits")
                        .countDocuments(
                                eq("source.messageKey", "discord::" + FakeDiscord.OPEN_CHANNEL + ":" + onShardOne)))
                .isEqualTo(1);
        assertThat(discord.requests(replyTo(FakeDiscord.OTHER_CHANNEL, onShardZero)))
                .hasSize(1);
        assertThat(discord.requests(replyTo(FakeDiscord.OPEN_CHANNEL, onShardOne)))
                .hasSize(1);
        assertThat(discord.requests(r -> r.is("PUT", "applications/\\d+/commands")))
                .as("the global command list is registered by shard 0 only")
                .hasSize(1);
    }
}
