package com.salesbot.nlp.cli;

import com.salesbot.core.nlu.Entities;
import com.salesbot.core.nlu.Intent;
import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The contract's {@code parse} command: one chat message per input line, one JSON object per output
 * line, in order, nothing else on standard output.
 */
public final class ParseCommand {
    private final IntentParser parser;

    public ParseCommand(IntentParser parser) {
        this.parser = parser;
    }

    /** Options of the command: the reference clock and zone. */
    public record Options(LocalDateTime now, ZoneId zone) {
        /** Reads {@code [--now 2026-11-27T10:00] [--zone Asia/Shanghai]}; defaults are the system's. */
        public static Options parse(String[] args) {
            LocalDateTime now = null;
            ZoneId zone = ZoneId.systemDefault();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--now" -> now = LocalDateTime.parse(value(args, ++i, "--now"));
                    case "--zone" -> zone = ZoneId.of(value(args, ++i, "--zone"));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(now == null ? LocalDateTime.now(zone) : now, zone);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /** Parses every line of {@code in}; a line that breaks the parser still yields an {@code unknown} object. */
    public void run(BufferedReader in, PrintStream out, Options options) throws IOException {
        ZonedDateTime now = options.now().atZone(options.zone());
        String line;
        while ((line = in.readLine()) != null) {
            out.println(ContractJson.line(safeParse(line, now)));
        }
        out.flush();
    }

    private ParsedMessage safeParse(String line, ZonedDateTime now) {
        try {
            return parser.parse(line, now);
        } catch (RuntimeException e) {
            // The contract promises an object for every line; a parser bug must not end the stream.
            return new ParsedMessage(
                    Intent.UNKNOWN, 0.0, com.salesbot.core.conversation.LanguageDetector.detect(line), Entities.none());
        }
    }
}
