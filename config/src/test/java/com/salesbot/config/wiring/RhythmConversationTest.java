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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The team's rhythm end to end through the console, the real NLU, the scheduler and the database: away →
 * no prompt and a held nudge → back → prompts again and the nudge arrives; a second report of the day
 * replaces the first only when confirmed; a report for an earlier day is marked late; managers get one
 * digest a day; the team's template answered one question at a time. One script, so
 * one start-up, in English and Chinese.
 */
class RhythmConversationTest {
    private static final String MORE = "\n" + " ".repeat(13);

    @TempDir
    Path dir;

    @Test
    void awayPausesPromptsAndNudgesUntilBackAndReportsAreReplacedOnlyWhenConfirmed() throws Exception {
        String out = chat("""
                alice: hi
                王磊: 你好
                alice: visited Acme Corp today, met the CTO, follow up next Tuesday
                alice: I'm out next week
                王磊: 下周一请假
                @time 2026-12-01T10:00
                carol: who hasn't reported today?
                @time 2026-12-02T10:00
                alice: I'm back
                王磊: 我回来了
                王磊: 日报：今天拜访了美的
                王磊: 日报：更正，美的和格力都拜访了
                王磊: 日报：替换
                alice: daily report for yesterday: nothing, I was away
                alice: daily report
                @time 2026-12-03T09:00
                王磊: 逐条
                王磊: 拜访了2家
                王磊: 格力推进到方案阶段
                王磊: 没有
                王磊: 明天去美的
                """);

        assertThat(out)
                .contains("bot → alice: Got it: you're away from Mon 2026-11-30 to Sun 2026-12-06. No report prompts"
                        + " or follow-up nudges until you're back on Mon 2026-12-07;")
                .contains("bot → 王磊: 好的：你从 2026-11-30 周一 到 2026-11-30 周一 休假。2026-12-01 周二 回来之前")
                // Friday's prompts come as usual; none on a day away.
                .contains("bot → alice: 📝 Time for your daily report for 2026-11-27.")
                .contains("bot → 王磊: 📝 该写 2026-11-27 的日报了。")
                .doesNotContain("bot → alice: 📝 Time for your daily report for 2026-11-30.")
                .doesNotContain("bot → alice: 📝 Time for your daily report for 2026-12-01.")
                .doesNotContain("bot → 王磊: 📝 该写 2026-11-30 的日报了。")
                .contains("bot → 王磊: 📝 该写 2026-12-01 的日报了。")
                // The manager's list leaves the rep away out and says so.
                .contains("bot → carol: Not reported yet for 2026-12-01 (1 of 1): 王磊 Away: alice.")
                .contains("bot → alice: Welcome back! Report prompts and follow-up nudges are on again;")
                .contains("bot → 王磊: 你没有标记为休假，没有做任何更改。")
                .contains("bot → alice: 📝 Time for your daily report for 2026-12-02.")
                // A second report of the day asks first; the confirmation replaces.
                .contains("bot → 王磊: 你已经交过 2026-12-02 的日报。要用这份替换吗？请回复“日报：替换”或“日报：保留”。")
                .contains("bot → 王磊: 已更新你 2026-12-02 的日报，替换了之前那份。")
                .doesNotContain("bot → 王磊: 📝 该写 2026-12-02 的日报了。")
                .contains("bot → alice: Thanks, your report for 2026-12-01 is saved. Marked late.")
                // Managers get one digest a workday: who reported, who has not, who is away (the console
                // indents a reply's further lines under its first).
                .contains("bot → carol: 📋 Daily digest for 2026-12-01: 0 of 1 reported." + MORE + "Not reported: 王磊."
                        + MORE + "Away: alice.")
                .contains("bot → carol: 📋 Daily digest for 2026-12-02: 1 of 2 reported." + MORE
                        + "• 王磊 — visits 0, deals 0, sales $0" + MORE + "Not reported: alice.")
                // The default team's template (application.yml) comes back for a bare "daily report".
                .contains("bot → alice: Your team's report asks: 1) Visits today? 2) Deals moved? 3) Blockers?"
                        + " 4) Plan for tomorrow? Answer them in one message starting with \"daily report:\".")
                // ...or one question at a time ("逐条", or the button under the questions), stored as one report.
                .contains("starting with \"daily report:\"." + MORE + "[Answer one by one]")
                .contains("bot → 王磊: 第 1/4 题：Visits today?")
                .contains("bot → 王磊: 第 4/4 题：Plan for tomorrow?")
                .contains("bot → 王磊: 谢谢，你 2026-12-03 的日报已保存。");
        List<String> lines = out.lines().toList();
        String nudge = "bot → alice: ⏰ Reminder: follow up with Acme Corp today. Your note:"
                + " \"visited Acme Corp today, met the CTO, follow up next Tuesday\""
                + " (Held while you were away; it was due Tue 2026-12-01 09:00.)";
        assertThat(lines.stream().filter(l -> l.contains("⏰"))).containsExactly(nudge);
        // Held through Tuesday and Wednesday morning while away; delivered the first morning back.
        assertThat(lines.indexOf(nudge))
                .isGreaterThan(lines.indexOf("bot → alice: 📝 Time for your daily report for 2026-12-02."
                        + " Today: visits 0, deals 0, sales $0. Answer in one message, \"daily report:\" then:"
                        + " 1) Visits today? 2) Deals moved? 3) Blockers? 4) Plan for tomorrow?"));
    }

    private String chat(String script) throws Exception {
        Path file = dir.resolve("away.chat");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        LaunchOptions options = LaunchOptions.parse(new String[] {
            "--script",
            file.toString(),
            "--now",
            "2026-11-27T10:00",
            "--zone",
            "Asia/Shanghai",
            "--db",
            dir.resolve("away.mv").toString(),
            "--managers",
            "carol"
        });
        List<String> springArgs = new ArrayList<>(List.of(options.springArgs()));
        // Its own database when a real server is configured.
        springArgs.add("--salesbot.mongodb.database=salesbot_test_away");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConfigurableApplicationContext context =
                        new SpringApplicationBuilder(SalesbotApplication.class).run(springArgs.toArray(String[]::new));
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(context.getBean(ConsoleRunner.class).run(options, out)).isZero();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
