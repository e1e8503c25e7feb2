package com.salesbot.core.report;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.skill.SkillContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyReportSkillTest {
    private final TestWorld world = TestWorld.create();

    @Test
    void savesTheReportAndEchoesTodaysNumbers() {
        world.recordVisit(world.alice(), "Globex", TODAY);
        world.recordVisit(world.alice(), "Initech", TODAY.minusDays(1));
        world.recordSale(world.alice(), "Globex", "12500", TODAY);
        String text = "daily report: 1 visit, Globex signed, plan: call Initech";

        Reply reply = world.tell(world.alice(), text, Intent.DAILY_REPORT);

        assertThat(reply.text())
                .isEqualTo(
                        "Thanks, your report for 2026-11-27 is saved. Logged today: visits 1, deals 1, sales $12,500.");
        assertThat(reply.blocks()).hasOnlyElementsOfType(Block.Choices.class);
        DailyReport saved = world.reports().find(world.alice().id(), TODAY).orElseThrow();
        assertThat(saved.text()).isEqualTo(text);
        assertThat(saved.teamId()).isEqualTo("west");
    }

    @Test
    void savesTheReportInChinese() {
        Reply reply = world.tell(world.bob(), "日报：今天拜访了3家客户，明天去美的", Intent.DAILY_REPORT);

        assertThat(reply.text()).isEqualTo("谢谢，你 2026-11-27 的日报已保存。今天已记录：拜访 0 次，成交 0 单，金额 $0。");
        assertThat(world.reports().find(world.bob().id(), TODAY)).isPresent();
    }

    @Test
    void aSecondReportTheSameDayReplacesTheFirstOnlyAfterConfirmation() {
        world.tell(world.alice(), "daily report: quiet day", Intent.DAILY_REPORT);

        Reply asked = world.tell(world.alice(), "daily report: actually Acme called back", Intent.DAILY_REPORT);

        assertThat(asked.text())
                .isEqualTo("You already sent a report for 2026-11-27. Replace it with this one?"
                        + " Say \"daily report: replace\" or \"daily report: keep\".");
        assertThat(asked.blocks())
                .containsExactly(new Block.Choices(List.of(
                        new Block.Choice("Replace", "daily report: replace"),
                        new Block.Choice("Keep the earlier one", "daily report: keep"))));
        assertThat(world.reports().find(world.alice().id(), TODAY).orElseThrow().text())
                .isEqualTo("daily report: quiet day");

        Reply replaced = world.tell(world.alice(), "daily report: replace", Intent.DAILY_REPORT);

        assertThat(replaced.text()).startsWith("Updated your report for 2026-11-27; it replaces the earlier one.");
        assertThat(world.reports().find(world.alice().id(), TODAY).orElseThrow().text())
                .isEqualTo("daily report: actually Acme called back");
        assertThat(world.tell(world.alice(), "daily report: replace", Intent.DAILY_REPORT)
                        .text())
                .isEqualTo("There is no report waiting to replace an earlier one. Nothing changed.");
    }

    @Test
    void keepingTheEarlierReportDropsTheNewOneInChinese() {
        world.tell(world.bob(), "日报：今天很安静", Intent.DAILY_REPORT);
        Reply asked = world.tell(world.bob(), "日报：更正，美的回电了", Intent.DAILY_REPORT);

        Reply kept = world.tell(world.bob(), "日报：保留", Intent.DAILY_REPORT);

        assertThat(asked.text()).isEqualTo("你已经交过 2026-11-27 的日报。要用这份替换吗？请回复“日报：替换”或“日报：保留”。");
        assertThat(kept.text()).isEqualTo("已保留你 2026-11-27 原来的日报，新的这份没有保存。");
        assertThat(world.reports().find(world.bob().id(), TODAY).orElseThrow().text())
                .isEqualTo("日报：今天很安静");
        assertThat(world.reports().all()).hasSize(1);
    }

    @Test
    void aReportForYesterdayIsAcceptedForThatDayAndMarkedLate() {
        world.recordVisit(world.alice(), "Initech", TODAY.minusDays(1));

        Reply reply = world.tell(world.alice(), "daily report for yesterday: met Initech", Intent.DAILY_REPORT);
        Reply zh = world.tell(world.bob(), "昨天的日报：拜访了美的", Intent.DAILY_REPORT);

        assertThat(reply.text())
                .isEqualTo("Thanks, your report for 2026-11-26 is saved. Marked late."
                        + " Logged that day: visits 1, deals 0, sales $0.");
        assertThat(zh.text()).isEqualTo("谢谢，你 2026-11-26 的日报已保存。已标记为迟交。当天已记录：拜访 0 次，成交 0 单，金额 $0。");
        assertThat(world.reports().find(world.alice().id(), TODAY.minusDays(1)))
                .hasValueSatisfying(r -> assertThat(r.late()).isTrue());
        assertThat(world.reports().find(world.alice().id(), TODAY)).isEmpty();
    }

    @Test
    void aBareDailyReportGetsTheTeamsTemplateQuestionsAndSavesNothing() {
        TestWorld templated = TestWorld.builder()
                .reportRules(new ReportRules(
                        null,
                        java.util.Map.of(),
                        java.util.Map.of("west", List.of("Visits today?", "Plan for tomorrow?"))))
                .build();

        Reply reply = templated.tell(templated.alice(), "daily report", Intent.DAILY_REPORT);
        Reply zh = templated.tell(templated.bob(), "日报", Intent.DAILY_REPORT);

        assertThat(reply.text())
                .isEqualTo("Your team's report asks: 1) Visits today? 2) Plan for tomorrow? Answer them in one message"
                        + " starting with \"daily report:\".");
        assertThat(zh.text()).isEqualTo("你们团队的日报要回答：1) Visits today? 2) Plan for tomorrow? 请用一条以“日报：”开头的消息回答。");
        assertThat(templated.reports().all()).isEmpty();
    }

    @Test
    void aReportAfterTheTeamsCutOffIsMarkedLate() {
        TestWorld strict = TestWorld.builder()
                .at(java.time.LocalDateTime.of(2026, 11, 27, 21, 30))
                .reportRules(new ReportRules(java.time.LocalTime.of(21, 0), java.util.Map.of()))
                .build();

        Reply reply = strict.tell(strict.alice(), "daily report: long day", Intent.DAILY_REPORT);

        assertThat(reply.text()).startsWith("Thanks, your report for 2026-11-27 is saved. Marked late.");
        assertThat(strict.reports().find(strict.alice().id(), TODAY))
                .hasValueSatisfying(r -> assertThat(r.late()).isTrue());
        assertThat(world.tell(world.alice(), "daily report: on time", Intent.DAILY_REPORT)
                        .text())
                .doesNotContain("late");
    }

    @Test
    void duplicateDeliveryWritesOnceAndSaysAlready() {
        world.parser().on("daily report: done", Intent.DAILY_REPORT, Entities.none());
        var message = world.message(world.alice(), "daily report: done");
        assertThat(world.deliver(message)).hasSize(1);
        assertThat(world.deliver(message)).isEmpty();
        assertThat(world.reports().all()).hasSize(1);

        SkillContext same = world.context(world.bob(), "日报：完成", entities());
        world.skill(Intent.DAILY_REPORT).handle(same);
        assertThat(world.skill(Intent.DAILY_REPORT).handle(same).text()).isEqualTo("这条已经收到了，只保存一次，没有重复记录。");
        assertThat(world.reports().all()).hasSize(2);
    }
}
