package com.salesbot.core.export;

import static com.salesbot.core.fakes.TestWorld.TODAY;
import static com.salesbot.core.fakes.TestWorld.entities;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.conversation.Block;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.Person;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportCsvSkillTest {
    private final TestWorld world = TestWorld.create();

    private static String csv(Block.Attachment file) {
        byte[] bytes = file.bytes();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    private static List<Block.Attachment> files(Reply reply) {
        return reply.blocks().stream()
                .filter(Block.Attachment.class::isInstance)
                .map(Block.Attachment.class::cast)
                .toList();
    }

    @Test
    void aManagerGetsTheTeamsVisitsSalesAndReportsOfThePeriodAsCsvFiles() {
        world.tell(
                world.alice(),
                "visited Acme, met =cmd|' /C calc'!A0",
                Intent.LOG_VISIT,
                entities("customer", "Acme, Inc", "contact", "=cmd|' /C calc'!A0"));
        world.recordSale(world.bob(), "华为技术", "7000", TODAY.minusDays(1));
        world.recordSale(world.bob(), "Last month", "100", TODAY.minusMonths(1));
        world.tell(world.alice(), "daily report: 1 visit", Intent.DAILY_REPORT);

        Reply reply = world.tell(
                world.carol(), "export this month", Intent.EXPORT_CSV, entities("period", Period.monthOf(TODAY)));

        assertThat(reply.text())
                .isEqualTo("Exported for West, 2026-11-01 to 2026-11-30: 1 visits, 1 sales, 1 reports.");
        List<Block.Attachment> files = files(reply);
        assertThat(files)
                .extracting(Block.Attachment::fileName)
                .containsExactly(
                        "visits-west-2026-11-01-2026-11-30.csv",
                        "sales-west-2026-11-01-2026-11-30.csv",
                        "reports-west-2026-11-01-2026-11-30.csv");
        assertThat(files).allMatch(f -> f.mediaType().equals("text/csv"));
        assertThat(csv(files.get(0)))
                .isEqualTo(
                        "Date,Rep,Customer,Contact,Follow-up,Potential,Currency,Notes\r\n"
                                + "2026-11-27,Alice,\"Acme, Inc\",'=cmd|' /C calc'!A0,,,,\"visited Acme, met =cmd|' /C calc'!A0\"\r\n");
        assertThat(csv(files.get(1)))
                .isEqualTo("Date,Rep,Customer,Amount,Currency,Original amount,Original currency\r\n"
                        + "2026-11-26,Bob,华为技术,7000,USD,7000,USD\r\n");
    }

    @Test
    void namingOneKindExportsOnlyThatKindWithChineseHeaders() {
        world.recordVisit(world.bob(), "华为技术", TODAY);

        Reply reply = world.tell(world.carol(), "导出本月拜访记录", Intent.EXPORT_CSV, entities(), Lang.ZH);

        assertThat(reply.text()).isEqualTo("已导出 West（2026-11-01 至 2026-11-30）：拜访 1 条。");
        assertThat(csv(files(reply).get(0))).startsWith("日期,销售,客户,联系人,跟进日期,潜在金额,币种,备注\r\n2026-11-27,Bob,华为技术,");
    }

    @Test
    void onlyTheManagersOwnTeamIsExported() {
        world.addTeam("east", "East", "USD");
        Person erin = world.addPerson("erin", "Erin", Role.REP, "east", Lang.EN);
        world.recordVisit(erin, "Initech", TODAY);

        Reply reply = world.tell(world.carol(), "export visits", Intent.EXPORT_CSV);

        assertThat(reply.text()).endsWith(": 0 visits.");
        assertThat(csv(files(reply).get(0))).doesNotContain("Initech");
    }

    @Test
    void aRepMayNotExport() {
        Reply reply = world.tell(world.alice(), "export visits", Intent.EXPORT_CSV);

        assertThat(reply.text()).isEqualTo("Sorry, only a manager can do that.");
        assertThat(reply.blocks()).isEmpty();
    }
}
