package com.salesbot.adapter.slack.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.slack.RefusalCounter;
import com.salesbot.adapter.slack.SlackAdapter;
import com.salesbot.adapter.slack.SlackSettings;
import com.salesbot.adapter.slack.standin.InProcessRequests;
import com.salesbot.adapter.slack.standin.SlackApiStandIn;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Answer;
import com.salesbot.adapter.slack.standin.SlackApiStandIn.Call;
import com.salesbot.adapter.slack.standin.SlackPayloads;
import com.salesbot.core.conversation.ReactionHandler;
import com.salesbot.core.engine.EngineSettings;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.people.Person;
import com.salesbot.core.report.ReportForms;
import com.salesbot.core.report.ReportRules;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Slack handlers on a real Bolt app, fed signed requests in-process, with the core's in-memory
 * world behind them and the Web API stand-in recording what goes out.
 */
class SlackChatTest {
    private static final String SECRET = "chat-test-secret";
    private static final String IDENTITY = "slack:" + SlackApiStandIn.TEAM + "/U0NEW";

    private SlackApiStandIn slack;
    private SlackAdapter adapter;
    private TestWorld world;
    private InProcessRequests requests;

    private void start(TestWorld testWorld) throws Exception {
        start(testWorld, ReportForms.none(testWorld.directory()));
    }

    private void start(TestWorld testWorld, ReportForms reportForms) throws Exception {
        world = testWorld;
        slack = SlackApiStandIn.start();
        adapter = SlackAdapter.create(
                new SlackSettings("xoxb-test", SECRET, null, slack.apiUrl(), 2),
                world.engine(),
                ReactionHandler.NONE,
                reportForms,
                world.directory(),
                new OnboardingPolicy(true, TestWorld.TEAM_ID, TestWorld.ZONE),
                Clock.systemUTC(),
                RefusalCounter.NONE);
        adapter.app().start();
        requests = new InProcessRequests(adapter.app(), SECRET);
    }

    private void start() throws Exception {
        start(TestWorld.builder().openWorkspace(true).build());
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

    private static String dm(String eventId, String text, String ts) {
        return SlackPayloads.directMessage(eventId, "U0NEW", text, ts);
    }

    @Test
    void slackIsAcknowledgedBeforeTheAnswerIsWorkedOut() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        IntentParser slowParser = (text, now) -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ParsedMessage(Intent.HELP, 0.99, Lang.EN, Entities.none());
        };
        start(TestWorld.builder().openWorkspace(true).parser(slowParser).build());

        Response ack = requests.event(dm("Ev1", "help", "1764208800.000100"));

