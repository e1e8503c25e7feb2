package com.salesbot.adapter.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.salesbot.core.conversation.OutboundChat;
import com.salesbot.core.conversation.Reply;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.Team;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Recurrence;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderStore;
import com.salesbot.core.reminder.Scheduler;
import com.salesbot.core.reminder.SchedulerSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not part of {@code mvn verify} (surefire runs only {@code *Test} classes): reminder firing lag
 * with 100,000 pending reminders on the embedded server, through the real driver, in real time. Run with
 *
 * <pre>mvn -B -o -pl adapters/mongo -am test -Dtest=ReminderLagBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Options (system properties, defaults in brackets): {@code salesbot.bench.pending} [100000],
 * {@code salesbot.bench.seconds} [60] of deliveries, {@code salesbot.bench.rate} [40] reminders falling due
 * per second, {@code salesbot.bench.tickMillis} [1000] and {@code salesbot.bench.deliverMillis} [250, 0 for none]: the
 * bot's defaults for {@code salesbot.reminders.tick} and {@code deliver-every}; {@code salesbot.bench.instances}
 * [2] schedulers on the one database, {@code salesbot.bench.db} [memory, or an H2 file path]. Figures are
 * printed and appended to {@code target/reminder-bench.md}; see docs/benchmarks.md. The run asserts only
 * that every occurrence due during it was delivered exactly once and nothing else was; lag is measured.
 */
