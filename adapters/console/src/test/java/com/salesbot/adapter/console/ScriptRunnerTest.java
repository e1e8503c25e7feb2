package com.salesbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.fakes.TestWorld;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptRunnerTest {
    private final TestWorld world = TestWorld.builder().openWorkspace(true).build();
    private final MutableClock clock = MutableClock.fixedAt(Instant.parse("2026-11-27T02:00:00Z"), TestWorld.ZONE);
    private final ConsoleSession session = new ConsoleSession(
            world.engine(), world.directory(), new OnboardingPolicy(true, TestWorld.TEAM_ID, TestWorld.ZONE), clock);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private final ConsoleOutboundChat console = new ConsoleOutboundChat();
    private final Scheduler scheduler = new Scheduler(
            world.reminders(),
            world.directory(),
            List.of(console),
            world.messages(),
            clock,
            SchedulerSettings.defaults(),
            "console");

    private void run(String script) throws Exception {
        console.printTo(out);
        new ScriptRunner(session, clock, TestWorld.ZONE, scheduler)
                .run(new BufferedReader(new StringReader(script)), out);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachSpeakerLineIsAnsweredAsBotArrowSpeaker() throws Exception {
        world.parser().on("hi", Intent.SMALLTALK, Entities.none());

        run("# a comment\n\ndave: hi\n");

        assertThat(output()).startsWith("bot → dave: Hi dave!");
    }

    @Test
    void continuationLinesAreIndentedUnderTheReply() throws Exception {
        run("dave: something odd\n");

        assertThat(output().lines().skip(1).findFirst())
                .hasValueSatisfying(line -> assertThat(line).startsWith(" ".repeat("bot → dave: ".length()) + "•"));
    }

    @Test
    void aMalformedLineStopsTheScriptBeforeAnythingIsSent() {
        world.parser().on("hi", Intent.SMALLTALK, Entities.none());

        assertThatThrownBy(() -> run("dave: hi\nno speaker here\n"))
                .isInstanceOf(ScriptRunner.MalformedScriptException.class)
                .hasMessageContaining("line 2: expected 'name: message'");
        assertThat(output()).isEmpty();
    }

    @Test
    void aBadClockLineNamesTheExpectedFormat() {
        assertThatThrownBy(() -> run("@now tomorrow\n"))
                .isInstanceOf(ScriptRunner.MalformedScriptException.class)
                .hasMessageContaining("line 1: '@now' needs a local date-time such as 2026-11-28T18:00");
    }

    @Test
    void aClockLineMovesTheClockForTheLinesAfterIt() throws Exception {
        run("@now 2026-11-28T18:30\n");

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-28T10:30:00Z"));
    }

    @Test
    void aTimeLineDeliversEverythingThatFallsDueOnTheWayInOrder() throws Exception {
        world.parser()
                .on(
                        "remind me tomorrow at 3pm to call Acme",
                        Intent.SET_REMINDER,
                        TestWorld.entities(Entities.WHEN, LocalDateTime.of(2026, 11, 28, 15, 0)));
        world.parser()
                .on(
                        "remind me every day at 9am to check the pipeline",
                        Intent.SET_REMINDER,
                        TestWorld.entities(
                                Entities.WHEN,
                                LocalDateTime.of(2026, 11, 28, 9, 0),
                                Entities.RECURRENCE,
                                "FREQ=DAILY"));

        run("""
                dave: remind me tomorrow at 3pm to call Acme
                dave: remind me every day at 9am to check the pipeline
                @time 2026-11-29T09:00
                """);

        assertThat(output().lines().filter(l -> l.contains("⏰")))
                .containsExactly(
                        "bot → dave: ⏰ Reminder: check the pipeline",
                        "bot → dave: ⏰ Reminder: call Acme",
                        "bot → dave: ⏰ Reminder: check the pipeline");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-29T01:00:00Z"));
    }

    @Test
    void aNowLineSetsTheClockWithoutDelivering() throws Exception {
        world.parser()
                .on(
                        "remind me tomorrow at 3pm to call Acme",
                        Intent.SET_REMINDER,
                        TestWorld.entities(Entities.WHEN, LocalDateTime.of(2026, 11, 28, 15, 0)));

        run("dave: remind me tomorrow at 3pm to call Acme\n@now 2026-11-29T09:00\n");

        assertThat(output()).doesNotContain("⏰");
    }

    @Test
    void channelPostsArePrintedWithTheChannelName() {
        console.printTo(out);

        console.postToChannel("", "team-west", null, com.salesbot.core.conversation.Reply.text("pipeline review"));

        assertThat(output()).isEqualTo("bot → #team-west: pipeline review" + System.lineSeparator());
    }

    @Test
    void managersNamedOnTheCommandLineBecomeManagers() {
        session.makeManagers(java.util.List.of("erin"));

        assertThat(world.directory().byIdentity("console:erin"))
                .hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(com.salesbot.core.kernel.Role.MANAGER));
    }
}
