package com.salesbot.config.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.config.SalesbotApplication;
import com.salesbot.config.launch.LaunchOptions;
import com.salesbot.config.wiring.ConsoleRunner;
import com.salesbot.config.wiring.MongoConnection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The knowledge base and the feedback line end to end through the console transcript: real NLU, core,
 * Lucene, MongoDB driver and the embedded server. Pressing a button is typing its value, as the console
 * shows it.
 */
class KnowledgeConversationTest {
    @TempDir
    Path dir;

    private String chat(String script, Consumer<ConfigurableApplicationContext> after) throws Exception {
        Path file = dir.resolve("script.chat");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(dir.resolve("knowledge"));
        Files.writeString(folder.resolve("prices.md"), """
                ## X200 list price
                tags: x200, price
                The X200 lists at $1,200 per unit, $1,050 for ten or more.

                ## X200 报价
                X200 标价每台一千二百美元，十台以上一千零五十美元。
                """, StandardCharsets.UTF_8);
        LaunchOptions options = LaunchOptions.parse(new String[] {
            "--script",
            file.toString(),
            "--now",
            "2026-11-27T10:00",
            "--zone",
            "Asia/Shanghai",
            "--db",
            "memory",
            "--managers",
            "carol"
        });
        List<String> springArgs = new ArrayList<>(List.of(options.springArgs()));
        springArgs.add("--salesbot.knowledge.folder=" + folder);
        springArgs.add("--salesbot.mongodb.database=salesbot_test_kb_" + Math.abs(dir.hashCode()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConfigurableApplicationContext context =
                        new SpringApplicationBuilder(SalesbotApplication.class).run(springArgs.toArray(String[]::new));
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(context.getBean(ConsoleRunner.class).run(options, out)).isZero();
            after.accept(context);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRepAsksTheManagerAnswersAndSavesTheAnswerWhichTheNextQuestionFinds() throws Exception {
        String out = chat("""
                alice: hi
                carol: hi
                alice: what's the price of the X200?
                alice: how long does shipping to Hong Kong take?
                alice: ask manager: how long does shipping to Hong Kong take?
                carol: answer #Q1: four working days by air
                carol: save answer #Q1
                alice: what's the shipping time to Hong Kong?
                """, context -> {});

        assertThat(out)
                .contains(
                        "bot → alice: From the team knowledge base:\n"
                                + "             1. X200 list price — The X200 lists at $1,200 per unit, $1,050 for ten or more.")
                .contains("bot → alice: I found nothing on that in the team knowledge base. Shall I ask your manager?\n"
                        + "             [Ask my manager]")
                .contains(
                        "bot → carol: alice asks: \"how long does shipping to Hong Kong take?\" Answer with \"answer #Q1: …\".")
                .contains("bot → alice: Sent your question to carol (#Q1). I'll pass on the answer.")
                .contains(
                        "bot → alice: carol answered your question \"how long does shipping to Hong Kong take?\": four working days by air")
                .contains("bot → carol: Sent your answer to alice.\n             [Save to knowledge base]")
                .contains("bot → carol: Added to the knowledge base: \"how long does shipping to Hong Kong take?\"")
                .contains("1. how long does shipping to Hong Kong take? — four working days by air");
    }

    @Test
    void inChineseTheSameRoundTripWorks() throws Exception {
        String out = chat("""
                王磊: 你好
                carol: hi
                王磊: X200 的报价是多少
                王磊: 问经理：X900 发货到香港要几天
                carol: 回答 #Q1：空运四个工作日
                carol: 保存答案 #Q1
                王磊: X900 发货到香港要多久
                """, context -> {});

        assertThat(out)
                .contains("bot → 王磊: 团队知识库里的答案：\n")
                .contains("1. X200 报价 — X200 标价每台一千二百美元，十台以上一千零五十美元。")
                // The manager is told in their own language, whatever the rep wrote in.
                .contains("bot → carol: 王磊 asks: \"X900 发货到香港要几天\" Answer with \"answer #Q1: …\".")
                .contains("bot → 王磊: 已把你的问题发给 carol（#Q1），有答复我会转给你。")
                .contains("bot → 王磊: carol 回答了你的问题“X900 发货到香港要几天”：空运四个工作日")
                .contains("bot → carol: 已把你的答复发给 王磊。\n")
                .contains("[存进知识库]")
                .contains("bot → carol: 已加入知识库：“X900 发货到香港要几天”")
                .contains("1. X900 发货到香港要几天 — 空运四个工作日");
    }

    @Test
    void anonymousFeedbackReachesTheManagerAndTheStoredDocumentNamesNobody() throws Exception {
        List<Document> stored = new ArrayList<>();
        String out = chat(
                """
                alice: hi
                bob: hi
                carol: hi
                alice: anonymous feedback: the Friday call runs too long
                bob: feedback: more demo units please
                carol: show this month's feedback
                """,
                context -> context.getBean(MongoConnection.class)
                        .database()
                        .getCollection("feedback")
                        .find(new Document("from", new Document("$exists", false)))
                        .into(stored));

        assertThat(out)
                .contains("bot → carol: Anonymous feedback from your team: the Friday call runs too long")
                .contains("bot → alice: Thanks, your feedback went to your manager without your name.")
                .contains("bot → carol: Feedback from bob: more demo units please")
                .contains("2026-11-27 · anonymous: the Friday call runs too long")
                .contains("2026-11-27 · bob: more demo units please");
        assertThat(stored).hasSize(1);
        Document anonymous = stored.get(0);
        assertThat(anonymous.keySet()).containsExactlyInAnyOrder("_id", "text", "lang", "day", "teamId");
        assertThat(anonymous.get("_id")).isInstanceOf(String.class);
        assertThat(anonymous.toJson()).doesNotContain("alice").doesNotContain("console:");
    }

    @Test
    void aScheduledQuizReachesEachRepInTheirLanguageAndTheManagerSeesScores() throws Exception {
        String out = chat("""
                alice: hi
                王磊: 你好
                carol: hi
                carol: quiz Monday 9am: who approves a 12% discount? | me | *the sales director | finance
                @time 2026-11-30T09:00
                alice: quiz #T1 answer 2
                王磊: 测验 #T1 答案 1
                alice: quiz #T1 answer 3
                carol: quiz results
                """, context -> {});

        assertThat(out)
                .contains("bot → carol: Quiz #T1 scheduled for 2 reps, first on Mon 2026-11-30 09:00.")
                .contains("bot → alice: 📝 Quiz #T1: who approves a 12% discount?\n"
                        + "             1. me\n             2. the sales director\n             3. finance")
                .contains("bot → 王磊: 📝 测验 #T1：who approves a 12% discount?")
                .contains("bot → alice: Correct! ✅")
                .contains("bot → 王磊: 不对，正确答案是 2. the sales director")
                .contains("bot → alice: You already answered quiz #T1; the first answer counts.")
                .contains("#T1 who approves a 12% discount?: answered 2 of 2, right 1 (50%).");
    }
}
