package com.salesbot.adapter.console;

import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.engine.ConversationEngine;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.people.Directory;
import com.salesbot.core.people.OnboardingPolicy;
import com.salesbot.core.people.Person;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The console as a chat platform: every speaker is {@code console:<name>}, every line a new message.
 * Shared by the interactive chat and the script runner.
 */
public final class ConsoleSession {
    /** The platform name used in identities and message keys. */
    public static final String PLATFORM = "console";

    private final ConversationEngine engine;
    private final Directory directory;
    private final OnboardingPolicy policy;
    private final Clock clock;
    private final ConsoleRenderer renderer = new ConsoleRenderer();
    private final String runId = UUID.randomUUID().toString();
    private long sequence;

    public ConsoleSession(ConversationEngine engine, Directory directory, OnboardingPolicy policy, Clock clock) {
        this.engine = engine;
        this.directory = directory;
        this.policy = policy;
        this.clock = clock;
    }

    /** Makes each named speaker a manager of the default team, registering them if needed. */
    public void makeManagers(List<String> names) {
        for (String name : names) {
            String identity = PLATFORM + ":" + name;
            Person person = directory
                    .byIdentity(identity)
                    .orElseGet(() -> new Person(
                            new PersonId(identity),
                            name,
                            policy.defaultTeamId(),
                            Role.REP,
                            policy.defaultZone(),
                            Lang.EN,
                            List.of(identity)));
            if (!person.role().covers(Role.MANAGER)) {
                person = person.withRole(Role.MANAGER);
            }
            directory.save(person);
        }
    }

    /** Sends one line as {@code speaker} and prints the bot's replies as {@code bot → speaker: …}. */
    public void say(String speaker, String text, PrintStream out) {
        ChatMessage message = new ChatMessage(
                PLATFORM, "", "console", speaker, speaker, text, runId + "-" + (++sequence), clock.instant(), true);
        for (Reply reply : engine.handle(message)) {
            renderer.print(out, speaker, reply);
        }
        out.flush();
    }
}
