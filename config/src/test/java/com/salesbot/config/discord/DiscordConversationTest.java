package com.salesbot.config.discord;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.discord.standin.FakeDiscord;
import com.salesbot.adapter.discord.standin.RecordedRequest;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.config.wiring.MongoConnection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Discord through the real wiring: salesbot's Spring context with DISCORD_TOKEN set, real JDA against
 * the loopback stand-in, the real NLU, and the MongoDB driver on the embedded server. Asserts what
 * Discord receives and what the database holds.
 */
class DiscordConversationTest {
    private static final String TOKEN = "wiring-test-token";

    private static FakeDiscord discord;
    private static ConfigurableApplicationContext context;
    private static MongoDatabase database;

    @BeforeAll
    static void startTheBot() throws Exception {
        discord = FakeDiscord.start();
        context = new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        "--DISCORD_TOKEN=" + TOKEN,
                        "--salesbot.discord.api-url=" + discord.apiUrl(),
                        "--salesbot.discord.gateway-url=" + discord.gatewayUrl(),
                        "--salesbot.discord.guilds=" + FakeDiscord.GUILD_ID,
                        "--salesbot.mongodb.embedded-path=memory",
                        "--salesbot.mongodb.database=salesbot_discord_test",
                        "--salesbot.clock.now=2026-11-27T10:00",
                        "--salesbot.clock.zone=Asia/Shanghai");
        context.getBean(DiscordRunner.class).awaitReady();
        database = context.getBean(MongoConnection.class).database();
    }

    @AfterAll
    static void stopTheBot() {
        context.close();
        discord.close();
    }

    private static Predicate<RecordedRequest> postedTo(String channel) {
        return r -> r.is("POST", "channels/" + channel + "/messages");
    }

    private static long visitsFrom(String messageId, String channel) {
        return database.getCollection("visits")
                .countDocuments(eq("source.messageKey", "discord::" + channel + ":" + messageId));
    }

    @Test
    void anEnglishDirectMessageIsUnderstoodStoredAndAnswered() throws Exception {
        String channel = "710000000000000001";
        String messageId = discord.nextId();

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.directMessage(
                        messageId,
                        channel,
                        FakeDiscord.user("80351110224678912", "alice"),
                        "visited Acme Corp today, met the CTO, follow up next Tuesday"));

        RecordedRequest post = discord.awaitRequest(postedTo(channel));
        assertThat(post.authorization()).isEqualTo("Bot " + TOKEN);
        assertThat(post.json().getString("content"))
                .startsWith("Logged your visit to Acme Corp on 2026-11-27. Met: the CTO. Follow-up: 2026-12-01.");
        Document visit = database.getCollection("visits")
                .find(eq("source.messageKey", "discord::" + channel + ":" + messageId))
                .first();
        assertThat(visit).isNotNull();
        assertThat(visit.getString("customer")).isEqualTo("Acme Corp");
        assertThat(database.getCollection("people").countDocuments(eq("identities", "discord:80351110224678912")))
                .isEqualTo(1);
    }

    @Test
    void aChineseDirectMessageIsStoredAndAnsweredInChinese() throws Exception {
        String channel = "710000000000000002";
        String messageId = discord.nextId();

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.directMessage(
                        messageId, channel, FakeDiscord.user("80351110224678913", "王磊"), "今天拜访了华为技术，见了王经理，下周三跟进"));

        RecordedRequest post = discord.awaitRequest(postedTo(channel));
        assertThat(post.json().getString("content")).startsWith("已记录你在 2026-11-27 拜访 华为技术。见到：王经理。");
        assertThat(visitsFrom(messageId, channel)).isEqualTo(1);
    }

    @Test
    void aDuplicatedDispatchIsStoredOnceAndAnsweredOnce() throws Exception {
        String channel = "710000000000000003";
        String messageId = discord.nextId();
        DataObject message = discord.directMessage(
                messageId, channel, FakeDiscord.user("80351110224678914", "bob"), "visited Globex today");

        discord.dispatch("MESSAGE_CREATE", message);
        discord.dispatch("MESSAGE_CREATE", message);
        // Messages are handled in order: once this one is answered, both copies above have been handled.
        discord.dispatch(
                "MESSAGE_CREATE",
                discord.directMessage(discord.nextId(), channel, FakeDiscord.user("80351110224678914", "bob"), "hi"));

        List<RecordedRequest> posts = discord.awaitRequests(postedTo(channel), 2);
        assertThat(posts.get(0).json().getString("content")).startsWith("Logged your visit to Globex");
        assertThat(posts.get(1).json().getString("content")).startsWith("Hi bob!");
        assertThat(visitsFrom(messageId, channel)).isEqualTo(1);
    }

    @Test
    void aSlashCommandIsAcknowledgedWithItsAnswerAndTheSaleStored() throws Exception {
        String interaction = discord.nextId();

        discord.dispatch(
                "INTERACTION_CREATE",
                discord.slashCommandInDm(
                        interaction,
                        "710000000000000004",
                        FakeDiscord.user("80351110224678915", "carol"),
                        "zh-CN",
                        "sale",
                        "customer",
                        "华为技术",
                        "amount",
                        "50000",
                        "currency",
                        "CNY"));

        RecordedRequest callback = discord.awaitRequest(r -> r.is("POST", "interactions/" + interaction + "/.*"));
        DataObject json = callback.json();
        assertThat(json.getInt("type")).isEqualTo(4);
        assertThat(json.getObject("data").getString("content")).startsWith("已记录成交：华为技术，¥50,000");
        assertThat(database.getCollection("sales")
                        .countDocuments(eq("source.messageKey", "discord::710000000000000004:" + interaction)))
                .isEqualTo(1);
    }

    @Test
    void slashCommandsAreRegisteredGloballyAtStartUp() throws Exception {
        RecordedRequest commands = discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/commands"));

        assertThat(commands.body()).contains("\"name\":\"visit\"", "\"name\":\"ranking\"", "\"autocomplete\":true");
    }

    @Test
    void customerAutocompleteOffersNamesFromTheDatabase() throws Exception {
        String channel = "710000000000000005";
        DataObject dave = FakeDiscord.user("80351110224678916", "dave");
        discord.dispatch(
                "MESSAGE_CREATE", discord.directMessage(discord.nextId(), channel, dave, "visited Zenith Labs today"));
        discord.awaitRequest(postedTo(channel));
        String interaction = discord.nextId();

        discord.dispatch(
                "INTERACTION_CREATE", discord.autocompleteInDm(interaction, channel, dave, "sale", "customer", "zen"));

        DataObject json = discord.awaitRequest(r -> r.is("POST", "interactions/" + interaction + "/.*"))
                .json();
        assertThat(json.getInt("type")).isEqualTo(8);
        DataObject choice = json.getObject("data").getArray("choices").getObject(0);
        assertThat(choice.getString("name")).isEqualTo("Zenith Labs");
        assertThat(choice.getString("value")).isEqualTo("Zenith Labs");
    }

    @Test
    void aSlashCommandFromAServerNotConfiguredIsRefusedPrivatelyStoresNothingAndIsCounted() throws Exception {
        String interaction = discord.nextId();
        double before = refusedCommands();

        discord.dispatch(
                "INTERACTION_CREATE",
                discord.slashCommandInGuild(
                        FakeDiscord.OTHER_GUILD_ID,
                        interaction,
                        FakeDiscord.OTHER_CHANNEL,
                        FakeDiscord.user("80351110224678917", "mallory"),
                        "en-US",
                        "sale",
                        "customer",
                        "Vandelay Industries",
                        "amount",
                        "90000"));

        DataObject json = discord.awaitRequest(r -> r.is("POST", "interactions/" + interaction + "/.*"))
                .json();
        assertThat(json.getObject("data").getString("content")).isEqualTo("This bot isn't set up for this server.");
        assertThat(json.getObject("data").getInt("flags") & 64).as("ephemeral").isEqualTo(64);
        assertThat(database.getCollection("sales").countDocuments(eq("customer", "Vandelay Industries")))
                .isZero();
        assertThat(database.getCollection("processed_messages")
                        .countDocuments(eq("_id", "discord::" + FakeDiscord.OTHER_CHANNEL + ":" + interaction)))
                .isZero();
        assertThat(database.getCollection("people").countDocuments(eq("identities", "discord:80351110224678917")))
                .isZero();
        assertThat(refusedCommands()).isEqualTo(before + 1);
    }

    @Test
    void aMentionInTheConfiguredServerIsStoredAndAnsweredWhileOneInAnotherServerIsIgnored() throws Exception {
        String stranger = discord.nextId();
        String known = discord.nextId();
        DataObject erin = FakeDiscord.user("80351110224678918", "erin");

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        FakeDiscord.OTHER_GUILD_ID,
                        stranger,
                        FakeDiscord.OTHER_CHANNEL,
                        erin,
                        "<@" + FakeDiscord.BOT_ID + "> visited Wayne Enterprises today",
                        true));
        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        known,
                        FakeDiscord.OPEN_CHANNEL,
                        erin,
                        "<@" + FakeDiscord.BOT_ID + "> visited Stark Industries today",
                        true));

        // Events are handled in order: once the second is answered, the first has been dealt with.
        RecordedRequest reply = discord.awaitRequest(
                r -> postedTo(FakeDiscord.OPEN_CHANNEL).test(r) && r.body().contains("Stark Industries"));
        assertThat(reply.json().getString("content")).startsWith("Logged your visit to Stark Industries");
        assertThat(visitsFrom(known, FakeDiscord.OPEN_CHANNEL)).isEqualTo(1);
        assertThat(visitsFrom(stranger, FakeDiscord.OTHER_CHANNEL)).isZero();
        assertThat(database.getCollection("visits").countDocuments(eq("customer", "Wayne Enterprises")))
                .isZero();
        assertThat(discord.requests(postedTo(FakeDiscord.OTHER_CHANNEL))).isEmpty();
    }

    private static double refusedCommands() {
        MeterRegistry registry = context.getBean(MeterRegistry.class);
        Counter counter = registry.find("salesbot.chat.refused")
                .tags("platform", "discord", "kind", "command")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
