package com.salesbot.adapter.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.reminder.Occurrence;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Recurrence;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderStore;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Reminders in {@code reminders} and their occurrences in {@code reminder_occurrences}. With no
 * transactions, every scheduler step is one conditional single-document write: a reminder moves on only
 * from the due time that was read; an occurrence is inserted under a deterministic id (a second insert
 * is a duplicate key); a claim is one findOneAndUpdate on status and time. Only occurrences due within
 * the scheduler's horizon exist as documents, so the frequent due scan reads few documents even where
 * the server ignores the non-unique indexes (mongo-java-server).
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

    private final MongoCollection<Document> reminders;
    private final MongoCollection<Document> occurrences;
    // Ids seen claimable by the last scan; another worker may have taken them since, which the claim re-checks.
    private final Deque<String> candidates = new ArrayDeque<>();

    MongoReminderStore(MongoDatabase database) {
        this.reminders = database.getCollection(Schema.REMINDERS);
        this.occurrences = database.getCollection(Schema.REMINDER_OCCURRENCES);
    }

    @Override
    public boolean add(Reminder reminder) {
        return Guarded.call("reminders.add", () -> Writes.insertOnce(reminders, toDocument(reminder)));
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
                            .updateOne(
                                    and(eq("_id", id), eq(STATUS, ACTIVE)),
                                    set(STATUS, status(Reminder.Status.CANCELLED)))
                            .getModifiedCount()
                    == 1;
            if (cancelled) {
                // Occurrences already handed out would be skipped at delivery anyway; this keeps the record honest.
                occurrences.updateMany(
                        and(eq(REMINDER_ID, id), eq(STATUS, status(Occurrence.Status.PENDING))),
                        set(STATUS, status(Occurrence.Status.CANCELLED)));
            }
            return cancelled;
        });
    }

    @Override
    public List<Reminder> dueBy(Instant horizon, int limit) {
        return Guarded.call(
                "reminders.dueBy",
                () -> reminders
                        .find(and(eq(STATUS, ACTIVE), lte(NEXT_DUE, Date.from(horizon))))
                        .sort(ascending(NEXT_DUE))
                        .limit(limit)
                        .map(MongoReminderStore::toReminder)
                        .into(new ArrayList<>()));
    }

    @Override
    public boolean advance(String id, Instant expected, Instant next) {
        return Guarded.call("reminders.advance", () -> {
            Bson update = next == null
                    ? combine(set(NEXT_DUE, null), set(STATUS, status(Reminder.Status.DONE)))
                    : set(NEXT_DUE, Date.from(next));
            return reminders
                            .updateOne(
                                    and(eq("_id", id), eq(STATUS, ACTIVE), eq(NEXT_DUE, Date.from(expected))), update)
                            .getModifiedCount()
                    == 1;
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
            Bson claimable = and(in(STATUS, CLAIMABLE), lte(NOT_BEFORE, Date.from(now)));
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
                            and(eq("_id", candidates.poll()), claimable),
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

    private static Document toDocument(Reminder reminder) {
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
