package com.salesbot.nlp.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.nlp.Nlu;
import com.salesbot.nlp.cli.ParseCommand;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code parse} command works through a 10,000-line file in one run: one JSON object per line, in order. */
class ParseCommandTenThousandLinesTest {
    static final int LINES = 10_000;

    private static final List<String> EN = List.of(
            "log visit %s, met the CTO, demo went well, follow up next Tuesday",
            "closed $%dk with %s today",
            "visited %s yesterday, they want a quote for %d units",
            "move %s to negotiation",
            "how am I doing against my target this month?",
            "set <@U024BE7LH> target to %dk for December",
            "remind me to call %s every Monday at 9am",
            "kudos <@80351110224678912> for landing the %s renewal!",
            "what's the history with %s?",
            "%s is also talking to BetaSoft",
            "show the leaderboard for this week",
            "",
            "thanks!");
    private static final List<String> ZH = List.of(
            "今天拜访了%s,王经理对方案很感兴趣,下周三再跟进",
            "和%s签了%d万的单",
            "本周拜访量排行",
            "我这个月的目标完成了多少",
            "把%s改成赢单",
            "提醒我每个工作日早上九点给%s打电话",
            "%s那边在和金蝶谈",
            "日报:今天拜访了%s,报价%d千元",
            "谁还没交日报",
            "撤销");
    private static final List<String> CUSTOMERS =
            List.of("Acme Corp", "Globex", "Initech", "Helix", "华为技术", "腾讯", "Umbrella 医疗", "Soylent");

    @TempDir
    Path dir;

    @Test
    void tenThousandMixedEnglishAndChineseLinesGiveTenThousandJsonObjects() throws Exception {
        Path input = dir.resolve("messages.txt");
        Path output = dir.resolve("parsed.jsonl");
        Files.write(input, messages(), StandardCharsets.UTF_8);
        ParseCommand command = new ParseCommand(Nlu.defaultParser());

        long start = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                PrintStream out = new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8)) {
            command.run(in, out, ParseCommand.Options.parse(new String[] {"--now", "2026-11-27T10:00"}));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Reported, not asserted: wall time depends on the machine; docs/benchmarks.md records it.
        System.out.printf("robustness: parse command: %d lines in %d ms in one JVM run%n", LINES, millis);

        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(LINES);
        lines.forEach(ContractShape::assertJsonLine);
    }

    // Deterministic: line i always gets the same template, customer and amount.
    private static List<String> messages() {
        List<String> lines = new ArrayList<>(LINES);
        for (int i = 0; i < LINES; i++) {
            List<String> templates = i % 2 == 0 ? EN : ZH;
            String template = templates.get((i / 2) % templates.size());
            String customer = CUSTOMERS.get(i % CUSTOMERS.size());
            lines.add(fill(template, customer, 1 + (i * 7) % 250));
        }
        return lines;
    }

    private static String fill(String template, String customer, int amount) {
        String out = template;
        // Templates use %s (customer) and %d (amount) in different orders, so substitute by kind.
        out = out.replaceFirst("%s", java.util.regex.Matcher.quoteReplacement(customer));
        return out.replace("%d", Integer.toString(amount));
    }
}
