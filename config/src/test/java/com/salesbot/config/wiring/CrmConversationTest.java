package com.salesbot.config.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.config.SalesbotApplication;
import com.salesbot.config.launch.LaunchOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One scripted week through the real wiring (console, NLU, routing, core, MongoDB driver, embedded
 * server), in English and Chinese: deals move, customer history, competitor notes and their summary,
 * risk alerts on demand and in the Monday digest, and CSV exports saved as files.
 */
class CrmConversationTest {
    private static final String CHART_DIR = "salesbot.console.chart-dir";

    @TempDir
    Path dir;

    private String chat(String script, String... extraArgs) throws Exception {
        Path file = dir.resolve("crm.chat");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(
                "--script",
                file.toString(),
                "--now",
                "2026-11-27T10:00",
                "--zone",
                "Asia/Shanghai",
                "--db",
                dir.resolve("crm.mv").toString()));
        args.addAll(Arrays.asList(extraArgs));
        LaunchOptions options = LaunchOptions.parse(args.toArray(String[]::new));
        List<String> springArgs = new ArrayList<>(List.of(options.springArgs()));
        for (String extra : extraArgs) {
            if (extra.startsWith("--salesbot.")) {
                springArgs.add(extra);
            }
        }
        springArgs.add("--salesbot.mongodb.database=salesbot_test_crm_" + Math.abs(dir.hashCode()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String previous = System.getProperty(CHART_DIR);
        System.setProperty(CHART_DIR, dir.resolve("out").toString());
        try (ConfigurableApplicationContext context =
                        new SpringApplicationBuilder(SalesbotApplication.class).run(springArgs.toArray(String[]::new));
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(context.getBean(ConsoleRunner.class).run(options, out)).isZero();
        } finally {
            if (previous == null) {
                System.clearProperty(CHART_DIR);
            } else {
                System.setProperty(CHART_DIR, previous);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWeekOfDealsCustomersCompetitorsRisksAndExportsInBothLanguages() throws Exception {
        String out = chat("""
                carol: hi
                alice: visited Acme Corp today, met the CTO, follow up next Tuesday
                alice: move Acme Corp to qualified
                王磊: 今天拜访了华为技术，王经理对方案很感兴趣，下周三再跟进
                王磊: 华为技术改成赢单
                carol: set alice's target to 50k this month
                alice: BetaSoft is offering 20% discount at Acme
                王磊: 金蝶在华为技术报价低了10%
                @time 2026-11-30T10:00
                alice: move acme corp to proposal, 50k
                alice: tell me about acme
                王磊: 华为技术的情况
                bob: tell me about Acme Corp
                carol: what are competitors doing this month?
                carol: 这个月竞品有什么动静
                carol: any risks?
                王磊: 有什么风险吗
                carol: export visits and sales this month
                carol: 导出本月拜访记录
                alice: export visits this month
                alice: undo
                """, "--managers", "carol", "--salesbot.crm.risk.key-customers.sales[0]=Initech");

        assertThat(out)
                // Deals: started, moved with the time in the previous stage, undone.
                .contains("bot → alice: Started your deal with Acme Corp at qualified.")
                .contains("bot → 王磊: 已新建你和 华为技术 的商机，阶段：赢单。")
                .contains("bot → alice: Moved your Acme Corp deal to proposal (it was in qualified for 2 days)."
                        + " Amount: $50,000.")
                .contains("bot → alice: Undone: your deal move (Acme Corp → proposal). It no longer counts.")
                // Customer history, forgivingly matched, and a refusal that reveals nothing.
                .contains("bot → alice: Acme Corp — owner: alice")
                .contains("Deal (alice): proposal since 2026-11-30, $50,000.")
                .contains("Open next steps: 2026-12-01 follow-up (alice).")
                .contains("bot → 王磊: 华为技术 — 负责人：王磊")
                .contains("bot → bob: I found no customer like \"Acme Corp\" among the customers you visited,"
                        + " sold to or own.")
                // Competitor notes and the summary, whichever intent the NLU gave the question.
                .contains("bot → alice: Noted about BetaSoft at Acme. Your competitor notes this month: 1.")
                .contains("bot → 王磊: 已记录 金蝶 在 华为技术 的情报。你本月的竞品情报：1 条。")
                .contains("bot → carol: Competitor notes, 2026-11-01 to 2026-11-30: 2.")
                .contains("• BetaSoft — notes: 1; at Acme (1).")
                .contains("bot → carol: 竞品情报（2026-11-01 至 2026-11-30）：共 2 条。")
                // Risks: the Monday digest through the scheduler, then on demand; reps are refused.
                .contains("bot → carol: ⚠️ Weekly risk digest for Sales Team (2):")
                .contains("• alice is projected to reach $0 of the $50,000 sales target (0%)"
                        + " for 2026-11-01 to 2026-11-30.")
                .contains("• Key customer Initech: no contact on record.")
                .contains("bot → carol: Risks for Sales Team (2):")
                .contains("bot → 王磊: 抱歉，只有经理可以这样做。")
                // Exports: files saved and their paths printed; a rep is refused.
                .contains("bot → carol: Exported for Sales Team, 2026-11-01 to 2026-11-30: 2 visits, 0 sales.")
                .contains("bot → carol: 已导出 Sales Team（2026-11-01 至 2026-11-30）：拜访 2 条。")
                .contains("bot → alice: Sorry, only a manager can do that.");

        Matcher saved = Pattern.compile("\\[file: visits-sales-2026-11-01-2026-11-30\\.csv] (\\S+)")
                .matcher(out);
        assertThat(saved.find()).isTrue();
        byte[] csv = Files.readAllBytes(Path.of(saved.group(1)));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("日期,销售,客户,联系人,跟进日期,潜在金额,币种,备注\r\n").contains(",王磊,华为技术,王经理,");
    }
}
