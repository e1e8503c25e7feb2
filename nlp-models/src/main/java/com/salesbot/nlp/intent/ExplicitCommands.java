package com.salesbot.nlp.intent;

import com.salesbot.core.nlu.Intent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Explicit commands the bot documents ("daily report: …", "日报：…", "undo", "help") always mean
 * what they say, whatever the classifier thinks of the free text after them: a rep who typed the
 * command word must never be told the bot did not understand.
 */
final class ExplicitCommands {
    private record Command(Intent intent, Pattern pattern) {}

    private static final List<Command> COMMANDS = List.of(
            new Command(Intent.DAILY_REPORT, Pattern.compile("^(daily report|eod report|eod|日报|今日日报)\\s*[:：]")),
            new Command(Intent.UNDO, Pattern.compile("^(undo|撤销|撤回)[.!。！]?$")),
            new Command(Intent.HELP, Pattern.compile("^(help|帮助|/help)[?？.!。！]?$")));

    private ExplicitCommands() {}

    /** The intent an explicit command states, if the message starts with one. */
    static Optional<Intent> of(String text) {
        String head = text.strip().toLowerCase(Locale.ROOT);
        return COMMANDS.stream()
                .filter(c -> c.pattern().matcher(head).find())
                .map(Command::intent)
                .findFirst();
    }
}
