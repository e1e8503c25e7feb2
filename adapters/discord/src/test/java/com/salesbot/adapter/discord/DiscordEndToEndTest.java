package com.salesbot.adapter.discord;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.discord.standin.FakeDiscord;
import com.salesbot.adapter.discord.standin.RecordedRequest;
import com.salesbot.core.conversation.ReactionHandler;
import com.salesbot.core.customer.CustomerSuggestions;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import com.salesbot.core.report.ReportForms;
import com.salesbot.core.report.ReportRules;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real JDA client against a Discord stand-in on loopback (gateway WebSocket and REST), with the
 * core on in-memory stores: what the stand-in receives is what Discord would.
 */
class DiscordEndToEndTest {
    private static final String TOKEN = "test-token.not-a-secret";
    private static final String DM_CHANNEL = "700000000000000001";

    private static final ReportRules TEMPLATE =
            new ReportRules(null, Map.of(), Map.of(TestWorld.TEAM_ID, List.of("Visits today?", "Plan for tomorrow?")));
    private static final TestWorld world =
            TestWorld.builder().reportRules(TEMPLATE).build();
    private static FakeDiscord discord;
    private static DiscordAdapter adapter;
    private static final List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect() throws Exception {
        world.directory().save(world.alice().withIdentity("discord:111"));
        world.directory().save(world.bob().withIdentity("discord:222"));
        discord = FakeDiscord.start();
        adapter = DiscordAdapter.start(
                new DiscordSettings(TOKEN, discord.apiUrl(), discord.gatewayUrl(), null, Duration.ofSeconds(2))
                        .withGuilds(java.util.Set.of(FakeDiscord.GUILD_ID)),
                world.engine(),
                ReactionHandler.NONE,
                new ReportForms(world.directory(), TEMPLATE),
                new CustomerSuggestions(world.directory(), (team, typed, limit) -> List.of()),
                refusals::add);
        adapter.awaitReady();
    }

    @AfterAll
    static void disconnect() {
        adapter.close();
        discord.close();
    }

    private static Predicate<RecordedRequest> postedTo(String channel) {
        return r -> r.is("POST", "channels/" + channel + "/messages");
    }

    @Test
    void theBotChecksItsTokenWithTheBotSchemeAndRegistersItsSevenCommandsGlobally() throws Exception {
        RecordedRequest me = discord.awaitRequest(r -> r.is("GET", "users/@me"));
        RecordedRequest commands = discord.awaitRequest(r -> r.is("PUT", "applications/\\d+/commands"));

        assertThat(me.authorization()).isEqualTo("Bot " + TOKEN);
        assertThat(commands.path()).isEqualTo("applications/" + FakeDiscord.APPLICATION_ID + "/commands");
        assertThat(commands.body()).contains("\"name\":\"visit\"", "\"name\":\"sale\"", "\"name\":\"salesbot\"");
        assertThat(DataObject.fromJson("{\"a\":" + commands.body() + "}")
                        .getArray("a")
                        .length())
                .isEqualTo(7);
    }

