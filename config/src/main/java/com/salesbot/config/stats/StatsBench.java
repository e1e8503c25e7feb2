package com.salesbot.config.stats;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.salesbot.adapter.mongo.EmbeddedMongo;
import com.salesbot.adapter.mongo.MongoStores;
import com.salesbot.core.i18n.Messages;
import com.salesbot.core.kernel.Lang;
import com.salesbot.core.kernel.Metric;
import com.salesbot.core.kernel.Money;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.kernel.Role;
import com.salesbot.core.kernel.Source;
import com.salesbot.core.nlu.Entities;
import com.salesbot.core.people.Person;
import com.salesbot.core.people.PersonLookup;
import com.salesbot.core.people.Team;
import com.salesbot.core.ranking.Scoreboard;
import com.salesbot.core.ranking.TeamRankingSkill;
import com.salesbot.core.sale.Sale;
import com.salesbot.core.skill.Skill;
import com.salesbot.core.skill.SkillContext;
import com.salesbot.core.stats.RawStats;
import com.salesbot.core.stats.StatsQuerySkill;
import com.salesbot.core.visit.Visit;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * {@code salesbot.jar bench [--visits N] [--sales N] [--reps N] [--teams N] [--runs N] [--db memory|PATH]}:
 * seeds a year of visits and sales on the embedded server (memory backend unless {@code --db} names an H2
 * file), then times {@code team_ranking} and a quarter {@code stats_query} on the aggregates, and the same
 * ranking summed from raw records. Timings only; it asserts nothing and is not part of the build.
 */
