package com.salesbot.config.slack;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.slack.standin.SignedRequests;
import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Answer;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Call;
import com.salesbot.adapter.slack.standin.SlackPayloads;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.config.wiring.MongoConnection;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole Slack path over real HTTP on loopback: signed requests posted to the bot's /slack/events
 * endpoint (Bolt's servlet in the Spring context on a random port), the real engine, NLU and MongoDB
 * driver on the embedded server, and a stand-in of Slack's Web API that records what the bot sent.
 */
class SlackHttpConversationTest {
    private static final String SECRET = "test-signing-secret";
    private static final String ALICE = "U0ALICE";
    private static final String WANG = "U0WANG";
    private static final AtomicLong TS = new AtomicLong(1_764_208_800L);

    private static SlackApiStandIn slack;
    private static ConfigurableApplicationContext context;
    private static SignedRequests bot;
    private static MongoDatabase database;

    @BeforeAll
    static void startTheBotAgainstTheStandIn() throws Exception {
        slack = SlackApiStandIn.start();
        slack.knowUser(ALICE, "Alice Smith", "America/New_York", "en-US");
        slack.knowUser(WANG, "王磊", "Asia/Shanghai", "zh-CN");
        context = new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        "--spring.main.web-application-type=servlet",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--salesbot.slack.bot-token=xoxb-test",
                        "--salesbot.slack.signing-secret=" + SECRET,
                        "--salesbot.slack.api-url=" + slack.apiUrl(),
                        "--salesbot.mongodb.embedded-path=memory",
                        // Alice sends more than a burst across these tests; the limit has its own tests.
                        "--salesbot.rate-limit.enabled=false",
                        "--salesbot.clock.zone=Asia/Shanghai");
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        bot = new SignedRequests(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);
        database = context.getBean(MongoConnection.class).database();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @BeforeEach
    void forgetEarlierCalls() {
        slack.clear();
    }

    private static String ts() {
        return TS.incrementAndGet() + ".000100";
    }

    private static String eventId() {
        return "Ev" + TS.incrementAndGet();
    }

    private static Call replyIn(String channel) {
        return slack.awaitFirst(
                c -> c.method().equals("chat.postMessage") && channel.equals(c.param("channel")),
                "chat.postMessage to " + channel);
    }

    private static Call responseTo(String name) {
        return slack.awaitFirst(c -> c.path().equals("/respond/" + name), "a POST to response URL " + name);
    }

    private static long count(String collection, Document filter) {
        return database.getCollection(collection).countDocuments(filter);
    }

    @Test
    void aDirectMessageInEnglishLogsAVisitAndRepliesWithAnUndoButton() {
        HttpResponse<String> response = bot.event(SlackPayloads.directMessage(
                eventId(), ALICE, "visited Acme Corp today, met the CTO, follow up next Tuesday", ts()));

        assertThat(response.statusCode()).isEqualTo(200);
        Call reply = replyIn("D" + ALICE);
        assertThat(reply.param("text"))
                .contains("Logged your visit to Acme Corp")
                .contains("Met: the CTO");
        assertThat(reply.param("thread_ts")).isNull();
        assertThat(reply.param("blocks"))
                .contains("\"action_id\":\"salesbot_undo\"")
                .contains("\"value\":\"undo\"");
        assertThat(reply.headers().get("authorization")).isEqualTo("Bearer xoxb-test");
        Document visit = database.getCollection("visits")
                .find(eq("customer", "Acme Corp"))
                .first();
        assertThat(visit).isNotNull();
        assertThat(visit.getString("contact")).isEqualTo("the CTO");
    }

    @Test
    void theFirstMessageOfAPersonStoresTheirSlackNameZoneAndLocaleOnce() {
        bot.event(SlackPayloads.directMessage(eventId(), ALICE, "hi", ts()));
        replyIn("D" + ALICE);
        bot.event(SlackPayloads.directMessage(eventId(), ALICE, "hello again", ts()));
        slack.await("chat.postMessage", 2);

        Document alice = database.getCollection("people")
                .find(eq("identities", "slack:" + SlackApiStandIn.TEAM + "/" + ALICE))
                .first();
        assertThat(alice).isNotNull();
        assertThat(alice.getString("displayName")).isEqualTo("Alice Smith");
        assertThat(alice.getString("zone")).isEqualTo("America/New_York");
        assertThat(alice.getString("lang")).isEqualTo("en");
        assertThat(slack.calls("users.info")).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aDirectMessageInChineseLogsAVisitAndRepliesInChinese() {
        HttpResponse<String> response =
                bot.event(SlackPayloads.directMessage(eventId(), WANG, "今天拜访了华为技术，王经理对方案很感兴趣，下周三再跟进", ts()));

        assertThat(response.statusCode()).isEqualTo(200);
        Call reply = replyIn("D" + WANG);
        assertThat(reply.param("text")).contains("已记录你在").contains("华为技术").contains("见到：王经理");
        assertThat(reply.param("blocks")).contains("撤销");
        assertThat(count("visits", new Document("customer", "华为技术"))).isEqualTo(1);
        Document wang = database.getCollection("people")
                .find(eq("identities", "slack:" + SlackApiStandIn.TEAM + "/" + WANG))
                .first();
        assertThat(wang.getString("displayName")).isEqualTo("王磊");
        assertThat(wang.getString("lang")).isEqualTo("zh");
        assertThat(wang.getString("zone")).isEqualTo("Asia/Shanghai");
    }

    @Test
    void aMentionInAChannelIsAnsweredInTheChannelAndAMentionInAThreadInThatThread() {
        bot.event(SlackPayloads.mention(eventId(), "C0SALES", ALICE, "closed $3k with Initech today", ts(), null));
        Call inChannel = replyIn("C0SALES");
        assertThat(inChannel.param("text")).contains("Logged a sale of $3,000 with Initech");
        assertThat(inChannel.param("thread_ts")).isNull();

        String parent = ts();
        bot.event(SlackPayloads.mention(eventId(), "C0FIELD", ALICE, "help", ts(), parent));
        Call inThread = replyIn("C0FIELD");
        assertThat(inThread.param("thread_ts")).isEqualTo(parent);
    }

    @Test
    void aRetriedOrRepeatedEventWritesNothingTwiceAndGetsNoSecondReply() {
        String event = SlackPayloads.directMessage(eventId(), ALICE, "visited Umbrella Corp today", ts());
        assertThat(bot.event(event).statusCode()).isEqualTo(200);
        replyIn("D" + ALICE);

        assertThat(bot.retriedEvent(event, 1).statusCode()).isEqualTo(200);
        assertThat(bot.retriedEvent(event, 2).statusCode()).isEqualTo(200);
        assertThat(bot.event(event).statusCode()).isEqualTo(200);
        // A later message is answered; by then any second answer to the retries would have been sent.
        bot.event(SlackPayloads.directMessage(eventId(), ALICE, "hi", ts()));
        slack.awaitFirst(
                c -> c.method().equals("chat.postMessage") && !c.param("text").contains("Umbrella"),
                "the reply to the later message");

        assertThat(count("visits", new Document("customer", "Umbrella Corp"))).isEqualTo(1);
        assertThat(slack.calls("chat.postMessage").stream()
                        .filter(c -> c.param("text").contains("Umbrella")))
                .hasSize(1);
    }

    @Test
    void aTrophyReactionGivesTheAuthorKudosOnceEvenWhenRetriedOrAddedAgain() {
        String message = ts();
        String first = SlackPayloads.reactionAdded(eventId(), ALICE, "trophy", "C0KUDOS", message, WANG);
        assertThat(bot.event(first).statusCode()).isEqualTo(200);
        Call post = replyIn("C0KUDOS");
        assertThat(post.param("text")).startsWith("🏆 Kudos from Alice Smith to 王磊!");

        bot.retriedEvent(first, 1);
        // Removed and added again: a new event id about the same reactor and message.
        bot.event(SlackPayloads.reactionAdded(eventId(), ALICE, "trophy", "C0KUDOS", message, WANG));
        bot.event(SlackPayloads.reactionAdded(eventId(), WANG, "trophy", "C0KUDOS", ts(), ALICE));
        slack.awaitFirst(
                c -> c.method().equals("chat.postMessage") && c.param("text").startsWith("🏆 王磊 为 Alice Smith 点赞"),
                "王磊's kudos to Alice");

        Document toWang = new Document("recipients.person", "slack:" + SlackApiStandIn.TEAM + "/" + WANG);
        assertThat(count("recognitions", toWang)).isEqualTo(1);
        assertThat(slack.calls("chat.postMessage").stream()
                        .filter(c -> c.param("text").contains("to 王磊")))
                .hasSize(1);
    }

    @Test
    void requestsWithAMissingWrongOrStaleSignatureGet401AndDoNothing() {
        String body = SlackPayloads.directMessage(eventId(), ALICE, "visited Cyberdyne today", ts());
        long now = Instant.now().getEpochSecond();

        assertThat(bot.unsigned(body).statusCode()).isEqualTo(401);
        assertThat(bot.post(body, "application/json", now, "v0=" + "0".repeat(64), Map.of())
                        .statusCode())
                .isEqualTo(401);
        assertThat(bot.post(body, "application/json", now - 6 * 60, null, Map.of())
                        .statusCode())
                .isEqualTo(401);
        String signedByAnother = SignedRequests.sign("another-secret", now, body);
        assertThat(bot.post(body, "application/json", now, signedByAnother, Map.of())
                        .statusCode())
                .isEqualTo(401);

        // A correctly signed message afterwards is answered, and nothing from the refused ones was stored.
        bot.event(SlackPayloads.directMessage(eventId(), ALICE, "hi", ts()));
        replyIn("D" + ALICE);
        assertThat(count("visits", new Document("customer", "Cyberdyne"))).isZero();
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void theUrlVerificationChallengeIsEchoed() {
        HttpResponse<String> response =
                bot.event("{\"token\":\"legacy\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("c-123");
    }

    @Test
    void eachSlashCommandGoesThroughTheNluAndAnswersThroughItsResponseUrl() {
        // The sale first, so the ranking has something to show.
        String sale = command("/sale", "Globex 12k");
        assertThat(responseTo(sale).body())
                .contains("\"response_type\":\"ephemeral\"")
                .contains("Logged a sale of $12,000 with Globex");

        String visit = command("/visit", "Initrode today, met the CFO");
        String target = command("/target", "");
        String ranking = command("/ranking", "");
        String kudos = command("/kudos", "bob for the demo");
        String remind = command("/remind", "me to call Acme tomorrow at 9");
        String help = command("/salesbot", "");

        assertThat(responseTo(visit).body()).contains("Logged your visit to Initrode");
        assertThat(responseTo(target).body()).contains("target");
        assertThat(responseTo(ranking).body()).contains("Team ranking by sales").contains("\"fields\"");
        assertThat(responseTo(kudos).body()).contains("\"response_type\":\"ephemeral\"");
        assertThat(responseTo(remind).body()).contains("\"response_type\":\"ephemeral\"");
        assertThat(responseTo(help).body()).contains("Here is what I can do").contains("salesbot_open_visit_modal");
        assertThat(count("sales", new Document("customer", "Globex"))).isEqualTo(1);
        assertThat(count("visits", new Document("customer", "Initrode").append("contact", "the CFO")))
                .isEqualTo(1);
    }

    /** Posts a signed slash command and returns the name of its response URL. */
    private static String command(String command, String text) {
        String name = command.substring(1) + "-" + TS.incrementAndGet();
        HttpResponse<String> ack = bot.form(SlackPayloads.slashCommand(
                command, ALICE, "C0SALES", text, slack.responseUrl(name), "trigger-" + name));
        assertThat(ack.statusCode()).as(command).isEqualTo(200);
        assertThat(ack.body())
                .as("the ack of " + command + " is empty; the answer follows")
                .isEmpty();
        return name;
    }

    @Test
    void slashVisitWithNoTextOpensTheFormAndItsSubmissionLogsAVisit() {
        bot.form(SlackPayloads.slashCommand("/visit", ALICE, "C0SALES", "", slack.responseUrl("visit-form"), "trig-1"));
        Call open = slack.awaitFirst(c -> c.method().equals("views.open"), "views.open");
        assertThat(open.param("trigger_id")).isEqualTo("trig-1");
        assertThat(open.param("view"))
                .contains("salesbot_log_visit")
                .contains("\"action_id\":\"follow_up\"")
                .contains("datepicker");

        HttpResponse<String> submitted = bot.form(SlackPayloads.visitFormSubmission(
                ALICE,
                "V0FORM1",
                "en|C0SALES",
                Map.of(
                        "customer", "Sunrise Dental",
                        "contact", "Dr. Chen",
                        "notes", "wants a demo",
                        "outcome", "interested",
                        "follow_up", "2026-12-10",
                        "amount", "8k")));

        assertThat(submitted.statusCode()).isEqualTo(200);
        Call dm = replyIn("D" + ALICE);
        assertThat(slack.calls("conversations.open")).isNotEmpty();
        assertThat(dm.param("text"))
                .contains("Logged your visit to Sunrise Dental")
                .contains("Follow-up: 2026-12-10");
        Document visit = database.getCollection("visits")
                .find(eq("customer", "Sunrise Dental"))
                .first();
        assertThat(visit.getString("contact")).isEqualTo("Dr. Chen");
        assertThat(visit.getString("notes")).contains("wants a demo").contains("interested");
    }

    @Test
    void aFormWithAnAmountThatIsNotOneIsSentBackWithAnErrorAndNothingIsLogged() {
        HttpResponse<String> submitted = bot.form(SlackPayloads.visitFormSubmission(
                ALICE, "V0FORM2", "en|", Map.of("customer", "Hooli", "amount", "a lot")));

        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).contains("\"response_action\":\"errors\"").contains("amount");
        assertThat(count("visits", new Document("customer", "Hooli"))).isZero();
    }

    @Test
    void theUndoButtonTakesBackTheLatestEntryOnce() {
        bot.event(SlackPayloads.directMessage(eventId(), ALICE, "visited Stark Industries today", ts()));
        Call confirmation = replyIn("D" + ALICE);
        assertThat(count("visits", new Document("customer", "Stark Industries").append("undone", false)))
                .isEqualTo(1);
        slack.clear();

        String messageTs = ts();
        Map<String, String> click = SlackPayloads.buttonClick(
                ALICE, "D" + ALICE, messageTs, "salesbot_undo", "undo", slack.responseUrl("undo"));
        assertThat(bot.form(click).statusCode()).isEqualTo(200);
        Call undone = replyIn("D" + ALICE);
        assertThat(undone.param("text")).contains("Undone").contains("Stark Industries");
        assertThat(confirmation.param("blocks")).contains("salesbot_undo");

        assertThat(bot.form(click).statusCode()).isEqualTo(200);
        bot.event(SlackPayloads.directMessage(eventId(), ALICE, "hi", ts()));
        slack.await("chat.postMessage", 2);
        assertThat(count("visits", new Document("customer", "Stark Industries").append("undone", true)))
                .isEqualTo(1);
        assertThat(slack.calls("chat.postMessage").stream()
                        .filter(c -> c.param("text").contains("Undone")))
                .hasSize(1);
    }

    @Test
    void aChoiceButtonSendsItsValueThroughTheEngine() {
        bot.event(SlackPayloads.directMessage(eventId(), ALICE, "what's the weather tomorrow?", ts()));
        Call unknown = replyIn("D" + ALICE);
        assertThat(unknown.param("blocks"))
                .contains("\"action_id\":\"salesbot_choice_0\"")
                .contains("\"value\":\"help\"");
        slack.clear();

        bot.form(SlackPayloads.buttonClick(
                ALICE, "D" + ALICE, ts(), "salesbot_choice_0", "help", slack.responseUrl("choice")));

        assertThat(replyIn("D" + ALICE).param("text")).contains("Here is what I can do");
    }

    @Test
    void aRateLimitedReplyIsSentAgainAfterRetryAfter() {
        slack.queue("chat.postMessage", Answer.rateLimited(1));

        bot.event(SlackPayloads.directMessage(eventId(), ALICE, "visited Wayne Enterprises today", ts()));

        List<Call> attempts = slack.await("chat.postMessage", 2);
        assertThat(attempts.get(0).param("text")).isEqualTo(attempts.get(1).param("text"));
        assertThat(attempts.get(1).param("text")).contains("Wayne Enterprises");
        assertThat(count("visits", new Document("customer", "Wayne Enterprises")))
                .isEqualTo(1);
    }

    @Test
    void aChannelThatIsGoneIsLoggedAndTheBotKeepsServing() {
        slack.queue("chat.postMessage", Answer.error("channel_not_found"));
        bot.event(SlackPayloads.mention(eventId(), "C0GONE", ALICE, "help", ts(), null));
        slack.await("chat.postMessage", 1);

        HttpResponse<String> next = bot.event(SlackPayloads.directMessage(eventId(), ALICE, "hi", ts()));

        assertThat(next.statusCode()).isEqualTo(200);
        replyIn("D" + ALICE);
    }

    // ---- other workspaces ----

    private static final String OTHER_TEAM = "T0OTHER";

    /** The same signed payload as Slack would send it for a user of another workspace. */
    private static String fromOtherWorkspace(String json) {
        return json.replace("\"" + SlackApiStandIn.TEAM + "\"", "\"" + OTHER_TEAM + "\"");
    }

    private static double refused(String kind) {
        MeterRegistry registry = context.getBean(MeterRegistry.class);
        Counter counter = registry.find("salesbot.chat.refused")
                .tags("platform", "slack", "kind", kind)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aSignedEventFromAnotherWorkspaceIsAcknowledgedButNeitherStoredNorAnswered() {
        double before = refused("event");

        HttpResponse<String> response = bot.event(
                fromOtherWorkspace(SlackPayloads.directMessage(eventId(), "U0MALLORY", "visited Oscorp today", ts())));
        // A message from the bot's own workspace is answered; by then the first would have been too.
        bot.event(SlackPayloads.directMessage(eventId(), ALICE, "hi", ts()));
        replyIn("D" + ALICE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(slack.calls("chat.postMessage").stream().map(c -> c.param("channel")))
                .doesNotContain("DU0MALLORY");
        assertThat(count("visits", new Document("customer", "Oscorp"))).isZero();
        assertThat(database.getCollection("people")
                        .countDocuments(new Document("identities", new Document("$regex", "U0MALLORY"))))
                .isZero();
        assertThat(refused("event")).isEqualTo(before + 1);
    }

    @Test
    void aSlashCommandFromAnotherWorkspaceIsToldTheBotIsNotSetUpThereAndStoresNothing() {
        Map<String, String> form = new java.util.LinkedHashMap<>(SlackPayloads.slashCommand(
                "/sale",
                "U0MALLORY",
                "C0THEIRS",
                "closed 90k with Oscorp today",
                slack.responseUrl("other"),
                "trig-x"));
        form.put("team_id", OTHER_TEAM);

        HttpResponse<String> ack = bot.form(form);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("\"response_type\":\"ephemeral\"", "This bot isn't set up for this workspace.");
        assertThat(count("sales", new Document("customer", "Oscorp"))).isZero();
        assertThat(count("processed_messages", new Document("_id", new Document("$regex", "trig-x"))))
                .isZero();
    }
}
