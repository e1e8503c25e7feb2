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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The stats aggregates, all in {@code stats}: one document per person and day and per person and month
 * ({@code _id} {@code r|alice|d|2026-11-27}; counters {@code visits, deals, kudos, sales|<currency>}),
 * and per team, day or month, and slice of its members ({@code t|west|m|2026-11|7}; counters
 * {@code <person>|visits} and so on). The record stores add a record's contribution with {@code $inc}
 * upserts right after the insert that the unique message key let through, and take it back after the
 * undo that flipped the flag, so a retried message or a second undo never counts twice. There are no
 * transactions: a crash between the two writes leaves the aggregates one record off until
 * {@link #rebuild()}.
 *
 * <p>Why one collection and flat field names: a record's four bucket updates go in one bulk write (one
 * round trip, where two collections needed two), and the embedded server resolves a dotted path such
 * as {@code reps.alice.sales.EUR} by compiling a regular expression per level on every update.
 */
final class MongoStats implements StatsStore {
    static final String VISITS = "visits";
    static final String DEALS = "deals";
    static final String KUDOS = "kudos";
    static final String SALES = "sales";
    static final String OWNER = "owner";
    static final String BUCKET = "bucket";
    /** Where versions before the single {@code stats} collection kept the aggregates. */
    static final String OLD_REP_STATS = "rep_stats";

    static final String OLD_TEAM_STATS = "team_stats";

    /** Separates a member from the counter in a team document's field names, and a currency from "sales". */
    static final String SEP = "|";

    /**
     * Rebuild reads in batches: without one the embedded server answers a find with every match in a
     * single reply, which past a few hundred thousand records exceeds the driver's 48 MB message limit.
     */
    private static final int SCAN_BATCH = 5_000;

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoDatabase database;
    private final MongoCollection<Document> stats;

    MongoStats(MongoDatabase database) {
        this.database = database;
        this.stats = database.getCollection(Schema.STATS);
    }

