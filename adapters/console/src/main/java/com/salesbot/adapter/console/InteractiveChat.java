package com.salesbot.adapter.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The interactive console: type as one person, switch with {@code /as bob}, leave with {@code /quit}
 * or end of input.
 */
public final class InteractiveChat {
    private final ConsoleSession session;

    public InteractiveChat(ConsoleSession session) {
        this.session = session;
    }

    /** Reads lines until the user quits. */
    public void run(String speaker, BufferedReader in, PrintStream out) throws IOException {
        String current = speaker;
        out.println("Salesbot console. You are '" + current
                + "'. Type 'help', '/as NAME' to switch person, '/quit' to leave.");
        while (true) {
            out.print(current + "> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("/quit")) {
                return;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("/as ")) {
                String next = trimmed.substring(4).strip();
                if (next.matches("[\\p{L}\\p{N}_.\\-]{1,64}")) {
                    current = next;
                    out.println("You are now '" + current + "'.");
                } else {
                    out.println("A name is letters, digits, '_', '.' or '-' (up to 64).");
                }
                continue;
            }
            session.say(current, line, out);
        }
    }
}
