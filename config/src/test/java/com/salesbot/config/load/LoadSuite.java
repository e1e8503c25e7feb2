package com.salesbot.config.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.adapter.slack.SlackSettings;
import com.salesbot.config.SalesbotApplication;
import com.salesbot.config.slack.SlackProperties;
import com.salesbot.config.wiring.MongoConnection;
import com.salesbot.core.conversation.ChatMessage;
import com.salesbot.core.engine.ConversationEngine;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The load and fault runs (README, "Operations"): {@code mvn -B -Pload -pl config -am test -Dtest=LoadSuite
 * -Dsurefire.failIfNoSpecifiedTests=false}. They fail only on lost, doubled or falsely confirmed writes;
 * throughput and latency are measured and written to {@code config/target/load-report.md}, never asserted.
 * The load run is an open loop by default (a fixed schedule answered by the bot's worker pool), see README.
 * With {@code -Dsalesbot.load.jfr=FILE} the measured minute is also recorded with Java Flight Recorder.
 */
@Tag("load")
class LoadSuite {
    private static final int REPS = Integer.getInteger("salesbot.load.reps", 50);
    private static final int SECONDS = Integer.getInteger("salesbot.load.seconds", 60);
    /** Seconds of the same load before the measured run: on 2 cores the JIT compiler is busy for over a minute. */
    private static final int WARMUP_SECONDS = Integer.getInteger("salesbot.load.warmup", 90);
    /** "open" (the default): a fixed schedule answered by the bot's worker pool; "closed": a thread per rep. */
    private static final String MODE = System.getProperty("salesbot.load.mode", "open");
    /** The open loop's schedule: messages a second from all reps together. */
    private static final double RATE = Double.parseDouble(System.getProperty("salesbot.load.rate", "2000"));

    @TempDir
    Path dir;

    @Test
    void fiftyRepsForAMinuteLoseAndDoubleNothing() throws Exception {
        EmbeddedMongo server = EmbeddedMongo.inMemory();
        try (ConfigurableApplicationContext app = start(server.port(), 3000)) {
            ConversationEngine engine = app.getBean(ConversationEngine.class);
            MongoDatabase db = app.getBean(MongoConnection.class).database();
            MeterRegistry meters = app.getBean(MeterRegistry.class);
            // As many as the Slack adapter answers with at once (salesbot.slack.workers).
            Integer slackWorkers = app.getBean(SlackProperties.class).workers();
            int workers = Integer.getInteger(
                    "salesbot.load.workers", slackWorkers == null ? SlackSettings.DEFAULT_WORKERS : slackWorkers);
            // The same 50 reps warm up: a team of 50, as the measured run's rankings should list.
            runFor(new LoadRun(engine, REPS, "TLOAD", "w"), Duration.ofSeconds(WARMUP_SECONDS), workers);

            long visitsBefore = db.getCollection("visits").countDocuments();
            long salesBefore = db.getCollection("sales").countDocuments();
            long reportsBefore = db.getCollection("daily_reports").countDocuments();
            String loadBefore = loadAverage();
            Map<String, Long> commandsBefore = DatabaseCommands.count(meters);
            LoadRun run = new LoadRun(engine, REPS, "TLOAD", "m");
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            long answeredInTime;
            double elapsed;
            String collections;
            try (FlightRecording recording = FlightRecording.startIfAsked();
                    GarbageCollectionPauses pauses = GarbageCollectionPauses.record()) {
                answeredInTime = runFor(run, Duration.ofSeconds(SECONDS), workers);
                elapsed = (System.nanoTime() - started) / 1e9;
                collections = pauses.summary(elapsed);
            }
            double cpuMillisPerMessage = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, run.all().length);
            Map<String, Long> commands = DatabaseCommands.since(commandsBefore, DatabaseCommands.count(meters));
            String loadAfter = loadAverage();
            long visits = db.getCollection("visits").countDocuments() - visitsBefore;
            long sales = db.getCollection("sales").countDocuments() - salesBefore;
            long reports = db.getCollection("daily_reports").countDocuments() - reportsBefore;
            long[] latencies = run.all();

            StringBuilder report = new StringBuilder();
            report.append("## Load run ")
                    .append(Instant.now())
                    .append("\n\n")
                    .append(
                            MODE.equals("closed")
                                    ? String.format(
                                            Locale.ROOT,
                                            "closed loop: reps %d (a thread each), %.1f s, %d messages, %.0f messages/s%n",
                                            REPS,
                                            elapsed,
                                            latencies.length,
                                            latencies.length / elapsed)
                                    : String.format(
                                            Locale.ROOT,
                                            "open loop: reps %d, %.0f messages/s scheduled for %d s, %d bot workers; "
                                                    + "%d messages, %d answered within the %d s = %.0f messages/s; "
                                                    + "last answer %.1f s after the start%n",
                                            REPS,
                                            RATE,
                                            SECONDS,
                                            workers,
                                            latencies.length,
                                            answeredInTime,
                                            SECONDS,
                                            answeredInTime / (double) SECONDS,
                                            elapsed))
                    .append(String.format(
                            Locale.ROOT,
                            "reply latency ms: p50 %.2f, p95 %.2f, p99 %.2f, max %.2f%n",
                            LoadRun.percentileMillis(latencies, 50),
                            LoadRun.percentileMillis(latencies, 95),
                            LoadRun.percentileMillis(latencies, 99),
                            LoadRun.percentileMillis(latencies, 100)))
                    .append(
                            MODE.equals("closed")
                                    ? ""
                                    : "p99 ms of the messages due in each 5 s: "
                                            + run.p99ByWindow(RATE, 5).stream()
                                                    .map(ms -> String.format(Locale.ROOT, "%.0f", ms))
                                                    .toList()
                                            + "\n")
                    .append(String.format(
                            Locale.ROOT,
                            "CPU per message (the whole JVM: bot, NLU, driver, embedded server, load generator): "
                                    + "%.3f ms, i.e. at most %.0f messages/s on %d cores%n",
                            cpuMillisPerMessage,
                            Runtime.getRuntime().availableProcessors() * 1000 / cpuMillisPerMessage,
                            Runtime.getRuntime().availableProcessors()))
                    .append(collections)
                    .append('\n')
                    .append("database commands per message: ")
                    .append(DatabaseCommands.perMessage(commands, latencies.length))
                    .append('\n')
                    .append("mix sent: ")
                    .append(new TreeMap<>(toCounts(run)))
                    .append('\n')
                    .append(String.format(
                            "acknowledged visits %d, in database %d; sales %d, in database %d; "
                                    + "reports acknowledged %d, report documents %d (one per rep and day)%n",
                            run.visitsAcked.sum(),
                            visits,
                            run.salesAcked.sum(),
                            sales,
                            run.reportsAcked.sum(),
                            reports))
                    .append("load average before: ")
                    .append(loadBefore)
                    .append("; after: ")
                    .append(loadAfter)
                    .append("; cores: ")
                    .append(Runtime.getRuntime().availableProcessors())
                    .append('\n');
            publish(report.toString());

            assertThat(visits).isEqualTo(run.visitsAcked.sum());
            assertThat(sales).isEqualTo(run.salesAcked.sum());
            assertThat(reports).isLessThanOrEqualTo(run.reportsAcked.sum());
            assertThat(run.notSaved.sum()).isZero();
        } finally {
            server.close();
        }
    }

    @Test
    void theDatabaseStopsAndRestartsMidRunAndNothingAcknowledgedIsLostOrDoubled() throws Exception {
        String file = dir.resolve("fault.mv").toString();
        EmbeddedMongo server = EmbeddedMongo.start(file);
        int port = server.port();
        try (ConfigurableApplicationContext app = start(port, 1000)) {
            ConversationEngine engine = app.getBean(ConversationEngine.class);
            MongoDatabase db = app.getBean(MongoConnection.class).database();
            LoadRun run = new LoadRun(engine, 10, "TFAULT", "m");
            Thread reps = new Thread(() -> {
                try {
                    run.run(Duration.ofSeconds(20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            reps.start();
            Thread.sleep(6_000);
            // Stop first, then flag: a reply confirmed entirely inside the flagged window is a lie.
            server.close();
            run.outage(true);
            Thread.sleep(5_000);
            run.outage(false);
            server = EmbeddedMongo.start(file, port);
            reps.join();
            long acknowledgedBeforeCheck = run.visitsAcked.sum() + run.salesAcked.sum();

            String after = engine.handle(new ChatMessage(
                            "slack",
                            "TFAULT",
                            "D0",
                            "U0",
                            "rep0",
                            "closed $3k with Hooli today",
                            "final",
                            Instant.now(),
                            true))
                    .get(0)
                    .text();
            publish(String.format(
                    "## Fault run %s%n%nmessages %d, \"not saved\" replies during the outage %d, false confirmations %d; "
                            + "acknowledged visits %d, in database %d; sales %d, in database %d (before the last check)%n",
                    Instant.now(),
                    run.all().length,
                    run.notSaved.sum(),
                    run.falseConfirmations.sum(),
                    run.visitsAcked.sum(),
                    db.getCollection("visits").countDocuments(),
                    run.salesAcked.sum(),
                    db.getCollection("sales").countDocuments() - 1));

            assertThat(after).startsWith("Logged a sale of $3,000");
            assertThat(run.notSaved.sum()).isPositive();
            assertThat(run.falseConfirmations.sum()).isZero();
            // Every acknowledged write is there once. A write that landed just before the database went
            // away, whose reply (it reads the month's totals) then failed, is stored but was answered
            // "not saved": those are reported, bounded by the "not saved" replies, never doubled.
            long visits = db.getCollection("visits").countDocuments();
            long sales = db.getCollection("sales").countDocuments() - 1;
            assertThat(visits).isBetween(run.visitsAcked.sum(), run.visitsAcked.sum() + run.notSaved.sum());
            assertThat(sales).isBetween(run.salesAcked.sum(), run.salesAcked.sum() + run.notSaved.sum());
            assertThat(distinctKeys(db, "visits")).isEqualTo(visits);
            assertThat(distinctKeys(db, "sales")).isEqualTo(sales + 1);
            assertThat(acknowledgedBeforeCheck).isPositive();
        } finally {
            server.close();
        }
    }

    /** Runs the load the chosen way; returns the messages answered within the duration. */
    private static long runFor(LoadRun run, Duration duration, int workers) throws InterruptedException {
        return MODE.equals("closed") ? run.run(duration) : run.runPaced(duration, RATE, workers);
    }

    private static ConfigurableApplicationContext start(int port, int timeoutMillis) {
        return new SpringApplicationBuilder(SalesbotApplication.class)
                .run(
                        "--salesbot.mongodb.uri=mongodb://127.0.0.1:" + port + "/salesbot",
                        "--salesbot.mongodb.timeout-millis=" + timeoutMillis,
                        // 50 reps at full speed are far above one message a second each.
                        "--salesbot.rate-limit.enabled=false",
                        "--salesbot.clock.zone=Asia/Shanghai",
                        "--logging.level.com.salesbot=ERROR");
    }

    private static long distinctKeys(MongoDatabase db, String collection) {
        return db.getCollection(collection)
                .distinct("source.messageKey", String.class)
                .into(new java.util.ArrayList<>())
                .size();
    }

    private static Map<String, Long> toCounts(LoadRun run) {
        Map<String, Long> counts = new TreeMap<>();
        run.sent.forEach((k, v) -> counts.put(k, v.sum()));
        return counts;
    }

    /** CPU time of this whole process so far, every thread counted; other processes' load does not count. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void publish(String text) throws IOException {
        System.out.println(text);
        Path report = Path.of("target", "load-report.md");
        Files.createDirectories(report.getParent());
        Files.writeString(
                report,
                text + "\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }
}
