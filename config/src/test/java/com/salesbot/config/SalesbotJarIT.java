package com.salesbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged salesbot.jar as a user runs it: the README's demo, parse, and a bad script. */
class SalesbotJarIT {
    private static final Path JAR = Path.of(System.getProperty("salesbot.jar", "target/salesbot.jar"));
    private static final Path ROOT = Path.of(System.getProperty("salesbot.root", ".."));

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Dfile.encoding=UTF-8", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("SALESBOT_MONGODB_URI");
        // With a Slack bot token in the developer's shell the jar would serve Slack instead of the console.
        builder.environment().remove("SLACK_BOT_TOKEN");
        builder.environment().remove("DISCORD_TOKEN");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("salesbot.jar did not finish in 120 s");
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The README's demo script and the replies it shows, read from the README itself. */
    private static String readmeBlock(String marker) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<!-- " + marker + " -->\\s*```[a-z]*\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(m.find()).as("README block " + marker).isTrue();
        return m.group(1);
    }

    @Test
    void theReadmeDemoScriptProducesTheRepliesTheReadmeShows() throws Exception {
        Path script = ROOT.resolve("docs/demo.chat");
        assertThat(Files.readString(script, StandardCharsets.UTF_8)).isEqualTo(readmeBlock("demo-script"));

        Run run = run(
                "",
                "chat",
                "--script",
                script.toString(),
                "--now",
                "2026-11-27T10:00",
                "--zone",
                "Asia/Shanghai",
                "--db",
                "memory",
                "--managers",
                "carol");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(readmeBlock("demo-output"));
    }

    @Test
    void aMalformedScriptLineStopsWithExitCodeTwoAndTheLineNumber() throws Exception {
        Path script = dir.resolve("bad.chat");
        Files.writeString(script, "alice: hi\nthis line has no speaker\n", StandardCharsets.UTF_8);

        Run run = run("", "chat", "--script", script.toString(), "--db", "memory");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("line 2: expected 'name: message'");
        assertThat(run.out()).doesNotContain("bot →");
    }

    @Test
    void parseWritesOneContractObjectPerLineAndNothingElse() throws Exception {
        Run run = run(
                "closed $12.5k with Globex today\n\n本周拜访量排行\n",
                "parse",
                "--now",
                "2026-11-27T10:00",
                "--zone",
                "Asia/Shanghai");

        assertThat(run.code()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .contains("\"intent\":\"log_sale\"")
                .contains("\"amount\":12500")
                .contains("\"currency\":\"USD\"");
        assertThat(lines[1]).contains("\"intent\":\"unknown\"");
        assertThat(lines[2]).contains("\"lang\":\"zh\"").contains("\"metric\":\"visits\"");
    }

    @Test
    void theEmbeddedDatabaseKeepsDataInTheDataFolderAcrossRuns() throws Exception {
        Path script = dir.resolve("one.chat");
        Files.writeString(script, "alice: sale Globex 12k\n", StandardCharsets.UTF_8);
        assertThat(run("", "chat", "--script", script.toString()).code()).isZero();

        Files.writeString(script, "alice: ranking\n", StandardCharsets.UTF_8);
        Run second = run("", "chat", "--script", script.toString());

        assertThat(second.out()).contains("1. alice — $12,000");
        assertThat(dir.resolve("data/salesbot.mv")).exists();
    }

    @Test
    void theInteractiveConsoleAnswersUntilQuit() throws Exception {
        Run run = run("hi\n/as carol\nhelp\n/quit\n", "--as", "alice", "--db", "memory");

        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("You are 'alice'")
                .contains("bot → alice: Hi alice!")
                .contains("You are now 'carol'.")
                .contains("bot → carol: Here is what I can do:");
    }
}
