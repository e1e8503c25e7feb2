package com.salesbot.core.report;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.ParsedMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A team's report template answered one question at a time, through the engine as a rep would. */
class ReportOneByOneTest {
    private final TestWorld world = TestWorld.builder()
            .reportRules(
                    new ReportRules(null, Map.of(), Map.of("west", List.of("Visits today?", "Plan for tomorrow?"))))
            .build();

    @Test
    void eachQuestionIsAskedInTurnAndTheAnswersAreStoredAsTheDaysReport() {
        Reply first = world.tell(world.alice(), "daily report: one by one", Intent.DAILY_REPORT);
        // Answers read as something else entirely by the NLU are still answers.
        world.parser()
                .on(
                        "visited Acme and two new clinics",
                        new ParsedMessage(Intent.LOG_VISIT, 0.99, Lang.EN, Entities.none()));
        Reply second = TestWorld.only(world.send(world.alice(), "visited Acme and two new clinics"));
        Reply last = TestWorld.only(world.send(world.alice(), "call Initech"));

        assertThat(first.text()).isEqualTo("Question 1 of 2: Visits today?");
        assertThat(second.text()).isEqualTo("Question 2 of 2: Plan for tomorrow?");
        assertThat(last.text())
                .isEqualTo("Thanks, your report for 2026-11-27 is saved. Logged today: visits 0, deals 0, sales $0.");
        assertThat(world.reports().find(world.alice().id(), TODAY).orElseThrow().text())
                .isEqualTo("1) Visits today? visited Acme and two new clinics\n2) Plan for tomorrow? call Initech");
        assertThat(world.visits().all()).isEmpty();
    }

    @Test
    void aChineseRepAnswersTheReportPromptWithZhuTiaoAndIsAskedInChinese() {
        Reply first = world.tell(world.bob(), "逐条", Intent.DAILY_REPORT, Entities.none(), Lang.ZH);
        Reply second = TestWorld.only(world.send(world.bob(), "3"));
        Reply last = TestWorld.only(world.send(world.bob(), "去美的"));

        assertThat(first.text()).isEqualTo("第 1/2 题：Visits today?");
        assertThat(second.text()).isEqualTo("第 2/2 题：Plan for tomorrow?");
        assertThat(last.text()).startsWith("谢谢，你 2026-11-27 的日报已保存。");
        assertThat(world.reports().find(world.bob().id(), TODAY).orElseThrow().text())
                .isEqualTo("1) Visits today? 3\n2) Plan for tomorrow? 去美的");
    }

    @Test
    void cancelStopsTheQuestionsAndSavesNothing() {
        world.tell(world.alice(), "daily report: one by one", Intent.DAILY_REPORT);
        world.send(world.alice(), "3 visits");

        Reply cancelled = TestWorld.only(world.send(world.alice(), "cancel"));

        assertThat(cancelled.text()).isEqualTo("OK, cancelled. Nothing was saved.");
        assertThat(world.reports().all()).isEmpty();
        assertThat(TestWorld.only(world.send(world.alice(), "call Initech")).text())
                .startsWith("Sorry, I didn't get that.");
    }

    @Test
    void anAnswerAfterTheQuestionLapsedIsReadAsANewMessage() {
        world.tell(world.alice(), "daily report: one by one", Intent.DAILY_REPORT);
        world.advance(Duration.ofMinutes(6));

        Reply late = TestWorld.only(world.send(world.alice(), "3 visits"));

        assertThat(late.text()).startsWith("Sorry, I didn't get that.");
        assertThat(world.reports().all()).isEmpty();
    }

    @Test
    void aDayAlreadyReportedIsReplacedOnlyAfterConfirmation() {
        world.tell(world.alice(), "daily report: quiet day", Intent.DAILY_REPORT);
        world.tell(world.alice(), "daily report: one by one", Intent.DAILY_REPORT);
        world.send(world.alice(), "2");

        Reply confirm = TestWorld.only(world.send(world.alice(), "quotes for Globex"));
        assertThat(world.reports().find(world.alice().id(), TODAY).orElseThrow().text())
                .isEqualTo("daily report: quiet day");
        Reply replaced = world.tell(world.alice(), "daily report: replace", Intent.DAILY_REPORT);

        assertThat(confirm.text()).startsWith("You already sent a report for 2026-11-27. Replace it with this one?");
        assertThat(replaced.text()).startsWith("Updated your report for 2026-11-27; it replaces the earlier one.");
        assertThat(world.reports().find(world.alice().id(), TODAY).orElseThrow().text())
                .isEqualTo("1) Visits today? 2\n2) Plan for tomorrow? quotes for Globex");
    }

    @Test
    void theLastAnswerDeliveredTwiceStoresTheReportOnce() {
        world.tell(world.alice(), "daily report: one by one", Intent.DAILY_REPORT);
        world.send(world.alice(), "2");
        var last = world.message(world.alice(), "call Initech");

        world.deliver(last);
        world.deliver(last);

        assertThat(world.reports().all()).hasSize(1);
    }

    @Test
    void aBareDailyReportOffersTheQuestionsOneByOneAsAButton() {
        Reply reply = world.tell(world.alice(), "daily report", Intent.DAILY_REPORT);

        assertThat(reply.blocks())
                .containsExactly(
                        new Block.Choices(List.of(new Block.Choice("Answer one by one", "daily report: one by one"))));
    }

    @Test
    void aTeamWithoutATemplateIsToldToJustWriteItsReport() {
        TestWorld plain = TestWorld.create();

        Reply reply = plain.tell(plain.alice(), "one by one", Intent.DAILY_REPORT);

        assertThat(reply.text()).startsWith("Your team has no report questions.");
        assertThat(plain.reports().all()).isEmpty();
    }
}
