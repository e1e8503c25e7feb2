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
    void aSecondReportTheSameDayReplacesTheFirst() {
        world.tell(world.alice(), "daily report: quiet day", Intent.DAILY_REPORT);
        Reply en = world.tell(world.alice(), "daily report: actually Acme called back", Intent.DAILY_REPORT);
        world.tell(world.bob(), "日报：今天很安静", Intent.DAILY_REPORT);
        Reply zh = world.tell(world.bob(), "日报：更正，美的回电了", Intent.DAILY_REPORT);

        assertThat(en.text()).startsWith("Updated your report for 2026-11-27; it replaces the earlier one.");
        assertThat(zh.text()).startsWith("已更新你 2026-11-27 的日报，替换了之前那份。");
        assertThat(world.reports().find(world.alice().id(), TODAY).orElseThrow().text())
                .isEqualTo("daily report: actually Acme called back");
        assertThat(world.reports().live()).hasSize(2);
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
