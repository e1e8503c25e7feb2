package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;
import static com.mongodb.client.model.Updates.addEachToSet;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.max;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.reminder.Occurrence;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Recurrence;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reminders in {@code reminders} and their occurrences in {@code reminder_occurrences}. With no
 * transactions, every scheduler step is one conditional single-document write: a reminder moves on only
 * from the due time that was read; an occurrence is inserted under a deterministic id (a second insert
 * is a duplicate key); a claim is one findOneAndUpdate on status and time.
 *
 * <p>The frequent due scan never reads the pending reminders themselves. {@code reminder_due} holds one
 * small entry per reminder due within the next {@link #WINDOW} (plus those handed out since the last
 * sweep); a rarer sweep, once per half window and claimed by one instance, refills it from
 * {@code reminder_buckets}, where every reminder's id is filed under the UTC hour of its next due time,
 * read by {@code _id}. So each tick reads a few hundred entries whether 100 or 100,000 reminders wait,
 * even where the server ignores the non-unique indexes (mongo-java-server). An entry's time is a hint
 * that is never later than the reminder's own next due time; the reminder document stays the truth.
 *
 * <p>Conditional writes by id are written as flat filters with {@code _id} at the top: mongo-java-server
 * looks a document up by its {@code _id} index only then, and scans the whole collection for the
 * driver's {@code $and} form.
 */
final class MongoReminderStore implements ReminderStore {
    static final String NEXT_DUE = "nextDue";
    static final String STATUS = "status";
    static final String NOT_BEFORE = "notBefore";
    static final String RECIPIENT_IDS = "recipientIds";
    static final String OWNER = "owner";
    static final String REMINDER_ID = "reminderId";

    private static final String ACTIVE = status(Reminder.Status.ACTIVE);
    private static final List<String> CLAIMABLE =
            List.of(status(Occurrence.Status.PENDING), status(Occurrence.Status.SENDING));

    private static final int CLAIM_BATCH = 100;

    /** How far ahead {@code reminder_due} covers; a sweep runs once the covered time is less than half of it ahead. */
    static final Duration WINDOW = Duration.ofHours(1);

    /** Beyond this since the last sweep (downtime), a sweep scans every reminder instead of reading hour buckets. */
    static final Duration MAX_BUCKET_SPAN = Duration.ofDays(2);

