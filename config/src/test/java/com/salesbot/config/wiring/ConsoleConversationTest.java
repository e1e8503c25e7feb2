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
 * Whole conversations through the real wiring: console adapter, NLU, core, MongoDB driver and the
 * embedded server (or SALESBOT_MONGODB_URI when set).
 */
class ConsoleConversationTest {
    @TempDir
    Path dir;

    private String chat(String dataFile, String script, String... extraArgs) throws Exception {
        Path file = dir.resolve("script-" + System.nanoTime() + ".chat");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        String[] args = new String[extraArgs.length + 8];
        System.arraycopy(
                new String[] {
                    "--script",
                    file.toString(),
                    "--now",
                    "2026-11-27T10:00",
                    "--zone",
                    "Asia/Shanghai",
                    "--db",
                    dataFile
                },
                0,
                args,
                0,
                8);
        System.arraycopy(extraArgs, 0, args, 8, extraArgs.length);
        LaunchOptions options = LaunchOptions.parse(args);
        List<String> springArgs = new ArrayList<>(List.of(options.springArgs()));
        for (String extra : extraArgs) {
            if (extra.startsWith("--salesbot.")) {
                springArgs.add(extra);
            }
        }
        // Each run gets its own database when a real server is configured.
        springArgs.add("--salesbot.mongodb.database=salesbot_test_" + Math.abs(dataFile.hashCode()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConfigurableApplicationContext context =
                        new SpringApplicationBuilder(SalesbotApplication.class).run(springArgs.toArray(String[]::new));
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            int code = context.getBean(ConsoleRunner.class).run(options, out);
            assertThat(code).isZero();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aManagerAsksForTeamNumbersAndARepOnlyGetsTheirOwn() throws Exception {
        String out = chat(dir.resolve("stats.mv").toString(), """
                alice: closed $12k with Globex today
                alice: visited Acme today, met the CTO
                bob: visited Initech today
                bob: undo
                bob: visited Initech yesterday
                carol: total revenue this month?
                carol: how many visits did the team log this month vs last month
                alice: how much did bob sell this month
                """, "--managers", "carol");

        assertThat(out)
                .contains("bot → carol: Sales Team — sales, 2026-11-01 to 2026-11-30: $12,000")
                .contains("bot → carol: Sales Team — visits, 2026-11-01 to 2026-11-30: 2;"
                        + " previous period (2026-10-01 to 2026-10-31): 0, nothing to compare with")
                .contains("bot → alice: You can only see your own numbers");
    }

    @Test
    void remindersAreSetInBothLanguagesAndATimeLineDeliversThemInOrder() throws Exception {
        String out = chat(dir.resolve("rhythm.mv").toString(), """
                alice: hi
                王磊: 你好
                carol: remind the team about the pipeline review every Monday at 9am
                alice: remind me tomorrow at 3pm to call Acme
                王磊: 每个工作日下午六点提醒我写日报
                @time 2026-11-30T09:00
                carol: cancel reminder 2
                @time 2026-12-07T09:00
                """, "--managers", "carol");

        // carol's reminder 1 is her daily digest (20:00 today), so the pipeline review is reminder 2.
        assertThat(out)
                .contains("bot → carol: Reminder set for the team (3 people): \"the pipeline review\"."
                        + " Next: Mon 2026-11-30 09:00 (Asia/Shanghai). Repeats every Monday. The agenda (last"
                        + " week's numbers and deals that moved) is posted 15 minutes before, at 08:45.")
                // A weekly meeting carries an agenda, DMed to each member when the team has no channel.
                .contains("bot → alice: 📋 Agenda: the pipeline review starts at 09:00.")
                .contains("bot → 王磊: 📋 会议议程：the pipeline review，09:00 开始。")
                .contains(
                        "bot → alice: Reminder set for you: \"call Acme\". Next: Sat 2026-11-28 15:00 (Asia/Shanghai).")
                .contains("bot → 王磊: 已为你设置提醒：“写日报”。下次：2026-11-27 周五 18:00（Asia/Shanghai）。重复：每个工作日。")
                .contains("bot → carol: Cancelled the reminder \"the pipeline review\". It will not come again.")
                // Reps (not the manager) are prompted for their daily report at 18:00 on workdays.
                .contains(
                        "bot → alice: 📝 Time for your daily report for 2026-11-27. Today: visits 0, deals 0, sales $0.")
                .contains("bot → 王磊: 📝 该写 2026-11-30 的日报了。")
                .doesNotContain("bot → carol: 📝");
        assertThat(out.lines().filter(l -> l.contains("📋 Agenda: the pipeline review")))
                .hasSize(2);
        List<String> deliveries = out.lines().filter(l -> l.contains("⏰")).toList();
        assertThat(deliveries)
                .containsExactly(
                        "bot → 王磊: ⏰ 提醒：写日报",
                        "bot → alice: ⏰ Reminder: call Acme",
                        // The week after: the cancelled team reminder stays silent, the weekdays go on.
                        "bot → 王磊: ⏰ 提醒：写日报",
                        "bot → 王磊: ⏰ 提醒：写日报",
                        "bot → 王磊: ⏰ 提醒：写日报",
                        "bot → 王磊: ⏰ 提醒：写日报",
                        "bot → 王磊: ⏰ 提醒：写日报");
    }

    @Test
    void aVisitsFollowUpDateNudgesTheRepAtNineThatMorning() throws Exception {
        String out = chat(dir.resolve("nudge.mv").toString(), """
                alice: visited Acme Corp today, met the CTO, follow up next Tuesday
                @time 2026-12-01T08:59
                alice: hi
                @time 2026-12-01T09:00
                """);

        String nudge = "bot → alice: ⏰ Reminder: follow up with Acme Corp today. Your note:"
                + " \"visited Acme Corp today, met the CTO, follow up next Tuesday\"";
        List<String> lines = out.lines().toList();
        assertThat(lines.stream().filter(l -> l.contains("⏰"))).containsExactly(nudge);
        // Not at 08:59 (before alice said hi), but at 09:00.
        assertThat(lines.indexOf(nudge))
                .isGreaterThan(lines.indexOf(
                        "bot → alice: Hi alice! Tell me about your visits and sales, or ask for your target."));
    }

    @Test
    void aRepLogsAVisitAndASaleAndTheManagerSeesThemInTheRanking() throws Exception {
        String out = chat(dir.resolve("a.mv").toString(), """
                alice: visit Acme Corp today, met the CTO, follow up next Tuesday
                alice: sale Globex 12k
                bob: sale Initech 5k
                carol: ranking
                """, "--managers", "carol");

        assertThat(out).contains("bot → alice: Logged your visit to Acme Corp on 2026-11-27.");
        assertThat(out).contains("Follow-up: 2026-12-01.");
        assertThat(out).contains("Logged a sale of $12,000 with Globex on 2026-11-27.");
        assertThat(out).contains("1. alice — $12,000").contains("2. bob — $5,000");
    }

    @Test
    void aManagerSetsATargetAndTheRepSeesProgressAgainstIt() throws Exception {
        String out = chat(dir.resolve("b.mv").toString(), """
                alice: hi
                carol: set alice's target to 50k this month
                alice: sale Globex 12k
                alice: my target
                """, "--managers", "carol");

        assertThat(out).contains("Set the sales target for alice: $50,000 for 2026-11-01 to 2026-11-30.");
        assertThat(out)
                .contains("alice's sales target for 2026-11-01 to 2026-11-30: $50,000. Achieved: $12,000 (24%).");
        assertThat(out).contains("Still to go: $38,000.");
    }

    @Test
    void aRepCannotSetTargetsAndNothingIsWritten() throws Exception {
        String out = chat(dir.resolve("c.mv").toString(), """
                bob: hi
                alice: set bob's target to 1k this month
                bob: my target
                """);

        assertThat(out).contains("bot → alice: Sorry, only a manager can do that.");
        assertThat(out).contains("bot → bob: bob has no sales target");
    }

    @Test
    void chineseMessagesGetChineseReplies() throws Exception {
        String out = chat(dir.resolve("d.mv").toString(), """
                王磊: 今天拜访了华为技术，王经理对方案很感兴趣，下周三再跟进
                王磊: 和华为技术签了5万元
                王磊: 撤销
                """);

        assertThat(out).contains("bot → 王磊: 已记录你在 2026-11-27 拜访 华为技术。");
        assertThat(out).contains("跟进：2026-12-02。");
        assertThat(out).contains("已记录成交：华为技术，¥50,000");
        assertThat(out).contains("折合团队币种 $7,000");
        assertThat(out).contains("已撤销你的成交");
    }

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() throws Exception {
        String file = dir.resolve("persist.mv").toString();
        chat(file, "alice: sale Globex 12k\n");

        String out = chat(file, "alice: ranking\n");

        assertThat(out).contains("1. alice — $12,000");
    }

    @Test
    void badAmountsAndUnknownPeopleGetAClearReplyAndNothingIsWritten() throws Exception {
        String out = chat(dir.resolve("e.mv").toString(), """
                alice: sale Globex -5k
                alice: sale Globex 1e99
                alice: sale Globex abc
                carol: set zed's target to 5k this month
                alice: ranking
                """, "--managers", "carol");

        assertThat(out).doesNotContain("Logged a sale");
        assertThat(out).contains("bot → alice: The amount -5k doesn't look right.");
        assertThat(out).contains("bot → alice: The amount 1e99 doesn't look right.");
        assertThat(out).contains("bot → carol: I don't know anyone called \"zed\". Nothing was changed.");
        assertThat(out).contains("No sales logged by the team");
    }

    @Test
    void aScriptClockLineMovesTheDateOfWhatIsLogged() throws Exception {
        String out = chat(dir.resolve("f.mv").toString(), """
                alice: daily report: visited two clinics
                @now 2026-11-28T18:00
                alice: daily report: quiet saturday
                """);

        assertThat(out).contains("your report for 2026-11-27 is saved").contains("your report for 2026-11-28 is saved");
    }

    @Test
    void peopleSeededInTheConfigurationKeepTheirRoles() throws Exception {
        String out = chat(
                dir.resolve("g.mv").toString(),
                """
                alice: hi
                carol: set alice's target to 20k this month
                """,
                "--salesbot.people[0].name=carol",
                "--salesbot.people[0].role=manager",
                "--salesbot.people[0].identities[0]=console:carol");

        assertThat(out).contains("bot → carol: Set the sales target for alice: $20,000");
    }

    @Test
    void aClosedWorkspaceRefusesStrangers() throws Exception {
        String out =
                chat(dir.resolve("h.mv").toString(), "mallory: sale Globex 12k\n", "--salesbot.workspace.open=false");

        assertThat(out)
                .isEqualTo("bot → mallory: I don't know you yet. Please ask your manager to add you to a team.\n");
    }

    @Test
    void kudosArePostedPubliclyCappedAndRankedInBothLanguages() throws Exception {
        String out = chat(
                dir.resolve("kudos.mv").toString(),
                """
                alice: hi
                bob: hi
                王磊: 你好
                alice: kudos @bob for landing Initech!
                alice: kudos @alice
                alice: kudos @王磊 for the quote
                bob: 感谢 @王磊 帮我搞定报价
                carol: kudos leaderboard this month
                alice: kudos leaderboard this quarter
                王磊: 本季度点赞榜
                bob: kudos leaderboard this week
                carol: West team kudos this month
                """,
                "--managers",
                "carol",
                "--salesbot.recognition.kudos-daily-cap=1");

        assertThat(out).contains("bot → alice: 🏆 Kudos from alice to bob for landing Initech!");
        assertThat(out).contains("bob: 1 kudos this month.");
        assertThat(out).contains("bot → alice: Nice try! Kudos are for colleagues");
        assertThat(out).contains("bot → alice: You can give 1 kudos a day and have 0 left today");
        assertThat(out).contains("bot → bob: 🏆 bob 为 王磊 点赞：帮我搞定报价！");
        assertThat(out).contains("Team ranking by kudos, 2026-11-01 to 2026-11-30:");
        assertThat(out).contains("1. bob — 1").contains("1. 王磊 — 1").contains("3. alice — 0");
        assertThat(out).contains("bot → alice: Team ranking by kudos, 2026-10-01 to 2026-12-31:");
        assertThat(out).contains("bot → 王磊: 团队点赞数排行（2026-10-01 至 2026-12-31）：");
        assertThat(out).contains("bot → bob: Team ranking by kudos, 2026-11-23 to 2026-11-29:");
        // "West team kudos this month" is a statistic question: the team's kudos, no customer in it.
        assertThat(out).contains("bot → carol: Sales Team — kudos, 2026-11-01 to 2026-11-30: 2");
    }

    @Test
    void aRepSeesCommissionUnderTheDefaultPlanInBothLanguages() throws Exception {
        String out = chat(dir.resolve("commission.mv").toString(), """
                carol: hi
                alice: closed $60k with Globex today
                王磊: 和华为技术签了5万元
                carol: set alice's target to 50k this month
                alice: what is my commission this month?
                王磊: 我这个月提成多少
                """, "--managers", "carol");

        // 3% of 50,000 + 5% of 10,000 + the $500 bonus at 100% of target
        assertThat(out)
                .contains("bot → alice: alice's commission for 2026-11-01 to 2026-11-30: $2,500, on sales of $60,000"
                        + " (120% of the $50,000 target).")
                .contains("Rate now: 5%. Next tier: 8% from $75,000 (150% of target), $15,000 more in sales.");
        // ¥50,000 is $7,000 at 0.14; no target, so 3% of it
        assertThat(out).contains("bot → 王磊: 王磊 在 2026-11-01 至 2026-11-30 的提成：$210，销售额 $7,000。");
    }

    @Test
    void askedForAChartTheConsoleSavesAPngAndPrintsItsPath() throws Exception {
        String out = chat(dir.resolve("charts.mv").toString(), """
                alice: closed $12.5k with Globex today
                王磊: 和华为技术签了5万元
                carol: set alice's target to 50k this month
                alice: how am I doing against my target this month? show me a chart
                王磊: 画个图 本月排行
                """, "--managers", "carol");

        List<String> charts = out.lines().filter(l -> l.contains("[chart: ")).toList();
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0)).contains("[chart: alice: sales 2026-11-01 to 2026-11-30, 25% of target] ");
        assertThat(charts.get(1)).contains("[chart: 团队销售额排行（2026-11-01 至 2026-11-30）] ");
        for (String line : charts) {
            Path png = Path.of(line.substring(line.indexOf("] ") + 2).strip());
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(com.salesbot.core.chart.ChartRenderer.WIDTH);
            assertThat(image.getHeight()).isEqualTo(com.salesbot.core.chart.ChartRenderer.HEIGHT);
        }
    }

    @Test
    void reachingTheTargetIsCelebratedOnceThroughUndoAndRedoOnTheRealDatabase() throws Exception {
        String out = chat(dir.resolve("milestones.mv").toString(), """
                alice: hi
                carol: set alice's target to 10k this month
                bob: closed $1k with Initech today
                alice: closed $12k with Globex today
                alice: undo
                alice: closed $12k with Globex today
                """, "--managers", "carol");

        assertThat(out).contains("🎉 First sale of 2026-11 for the team: bob with Initech!");
        assertThat(out.lines().filter(l -> l.contains("🎯 alice reached 120% of their sales target")))
                .hasSize(1);
        assertThat(out).contains("bot → alice: Undone: your sale");
    }
}
