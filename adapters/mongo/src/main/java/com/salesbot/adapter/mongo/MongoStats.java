package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.salesbot.core.kernel.Period;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.stats.StatsStore;
import com.salesbot.core.stats.Tally;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The stats aggregates: {@code rep_stats} holds one document per person and day and per person and
 * month ({@code visits, deals, kudos, sales.<currency>}); {@code team_stats} one per team and day and
 * per team and month, with the same counters under {@code reps.<person>}. The record stores add a
 * record's contribution with {@code $inc} upserts right after the insert that the unique message key
 * let through, and take it back after the undo that flipped the flag, so a retried message or a
 * second undo never counts twice. There are no transactions: a crash between the two writes leaves
 * the aggregates one record off until {@link #rebuild()}.
 */
final class MongoStats implements StatsStore {
    static final String VISITS = "visits";
    static final String DEALS = "deals";
    static final String KUDOS = "kudos";
    static final String SALES = "sales";
    static final String OWNER = "owner";
    static final String BUCKET = "bucket";
    static final String REPS = "reps";

    /**
     * Rebuild reads in batches: without one the embedded server answers a find with every match in a
     * single reply, which past a few hundred thousand records exceeds the driver's 48 MB message limit.
     */
    private static final int SCAN_BATCH = 5_000;

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoDatabase database;
    private final MongoCollection<Document> repStats;
    private final MongoCollection<Document> teamStats;

    MongoStats(MongoDatabase database) {
        this.database = database;
        this.repStats = database.getCollection(Schema.REP_STATS);
        this.teamStats = database.getCollection(Schema.TEAM_STATS);
    }

    /** Adds the contributions to every bucket they count in (two bulk writes). */
    void add(List<Contribution> contributions) {
        List<WriteModel<Document>> reps = new ArrayList<>();
        List<WriteModel<Document>> teams = new ArrayList<>();
        for (Contribution c : contributions) {
            for (String key : StatsBuckets.keysOf(c.date())) {
                reps.add(new UpdateOneModel<>(
                        eq("_id", StatsBuckets.id(c.rep(), key)), update("", c, c.rep(), key), UPSERT));
                teams.add(new UpdateOneModel<>(
                        eq("_id", StatsBuckets.teamId(c.teamId(), key, c.rep())),
                        update(REPS + "." + StatsBuckets.field(c.rep()) + ".", c, c.teamId(), key),
                        UPSERT));
            }
        }
        if (!reps.isEmpty()) {
            repStats.bulkWrite(reps);
            teamStats.bulkWrite(teams);
        }
    }

    /** Takes the contributions back out of their buckets. */
    void subtract(List<Contribution> contributions) {
        add(contributions.stream().map(Contribution::negated).toList());
    }

    private static Bson update(String prefix, Contribution c, String owner, String key) {
        List<Bson> updates = counters(prefix, c);
        updates.add(Updates.setOnInsert(OWNER, owner));
        updates.add(Updates.setOnInsert(BUCKET, key));
        return Updates.combine(updates);
    }

    private static List<Bson> counters(String prefix, Contribution c) {
        List<Bson> updates = new ArrayList<>();
        if (c.visits() != 0) {
            updates.add(Updates.inc(prefix + VISITS, c.visits()));
        }
        if (c.deals() != 0) {
            updates.add(Updates.inc(prefix + DEALS, c.deals()));
        }
        if (c.kudos() != 0) {
            updates.add(Updates.inc(prefix + KUDOS, c.kudos()));
        }
        if (c.sales().signum() != 0) {
            updates.add(Updates.inc(prefix + SALES + "." + c.currency(), KernelFields.decimal(c.sales())));
        }
        return updates;
    }

    @Override
    public Map<PersonId, Tally> byRep(String teamId, Period period) {
        return Guarded.call("stats.byRep", () -> {
            Map<PersonId, Tally> result = new HashMap<>();
            for (Document bucket : teamStats.find(teamBuckets(teamId, period))) {
                Document reps = bucket.get(REPS, Document.class);
                if (reps != null) {
                    reps.forEach((field, counters) -> result.merge(
                            new PersonId(StatsBuckets.personOf(field)), tally((Document) counters), Tally::plus));
                }
            }
            result.values().removeIf(Tally::isEmpty);
            return Map.copyOf(result);
        });
    }

    @Override
    public Tally forRep(PersonId rep, Period period) {
        return Guarded.call("stats.forRep", () -> {
            Tally total = Tally.NONE;
            for (Document bucket : repStats.find(buckets(rep.value(), period))) {
                total = total.plus(tally(bucket));
            }
            return total;
        });
    }

    /** One person's totals of each month from {@code from} to {@code to}, every month present: one query. */
    Map<YearMonth, Tally> forRepByMonth(PersonId rep, YearMonth from, YearMonth to) {
        return Guarded.call("stats.forRepByMonth", () -> {
            Map<String, YearMonth> months = new HashMap<>();
            Map<YearMonth, Tally> result = new TreeMap<>();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                months.put(StatsBuckets.id(rep.value(), StatsBuckets.monthKey(month)), month);
                result.put(month, Tally.NONE);
            }
            for (Document bucket : repStats.find(in("_id", months.keySet()))) {
                result.put(months.get(bucket.getString("_id")), tally(bucket));
            }
            return result;
        });
    }

    @Override
    public Map<PersonId, Tally> byRepForCustomer(String teamId, String customer, Period period) {
        return Guarded.call("stats.byRepForCustomer", () -> {
            Bson filter = customerRecords(teamId, customer, period);
            Map<PersonId, Tally> result = new HashMap<>();
            for (Document visit : database.getCollection(Schema.VISITS).find(filter)) {
                result.merge(new PersonId(visit.getString("rep")), new Tally(1, 0, 0, BigDecimal.ZERO), Tally::plus);
            }
            for (Document sale : database.getCollection(Schema.SALES).find(filter)) {
                result.merge(
                        new PersonId(sale.getString("rep")),
                        new Tally(0, 1, 0, KernelFields.bigDecimal(sale.get("amount"))),
                        Tally::plus);
            }
            return Map.copyOf(result);
        });
    }

    /** The buckets of one owner (person or team) that cover the period: an {@code _id} lookup. */
    static Bson buckets(String owner, Period period) {
        return in("_id", ids(owner, period));
    }

    /** Every document of a team's buckets that cover the period (its slices): an {@code _id} lookup. */
    static Bson teamBuckets(String teamId, Period period) {
        return in(
                "_id",
                StatsBuckets.cover(period).stream()
                        .flatMap(key -> StatsBuckets.teamIds(teamId, key).stream())
                        .toList());
    }

    /** A team's live records about a customer in the period: bounded by the (teamId, date) index. */
    static Bson customerRecords(String teamId, String customer, Period period) {
        return and(
                eq("teamId", teamId),
                KernelFields.dayIn("date", period),
                UndoableDocuments.live(),
                regex("customer", customerPattern(customer)));
    }

    /** The name as a whole, ignoring case and any spacing between its characters. */
    static Pattern customerPattern(String customer) {
        StringBuilder pattern = new StringBuilder("^\\s*");
        customer.strip()
                .codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .forEach(c -> pattern.append(Pattern.quote(new String(Character.toChars(c))))
                        .append("\\s*"));
        return Pattern.compile(pattern.append('$').toString(), Pattern.CASE_INSENSITIVE);
    }

    private static List<String> ids(String owner, Period period) {
        return StatsBuckets.cover(period).stream()
                .map(key -> StatsBuckets.id(owner, key))
                .toList();
    }

    private static Tally tally(Document counters) {
        BigDecimal sales = BigDecimal.ZERO;
        Document byCurrency = counters.get(SALES, Document.class);
        if (byCurrency != null) {
            for (Object amount : byCurrency.values()) {
                sales = sales.add(KernelFields.bigDecimal(amount));
            }
        }
        return new Tally(count(counters, VISITS), count(counters, DEALS), count(counters, KUDOS), sales);
    }

    private static long count(Document counters, String field) {
        Number n = counters.get(field, Number.class);
        return n == null ? 0 : n.longValue();
    }

    /**
     * Recomputes every bucket from the live raw records, replacing what is there. Run it while nothing
     * writes (the bot stopped): a record written during the rebuild may be counted twice or not at all.
     *
     * @return how many records were counted
     */
    long rebuild() {
        return Guarded.call("stats.rebuild", () -> {
            Map<String, Document> reps = new HashMap<>();
            Map<String, Document> teams = new HashMap<>();
            long records = 0;
            for (Document visit : database.getCollection(Schema.VISITS)
                    .find(UndoableDocuments.live())
                    .batchSize(SCAN_BATCH)) {
                accumulate(reps, teams, MongoVisitStore.contribution(visit));
                records++;
            }
            for (Document sale : database.getCollection(Schema.SALES)
                    .find(UndoableDocuments.live())
                    .batchSize(SCAN_BATCH)) {
                accumulate(reps, teams, MongoSaleStore.contribution(sale));
                records++;
            }
            for (Document kudos : database.getCollection(Schema.RECOGNITIONS)
                    .find(UndoableDocuments.live())
                    .batchSize(SCAN_BATCH)) {
                for (Contribution c : MongoRecognitionStore.contributions(kudos)) {
                    accumulate(reps, teams, c);
                }
                records++;
            }
            replace(repStats, reps.values());
            replace(teamStats, teams.values());
            return records;
        });
    }

    private static void accumulate(Map<String, Document> reps, Map<String, Document> teams, Contribution c) {
        for (String key : StatsBuckets.keysOf(c.date())) {
            Document rep = reps.computeIfAbsent(StatsBuckets.id(c.rep(), key), id -> bucket(id, c.rep(), key));
            addTo(rep, c);
            Document team = teams.computeIfAbsent(
                    StatsBuckets.teamId(c.teamId(), key, c.rep()), id -> bucket(id, c.teamId(), key));
            Document members = team.get(REPS, Document.class);
            addTo((Document) members.computeIfAbsent(StatsBuckets.field(c.rep()), f -> new Document()), c);
        }
    }

    private static Document bucket(String id, String owner, String key) {
        return new Document("_id", id).append(OWNER, owner).append(BUCKET, key).append(REPS, new Document());
    }

    /** Adds to counters in the shape {@link #add} writes, leaving out counters that stay zero. */
    private static void addTo(Document counters, Contribution c) {
        if (c.visits() != 0) {
            counters.put(VISITS, count(counters, VISITS) + c.visits());
        }
        if (c.deals() != 0) {
            counters.put(DEALS, count(counters, DEALS) + c.deals());
        }
        if (c.kudos() != 0) {
            counters.put(KUDOS, count(counters, KUDOS) + c.kudos());
        }
        if (c.sales().signum() != 0) {
            Document sales = (Document) counters.computeIfAbsent(SALES, f -> new Document());
            Object before = sales.get(c.currency());
            BigDecimal sum =
                    before == null ? c.sales() : KernelFields.bigDecimal(before).add(c.sales());
            sales.put(c.currency(), KernelFields.decimal(sum));
        }
    }

    private static void replace(MongoCollection<Document> collection, Collection<Document> buckets) {
        collection.deleteMany(new Document());
        List<Document> batch = new ArrayList<>();
        for (Document bucket : buckets) {
            if (bucket.get(REPS, Document.class).isEmpty()) {
                bucket.remove(REPS);
            }
            batch.add(bucket);
            if (batch.size() == 1000) {
                collection.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch, new InsertManyOptions().ordered(false));
        }
    }
}