    static final String SWEEP_ID = "due";
    static final String SWEPT_UNTIL = "until";
    static final String BUCKETED = "bucketed";
    static final String IDS = "ids";
    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);
    private static final int DUE_ROUNDS = 3;
    private static final int SWEEP_BATCH = 1_000;

    private final MongoCollection<Document> reminders;
    private final MongoCollection<Document> occurrences;
    private final MongoCollection<Document> due;
    private final MongoCollection<Document> sweeps;
    private final MongoCollection<Document> buckets;
    // Ids seen claimable by the last scan; another worker may have taken them since, which the claim re-checks.
    private final Deque<String> candidates = new ArrayDeque<>();

    MongoReminderStore(MongoDatabase database) {
        this.reminders = database.getCollection(Schema.REMINDERS);
        this.occurrences = database.getCollection(Schema.REMINDER_OCCURRENCES);
        this.due = database.getCollection(Schema.REMINDER_DUE);
        this.sweeps = database.getCollection(Schema.REMINDER_SWEEPS);
        this.buckets = database.getCollection(Schema.REMINDER_BUCKETS);
    }

    @Override
    public boolean add(Reminder reminder) {
        return Guarded.call("reminders.add", () -> {
            if (reminder.status() == Reminder.Status.ACTIVE) {
                // Bucket first: a bucket naming a reminder that was never stored is skipped when read.
                bucket(reminder.id(), reminder.nextDue());
            }
            if (!Writes.insertOnce(reminders, toDocument(reminder))) {
                return false;
            }
            if (reminder.status() == Reminder.Status.ACTIVE) {
                // Always, not only when due soon: a sweep racing this add could otherwise miss it. One beyond
                // the window is dropped by the next sweep and put back by a later one.
                hint(reminder.id(), reminder.nextDue());
            }
            return true;
        });
    }

    @Override
    public Optional<Reminder> find(String id) {
        return Guarded.call(
                "reminders.find",
                () -> Optional.ofNullable(reminders.find(eq("_id", id)).first()).map(MongoReminderStore::toReminder));
    }

    @Override
    public List<Reminder> activeFor(PersonId person) {
        return Guarded.call(
                "reminders.activeFor",
                () -> reminders
                        .find(and(eq(STATUS, ACTIVE), or(eq(OWNER, person.value()), eq(RECIPIENT_IDS, person.value()))))
                        .sort(orderBy(ascending(NEXT_DUE), ascending("_id")))
                        .map(MongoReminderStore::toReminder)
                        .into(new ArrayList<>()));
    }

    @Override
    public boolean cancel(String id) {
        return Guarded.call("reminders.cancel", () -> {
            boolean cancelled = reminders
                            .updateOne(byId(id).append(STATUS, ACTIVE), set(STATUS, status(Reminder.Status.CANCELLED)))
                            .getModifiedCount()
                    == 1;
            if (cancelled) {
                due.deleteOne(byId(id));
                // Occurrences already handed out would be skipped at delivery anyway; this keeps the record honest.
                occurrences.updateMany(
                        and(eq(REMINDER_ID, id), eq(STATUS, status(Occurrence.Status.PENDING))),
                        set(STATUS, status(Occurrence.Status.CANCELLED)));
            }
            return cancelled;
        });
    }

    /**
     * Reads the due entries up to {@code horizon}, soonest first, then their reminders by id. An entry whose
     * reminder has moved on is corrected to the reminder's time; one whose reminder is no longer active is
     * removed. Sweeps first when the entries do not yet cover half a window beyond the horizon.
     */
    @Override
    public List<Reminder> dueBy(Instant horizon, int limit) {
        return Guarded.call("reminders.dueBy", () -> {
            sweepIfNeeded(horizon);
            List<Reminder> result = new ArrayList<>();
            for (int round = 0; round < DUE_ROUNDS && result.size() < limit; round++) {
                List<Document> entries = due.find(dueScan(horizon))
                        .sort(ascending(NEXT_DUE, "_id"))
                        .limit(limit - result.size())
                        .into(new ArrayList<>());
                if (entries.isEmpty()) {
                    break;
                }
                Map<String, Reminder> byId = new HashMap<>();
                reminders
                        .find(in(
                                "_id",
                                entries.stream().map(e -> e.getString("_id")).toList()))
                        .map(MongoReminderStore::toReminder)
                        .forEach(r -> byId.put(r.id(), r));
                int stale = 0;
                for (Document entry : entries) {
                    String id = entry.getString("_id");
                    Reminder reminder = byId.get(id);
                    if (reminder == null || reminder.status() != Reminder.Status.ACTIVE) {
                        due.deleteOne(byId(id).append(NEXT_DUE, entry.getDate(NEXT_DUE)));
                        stale++;
                    } else if (reminder.nextDue().isAfter(horizon)) {
                        due.updateOne(
                                byId(id).append(NEXT_DUE, entry.getDate(NEXT_DUE)),
                                max(NEXT_DUE, Date.from(reminder.nextDue())));
                        stale++;
                    } else {
                        result.add(reminder);
                    }
                }
                if (stale == 0) {
                    break;
                }
            }
            return result;
        });
    }

    /** The frequent due scan: entries due by the horizon (indexed on {@code nextDue} on a real MongoDB). */
    static Bson dueScan(Instant horizon) {
        return lte(NEXT_DUE, Date.from(horizon));
    }

    /**
     * Refills {@code reminder_due} for the window after {@code horizon} when the covered time runs short.
     * One instance wins the sweep by moving the covered time forward first; the others go on with the
     * entries they have, which already cover at least half a window. Entries beyond the new window are
     * dropped (a later sweep brings them back); then the reminders due in the newly covered hours are read
     * from their hour buckets by id, so a sweep reads what falls due, not what is pending. The first sweep
     * on a database (or after more than {@link #MAX_BUCKET_SPAN} without one) scans {@code reminders}
     * once and writes the buckets of every active reminder.
     */
    void sweepIfNeeded(Instant horizon) {
        Instant until = horizon.plus(WINDOW);
        Document mark = sweeps.find(byId(SWEEP_ID)).first();
        Instant from = null;
        if (mark != null) {
            Date covered = mark.getDate(SWEPT_UNTIL);
            boolean bucketed = mark.getBoolean(BUCKETED, false);
            if (bucketed && covered.toInstant().isAfter(horizon.plus(WINDOW.dividedBy(2)))) {
                return;
            }
            boolean won = sweeps.updateOne(
                                    byId(SWEEP_ID).append(SWEPT_UNTIL, covered),
                                    combine(set(SWEPT_UNTIL, Date.from(until)), set(BUCKETED, true)))
                            .getModifiedCount()
                    == 1;
            if (!won) {
                return;
            }
            if (bucketed && Duration.between(covered.toInstant(), until).compareTo(MAX_BUCKET_SPAN) <= 0) {
                // A window back: an instance that claimed the previous sweep may have died before writing
                // its entries; reading those hours again costs little and writes nothing twice.
                from = covered.toInstant().minus(WINDOW);
            }
        } else if (!Writes.insertOnce(
                sweeps, byId(SWEEP_ID).append(SWEPT_UNTIL, Date.from(until)).append(BUCKETED, true))) {
            return;
        }
        due.deleteMany(gt(NEXT_DUE, Date.from(until)));
        if (from == null) {
            scanAll(until);
        } else {
            readBuckets(from, until);
            // Hours before those read have all their reminders in reminder_due already.
            buckets.deleteMany(lt("_id", hourOf(from)));
        }
    }

    /** Reads the hour buckets from {@code from} to {@code until} and gives their reminders due by then an entry. */
    private void readBuckets(Instant from, Instant until) {
        List<String> hours = new ArrayList<>();
        for (Instant h = from.truncatedTo(ChronoUnit.HOURS); !h.isAfter(until); h = h.plus(Duration.ofHours(1))) {
            hours.add(hourOf(h));
        }
        List<String> ids = new ArrayList<>();
        buckets.find(in("_id", hours)).forEach(b -> ids.addAll(b.getList(IDS, String.class)));
        List<WriteModel<Document>> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += SWEEP_BATCH) {
            for (Document r : reminders
                    .find(in("_id", ids.subList(i, Math.min(ids.size(), i + SWEEP_BATCH))))
                    .projection(include(NEXT_DUE, STATUS))) {
                Date next = r.getDate(NEXT_DUE);
                if (ACTIVE.equals(r.getString(STATUS))
                        && next != null
                        && !next.toInstant().isAfter(until)) {
                    entries.add(entry(r.getString("_id"), next));
                }
            }
        }
        write(due, entries);
    }

    /** Reads every active reminder once: writes its hour bucket, and an entry when it is due by {@code until}. */
    private void scanAll(Instant until) {
        Map<String, List<String>> byHour = new HashMap<>();
        List<WriteModel<Document>> entries = new ArrayList<>();
        for (Document r :
                reminders.find(eq(STATUS, ACTIVE)).projection(include(NEXT_DUE)).batchSize(SWEEP_BATCH)) {
            Date next = r.getDate(NEXT_DUE);
            if (next == null) {
                continue;
            }
            String id = r.getString("_id");
            byHour.computeIfAbsent(hourOf(next.toInstant()), h -> new ArrayList<>())
                    .add(id);
            if (!next.toInstant().isAfter(until)) {
                entries.add(entry(id, next));
            }
        }
        write(due, entries);
        List<WriteModel<Document>> hours = new ArrayList<>();
        byHour.forEach((hour, ids) ->
                hours.add(new UpdateOneModel<>(byId(hour), addEachToSet(IDS, ids), new UpdateOptions().upsert(true))));
        write(buckets, hours);
    }

    private static UpdateOneModel<Document> entry(String id, Date next) {
        return new UpdateOneModel<>(byId(id), max(NEXT_DUE, next), new UpdateOptions().upsert(true));
    }

    private static void write(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        for (int i = 0; i < writes.size(); i += SWEEP_BATCH) {
            collection.bulkWrite(
                    writes.subList(i, Math.min(writes.size(), i + SWEEP_BATCH)), new BulkWriteOptions().ordered(false));
        }
    }

    /** Files the reminder under the hour of {@code at}, for the sweep that reaches that hour. */
    private void bucket(String id, Instant at) {
        buckets.updateOne(byId(hourOf(at)), addToSet(IDS, id), new UpdateOptions().upsert(true));
    }

    /** The hour bucket's id, e.g. {@code 2026-11-30T01} (UTC): ordered as text as in time. */
    static String hourOf(Instant at) {
        return HOUR.format(at);
    }

    /** Puts or moves a reminder's due entry to {@code at}; never moves it back. */
    private void hint(String id, Instant at) {
        due.updateOne(byId(id), max(NEXT_DUE, Date.from(at)), new UpdateOptions().upsert(true));
    }

    /**
     * Filters on {@code _id} alone, so the embedded server finds the reminder by its index instead of
     * scanning every pending one for each hand-out; the compare-and-set is read from the document as it
     * was. A later time only ever replaces an earlier one ({@code $max}), so a scheduler that lost the race
     * changes nothing. The last hand-out of a one-off sets DONE; if it finds the reminder was no longer
     * active (cancelled meanwhile), it puts the old state back at once.
     */
    @Override
    public boolean advance(String id, Instant expected, Instant next) {
        return Guarded.call("reminders.advance", () -> {
            Bson update = next == null
                    ? combine(set(NEXT_DUE, null), set(STATUS, status(Reminder.Status.DONE)))
                    : max(NEXT_DUE, Date.from(next));
            if (next != null) {
                bucket(id, next);
            }
            Document before = reminders.findOneAndUpdate(byId(id), update);
            if (before == null) {
                return false;
            }
            Date was = before.getDate(NEXT_DUE);
            boolean moved = ACTIVE.equals(before.getString(STATUS))
                    && was != null
                    && was.toInstant().equals(expected);
            if (next == null && !moved) {
                reminders.updateOne(byId(id), combine(set(NEXT_DUE, was), set(STATUS, before.getString(STATUS))));
            }
            if (moved) {
                // A recurring reminder keeps its entry until a sweep finds its next time beyond the window.
                if (next == null) {
                    due.deleteOne(byId(id));
                } else {
                    hint(id, next);
                }
            }
            return moved;
        });
    }

    @Override
    public boolean addOccurrence(Occurrence occurrence) {
        return Guarded.call("reminder_occurrences.add", () -> Writes.insertOnce(occurrences, toDocument(occurrence)));
    }

    /**
     * One scan finds up to {@value #CLAIM_BATCH} claimable ids, soonest first; each is then claimed by
     * a findOneAndUpdate on its id that re-checks status and time, so only one worker wins it. On the
     * embedded server (no use of non-unique indexes) this turns one collection scan per delivery into
     * one per batch.
     */
    @Override
    public synchronized Optional<Occurrence> claim(Instant now, String worker, Instant leaseUntil) {
        return Guarded.call("reminder_occurrences.claim", () -> {
            Bson claimable = claimScan(now);
            Bson update = combine(
                    set(STATUS, status(Occurrence.Status.SENDING)),
                    set(NOT_BEFORE, Date.from(leaseUntil)),
                    set("claimedBy", worker));
            for (int round = 0; round < 2; round++) {
                if (candidates.isEmpty()) {
                    occurrences
                            .find(claimable)
                            .sort(orderBy(ascending(NOT_BEFORE), ascending("_id")))
                            .limit(CLAIM_BATCH)
                            .projection(include("_id"))
                            .forEach(d -> candidates.add(d.getString("_id")));
                }
                while (!candidates.isEmpty()) {
                    Document claimed = occurrences.findOneAndUpdate(
                            claimById(candidates.poll(), now),
                            update,
                            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
                    if (claimed != null) {
                        return Optional.of(toOccurrence(claimed));
                    }
                }
            }
            return Optional.empty();
        });
    }

    /** The claim's scan: occurrences that may be tried now (indexed on {@code status, notBefore}). */
    static Bson claimScan(Instant now) {
        return and(in(STATUS, CLAIMABLE), lte(NOT_BEFORE, Date.from(now)));
    }

    /** The claim itself: one occurrence by id, still claimable at {@code now}. */
    static Document claimById(String id, Instant now) {
        return byId(id).append(STATUS, new Document("$in", CLAIMABLE))
                .append(NOT_BEFORE, new Document("$lte", Date.from(now)));
    }

    private static Document byId(String id) {
        return new Document("_id", id);
    }

    /**
     * Forgets occurrences delivered before {@code cutoff}. The claim scans occurrences on the embedded
     * server, so delivered ones kept for ever would make every claim slower. Failed and missed ones stay
     * for admins; a reminder's next occurrence is already past a delivered one, so none comes back.
     *
     * @return how many were removed
     */
    long purgeDeliveredBefore(Instant cutoff) {
        return Guarded.call(
                "reminder_occurrences.purge",
                () -> occurrences
                        .deleteMany(and(eq(STATUS, status(Occurrence.Status.SENT)), lt("sentAt", Date.from(cutoff))))
                        .getDeletedCount());
    }

    @Override
    public void markSent(String occurrenceId, Instant at) {
        Guarded.run(
                "reminder_occurrences.markSent",
                () -> occurrences.updateOne(
                        eq("_id", occurrenceId),
                        combine(
                                set(STATUS, status(Occurrence.Status.SENT)),
                                set("sentAt", Date.from(at)),
                                set("lastError", null))));
    }

    @Override
    public void markRetry(String occurrenceId, int attempts, Instant retryAt, String error) {
        Guarded.run(
                "reminder_occurrences.markRetry",
                () -> occurrences.updateOne(
                        eq("_id", occurrenceId),
                        combine(
                                set(STATUS, status(Occurrence.Status.PENDING)),
                                set("attempts", attempts),
                                set(NOT_BEFORE, Date.from(retryAt)),
                                set("lastError", error))));
    }

    @Override
    public void markFinal(String occurrenceId, Occurrence.Status status, int attempts, String error) {
        Guarded.run(
                "reminder_occurrences.markFinal",
                () -> occurrences.updateOne(
                        eq("_id", occurrenceId),
                        combine(set(STATUS, status(status)), set("attempts", attempts), set("lastError", error))));
    }

    @Override
    public Optional<Instant> nextDue() {
        return Guarded.call("reminders.nextDue", () -> {
            Document reminder = reminders
                    .find(eq(STATUS, ACTIVE))
                    .sort(ascending(NEXT_DUE))
                    .limit(1)
                    .first();
            Document occurrence = occurrences
                    .find(in(STATUS, CLAIMABLE))
                    .sort(ascending(NOT_BEFORE))
                    .limit(1)
                    .first();
            return Stream.of(
                            reminder == null ? null : reminder.getDate(NEXT_DUE),
                            occurrence == null ? null : occurrence.getDate(NOT_BEFORE))
                    .filter(d -> d != null)
                    .map(Date::toInstant)
                    .min(Instant::compareTo);
        });
    }

    @Override
    public List<Occurrence> problems(int limit) {
        return Guarded.call(
                "reminder_occurrences.problems",
                () -> occurrences
                        .find(in(STATUS, status(Occurrence.Status.FAILED), status(Occurrence.Status.MISSED)))
                        .sort(descending("due"))
                        .limit(limit)
                        .map(MongoReminderStore::toOccurrence)
                        .into(new ArrayList<>()));
    }

    static Document toDocument(Reminder reminder) {
        List<Document> recipients = new ArrayList<>();
        List<String> personIds = new ArrayList<>();
        for (Recipient r : reminder.recipients()) {
            if (r instanceof Recipient.Person p) {
                recipients.add(new Document("kind", "person").append("id", p.id().value()));
                personIds.add(p.id().value());
            } else if (r instanceof Recipient.Channel c) {
                recipients.add(new Document("kind", "channel")
                        .append("platform", c.platform())
                        .append("workspace", c.workspace())
                        .append("channel", c.channel()));
            }
        }
        return new Document("_id", reminder.id())
                .append(OWNER, reminder.owner().value())
                .append("teamId", reminder.teamId())
                .append("text", reminder.text())
                .append("recipients", recipients)
                .append(RECIPIENT_IDS, personIds)
                .append("zone", reminder.zone().getId())
                .append("anchor", reminder.anchor().toString())
                .append(
                        "rrule",
                        reminder.recurrence() == null
                                ? null
                                : reminder.recurrence().toRule())
                .append(NEXT_DUE, reminder.nextDue() == null ? null : Date.from(reminder.nextDue()))
                .append(STATUS, status(reminder.status()))
                .append("kind", status(reminder.kind()))
                .append(KernelFields.SOURCE, KernelFields.source(reminder.source()));
    }

    private static Reminder toReminder(Document d) {
        List<Recipient> recipients = new ArrayList<>();
        for (Document r : d.getList("recipients", Document.class)) {
            recipients.add(
                    "channel".equals(r.getString("kind"))
                            ? new Recipient.Channel(
                                    r.getString("platform"), r.getString("workspace"), r.getString("channel"))
                            : new Recipient.Person(new PersonId(r.getString("id"))));
        }
        String rule = d.getString("rrule");
        Date nextDue = d.getDate(NEXT_DUE);
        return new Reminder(
                d.getString("_id"),
                new PersonId(d.getString(OWNER)),
                d.getString("teamId"),
                d.getString("text"),
                recipients,
                ZoneId.of(d.getString("zone")),
                LocalDateTime.parse(d.getString("anchor")),
                rule == null ? null : Recurrence.parse(rule),
                nextDue == null ? null : nextDue.toInstant(),
                Reminder.Status.valueOf(d.getString(STATUS).toUpperCase(Locale.ROOT)),
                KernelFields.source(d),
                Reminder.Kind.valueOf(d.get("kind", "note").toUpperCase(Locale.ROOT)));
    }

    private static Document toDocument(Occurrence o) {
        return new Document("_id", o.id())
                .append(REMINDER_ID, o.reminderId())
                .append("recipientIndex", o.recipientIndex())
                .append("due", Date.from(o.due()))
                .append(STATUS, status(o.status()))
                .append("attempts", o.attempts())
                .append(NOT_BEFORE, Date.from(o.notBefore()))
                .append("lastError", o.lastError());
    }

    private static Occurrence toOccurrence(Document d) {
        return new Occurrence(
                d.getString("_id"),
                d.getString(REMINDER_ID),
                d.getInteger("recipientIndex"),
                d.getDate("due").toInstant(),
                Occurrence.Status.valueOf(d.getString(STATUS).toUpperCase(Locale.ROOT)),
                d.getInteger("attempts", 0),
                d.getDate(NOT_BEFORE).toInstant(),
                d.getString("lastError"));
    }

    private static String status(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