public final class StatsBench {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);
    private static final int BATCH = 10_000;

    private final PrintStream out;
    private final Random random = new Random(7);

    private StatsBench(PrintStream out) {
        this.out = out;
    }

    /** Runs the benchmark with the given options; returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = options(args);
        int visits = Integer.parseInt(options.getOrDefault("visits", "1000000"));
        int sales = Integer.parseInt(options.getOrDefault("sales", "200000"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "5000"));
        int teams = Integer.parseInt(options.getOrDefault("teams", "50"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "200"));
        String db = options.getOrDefault("db", EmbeddedMongo.MEMORY);
        try (EmbeddedMongo server = EmbeddedMongo.start(db);
                MongoClient client = MongoClients.create(server.connectionString())) {
            new StatsBench(out).bench(client.getDatabase("bench"), db, visits, sales, reps, teams, runs);
        }
        return 0;
    }

    private void bench(
            MongoDatabase database, String db, int visitCount, int saleCount, int repCount, int teamCount, int runs) {
        out.printf(
                "Stats bench: %,d visits, %,d sales, %,d reps in %d teams over a year; embedded server, %s backend%n",
                visitCount,
                saleCount,
                repCount,
                teamCount,
                db.equals(EmbeddedMongo.MEMORY) ? "memory" : "H2 file " + db);
        MongoStores stores = new MongoStores(database);
        List<Team> teams = new ArrayList<>();
        List<List<Person>> members = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            Team team = new Team("team" + t, "Team " + t, "USD", Map.of(), ZONE);
            stores.directory().saveTeam(team);
            teams.add(team);
            members.add(new ArrayList<>());
            Person manager = person("mgr" + t, "Manager " + t, team.id(), Role.MANAGER);
            stores.directory().save(manager);
            members.get(t).add(manager);
        }
        for (int r = 0; r < repCount; r++) {
            int t = r % teamCount;
            Person rep = person("rep" + r, "Rep " + r, teams.get(t).id(), Role.REP);
            stores.directory().save(rep);
            members.get(t).add(rep);
        }

        LocalDate first = NOW.toLocalDate().minusDays(364);
        long started = System.nanoTime();
        long inserted = 0;
        int written = 0;
        while (written < visitCount + saleCount) {
            List<Visit> visits = new ArrayList<>();
            List<Sale> sales = new ArrayList<>();
            for (int i = 0; i < BATCH && written < visitCount + saleCount; i++, written++) {
                int r = random.nextInt(repCount);
                PersonId rep = new PersonId("rep" + r);
                String team = "team" + (r % teamCount);
                LocalDate date = first.plusDays(random.nextInt(365));
                Source source = new Source(rep, "seed:" + written, Instant.parse("2026-11-27T02:00:00Z"));
                String customer = "Customer " + random.nextInt(2000);
                if (written < visitCount) {
                    visits.add(new Visit("v" + written, rep, team, customer, null, date, null, null, "", source));
                } else {
                    Money amount = Money.of(String.valueOf(100 + random.nextInt(50_000)), "USD");
                    sales.add(new Sale("s" + written, rep, team, customer, amount, amount, date, source));
                }
            }
            inserted += stores.importRecords(visits, sales);
        }
        double seedSeconds = seconds(started);
        out.printf(
                "Seeding raw records (bulk insert): %,d records in %.1f s = %,.0f records/s%n",
                inserted, seedSeconds, inserted / seedSeconds);

        started = System.nanoTime();
        long counted = stores.rebuildStats();
        double rebuildSeconds = seconds(started);
        out.printf(
                "rebuild-aggregates: %,d records in %.1f s = %,.0f records/s; %,d rep buckets, %,d team buckets%n",
                counted,
                rebuildSeconds,
                counted / rebuildSeconds,
                database.getCollection("stats").countDocuments(new Document("_id", new Document("$regex", "^r\\|"))),
                database.getCollection("stats").countDocuments(new Document("_id", new Document("$regex", "^t\\|"))));

        int incremental = Math.min(20_000, Math.max(1, visitCount / 50));
        started = System.nanoTime();
        for (int i = 0; i < incremental; i++) {
            int r = random.nextInt(repCount);
            PersonId rep = new PersonId("rep" + r);
            Source source = new Source(rep, "live:" + i, Instant.parse("2026-11-27T02:00:00Z"));
            LocalDate date = NOW.toLocalDate().minusDays(random.nextInt(30));
            if (i % 6 == 5) {
                Money amount = Money.of("1000", "USD");
                stores.sales()
                        .add(new Sale("ls" + i, rep, "team" + (r % teamCount), "Live", amount, amount, date, source));
            } else {
                stores.visits()
                        .add(new Visit(
                                "lv" + i, rep, "team" + (r % teamCount), "Live", null, date, null, null, "", source));
            }
        }
        double incrementalSeconds = seconds(started);
        out.printf(
                "Chat-path writes (insert + $inc aggregates, one thread): %,d in %.1f s = %,.0f writes/s%n",
                incremental, incrementalSeconds, incremental / incrementalSeconds);

        Messages messages = Messages.load();
        PersonLookup lookup = new PersonLookup(stores.directory());
        Skill ranking = new TeamRankingSkill(new Scoreboard(stores.stats()), stores.directory());
        Skill stats = new StatsQuerySkill(stores.stats(), stores.directory(), lookup, null);
        Period quarter = new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        Period thisQuarter = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

        // Warm-up, so the JIT and the connection pool do not count against the first runs.
        timed(Math.min(runs, 50), () -> {
            int t = random.nextInt(teamCount);
            return ranking.handle(
                    context(messages, members.get(t).get(0), teams.get(t), "team ranking", Entities.none()));
        });
        report("team_ranking, sales, this quarter (aggregates)", timed(runs, () -> {
            int t = random.nextInt(teamCount);
            return ranking.handle(context(
                    messages,
                    members.get(t).get(1 + random.nextInt(members.get(t).size() - 1)),
                    teams.get(t),
                    "team ranking this quarter",
                    Entities.none().with(Entities.PERIOD, thisQuarter).with(Entities.METRIC, Metric.SALES.code())));
        }));
        report("stats_query, team sales last quarter vs previous (aggregates)", timed(runs, () -> {
            int t = random.nextInt(teamCount);
            return stats.handle(context(
                    messages,
                    members.get(t).get(0),
                    teams.get(t),
                    "team sales last quarter vs previous quarter",
                    Entities.none().with(Entities.PERIOD, quarter).with(Entities.METRIC, Metric.SALES.code())));
        }));
        report("stats_query, one rep's visits last quarter (aggregates)", timed(runs, () -> {
            int t = random.nextInt(teamCount);
            Person rep = members.get(t).get(1 + random.nextInt(members.get(t).size() - 1));
            return stats.handle(context(
                    messages,
                    rep,
                    teams.get(t),
                    "my visits last quarter",
                    Entities.none().with(Entities.PERIOD, quarter).with(Entities.METRIC, Metric.VISITS.code())));
        }));
        int naiveRuns = Math.max(3, Math.min(10, runs / 20));
        Skill naive = new TeamRankingSkill(
                new Scoreboard(new RawStats(stores.visits(), stores.sales(), stores.recognitions())),
                stores.directory());
        report("team_ranking, sales, this quarter (naive: aggregation over raw records)", timed(naiveRuns, () -> {
            int t = random.nextInt(teamCount);
            return naive.handle(context(
                    messages,
                    members.get(t).get(0),
                    teams.get(t),
                    "team ranking this quarter",
                    Entities.none().with(Entities.PERIOD, thisQuarter).with(Entities.METRIC, Metric.SALES.code())));
        }));
    }

    private static Person person(String id, String name, String teamId, Role role) {
        return new Person(new PersonId(id), name, teamId, role, ZONE, Lang.EN, List.of("console:" + id));
    }

    private static SkillContext context(Messages messages, Person speaker, Team team, String text, Entities entities) {
        return new SkillContext(
                speaker,
                team,
                Lang.EN,
                ZonedDateTime.of(NOW, ZONE),
                text,
                entities,
                new Source(speaker.id(), "bench", Instant.now()),
                List.of(),
                messages);
    }

    private static double[] timed(int runs, Supplier<?> call) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private void report(String what, double[] millis) {
        out.printf(
                "%s: n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms%n",
                what, millis.length, percentile(millis, 50), percentile(millis, 95), millis[millis.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException(
                        "usage: bench [--visits N] [--sales N] [--reps N] [--teams N] [--runs N] [--db memory|PATH]");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
