package com.salesbot.config.load;

import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.engine.ConversationEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Simulated reps talking to one engine in a realistic mix, either each rep as its own thread (closed
 * loop) or on a fixed schedule answered by the bot's worker pool (open loop). Records every reply's
 * latency and every acknowledged write.
 */
final class LoadRun {
    /** The mix, by weight: mostly visits and sales, some questions, a few daily reports. */
    private static final String[][] MIX = {
        {"visit", "35"}, {"sale", "25"}, {"target", "15"}, {"ranking", "15"}, {"report", "10"},
    };

    private final ConversationEngine engine;
    private final int reps;
    private final String workspace;
    private final String keyPrefix;
    private final AtomicLong ids = new AtomicLong();
    final LongAdder visitsAcked = new LongAdder();
    final LongAdder salesAcked = new LongAdder();
    final LongAdder reportsAcked = new LongAdder();
    final LongAdder notSaved = new LongAdder();
    final LongAdder falseConfirmations = new LongAdder();
    final Map<String, LongAdder> sent = new ConcurrentHashMap<>();
    private final List<long[]> latencies = new ArrayList<>();
    private volatile boolean outage;

    /** {@code keyPrefix} keeps two runs by the same reps apart: message keys must not repeat. */
    LoadRun(ConversationEngine engine, int reps, String workspace, String keyPrefix) {
        this.engine = engine;
        this.reps = reps;
        this.workspace = workspace;
        this.keyPrefix = keyPrefix;
    }

    /** Tells the run the database is down now, so a "Logged" reply would be a false confirmation. */
    void outage(boolean down) {
        outage = down;
    }