class ReminderLagBench {
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Asia/Shanghai"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Sydney"),
            ZoneId.of("Europe/London"),
            ZoneId.of("America/Sao_Paulo"));
    private static final List<String> RULES = List.of(
            "FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "FREQ=WEEKLY;BYDAY=MO", "FREQ=MONTHLY;BYMONTHDAY=1");
    private static final String TEAM = "bench-team";
    private static final int PEOPLE = 5_000;
    private static final int SEED_BATCH = 10_000;
    private static final Pattern REMINDER_ID = Pattern.compile("bench (\\w+)");

    private final int pending = Integer.getInteger("salesbot.bench.pending", 100_000);
    private final int seconds = Integer.getInteger("salesbot.bench.seconds", 60);
    private final int rate = Integer.getInteger("salesbot.bench.rate", 40);
    private final int tickMillis = Integer.getInteger("salesbot.bench.tickMillis", 1000);
    private final int deliverMillis = Integer.getInteger("salesbot.bench.deliverMillis", 250);
    private final int instances = Integer.getInteger("salesbot.bench.instances", 2);
    private final String db = System.getProperty("salesbot.bench.db", EmbeddedMongo.MEMORY);
    private final Random random = new Random(8);

    /** Recipient key ("reminder id|identity or #channel") to its due time, for everything due during the run. */
    private final Map<String, Instant> expected = new ConcurrentHashMap<>();
    /** Recipient key to each wall-clock moment it was delivered. */
    private final Map<String, List<Instant>> delivered = new ConcurrentHashMap<>();

    private final List<String> report = new ArrayList<>();

    @Test
    void everyOccurrenceDueDuringTheRunIsDeliveredExactlyOnceWhileOneHundredThousandWait() throws Exception {
        try (EmbeddedMongo server = EmbeddedMongo.start(db);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("reminder_bench");
            MongoStores stores = new MongoStores(database);
            List<Person> people = seedPeople(stores);
            long seeded = System.nanoTime();
            // Pending: first due from a quarter of an hour on to three weeks on, never during the run.
            Instant soonest = Instant.now().plus(Duration.ofSeconds(seconds)).plus(Duration.ofMinutes(15));
            List<Reminder> later = new ArrayList<>();
            for (int i = 0; i < pending; i++) {
                Instant due = soonest.plusMillis(
                        (long) (random.nextDouble() * Duration.ofDays(21).toMillis()));
                later.add(reminder("p" + i, people, due, random.nextInt(10) < 6));
            }
            insert(database, later);
            say(
                    "Seeded %,d pending reminders (%d%% recurring, due over the next three weeks) for %,d people"
                            + " in %d zones in %.1f s",
                    later.size(),
                    later.stream().filter(r -> r.recurrence() != null).count() * 100 / later.size(),
                    people.size(),
                    ZONES.size(),
                    secondsSince(seeded));

            timeDueScan(database, stores.reminders());

            // Far enough ahead that adding the stream and the first tick (handing out its first minute) are over.
            Instant start = Instant.now().plusSeconds(30);
            Instant end = start.plusSeconds(seconds);
            int streamCount = rate * seconds;
            List<Reminder> setEarlier = new ArrayList<>();
            List<Reminder> typedDuringRun = new ArrayList<>();
            for (int i = 0; i < streamCount; i++) {
                Instant due = start.plusMillis((long)
                        (random.nextDouble() * Duration.ofSeconds(seconds).toMillis()));
                Reminder r = reminder("s" + i, people, due, random.nextInt(10) < 4);
                expect(r, people);
                // Half were set long ago; half are typed during the run ("remind me in 20 seconds").
                (i % 2 == 0 ? setEarlier : typedDuringRun).add(r);
            }
            // Through the store, as the chat sets them: each also gets its due entry.
            setEarlier.forEach(stores.reminders()::add);
            say(
                    "Stream: %,d reminders (%,d deliveries) fall due during %d s; %,d set earlier, %,d added during"
                            + " the run 2-30 s before they are due",
                    streamCount, expected.size(), seconds, setEarlier.size(), typedDuringRun.size());

            Clock clock = Clock.systemUTC();
            BenchChat chat = new BenchChat();
            List<Ticker> tickers = new ArrayList<>();
            for (int n = 0; n < instances; n++) {
                Scheduler scheduler = new Scheduler(
                        new MongoStores(database).reminders(),
                        stores.directory(),
                        List.of(chat),
                        Messages.load(),
                        clock,
                        SchedulerSettings.defaults(),
                        "bench-" + n);
                tickers.add(new Ticker(scheduler, "bench-ticker-" + n));
            }
            double loadBefore = loadAverage();
            tickers.forEach(t -> t.start(tickMillis, deliverMillis));
            typeDuringTheRun(stores.reminders(), typedDuringRun);
            // Grace for the last ones, then stop: anything still missing is reported and fails the check.
            waitUntil(end.plusSeconds(30), () -> delivered.keySet().containsAll(expected.keySet()));
            double loadAfter = loadAverage();
            for (Ticker t : tickers) {
                t.halt();
            }

            reportLag(loadBefore, loadAfter, tickers);
            write();

            List<String> twice = delivered.entrySet().stream()
                    .filter(e -> e.getValue().size() > 1)
                    .map(Map.Entry::getKey)
                    .toList();
            List<String> missing = expected.keySet().stream()
                    .filter(k -> !delivered.containsKey(k))
                    .toList();
            List<String> unexpected = delivered.keySet().stream()
                    .filter(k -> !expected.containsKey(k))
                    .toList();
            assertThat(twice).as("delivered more than once").isEmpty();
            assertThat(missing).as("never delivered").isEmpty();
            assertThat(unexpected).as("delivered though not due").isEmpty();
        }
    }

    private static void insert(MongoDatabase database, List<Reminder> reminders) {
        for (int from = 0; from < reminders.size(); from += SEED_BATCH) {
            List<Document> batch = reminders.subList(from, Math.min(reminders.size(), from + SEED_BATCH)).stream()
                    .map(MongoReminderStore::toDocument)
                    .toList();
            database.getCollection(Schema.REMINDERS).insertMany(batch);
        }
    }

    private List<Person> seedPeople(MongoStores stores) {
        stores.directory().saveTeam(new Team(TEAM, "Bench", "USD", Map.of(), ZONES.get(0)));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Person p = new Person(
                    new PersonId("u" + i),
                    "Rep " + i,
                    TEAM,
                    i % 50 == 0 ? Role.MANAGER : Role.REP,
                    ZONES.get(i % ZONES.size()),
                    i % 3 == 0 ? Lang.ZH : Lang.EN,
                    List.of("bench:W/U" + i));
            stores.directory().save(p);
            people.add(p);
        }
        return people;
    }

    /**
     * A reminder at {@code due}, local to its owner's zone: for the owner alone (most), for the owner and a
     * colleague, or posted to a channel; one-off or by one of the contract's rules.
     */
    private Reminder reminder(String id, List<Person> people, Instant due, boolean recurring) {
        Person owner = people.get(random.nextInt(people.size()));
        int shape = random.nextInt(20);
        List<Recipient> to = shape < 15
                ? List.of(new Recipient.Person(owner.id()))
                : shape < 19
                        ? List.of(
                                new Recipient.Person(owner.id()),
                                new Recipient.Person(people.get(random.nextInt(people.size()))
                                        .id()))
                        : List.of(new Recipient.Channel("bench", "W", "C" + random.nextInt(100)));
        if (to.size() == 2 && to.get(0).equals(to.get(1))) {
            to = List.of(to.get(0));
        }
        Recurrence rule = recurring ? Recurrence.parse(RULES.get(random.nextInt(RULES.size()))) : null;
        LocalDateTime anchor = LocalDateTime.ofInstant(due, owner.zone());
        Reminder r = Reminder.create(
                id,
                owner.id(),
                TEAM,
                "bench " + id,
                to,
                owner.zone(),
                anchor,
                rule,
                new Source(owner.id(), "bench:" + id, Instant.now()));
        if (!r.nextDue().equals(due)) {
            // A weekly or monthly rule whose first day is later: the reminder is simply due later.
            return Reminder.create(id, owner.id(), TEAM, "bench " + id, to, owner.zone(), anchor, null, r.source());
        }
        return r;
    }

    private void expect(Reminder r, List<Person> people) {
        for (Recipient to : r.recipients()) {
            expected.put(key(r.id(), to, people), r.nextDue());
        }
    }

    private static String key(String reminderId, Recipient to, List<Person> people) {
        if (to instanceof Recipient.Channel c) {
            return reminderId + "|#" + c.channel();
        }
        int n = Integer.parseInt(((Recipient.Person) to).id().value().substring(1));
        return reminderId + "|" + people.get(n).identities().get(0);
    }

    /**
     * The frequent query's cost with everything seeded, before the schedulers start: the first call sweeps
     * (reads every pending reminder, once per half hour), the later ones read only the due entries. For
     * comparison, the same question asked of {@code reminders} itself, as the due scan did before.
     */
    private void timeDueScan(MongoDatabase database, ReminderStore store) {
        Instant horizon = Instant.now().plus(SchedulerSettings.defaults().horizon());
        long t = System.nanoTime();
        store.dueBy(horizon, 200);
        double sweep = (System.nanoTime() - t) / 1e6;
        long entriesBefore = database.getCollection(Schema.REMINDER_DUE).countDocuments();
        // A later sweep, as every half hour: it reads the hour buckets of the newly covered hour by id.
        t = System.nanoTime();
        ((MongoReminderStore) store).sweepIfNeeded(horizon.plus(MongoReminderStore.WINDOW));
        double bucketSweep = (System.nanoTime() - t) / 1e6;
        long entriesAfter = database.getCollection(Schema.REMINDER_DUE).countDocuments();
        List<Double> ms = time(50, () -> store.dueBy(horizon, 200));
        List<Double> direct = time(
                10,
                () -> database.getCollection(Schema.REMINDERS)
                        .find(new Document(MongoReminderStore.STATUS, "active")
                                .append(MongoReminderStore.NEXT_DUE, new Document("$lte", Date.from(horizon))))
                        .sort(new Document(MongoReminderStore.NEXT_DUE, 1))
                        .limit(200)
                        .into(new ArrayList<>()));
        say(
                "Due scan with %,d pending (load average %.1f): first call, with the first sweep (scans every"
                        + " reminder once, writes the hour buckets), %.1f ms, %,d due entries; a later sweep (reads one"
                        + " hour's buckets by id) %.1f ms, %,d due entries after it; then n=50 p50"
                        + " %.2f ms, p95 %.2f ms, max %.2f ms. The same query on reminders itself, n=10: p50 %.1f ms,"
                        + " max %.1f ms",
                pending,
                loadAverage(),
                sweep,
                entriesBefore,
                bucketSweep,
                entriesAfter,
                percentile(ms, 50),
                percentile(ms, 95),
                ms.get(ms.size() - 1),
                percentile(direct, 50),
                direct.get(direct.size() - 1));
    }

    private static List<Double> time(int n, Runnable call) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    /** Adds the "typed" reminders 2 to 30 s before each is due, as a chat message would. */
    private void typeDuringTheRun(ReminderStore store, List<Reminder> typed) throws InterruptedException {
        List<Map.Entry<Instant, Reminder>> plan = new ArrayList<>();
        for (Reminder r : typed) {
            plan.add(Map.entry(r.nextDue().minusMillis(2_000 + random.nextInt(28_000)), r));
        }
        plan.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Instant, Reminder> step : plan) {
            long wait = Duration.between(Instant.now(), step.getKey()).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            assertThat(store.add(step.getValue())).isTrue();
        }
    }

    private void reportLag(double loadBefore, double loadAfter, List<Ticker> tickers) {
        List<Double> lags = new ArrayList<>();
        for (Map.Entry<String, Instant> e : expected.entrySet()) {
            List<Instant> at = delivered.get(e.getKey());
            if (at != null) {
                lags.add(Duration.between(e.getValue(), at.get(0)).toNanos() / 1e6);
            }
        }
        Collections.sort(lags);
        say(
                "Firing lag (delivered minus due) over %,d deliveries, %d scheduler(s) ticking every %d ms, delivering"
                        + " every %d ms:"
                        + " p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; load average %.1f before, %.1f after",
                lags.size(),
                instances,
                tickMillis,
                deliverMillis,
                percentile(lags, 50),
                percentile(lags, 95),
                percentile(lags, 99),
                lags.isEmpty() ? Double.NaN : lags.get(lags.size() - 1),
                loadBefore,
                loadAfter);
        List<Double> ticks = new ArrayList<>();
        tickers.forEach(t -> ticks.addAll(t.durations));
        Collections.sort(ticks);
        say(
                "Tick duration over %,d ticks: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                ticks.size(),
                percentile(ticks, 50),
                percentile(ticks, 95),
                percentile(ticks, 99),
                ticks.isEmpty() ? Double.NaN : ticks.get(ticks.size() - 1));
        long twice = delivered.values().stream().filter(l -> l.size() > 1).count();
        long missing = expected.keySet().stream()
                .filter(k -> !delivered.containsKey(k))
                .count();
        say(
                "Exactly once: %,d expected, %,d delivered once, %,d more than once, %,d missing, %,d not due",
                expected.size(),
                delivered.values().stream().filter(l -> l.size() == 1).count(),
                twice,
                missing,
                delivered.keySet().stream()
                        .filter(k -> !expected.containsKey(k))
                        .count());
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void waitUntil(Instant deadline, java.util.function.BooleanSupplier done)
            throws InterruptedException {
        while (Instant.now().isBefore(deadline) && !done.getAsBoolean()) {
            Thread.sleep(200);
        }
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        report.add(line);
    }

    private void write() throws IOException {
        Path file = Path.of("target", "reminder-bench.md");
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format(
                Locale.ROOT,
                "## %s: %,d pending, %d s at %d/s, %d instance(s), tick %d ms, deliveries every %d ms, %s backend",
                Instant.now(),
                pending,
                seconds,
                rate,
                instances,
                tickMillis,
                deliverMillis,
                db.equals(EmbeddedMongo.MEMORY) ? "memory" : "H2 file"));
        report.forEach(l -> lines.add("- " + l));
        Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * One scheduler's thread, as the bot's reminder ticker runs it: a full tick with a fixed delay, and
     * between ticks a delivery pass with a shorter one, both on the same thread.
     */
    private static final class Ticker {
        private final Scheduler scheduler;
        private final String name;
        private final List<Double> durations = new CopyOnWriteArrayList<>();
        private final ScheduledExecutorService executor;

        Ticker(Scheduler scheduler, String name) {
            this.scheduler = scheduler;
            this.name = name;
            this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
        }

        void start(int tickMillis, int deliverMillis) {
            executor.scheduleWithFixedDelay(() -> timed(scheduler::tick), 0, tickMillis, TimeUnit.MILLISECONDS);
            if (deliverMillis > 0) {
                executor.scheduleWithFixedDelay(
                        () -> run(scheduler::deliverDue), deliverMillis, deliverMillis, TimeUnit.MILLISECONDS);
            }
        }

        private void timed(Runnable job) {
            long t = System.nanoTime();
            run(job);
            durations.add((System.nanoTime() - t) / 1e6);
        }

        private void run(Runnable job) {
            try {
                job.run();
            } catch (RuntimeException e) {
                System.out.println(name + ": failed: " + e);
            }
        }

        void halt() throws InterruptedException {
            executor.shutdown();
            executor.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** Records the wall-clock moment of every delivery, by reminder and recipient. */
    private final class BenchChat implements OutboundChat {
        @Override
        public String platform() {
            return "bench";
        }

        @Override
        public void sendDirect(String identity, Reply reply) {
            record(identity, reply);
        }

        @Override
        public Optional<String> postToChannel(String workspace, String channel, String thread, Reply reply) {
            record("#" + channel, reply);
            return Optional.empty();
        }

        @Override
        public void postImage(String workspace, String channel, String title, byte[] png) {
            throw new AssertionError("no images in this bench");
        }

        private void record(String to, Reply reply) {
            Instant at = Instant.now();
            Matcher m = REMINDER_ID.matcher(reply.text());
            String id = m.find() ? m.group(1) : "?" + reply.text();
            delivered
                    .computeIfAbsent(id + "|" + to, k -> new CopyOnWriteArrayList<>())
                    .add(at);
        }
    }
}
