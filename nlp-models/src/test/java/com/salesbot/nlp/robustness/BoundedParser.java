package com.salesbot.nlp.robustness;

import com.salesbot.core.nlu.IntentParser;
import com.salesbot.core.nlu.ParsedMessage;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the parser with a deadline, so that a parser which loops forever fails the property instead
 * of hanging the build. A parse that overruns is left running on its daemon thread (Java cannot stop
 * it safely); every later call on the same instance then fails at once naming that input, so
 * shrinking does not pile up more runaway threads.
 */
final class BoundedParser {
    private final IntentParser parser;
    private final Duration limit;
    private volatile String overrun;

    BoundedParser(IntentParser parser, Duration limit) {
        this.parser = parser;
        this.limit = limit;
    }

    /** The parser's reading, or an {@link AssertionError} when it throws or does not return in time. */
    ParsedMessage parse(String text, ZonedDateTime now) {
        if (overrun != null) {
            throw new AssertionError("an earlier parse never returned, on " + overrun);
        }
        FutureTask<ParsedMessage> task = new FutureTask<>(() -> parser.parse(text, now));
        Thread thread = new Thread(task, "bounded-parse");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            overrun = ChatTextGen.describe(text);
            throw new AssertionError("parse did not return within " + limit + " on " + overrun);
        } catch (ExecutionException e) {
            throw new AssertionError("parse threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
