package com.salesbot.adapter.console;

import com.salesbot.core.reminder.Scheduler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a chat script: lines {@code alice: visited Acme today}, {@code # comments}, blank lines,
 * {@code @now 2026-11-28T18:00} to set the clock, and {@code @time 2026-11-30T09:00} to move it
 * forward delivering every reminder that falls due on the way, in order. The whole script is checked
 * before the first line is sent, so a malformed script changes nothing.
 */
public final class ScriptRunner {
    private static final Pattern SPEAKER_LINE = Pattern.compile("^([\\p{L}\\p{N}_.\\-]{1,64}):\\s?(.*)$");
    private static final Pattern CLOCK_LINE = Pattern.compile("^@(now|time)\\s+(\\S+)\\s*$");

    private final ConsoleSession session;
    private final MutableClock clock;
    private final ZoneId zone;
    private final Scheduler scheduler;

    public ScriptRunner(ConsoleSession session, MutableClock clock, ZoneId zone) {
        this(session, clock, zone, null);
    }

    /** With a scheduler, {@code @time} delivers what falls due; without one it only moves the clock. */
    public ScriptRunner(ConsoleSession session, MutableClock clock, ZoneId zone, Scheduler scheduler) {
        this.session = session;
        this.clock = clock;
        this.zone = zone;
        this.scheduler = scheduler;
    }

    /** A script line that is neither a message, a comment nor a clock move. */
    public static final class MalformedScriptException extends Exception {
        public MalformedScriptException(String message) {
            super(message);
        }
    }

    private sealed interface Step permits Say, MoveClock {}

    private record Say(String speaker, String text) implements Step {}

    /** {@code deliver}: {@code @time}, which runs the scheduler on the way; {@code @now} only sets the clock. */
    private record MoveClock(LocalDateTime to, boolean deliver) implements Step {}

    /** Checks and then runs the script, printing replies to {@code out}. */
    public void run(BufferedReader script, PrintStream out) throws IOException, MalformedScriptException {
        List<Step> steps = parse(script);
        for (Step step : steps) {
            if (step instanceof MoveClock move) {
                Instant to = move.to().atZone(zone).toInstant();
                if (move.deliver() && scheduler != null) {
                    scheduler.advanceTo(to, clock::set);
                } else {
                    clock.set(to);
                }
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
                String kind = clockMove.group(1);
                try {
                    steps.add(new MoveClock(LocalDateTime.parse(clockMove.group(2)), kind.equals("time")));
                } catch (DateTimeParseException e) {
                    throw new MalformedScriptException("line " + number + ": '@" + kind
                            + "' needs a local date-time such as 2026-11-28T18:00, got '" + clockMove.group(2) + "'");
                }
                continue;
            }
            Matcher speaker = SPEAKER_LINE.matcher(trimmed);
            if (!speaker.matches()) {
                throw new MalformedScriptException("line " + number
                        + ": expected 'name: message', '# comment', '@now DATE-TIME' or '@time DATE-TIME', got '"
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
