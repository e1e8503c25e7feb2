package com.salesbot.core.engine;

import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.ParsedMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Questions the bot asks and how the next message answers them. */
class DialogueTest {
    private final TestWorld world = TestWorld.builder()
            .settings(new EngineSettings(0.5, Duration.ofMinutes(5)))
            .build();

    private Reply send(String text) {
        List<Reply> replies = world.send(world.alice(), text);
        assertThat(replies).hasSize(1);
        return replies.get(0);
    }

    @Test
    void aMissingCustomerIsAskedForAndTheAnswerCompletesTheVisit() {
        world.parser().on("visited a new clinic today", Intent.LOG_VISIT, Entities.none());

        assertThat(send("visited a new clinic today").text()).startsWith("Which customer did you visit?");
        Reply done = send("Sunrise Dental");

        assertThat(done.text()).startsWith("Logged your visit to Sunrise Dental on 2026-11-27.");
        assertThat(world.visits().all())
                .singleElement()
                .satisfies(v -> assertThat(v.customer()).isEqualTo("Sunrise Dental"));
    }

    @Test
    void aMissingAmountIsReadFromTheAnswerByTheParser() {
        world.parser().on("closed Globex", Intent.LOG_SALE, entities("customer", "Globex"));
        world.parser().on("12k", Intent.UNKNOWN, entities("amount", new BigDecimal("12000")));

        assertThat(send("closed Globex").text()).startsWith("How much was the sale?");
        Reply done = send("12k");

        assertThat(done.text()).startsWith("Logged a sale of $12,000 with Globex");
    }

    @Test
    void aChineseQuestionIsAnsweredInChinese() {
        world.parser().on("今天拜访了一个新客户", Intent.LOG_VISIT, Entities.none());

        assertThat(send("今天拜访了一个新客户").text()).startsWith("你拜访的是哪个客户？");
        assertThat(send("宁波港").text()).startsWith("已记录你在 2026-11-27 拜访 宁波港。");
    }

    @Test
    void cancelDropsTheQuestionAndWritesNothing() {
        world.parser().on("visited a new clinic today", Intent.LOG_VISIT, Entities.none());
        send("visited a new clinic today");

        assertThat(send("never mind").text()).isEqualTo("OK, cancelled. Nothing was saved.");
        assertThat(world.visits().all()).isEmpty();
    }

    @Test
    void aConfidentNewRequestIsNotTakenAsTheAnswer() {
        world.parser().on("visited a new clinic today", Intent.LOG_VISIT, Entities.none());
        world.parser().on("ranking", new ParsedMessage(Intent.TEAM_RANKING, 0.95, Lang.EN, Entities.none()));
        send("visited a new clinic today");

        assertThat(send("ranking").text()).doesNotStartWith("Logged your visit");
        assertThat(world.visits().all()).isEmpty();
    }

    @Test
    void aLapsedQuestionIsForgotten() {
        world.parser().on("visited a new clinic today", Intent.LOG_VISIT, Entities.none());
        send("visited a new clinic today");
        world.clock().advance(Duration.ofMinutes(6));

        assertThat(send("Sunrise Dental").text()).startsWith("Sorry, I didn't get that.");
        assertThat(world.visits().all()).isEmpty();
    }

    @Test
    void belowTheThresholdTheBotOffersTheTwoBestReadingsAndRunsThePickedOne() {
        world.parser()
                .on(
                        "globex numbers",
                        new ParsedMessage(
                                Intent.TEAM_RANKING,
                                0.41,
                                Lang.EN,
                                Entities.none(),
                                List.of(new ParsedMessage.ScoredIntent(Intent.MY_TARGET, 0.38))));

        Reply question = send("globex numbers");

        assertThat(question.text())
                .isEqualTo("I'm not sure what you meant. Reply with a number:\n"
                        + "1. See the team leaderboard by sales, visits, deals or kudos\n"
                        + "2. See your target and progress");
        assertThat(question.blocks()).singleElement().isInstanceOf(Block.Choices.class);
        assertThat(send("2").text()).startsWith("Alice has no sales target");
    }

    @Test
    void aReadingNoSkillServesIsNotOfferedSoTheChoiceAlwaysLeadsSomewhere() {
        world.parser()
                .on(
                        "West team kudos this month",
                        new ParsedMessage(
                                // a reading the test world has no skill for (it registers no knowledge skills)
                                Intent.ASK_KNOWLEDGE,
                                0.45,
                                Lang.EN,
                                entities(Entities.METRIC, "kudos"),
                                List.of(new ParsedMessage.ScoredIntent(Intent.TEAM_RANKING, 0.30))));

        Reply question = send("West team kudos this month");

        assertThat(question.text())
                .isEqualTo("I'm not sure what you meant. Reply with a number:\n"
                        + "1. See the team leaderboard by sales, visits, deals or kudos");
        assertThat(send("1").text()).startsWith("No kudos logged");
    }

    @Test
    void aboveTheThresholdTheBotActsWithoutAsking() {
        world.parser()
                .on(
                        "ranking please",
                        new ParsedMessage(
                                Intent.TEAM_RANKING,
                                0.9,
                                Lang.EN,
                                Entities.none(),
                                List.of(new ParsedMessage.ScoredIntent(Intent.MY_TARGET, 0.05))));

        assertThat(send("ranking please").text()).startsWith("No sales logged");
    }

    @Test
    void anInvalidAmountIsExplainedNotAskedFor() {
        world.parser()
                .on(
                        "closed -5k with Globex",
                        Intent.LOG_SALE,
                        entities("customer", "Globex", Entities.INVALID_AMOUNT, "-5k"));

        assertThat(send("closed -5k with Globex").text()).startsWith("The amount -5k doesn't look right.");
        assertThat(world.sales().all()).isEmpty();
    }
}
