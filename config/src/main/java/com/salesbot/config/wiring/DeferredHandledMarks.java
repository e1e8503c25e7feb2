package com.salesbot.config.wiring;

import com.salesbot.core.conversation.ProcessedMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks messages handled after the reply instead of before it, many marks per database write.
 *
 * <p>Marking was one round trip on every message's reply path, about a sixth of all of them. The mark
 * only turns a message's claim (which already keeps a second delivery out while its lease runs) into
 * "answered for good", so it can wait a few milliseconds: a flusher thread writes whatever marks have
 * queued up in one bulk write. Until then this instance knows the keys itself. If the instance dies
 * first, the claims lapse after their lease as if it had died while answering: a platform retry is
 * answered again, and the record stores' message keys keep its writes from counting twice.
 */
final class DeferredHandledMarks implements ProcessedMessages, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeferredHandledMarks.class);

    /** Past this many unwritten marks (the database is away), marking waits for the database again. */
    private static final int MAX_PENDING = 50_000;

    private static final int MAX_BATCH = 500;
    /** How long the first mark of a batch waits for others: a busy bot fills a batch in that time. */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private static final Duration RETRY_AFTER = Duration.ofMillis(500);

    private record Mark(String key, Instant at) {}

    private final ProcessedMessages delegate;
    private final BlockingQueue<Mark> queue = new LinkedBlockingQueue<>(MAX_PENDING);
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Thread flusher;
    private volatile boolean closed;

    DeferredHandledMarks(ProcessedMessages delegate) {
        this.delegate = delegate;
        this.flusher = new Thread(this::flushUntilClosed, "handled-marks");
        flusher.setDaemon(true);
        flusher.start();
    }

    @Override
    public boolean wasHandled(String messageKey) {
        return pending.contains(messageKey) || delegate.wasHandled(messageKey);
    }

    @Override
    public boolean claim(String messageKey, Instant at, Duration lease) {
        return !pending.contains(messageKey) && delegate.claim(messageKey, at, lease);
    }

    @Override
    public void release(String messageKey) {
        delegate.release(messageKey);
    }

    @Override
    public void markHandled(String messageKey, Instant at) {
        if (closed) {
            delegate.markHandled(messageKey, at);
            return;
        }
        pending.add(messageKey);
        if (!queue.offer(new Mark(messageKey, at))) {
            pending.remove(messageKey);
            delegate.markHandled(messageKey, at);
        }
    }

    private void flushUntilClosed() {
        List<Mark> batch = new ArrayList<>(MAX_BATCH);
        while (!closed || !queue.isEmpty()) {
            try {
                Mark first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long lingerUntil = System.nanoTime() + LINGER_NANOS;
                while (batch.size() < MAX_BATCH && !closed) {
                    long left = lingerUntil - System.nanoTime();
                    Mark next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                }
                queue.drainTo(batch, MAX_BATCH - batch.size());
                if (!write(batch) && !closed) {
                    Thread.sleep(RETRY_AFTER.toMillis());
                }
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Writes the batch; on failure the marks go back in the queue (or are dropped once closed). */
    private boolean write(List<Mark> batch) {
        Map<String, Instant> marks = new LinkedHashMap<>();
        batch.forEach(mark -> marks.putIfAbsent(mark.key(), mark.at()));
        try {
            delegate.markAllHandled(marks);
            pending.removeAll(marks.keySet());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("could not mark {} messages handled yet: {}", marks.size(), e.getMessage());
            if (closed) {
                // Shutting down with the database away: the claims lapse after their lease.
                pending.removeAll(marks.keySet());
                return false;
            }
            for (Mark mark : batch) {
                if (!queue.offer(mark)) {
                    pending.remove(mark.key());
                }
            }
            return false;
        }
    }

    /** Writes every mark still queued (once, if the database answers) and stops the flusher. */
    @Override
    public void close() {
        closed = true;
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many marks are not written yet (for tests and shutdown logs). */
    int unwritten() {
        return pending.size();
    }
}