    /**
     * Closed loop: every rep is its own thread inside the bot, sending its next message as soon as the
     * last one was answered, for {@code duration}; returns the number of messages answered.
     */
    long run(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(reps);
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            long[] mine = new long[1 << 16];
            synchronized (latencies) {
                latencies.add(mine);
            }
            int rep = r;
            Thread thread = new Thread(
                    () -> {
                        try {
                            runRep(rep, mine, end);
                        } finally {
                            done.countDown();
                        }
                    },
                    "rep-" + r);
            threads.add(thread);
            thread.start();
        }
        done.await();
        return Arrays.stream(all()).count();
    }

    private void runRep(int rep, long[] mine, long end) {
        int n = 0;
        long seed = firstSeed(rep);
        while (System.nanoTime() < end && n < mine.length - 1) {
            seed = nextSeed(seed);
            String kind = kindOf(seed);
            long took = send(rep, n, kind, System.nanoTime());
            mine[n++] = Math.max(1, took);
        }
    }

    /**
     * Open loop, the way a chat platform delivers: the reps together send {@code perSecond} messages a
     * second, on a fixed schedule whatever the bot's state, and the bot answers them with its own pool
     * of {@code workers} (as the Slack adapter does). A reply's latency runs from the moment its message
     * was due, so time spent queued behind a slow bot counts. Returns the number of messages answered
     * before the schedule ended (answers still queued then are waited for and counted in latency).
     */
    long runPaced(Duration duration, double perSecond, int workers) throws InterruptedException {
        long total = (long) (duration.toNanos() / 1e9 * perSecond);
        long[] mine = new long[(int) Math.min(Integer.MAX_VALUE - 8, total + 1)];
        synchronized (latencies) {
            latencies.add(mine);
        }
        AtomicLong answeredInTime = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "bot-worker");
            thread.setDaemon(true);
            return thread;
        });
        long[] seeds = new long[reps];
        int[] counts = new int[reps];
        for (int r = 0; r < reps; r++) {
            seeds[r] = firstSeed(r);
        }
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int rep = i % reps;
            seeds[rep] = nextSeed(seeds[rep]);
            String kind = kindOf(seeds[rep]);
            int n = counts[rep]++;
            int slot = i;
            pool.execute(() -> {
                long took = send(rep, n, kind, due);
                mine[slot] = Math.max(1, took);
                if (due + took <= end) {
                    answeredInTime.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        return answeredInTime.get();
    }

    /** Sends rep's {@code n}th message, of the kind given, and accounts for the reply; returns nanoseconds since {@code due}. */
    private long send(int rep, int n, String kind, long due) {
        String text = text(kind, rep, n);
        ChatMessage message = new ChatMessage(
                "slack",
                workspace,
                "D" + rep,
                "U" + rep,
                "rep" + rep,
                text,
                keyPrefix + ids.incrementAndGet(),
                Instant.now(),
                true);
        boolean down = outage;
        List<Reply> replies = engine.handle(message);
        long took = System.nanoTime() - due;
        sent.computeIfAbsent(kind, k -> new LongAdder()).increment();
        account(kind, replies.isEmpty() ? "" : replies.get(0).text(), down && outage);
        return took;
    }

    private void account(String kind, String reply, boolean wholeCallInOutage) {
        boolean confirmed = reply.startsWith("Logged") || reply.startsWith("Thanks, your report");
        if (reply.startsWith("Sorry, I couldn't reach the database")) {
            notSaved.increment();
        }
        if (confirmed && wholeCallInOutage) {
            falseConfirmations.increment();
        }
        if (!confirmed) {
            return;
        }
        switch (kind) {
            case "visit" -> visitsAcked.increment();
            case "sale" -> salesAcked.increment();
            case "report" -> reportsAcked.increment();
            default -> {}
        }
    }

    /** Each rep's own reproducible sequence of message kinds, whichever way the run is driven. */
    private static long firstSeed(int rep) {
        return rep * 7919L;
    }

    private static long nextSeed(long seed) {
        return seed * 6364136223846793005L + 1442695040888963407L;
    }

    private static String kindOf(long seed) {
        return pick((int) ((seed >>> 33) % 100));
    }

    private static String pick(int roll) {
        int sum = 0;
        for (String[] entry : MIX) {
            sum += Integer.parseInt(entry[1]);
            if (roll < sum) {
                return entry[0];
            }
        }
        return MIX[0][0];
    }

    private static String text(String kind, int rep, int n) {
        String customer = CUSTOMERS[(rep + n) % CUSTOMERS.length];
        return switch (kind) {
            case "visit" -> "visited " + customer + " today, met the CTO";
            case "sale" -> "closed $" + (1 + (n % 40)) + "k with " + customer + " today";
            case "target" -> "how am I doing against my target this month?";
            case "ranking" -> "team ranking this month";
            default -> "daily report: visited " + customer + ", plan: call " + customer;
        };
    }

    private static final String[] CUSTOMERS = {
        "Acme Corp", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises", "Cyberdyne"
    };

    /**
     * For an open-loop run: the 99th percentile latency of the messages due in each {@code windowSeconds}
     * of the schedule, in milliseconds, in order (when a slow spell happened and how long it lasted).
     */
    List<Double> p99ByWindow(double perSecond, int windowSeconds) {
        List<Double> result = new ArrayList<>();
        synchronized (latencies) {
            if (latencies.size() != 1) {
                return result;
            }
            long[] scheduled = latencies.get(0);
            int window = (int) (perSecond * windowSeconds);
            for (int from = 0; from < scheduled.length; from += window) {
                long[] slice = Arrays.stream(scheduled, from, Math.min(scheduled.length, from + window))
                        .filter(v -> v > 0)
                        .sorted()
                        .toArray();
                if (slice.length > 0) {
                    result.add(percentileMillis(slice, 99));
                }
            }
        }
        return result;
    }

    /** Every latency recorded, in nanoseconds, sorted. */
    long[] all() {
        synchronized (latencies) {
            return latencies.stream()
                    .flatMapToLong(a -> Arrays.stream(a).filter(v -> v > 0))
                    .sorted()
                    .toArray();
        }
    }

    static double percentileMillis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000_000.0;
    }
}
