package com.salesbot.adapter.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a chat script: lines {@code alice: visited Acme today}, {@code # comments}, blank lines, and
 * {@code @now 2026-11-28T18:00} to move the clock. The whole script is checked before the first
 * line is sent, so a malformed script changes nothing.
 */
public final class ScriptRunner {
    private static final Pattern SPEAKER_LINE = Pattern.compile("^([\\p{L}\\p{N}_.\\-]{1,64}):\\s?(.*)$");
    private static final Pattern CLOCK_LINE = Pattern.compile("^@now\\s+(\\S+)\\s*$");

    private final ConsoleSession session;
    private final MutableClock clock;
    private final ZoneId zone;

    public ScriptRunner(ConsoleSession session, MutableClock clock, ZoneId zone) {
        this.session = session;
        this.clock = clock;
        this.zone = zone;
    }

    /** A script line that is neither a message, a comment nor a clock move. */
    public static final class MalformedScriptException extends Exception {
        public MalformedScriptException(String message) {
            super(message);
        }
    }

    private sealed interface Step permits Say, MoveClock {}

    private record Say(String speaker, String text) implements Step {}

    private record MoveClock(LocalDateTime to) implements Step {}

    /** Checks and then runs the script, printing replies to {@code out}. */
    public void run(BufferedReader script, PrintStream out) throws IOException, MalformedScriptException {
        List<Step> steps = parse(script);
        for (Step step : steps) {
            if (step instanceof MoveClock move) {
                clock.set(move.to().atZone(zone).toInstant());
            } else if (step instanceof Say say) {
                session.say(say.speaker(), say.text(), out);
            }
        }
    }

    private static List<Step> parse(BufferedReader script) throws IOException, MalformedScriptException {
        List<Step> steps = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = script.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher clockMove = CLOCK_LINE.matcher(trimmed);
            if (clockMove.matches()) {
                try {
                    steps.add(new MoveClock(LocalDateTime.parse(clockMove.group(1))));
                } catch (DateTimeParseException e) {
                    throw new MalformedScriptException("line " + number + ": '@now' needs a local date-time such as"
                            + " 2026-11-28T18:00, got '" + clockMove.group(1) + "'");
                }
                continue;
            }
            Matcher speaker = SPEAKER_LINE.matcher(trimmed);
            if (!speaker.matches()) {
                throw new MalformedScriptException(
                        "line " + number + ": expected 'name: message', '# comment' or '@now DATE-TIME', got '"
                                + abbreviate(trimmed) + "'");
            }
            steps.add(new Say(speaker.group(1), speaker.group(2)));
        }
        return steps;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
