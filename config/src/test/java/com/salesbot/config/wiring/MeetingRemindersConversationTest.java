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
 * Channel reminders and meeting agendas end to end through the console, the real NLU, the scheduler and
 * the database: a manager's reminder posted to a named channel and to the team's configured channel, a
 * rep refused, and a weekly meeting's agenda (last week's numbers, deals that moved) posted 15 minutes
 * before, in English and Chinese; and the managers' daily digest in the team's channel as one summary with
 * the reports in its thread, which a report sent after it joins. One script, so one start-up.
 */
class MeetingRemindersConversationTest {
    @TempDir
    Path dir;

    @Test
    void channelRemindersArePostedThereAndMeetingAgendasComeAQuarterHourBefore() throws Exception {
        String out = chat("""
                carol: hi
                李娜: 你好
                alice: visited Acme Corp today, met the CTO
                王磊: 今天拜访了美的
                alice: closed $5k with Globex today
                alice: move Acme Corp to negotiation
                alice: remind #team-west to bring the samples tomorrow at 3pm
                carol: remind the team to log their visits every Friday at 5pm
                carol: remind #team-west about the pipeline review every Monday 9am
                李娜: 每周一早上9点在#销售群提醒大家开周会
                alice: daily report: Globex signed, Acme moves to negotiation
                @time 2026-11-27T21:00
                王磊: 日报：今天拜访了美的
                @time 2026-11-30T09:00
                """);

        assertThat(out)
                // Reps remind themselves and teammates; channels and the whole team are for managers.
                .contains("bot → alice: Only a manager can post reminders to a channel. Nothing was set;")
                // The team has a channel configured: "the team" is posted there, not DMed to each member.
                .contains("bot → carol: Reminder set for the team in #team-west: \"log their visits\"."
                        + " Next: Fri 2026-11-27 17:00 (Asia/Shanghai). Repeats every Friday.")
                .contains("bot → #team-west: ⏰ Reminder from carol: log their visits")
                .doesNotContain("bot → alice: ⏰ Reminder from carol: log their visits")
                .contains("bot → carol: Reminder set for #team-west: \"the pipeline review\"."
                        + " Next: Mon 2026-11-30 09:00 (Asia/Shanghai). Repeats every Monday. The agenda (last week's"
                        + " numbers and deals that moved) is posted 15 minutes before, at 08:45.")
                .contains("bot → 李娜: 已为#销售群设置提醒：“开周会”。下次：2026-11-30 周一 09:00（Asia/Shanghai）。")
                .contains("会前 15 分钟（08:45）发出议程：上周数据和推进的商机。")
                .contains(posted(
                        "#team-west",
                        "📋 Agenda: the pipeline review starts at 09:00.",
                        "Last week (2026-11-23 – 2026-11-29):",
                        "• alice — visits 1, deals 1, sales $5,000",
                        "• 王磊 — visits 1, deals 0, sales $0",
                        "• Team — visits 2, deals 1, sales $5,000",
                        "Deals that moved stage:",
                        "• Acme Corp (alice): new, negotiation"))
                .contains(posted(
                        "#销售群",
                        "📋 会议议程：开周会，09:00 开始。",
                        "上周（2026-11-23 至 2026-11-29）数据：",
                        "• alice — 拜访 1 次，成交 1 单，金额 $5,000",
                        "• 王磊 — 拜访 1 次，成交 0 单，金额 $0",
                        "• 全队 — 拜访 2 次，成交 1 单，金额 $5,000",
                        "阶段有变化的商机：",
                        "• Acme Corp（alice）：新商机，谈判"));
        // The digest is one summary in the team's channel (its second post), each report a reply in its
        // thread, and a report sent after it joins that thread; no manager gets it as a direct message.
        assertThat(out)
                .contains(posted(
                        "#team-west",
                        "📋 Daily digest for 2026-11-27: 1 of 2 reported.",
                        "Team — visits 2, deals 1, sales $5,000",
                        "Not reported: 王磊."))
                .contains(posted(
                        "#team-west (thread 2)",
                        "• alice — visits 1, deals 1, sales $5,000",
                        "daily report: Globex signed, Acme moves to negotiation"))
                .contains(posted("#team-west (thread 2)", "• 王磊 — visits 1, deals 0, sales $0", "日报：今天拜访了美的"))
                .doesNotContain("bot → carol: 📋 Daily digest")
                .doesNotContain("bot → 李娜: 📋");
        // Each agenda is posted once, with no repeat as the clock moves on to the meeting.
        List<String> lines = out.lines().toList();
        assertThat(lines.stream().filter(l -> l.startsWith("bot → #team-west: 📋 Agenda")))
                .hasSize(1);
        assertThat(lines.stream().filter(l -> l.startsWith("bot → #team-west: 📋 Daily digest")))
                .hasSize(1);
        assertThat(lines.stream().filter(l -> l.startsWith("bot → #销售群: 📋"))).hasSize(1);
    }

    /** A multi-line post as the console prints it: further lines indented under the first. */
    private static String posted(String channel, String... lines) {
        String head = "bot → " + channel + ": ";
        return head + String.join("\n" + " ".repeat(head.length()), lines);
    }

    private String chat(String script) throws Exception {
        Path file = dir.resolve("meeting.chat");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        LaunchOptions options = LaunchOptions.parse(new String[] {
            "--script",
            file.toString(),
            "--now",
            "2026-11-27T10:00",
            "--zone",
            "Asia/Shanghai",
            "--db",
            dir.resolve("meeting.mv").toString(),
            "--managers",
            "carol,李娜"
        });
        List<String> springArgs = new ArrayList<>(List.of(options.springArgs()));
        // Its own database when a real server is configured.
        springArgs.add("--salesbot.mongodb.database=salesbot_test_meeting");
        // The default team with a channel on the console (the whole teams list is replaced, as Spring does).
        springArgs.add("--salesbot.teams[0].id=sales");
        springArgs.add("--salesbot.teams[0].name=Sales Team");
        springArgs.add("--salesbot.teams[0].currency=USD");
        springArgs.add("--salesbot.teams[0].channel=console:team-west");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConfigurableApplicationContext context =
                        new SpringApplicationBuilder(SalesbotApplication.class).run(springArgs.toArray(String[]::new));
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(context.getBean(ConsoleRunner.class).run(options, out)).isZero();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
