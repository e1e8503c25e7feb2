package com.salesbot.config.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapter.console.ConsoleOutboundChat;
import com.salesbot.adapter.console.MutableClock;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.reminder.Scheduler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot dies mid-run, one reminder claimed but not yet sent, and a new instance takes over: every
 * reminder is delivered exactly once, the interrupted one after its claim lapses.
 */
class AppRestartTest {
    private static final Instant TEN = Instant.parse("2026-11-27T02:00:00Z"); // 10:00 in Shanghai

    @TempDir
    Path dir;

    @Test
    void remindersResumeExactlyOnceAfterTheAppIsKilledAndRestarted() {
        EmbeddedMongo database = EmbeddedMongo.start(dir.resolve("restart.mv").toString());
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(transcript, true, StandardCharsets.UTF_8);
        try {
            ConfigurableApplicationContext before = start(database, out);
            for (String[] r :
                    new String[][] {{"10:30", "call Acme"}, {"11:30", "call Globex"}, {"12:30", "call Initech"}}) {
                before.getBean(com.salesbot.core.engine.ConversationEngine.class)
                        .handle(new ChatMessage(
                                "console",
                                "",
                                "",
                                "alice",
                                "alice",
                                "remind me at " + r[0] + " to " + r[1],
                                r[1],
                                TEN,
                                true));
            }
            assertThat(tickAt(before, TEN.plus(Duration.ofMinutes(31)))).isEqualTo(1);
            // 11:29:30 hands out the 11:30 occurrence; at 11:31 it is claimed, then the process dies unsent.
            assertThat(tickAt(before, TEN.plus(Duration.ofMinutes(89)).plusSeconds(30)))
                    .isZero();
            Instant elevenThirtyOne = TEN.plus(Duration.ofMinutes(91));
            ReminderStore store = before.getBean(ReminderStore.class);
            assertThat(store.claim(elevenThirtyOne, "killed-instance", elevenThirtyOne.plus(Duration.ofMinutes(2))))
                    .isPresent();
            before.close();

            ConfigurableApplicationContext after = start(database, out);
            try {
                assertThat(tickAt(after, elevenThirtyOne.plusSeconds(30))).isZero();
                assertThat(tickAt(after, elevenThirtyOne.plus(Duration.ofMinutes(3))))
                        .isEqualTo(1);
                assertThat(tickAt(after, TEN.plus(Duration.ofMinutes(151)))).isEqualTo(1);
                assertThat(tickAt(after, TEN.plus(Duration.ofMinutes(152)))).isZero();
            } finally {
                after.close();
            }
        } finally {
            database.close();
        }
        String text = transcript.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .containsOnlyOnce("call Acme")
                .containsOnlyOnce("call Globex")
                .containsOnlyOnce("call Initech");
    }

    private static ConfigurableApplicationContext start(EmbeddedMongo database, PrintStream out) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        "--salesbot.mongodb.uri=mongodb://127.0.0.1:" + database.port() + "/salesbot",
                        "--salesbot.clock.now=2026-11-27T10:00",
                        "--salesbot.clock.zone=Asia/Shanghai",
                        "--salesbot.reminders.report-prompts=false");
        app.getBean(ConsoleOutboundChat.class).printTo(out);
        return app;
    }

    private static int tickAt(ConfigurableApplicationContext app, Instant at) {
        app.getBean(MutableClock.class).set(at);
        return app.getBean(Scheduler.class).tick();
    }
}