    @Test
    void anEnglishDirectMessageLogsTheVisitAndIsAnsweredThroughTheChannelMessagesEndpoint() throws Exception {
        world.parser().on("visited Acme Corp today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Acme Corp"));
        String channel = "700000000000000011";

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.directMessage(
                        discord.nextId(), channel, FakeDiscord.user("111", "alice"), "visited Acme Corp today"));

        RecordedRequest post = discord.awaitRequest(postedTo(channel));
        assertThat(post.authorization()).isEqualTo("Bot " + TOKEN);
        assertThat(post.json().getString("content")).startsWith("Logged your visit to Acme Corp on 2026-11-27.");
        assertThat(post.body()).contains("\"custom_id\":\"choice:111:undo\"", "\"label\":\"Undo\"");
    }

    @Test
    void aChineseDirectMessageIsAnsweredInChinese() throws Exception {
        world.parser().on("今天拜访了华为技术", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "华为技术"));
        String channel = "700000000000000022";

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.directMessage(discord.nextId(), channel, FakeDiscord.user("222", "Bob"), "今天拜访了华为技术"));

        RecordedRequest post = discord.awaitRequest(postedTo(channel));
        assertThat(post.json().getString("content")).startsWith("已记录你在 2026-11-27 拜访 华为技术。");
        assertThat(post.body()).contains("\"label\":\"撤销\"");
    }

    @Test
    void aMessageDispatchedTwiceIsWrittenAndAnsweredOnce() throws Exception {
        world.parser().on("visited Globex today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Globex"));
        world.parser().on("hi", Intent.SMALLTALK, Entities.none());
        String channel = "700000000000000033";
        String messageId = discord.nextId();
        DataObject message =
                discord.directMessage(messageId, channel, FakeDiscord.user("222", "Bob"), "visited Globex today");
        long before = world.visits().countFor(world.bob().id(), Period.weekOf(TestWorld.TODAY));

        discord.dispatch("MESSAGE_CREATE", message);
        discord.dispatch("MESSAGE_CREATE", message);
        // Messages are handled in order, so once "hi" is answered both copies have been handled.
        discord.dispatch(
                "MESSAGE_CREATE",
                discord.directMessage(discord.nextId(), channel, FakeDiscord.user("222", "Bob"), "hi"));

        List<RecordedRequest> posts = discord.awaitRequests(postedTo(channel), 2);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).json().getString("content")).startsWith("Logged your visit to Globex");
        assertThat(posts.get(1).json().getString("content")).startsWith("Hi Bob!");
        assertThat(world.visits().countFor(world.bob().id(), Period.weekOf(TestWorld.TODAY)))
                .isEqualTo(before + 1);
    }

    @Test
    void aSlashCommandInteractionIsAcknowledgedWithTheAnswer() throws Exception {
        world.parser()
                .on(
                        "closed 5000 with Initech today",
                        Intent.LOG_SALE,
                        entities(Entities.CUSTOMER, "Initech", Entities.AMOUNT, 5000));
        String interaction = discord.nextId();

        discord.dispatch(
                "INTERACTION_CREATE",
                discord.slashCommandInDm(
                        interaction,
                        DM_CHANNEL,
                        FakeDiscord.user("111", "alice"),
                        "en-US",
                        "sale",
                        "customer",
                        "Initech",
                        "amount",
                        "5000"));

        RecordedRequest callback = discord.awaitRequest(r -> r.is("POST", "interactions/" + interaction + "/.*"));
        assertThat(callback.path())
                .isEqualTo("interactions/" + interaction + "/interaction-token-" + interaction + "/callback");
        DataObject json = callback.json();
        assertThat(json.getInt("type")).isEqualTo(4);
        assertThat(json.getObject("data").getString("content")).startsWith("Logged a sale of $5,000 with Initech");
    }

    @Test
    void proactiveDirectMessagesOpenTheDmChannelThenPostTheMessage() throws Exception {
        adapter.outbound()
                .sendDirect("discord:333", com.salesbot.core.conversation.Reply.text("Reminder: call Initech"));

        RecordedRequest open = discord.awaitRequest(r -> r.is("POST", "users/@me/channels")
                && r.json().getString("recipient_id").equals("333"));
        assertThat(open.authorization()).isEqualTo("Bot " + TOKEN);
        RecordedRequest post = discord.awaitRequest(postedTo("733"));
        assertThat(post.json().getString("content")).isEqualTo("Reminder: call Initech");
    }

    @Test
    void aMentionInAServerChannelIsAnsweredAsAReplyToThatMessage() throws Exception {
        world.parser().on("visited Initech today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Initech"));
        world.parser().on("hi", Intent.SMALLTALK, Entities.none());
        String ignored = discord.nextId();
        String mention = discord.nextId();

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        ignored, FakeDiscord.OPEN_CHANNEL, FakeDiscord.user("111", "alice"), "hi all", false));
        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        mention,
                        FakeDiscord.OPEN_CHANNEL,
                        FakeDiscord.user("111", "alice"),
                        "<@" + FakeDiscord.BOT_ID + "> visited Initech today",
                        true));

        RecordedRequest reply = discord.awaitRequest(
                r -> postedTo(FakeDiscord.OPEN_CHANNEL).test(r) && r.body().contains("Initech"));
        assertThat(reply.json().getString("content")).startsWith("Logged your visit to Initech on 2026-11-27.");
        assertThat(reply.json().getObject("message_reference").getString("message_id"))
                .isEqualTo(mention);
        assertThat(discord.requests(r -> r.body().contains(ignored))).isEmpty();
    }

    @Test
    void whereTheBotMayNotWriteItTellsTheWaitingUserByDirectMessage() throws Exception {
        world.parser().on("hi", Intent.SMALLTALK, Entities.none());

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        discord.nextId(),
                        FakeDiscord.CLOSED_CHANNEL,
                        FakeDiscord.user("111", "alice"),
                        "<@" + FakeDiscord.BOT_ID + "> hi",
                        true));

        RecordedRequest open = discord.awaitRequest(r -> r.is("POST", "users/@me/channels")
                && r.json().getString("recipient_id").equals("111"));
        assertThat(open).isNotNull();
        RecordedRequest explanation = discord.awaitRequest(postedTo("711"));
        assertThat(explanation.json().getString("content"))
                .startsWith("I could not answer you in <#" + FakeDiscord.CLOSED_CHANNEL + "> (MISSING_PERMISSIONS");
        assertThat(discord.requests(postedTo(FakeDiscord.CLOSED_CHANNEL))).isEmpty();
    }

    @Test
    void proactivePostsReachAServerChannelAndChartsArriveAsAttachedImages() throws Exception {
        adapter.outbound()
                .postToChannel(
                        FakeDiscord.GUILD_ID,
                        FakeDiscord.OPEN_CHANNEL,
                        null,
                        com.salesbot.core.conversation.Reply.text("Alice reached 100% of her target!"));
        adapter.outbound().postImage(FakeDiscord.GUILD_ID, FakeDiscord.OPEN_CHANNEL, "Sales this month", new byte[] {
            (byte) 0x89, 'P', 'N', 'G'
        });

        List<RecordedRequest> posts = discord.awaitRequests(
                r -> postedTo(FakeDiscord.OPEN_CHANNEL).test(r)
                        && (r.body().contains("100% of her target") || r.body().contains("chart.png")),
                2);
        assertThat(posts.get(0).json().getString("content")).isEqualTo("Alice reached 100% of her target!");
        RecordedRequest chart = posts.get(1);
        assertThat(chart.contentType()).startsWith("multipart/form-data");
        assertThat(chart.json()
                        .getArray("embeds")
                        .getObject(0)
                        .getObject("image")
                        .getString("url"))
                .isEqualTo("attachment://chart.png");
        assertThat(chart.body()).contains("filename=\"chart.png\"");
    }

    @Test
    void theDailyDigestIsOneSummaryWithTheReportsInAThreadStartedUnderItThatALateReportJoins() throws Exception {
        TestWorld team = TestWorld.builder()
                .teamChannel(new Recipient.Channel("discord", FakeDiscord.GUILD_ID, FakeDiscord.OPEN_CHANNEL))
                .build();
        team.addPlatform(adapter.outbound());
        Scheduler scheduler = team.scheduler(SchedulerSettings.defaults(), team.digest(LocalTime.of(20, 0)));
        team.tell(team.alice(), "daily report: Globex signed", Intent.DAILY_REPORT);

        scheduler.advanceTo(
                LocalDateTime.of(2026, 11, 27, 20, 0).atZone(TestWorld.ZONE).toInstant(), team.clock()::set);
        team.advance(Duration.ofMinutes(30));
        team.tell(team.bob(), "日报：拜访了美的", Intent.DAILY_REPORT, Entities.none(), Lang.ZH);

        RecordedRequest summary = discord.awaitRequest(
                r -> postedTo(FakeDiscord.OPEN_CHANNEL).test(r) && r.body().contains("Daily digest for 2026-11-27"));
        assertThat(summary.json().getString("content"))
                .isEqualTo("📋 Daily digest for 2026-11-27: 1 of 2 reported.\n"
                        + "Team — visits 0, deals 0, sales $0\n"
                        + "Not reported: Bob.");
        List<RecordedRequest> started = discord.requests(r -> r.is("POST", "channels/\\d+/messages/\\d+/threads"));
        assertThat(started).singleElement().satisfies(r -> {
            assertThat(r.path()).startsWith("channels/" + FakeDiscord.OPEN_CHANNEL + "/messages/");
            assertThat(r.json().getString("name")).isEqualTo("📋 Daily digest for 2026-11-27: 1 of 2 reported.");
        });
        String thread = started.get(0).path().split("/")[3];
        assertThat(discord.awaitRequests(postedTo(thread), 2))
                .extracting(r -> r.json().getString("content"))
                .containsExactly(
                        "• Alice — visits 0, deals 0, sales $0\ndaily report: Globex signed",
                        "• Bob — visits 0, deals 0, sales $0\n日报：拜访了美的");
    }

    @Test
    void aPostToAChannelTheBotCannotSeeFailsAsUndeliverable() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> adapter.outbound()
                        .postToChannel(
                                FakeDiscord.GUILD_ID,
                                "123456789012345678",
                                null,
                                com.salesbot.core.conversation.Reply.text("hello")))
                .isInstanceOf(com.salesbot.core.conversation.DeliveryFailedException.class)
                .hasMessageContaining("unknown Discord channel 123456789012345678");
    }

    @Test
    void aLostGatewayConnectionIsResumedAndAQuestionAskedBeforeItIsStillAnswered() throws Exception {
        world.parser().on("visited a new clinic", Intent.LOG_VISIT, Entities.none());
        String channel = "700000000000000044";
        DataObject carol = FakeDiscord.user("444", "carol");
        world.directory().save(world.carol().withIdentity("discord:444"));

        discord.dispatch(
                "MESSAGE_CREATE", discord.directMessage(discord.nextId(), channel, carol, "visited a new clinic"));
        RecordedRequest question = discord.awaitRequest(postedTo(channel));
        discord.dropConnections();
        discord.awaitResumes(1);
        discord.dispatch("MESSAGE_CREATE", discord.directMessage(discord.nextId(), channel, carol, "Sunrise Dental"));

        List<RecordedRequest> posts = discord.awaitRequests(postedTo(channel), 2);
        assertThat(question.json().getString("content"))
                .isEqualTo("Which customer did you visit? For example: \"visited Acme today\".");
        assertThat(posts.get(1).json().getString("content")).startsWith("Logged your visit to Sunrise Dental");
    }

    @Test
    void pressingUndoUnderAConfirmationTakesTheVisitBack() throws Exception {
        world.parser().on("visited Hooli today", Intent.LOG_VISIT, entities(Entities.CUSTOMER, "Hooli"));
        world.parser().on("undo", Intent.UNDO, Entities.none());
        world.directory().save(world.admin().withIdentity("discord:555"));
        String channel = "700000000000000055";
        DataObject dana = FakeDiscord.user("555", "dana");
        discord.dispatch(
                "MESSAGE_CREATE", discord.directMessage(discord.nextId(), channel, dana, "visited Hooli today"));
        RecordedRequest confirmation = discord.awaitRequest(postedTo(channel));
        String undo = confirmation
                .json()
                .getArray("components")
                .getObject(0)
                .getArray("components")
                .getObject(0)
                .getString("custom_id");
        String interaction = discord.nextId();

        discord.dispatch("INTERACTION_CREATE", discord.buttonClickInDm(interaction, channel, dana, undo));

        RecordedRequest callback = discord.awaitRequest(r -> r.is("POST", "interactions/" + interaction + "/.*"));
        assertThat(undo).isEqualTo("choice:555:undo");
        assertThat(callback.json().getObject("data").getString("content"))
                .startsWith("Undone: your visit (Hooli, 2026-11-27).");
        assertThat(world.visits().countFor(world.admin().id(), Period.weekOf(TestWorld.TODAY)))
                .isZero();
    }

    @Test
    void slashVisitWithoutOptionsOpensTheFormAndTheSubmittedFormLogsTheVisit() throws Exception {
        world.parser()
                .on(
                        "visited Sunrise Dental today, met Dr. Lee",
                        Intent.LOG_VISIT,
                        entities(Entities.CUSTOMER, "Sunrise Dental", Entities.CONTACT, "Dr. Lee"));
        String command = discord.nextId();
        DataObject alice = FakeDiscord.user("111", "alice");

        discord.dispatch("INTERACTION_CREATE", discord.slashCommandInDm(command, DM_CHANNEL, alice, "en-US", "visit"));
        DataObject form = discord.awaitRequest(r -> r.is("POST", "interactions/" + command + "/.*"))
                .json();
        String submit = discord.nextId();
        discord.dispatch(
                "INTERACTION_CREATE",
                discord.formSubmitInDm(
                        submit,
                        DM_CHANNEL,
                        alice,
                        form.getObject("data").getString("custom_id"),
                        "customer",
                        "Sunrise Dental",
                        "contact",
                        "Dr. Lee",
                        "follow_up",
                        "",
                        "notes",
                        ""));

        assertThat(form.getInt("type")).isEqualTo(9);
        assertThat(form.getObject("data").getString("title")).isEqualTo("Log a visit");
        RecordedRequest answer = discord.awaitRequest(r -> r.is("POST", "interactions/" + submit + "/.*"));
        assertThat(answer.json().getObject("data").getString("content"))
                .startsWith("Logged your visit to Sunrise Dental on 2026-11-27. Met: Dr. Lee.");
    }

    @Test
    void theReportTemplateButtonOpensAModalWithOneInputPerQuestionAndTheAnswersAreStoredAsTheReport() throws Exception {
        world.parser().on("daily report", Intent.DAILY_REPORT, Entities.none());
        // The NLU reads "daily report:" as a command word; the scripted parser is told so.
        world.parser()
                .on(
                        "daily report: 1) Visits today? 3\n2) Plan for tomorrow? call Initech",
                        Intent.DAILY_REPORT,
                        Entities.none());
        String channel = "700000000000000066";
        DataObject alice = FakeDiscord.user("111", "alice");
        discord.dispatch("MESSAGE_CREATE", discord.directMessage(discord.nextId(), channel, alice, "daily report"));
        DataArray buttons = discord.awaitRequest(postedTo(channel))
                .json()
                .getArray("components")
                .getObject(0)
                .getArray("components");
        assertThat(buttons.getObject(0).getString("custom_id")).isEqualTo("choice:111:daily report: one by one");
        assertThat(buttons.getObject(1).getString("custom_id")).isEqualTo("report_form:en");
        assertThat(buttons.getObject(1).getString("label")).isEqualTo("Fill in the form");
        String click = discord.nextId();

        discord.dispatch("INTERACTION_CREATE", discord.buttonClickInDm(click, channel, alice, "report_form:en"));
        DataObject form = discord.awaitRequest(r -> r.is("POST", "interactions/" + click + "/.*"))
                .json();
        String submit = discord.nextId();
        discord.dispatch(
                "INTERACTION_CREATE",
                discord.formSubmitInDm(submit, channel, alice, "report_form:en", "q1", "3", "q2", "call Initech"));

        assertThat(form.getInt("type")).isEqualTo(9);
        assertThat(form.getObject("data").getString("title")).isEqualTo("Daily report");
        assertThat(form.getObject("data").toString())
                .contains("Visits today?", "Plan for tomorrow?", "\"q1\"", "\"q2\"");
        RecordedRequest answer = discord.awaitRequest(r -> r.is("POST", "interactions/" + submit + "/.*"));
        assertThat(answer.json().getObject("data").getString("content"))
                .startsWith("Thanks, your report for 2026-11-27 is saved.");
        assertThat(world.reports().find(world.alice().id(), TestWorld.TODAY))
                .hasValueSatisfying(r -> assertThat(r.text())
                        .isEqualTo("daily report: 1) Visits today? 3\n2) Plan for tomorrow? call Initech"));
    }

    @Test
    void aSlashCommandFromAServerNobodyConfiguredIsRefusedToTheUserAloneAndNothingIsLogged() throws Exception {
        world.parser()
                .on(
                        "closed 9000 with Vandelay today",
                        Intent.LOG_SALE,
                        entities(Entities.CUSTOMER, "Vandelay", Entities.AMOUNT, 9000));
        String interaction = discord.nextId();

        discord.dispatch(
                "INTERACTION_CREATE",
                discord.slashCommandInGuild(
                        FakeDiscord.OTHER_GUILD_ID,
                        interaction,
                        FakeDiscord.OTHER_CHANNEL,
                        FakeDiscord.user("111", "alice"),
                        "en-US",
                        "sale",
                        "customer",
                        "Vandelay",
                        "amount",
                        "9000"));

        DataObject json = discord.awaitRequest(r -> r.is("POST", "interactions/" + interaction + "/.*"))
                .json();
        assertThat(json.getInt("type")).isEqualTo(4);
        assertThat(json.getObject("data").getString("content")).isEqualTo("This bot isn't set up for this server.");
        assertThat(json.getObject("data").getInt("flags") & 64).as("ephemeral").isEqualTo(64);
        assertThat(world.processed().wasHandled("discord::" + FakeDiscord.OTHER_CHANNEL + ":" + interaction))
                .isFalse();
        assertThat(refusals).contains("command");
    }

    @Test
    void aMentionInAServerNobodyConfiguredGetsNoReplyWhileTheConfiguredServerIsAnswered() throws Exception {
        world.parser().on("hi", Intent.SMALLTALK, Entities.none());
        String stranger = discord.nextId();
        String known = discord.nextId();

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        FakeDiscord.OTHER_GUILD_ID,
                        stranger,
                        FakeDiscord.OTHER_CHANNEL,
                        FakeDiscord.user("111", "alice"),
                        "<@" + FakeDiscord.BOT_ID + "> hi",
                        true));
        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        known,
                        FakeDiscord.OPEN_CHANNEL,
                        FakeDiscord.user("111", "alice"),
                        "<@" + FakeDiscord.BOT_ID + "> hi",
                        true));

        // Events are delivered in order: once the second is answered, the first has been dealt with.
        RecordedRequest reply =
                discord.awaitRequest(r -> postedTo(FakeDiscord.OPEN_CHANNEL).test(r)
                        && r.json().optObject("message_reference").isPresent()
                        && r.json()
                                .getObject("message_reference")
                                .getString("message_id")
                                .equals(known));
        assertThat(reply.json().getString("content")).startsWith("Hi ");
        assertThat(discord.requests(postedTo(FakeDiscord.OTHER_CHANNEL))).isEmpty();
        assertThat(world.processed().wasHandled("discord::" + FakeDiscord.OTHER_CHANNEL + ":" + stranger))
                .isFalse();
        assertThat(refusals).contains("message");
    }

    @Test
    void aUserInstalledCommandInAServerTheBotIsNotInIsRefusedToo() throws Exception {
        String interaction = discord.nextId();
        String server = "800000000012582913";

        discord.dispatch(
                "INTERACTION_CREATE",
                discord.slashCommandInGuild(
                        server, interaction, "800000000012582914", FakeDiscord.user("111", "alice"), "zh-CN", "help"));

        DataObject json = discord.awaitRequest(r -> r.is("POST", "interactions/" + interaction + "/.*"))
                .json();
        assertThat(json.getObject("data").getString("content")).isEqualTo("本机器人尚未为此服务器开通。");
        assertThat(json.getObject("data").getInt("flags") & 64).as("ephemeral").isEqualTo(64);
    }
}
