package com.salesbot.config.wiring;

import com.salesbot.adapter.console.ConsoleOutboundChat;
import com.salesbot.adapter.console.ConsoleSession;
import com.salesbot.adapter.console.InteractiveChat;
import com.salesbot.adapter.console.MutableClock;
import com.salesbot.adapter.console.ScriptRunner;
import com.salesbot.config.launch.LaunchOptions;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.reminder.Scheduler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Runs the console chat, interactive or scripted, once the application has started. */
@Component
public class ConsoleRunner {
    private final ConversationEngine engine;
    private final Directory directory;
    private final OnboardingPolicy policy;
    private final MutableClock clock;
    private final ZoneId zone;
    private final Scheduler scheduler;
    private final ConsoleOutboundChat deliveries;

    public ConsoleRunner(
            ConversationEngine engine,
            Directory directory,
            OnboardingPolicy policy,
            MutableClock clock,
            ZoneId defaultZone,
            Scheduler scheduler,
            ConsoleOutboundChat deliveries) {
        this.engine = engine;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
        this.zone = defaultZone;
        this.scheduler = scheduler;
        this.deliveries = deliveries;
    }

    /** Runs the chat and returns the process exit code: 0 when it ran, 2 for a bad script. */
    public int run(LaunchOptions options, PrintStream out) throws IOException {
        ConsoleSession session = new ConsoleSession(engine, directory, policy, clock);
        // Reminders due to console people are printed in the same transcript as the replies.
        deliveries.printTo(out);
        session.makeManagers(options.managers());
        if (options.script() == null) {
            new InteractiveChat(session).run(options.speaker(), stdin(), out);
            return 0;
        }
        try (BufferedReader script = options.script().equals("-")
                ? stdin()
                : Files.newBufferedReader(Path.of(options.script()), StandardCharsets.UTF_8)) {
            new ScriptRunner(session, clock, zone, scheduler).run(script, out);
            return 0;
        } catch (NoSuchFileException e) {
            System.err.println("No such script file: " + options.script());
            return 2;
        } catch (ScriptRunner.MalformedScriptException e) {
            System.err.println("Script not run: " + e.getMessage());
            return 2;
        }
    }

    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
}