        assertThat(ack.getStatusCode()).isEqualTo(200);
        assertThat(slack.calls("chat.postMessage")).isEmpty();
        release.countDown();
        assertThat(slack.await("chat.postMessage", 1).get(0).param("text")).startsWith("Here is what I can do");
    }

    @Test
    void aClarificationOffersButtonsAndTheClickedOneRunsThatReading() throws Exception {
        start(TestWorld.builder()
                .openWorkspace(true)
                .settings(new EngineSettings(0.5, Duration.ofMinutes(5)))
                .build());
        world.parser()
                .on(
                        "globex numbers",
                        new ParsedMessage(
                                Intent.TEAM_RANKING,
                                0.30,
                                Lang.EN,
                                Entities.none(),
                                List.of(new ParsedMessage.ScoredIntent(Intent.MY_TARGET, 0.28))));

        requests.event(dm("Ev2", "globex numbers", "1764208800.000200"));
        Call question = slack.await("chat.postMessage", 1).get(0);
        assertThat(question.param("blocks"))
                .contains("\"action_id\":\"salesbot_choice_0\"", "\"value\":\"1\"")
                .contains("\"action_id\":\"salesbot_choice_1\"", "\"value\":\"2\"");

        Response click = requests.form(SlackPayloads.buttonClick(
                "U0NEW", "DU0NEW", "1764208801.000100", "salesbot_choice_1", "2", slack.responseUrl("c")));

        assertThat(click.getStatusCode()).isEqualTo(200);
        Call answer = slack.await("chat.postMessage", 2).get(1);
        assertThat(answer.param("text")).contains("no sales target");
        assertThat(answer.param("channel")).isEqualTo("DU0NEW");
    }

    @Test
    void aReportTemplateIsOfferedAsAModalWithOneInputPerQuestionAndItsAnswersAreStoredAsTheReport() throws Exception {
        ReportRules rules = new ReportRules(
                null, Map.of(), Map.of(TestWorld.TEAM_ID, List.of("Visits today?", "Plan for tomorrow?")));
        TestWorld templated =
                TestWorld.builder().openWorkspace(true).reportRules(rules).build();
        start(templated, new ReportForms(templated.directory(), rules));
        world.parser().on("daily report", Intent.DAILY_REPORT, Entities.none());
        // The NLU reads "daily report:" as a command word; the scripted parser is told so.
        world.parser()
                .on(
                        "daily report: 1) Visits today? 3\n2) Plan for tomorrow? call Initech",
                        Intent.DAILY_REPORT,
                        Entities.none());

        requests.event(dm("Ev9", "daily report", "1764208800.000900"));
        Call questions = slack.await("chat.postMessage", 1).get(0);
        assertThat(questions.param("blocks"))
                .contains("\"value\":\"daily report: one by one\"")
                .contains("\"action_id\":\"salesbot_open_report_form\"", "Fill in the form");
        requests.form(SlackPayloads.buttonClick(
                "U0NEW", "DU0NEW", "1764208801.000900", "salesbot_open_report_form", "en", slack.responseUrl("r")));
        Call opened = slack.await("views.open", 1).get(0);
        assertThat(opened.param("trigger_id")).isEqualTo("trigger-1764208801.000900");
        assertThat(opened.param("view"))
                .contains("salesbot_daily_report", "Visits today?", "Plan for tomorrow?")
                .contains("\"action_id\":\"q1\"", "\"action_id\":\"q2\"");
        Map<String, String> submission = SlackPayloads.formSubmission(
                "U0NEW", "V0VIEW", "salesbot_daily_report", "en|DU0NEW", Map.of("q1", "3", "q2", "call Initech"));
        requests.form(submission);
        Call saved = slack.await("chat.postMessage", 2).get(1);

        assertThat(saved.param("channel")).isEqualTo("DU0NEW");
        assertThat(saved.param("text")).startsWith("Thanks, your report for ");
        assertThat(world.reports().all())
                .singleElement()
                .satisfies(r -> assertThat(r.text())
                        .isEqualTo("daily report: 1) Visits today? 3\n2) Plan for tomorrow? call Initech"));
    }

    @Test
    void editsOtherBotsAndChannelMessagesWithoutAMentionAreNotAnswered() throws Exception {
        start();
        String edit = dm("Ev3", "visited Acme", "1764208800.000300")
                .replace("\"type\":\"message\",", "\"type\":\"message\",\"subtype\":\"message_changed\",");
        String otherBot =
                dm("Ev4", "hello", "1764208800.000400").replace("\"user\":", "\"bot_id\":\"B0OTHER\",\"user\":");
        String channel = dm("Ev5", "hello", "1764208800.000500")
                .replace("\"channel_type\":\"im\"", "\"channel_type\":\"channel\"");

        for (String event : List.of(edit, otherBot, channel)) {
            assertThat(requests.event(event).getStatusCode()).isEqualTo(200);
        }
        requests.event(dm("Ev6", "hi", "1764208800.000600"));

        slack.await("chat.postMessage", 1);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aNewcomerIsRegisteredWithTheirSlackNameZoneAndLocaleAndUsersInfoIsAskedOnce() throws Exception {
        start();
        slack.knowUser("U0NEW", "Lin Wei", "Asia/Singapore", "zh-CN");

        requests.event(dm("Ev7", "hi", "1764208800.000700"));
        slack.await("chat.postMessage", 1);
        requests.event(dm("Ev8", "hi again", "1764208800.000800"));
        slack.await("chat.postMessage", 2);

        Person person = world.directory().byIdentity(IDENTITY).orElseThrow();
        assertThat(person.displayName()).isEqualTo("Lin Wei");
        assertThat(person.zone()).isEqualTo(ZoneId.of("Asia/Singapore"));
        assertThat(person.lang()).isEqualTo(Lang.ZH);
        assertThat(slack.calls("users.info")).hasSize(1);
    }

    @Test
    void whenUsersInfoFailsTheMessageIsStillAnswered() throws Exception {
        start();
        slack.queue("users.info", Answer.error("user_not_found"));

        requests.event(dm("Ev9", "hi", "1764208800.000900"));

        assertThat(slack.await("chat.postMessage", 1)).hasSize(1);
        assertThat(world.directory().byIdentity(IDENTITY)).isPresent();
    }

    @Test
    void theBotsOwnMentionIsNotPartOfTheMessageTheCoreReads() throws Exception {
        start();
        world.parser().on("ranking", Intent.TEAM_RANKING, Entities.none());

        requests.event(SlackPayloads.mention("Ev10", "C0SALES", "U0NEW", "ranking", "1764208801.000000", null));

        Call reply = slack.await("chat.postMessage", 1).get(0);
        assertThat(reply.param("channel")).isEqualTo("C0SALES");
        assertThat(reply.param("text")).doesNotStartWith("Sorry, I didn't get that");
        assertThat(world.parser().lastNow()).map(ZonedDateTime::getZone).isPresent();
    }
}