    /** Adds the contributions to every bucket they count in (one bulk write). */
    void add(List<Contribution> contributions) {
        List<WriteModel<Document>> updates = new ArrayList<>();
        for (Contribution c : contributions) {
            for (String key : StatsBuckets.keysOf(c.date())) {
                updates.add(new UpdateOneModel<>(
                        eq("_id", StatsBuckets.repId(c.rep(), key)), update("", c, c.rep(), key), UPSERT));
                updates.add(new UpdateOneModel<>(
                        eq("_id", StatsBuckets.teamId(c.teamId(), key, c.rep())),
                        update(StatsBuckets.field(c.rep()) + SEP, c, c.teamId(), key),
                        UPSERT));
            }
        }
        if (!updates.isEmpty()) {
            stats.bulkWrite(updates);
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
        deltas(prefix, c)
                .forEach((field, delta) -> updates.add(Updates.inc(
                        field, delta instanceof BigDecimal amount ? KernelFields.decimal(amount) : (Long) delta)));
        return updates;
    }

    /**
     * What a contribution adds, by counter field ({@code prefix} + name), leaving out counters it does
     * not change: the one list both the {@code $inc} writes and the rebuild add up.
     */
    private static Map<String, Object> deltas(String prefix, Contribution c) {
        Map<String, Object> deltas = new LinkedHashMap<>();
        if (c.visits() != 0) {
            deltas.put(prefix + VISITS, c.visits());
        }
        if (c.deals() != 0) {
            deltas.put(prefix + DEALS, c.deals());
        }
        if (c.kudos() != 0) {
            deltas.put(prefix + KUDOS, c.kudos());
        }
        if (c.sales().signum() != 0) {
            deltas.put(prefix + SALES + SEP + c.currency(), c.sales());
        }
        return deltas;
    }

    @Override
    public Map<PersonId, Tally> byRep(String teamId, Period period) {
        return Guarded.call("stats.byRep", () -> {
            Map<PersonId, Tally> result = new HashMap<>();
            for (Document bucket : stats.find(teamBuckets(teamId, period))) {
                members(bucket).forEach((person, tally) -> result.merge(person, tally, Tally::plus));
            }
            result.values().removeIf(Tally::isEmpty);
            return Map.copyOf(result);
        });
    }

    /** A team bucket's counters by member: fields {@code <person>|<counter>}. */
    private static Map<PersonId, Tally> members(Document bucket) {
        Map<String, Document> counters = new HashMap<>();
        bucket.forEach((field, value) -> {
            int sep = field.indexOf(SEP);
            if (sep > 0) {
                counters.computeIfAbsent(field.substring(0, sep), f -> new Document())
                        .put(field.substring(sep + 1), value);
            }
        });
        Map<PersonId, Tally> result = new HashMap<>();
        counters.forEach((field, c) -> result.put(new PersonId(StatsBuckets.personOf(field)), tally(c)));
        return result;
    }

    @Override
    public Tally forRep(PersonId rep, Period period) {
        return Guarded.call("stats.forRep", () -> {
            Tally total = Tally.NONE;
            for (Document bucket : stats.find(buckets(rep.value(), period))) {
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
                months.put(StatsBuckets.repId(rep.value(), StatsBuckets.monthKey(month)), month);
                result.put(month, Tally.NONE);
            }
            for (Document bucket : stats.find(in("_id", months.keySet()))) {
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

    /** A person's buckets that cover the period: an {@code _id} lookup. */
    static Bson buckets(String person, Period period) {
        return in(
                "_id",
                StatsBuckets.cover(period).stream()
                        .map(key -> StatsBuckets.repId(person, key))
                        .toList());
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

    private static Tally tally(Document counters) {
        BigDecimal sales = BigDecimal.ZERO;
        for (Map.Entry<String, Object> field : counters.entrySet()) {
            if (field.getKey().startsWith(SALES + SEP)) {
                sales = sales.add(KernelFields.bigDecimal(field.getValue()));
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
            Map<String, Document> buckets = new HashMap<>();
            long records = 0;
            for (Document visit : database.getCollection(Schema.VISITS)
                    .find(UndoableDocuments.live())
                    .batchSize(SCAN_BATCH)) {
                accumulate(buckets, MongoVisitStore.contribution(visit));
                records++;
            }
            for (Document sale : database.getCollection(Schema.SALES)
                    .find(UndoableDocuments.live())
                    .batchSize(SCAN_BATCH)) {
                accumulate(buckets, MongoSaleStore.contribution(sale));
                records++;
            }
            for (Document kudos : database.getCollection(Schema.RECOGNITIONS)
                    .find(UndoableDocuments.live())
                    .batchSize(SCAN_BATCH)) {
                for (Contribution c : MongoRecognitionStore.contributions(kudos)) {
                    accumulate(buckets, c);
                }
                records++;
            }
            replace(stats, buckets.values());
            return records;
        });
    }

    /**
     * Moves the aggregates of versions that kept them in two collections ({@code rep_stats} and
     * {@code team_stats}, nested fields) into {@code stats}: rebuilt from the raw records, then the old
     * collections dropped. Runs at start-up; does nothing once they are gone.
     */
    void moveFromSeparateCollections() {
        Guarded.run("stats.move", () -> {
            List<String> old = new ArrayList<>();
            for (String name : database.listCollectionNames()) {
                if (name.equals(OLD_REP_STATS) || name.equals(OLD_TEAM_STATS)) {
                    old.add(name);
                }
            }
            if (!old.isEmpty() && stats.countDocuments() == 0) {
                rebuild();
            }
            old.forEach(name -> database.getCollection(name).drop());
        });
    }

    private static void accumulate(Map<String, Document> buckets, Contribution c) {
        for (String key : StatsBuckets.keysOf(c.date())) {
            Document rep = buckets.computeIfAbsent(StatsBuckets.repId(c.rep(), key), id -> bucket(id, c.rep(), key));
            addTo(rep, "", c);
            Document team = buckets.computeIfAbsent(
                    StatsBuckets.teamId(c.teamId(), key, c.rep()), id -> bucket(id, c.teamId(), key));
            addTo(team, StatsBuckets.field(c.rep()) + SEP, c);
        }
    }

    private static Document bucket(String id, String owner, String key) {
        return new Document("_id", id).append(OWNER, owner).append(BUCKET, key);
    }

    /** Adds to counters in the shape {@link #add} writes, leaving out counters that stay zero. */
    private static void addTo(Document bucket, String prefix, Contribution c) {
        deltas(prefix, c).forEach((field, delta) -> {
            Object before = bucket.get(field);
            if (delta instanceof BigDecimal amount) {
                BigDecimal sum = before == null
                        ? amount
                        : KernelFields.bigDecimal(before).add(amount);
                bucket.put(field, KernelFields.decimal(sum));
            } else {
                bucket.put(field, count(bucket, field) + (Long) delta);
            }
        });
    }

    private static void replace(MongoCollection<Document> collection, Collection<Document> buckets) {
        collection.deleteMany(new Document());
        List<Document> batch = new ArrayList<>();
        for (Document bucket : buckets) {
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
