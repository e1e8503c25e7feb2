package com.salesbot.core.fakes;

import com.salesbot.core.kernel.PersonId;
import com.salesbot.core.reminder.Occurrence;
import com.salesbot.core.reminder.Recipient;
import com.salesbot.core.reminder.Reminder;
import com.salesbot.core.reminder.ReminderStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link ReminderStore} in memory. Every method is synchronized, which gives the same guarantee as the
 * database's single-document compare-and-set: two schedulers never both win a claim or a hand-out.
 */
public final class InMemoryReminderStore implements ReminderStore {
    private final Map<String, Reminder> reminders = new LinkedHashMap<>();
    private final Map<String, Occurrence> occurrences = new LinkedHashMap<>();
    private final DatabaseSwitch database;

    public InMemoryReminderStore() {
        this(new DatabaseSwitch());
    }

    public InMemoryReminderStore(DatabaseSwitch database) {
        this.database = database;
    }

    @Override
    public synchronized boolean add(Reminder reminder) {
        database.check();
        String key = reminder.source().messageKey();
        if (reminders.containsKey(reminder.id())
                || reminders.values().stream()
                        .anyMatch(r -> r.source().messageKey().equals(key))) {
            return false;
        }
        reminders.put(reminder.id(), reminder);
        return true;
    }

    @Override
    public synchronized Optional<Reminder> find(String id) {
        database.check();
        return Optional.ofNullable(reminders.get(id));
    }

    @Override
    public synchronized List<Reminder> activeFor(PersonId person) {
        database.check();
        return reminders.values().stream()
                .filter(r -> r.status() == Reminder.Status.ACTIVE)
                .filter(r -> r.owner().equals(person) || r.recipients().contains(new Recipient.Person(person)))
                .sorted(Comparator.comparing(Reminder::nextDue))
                .toList();
    }

    @Override
    public synchronized boolean cancel(String id) {
        database.check();
        Reminder r = reminders.get(id);
        if (r == null || r.status() != Reminder.Status.ACTIVE) {
            return false;
        }
        reminders.put(id, r.withStatus(Reminder.Status.CANCELLED));
        occurrences.replaceAll((k, o) -> o.reminderId().equals(id) && o.status() == Occurrence.Status.PENDING
                ? with(o, Occurrence.Status.CANCELLED, o.attempts(), o.notBefore(), null)
                : o);
        return true;
    }

    @Override
    public synchronized List<Reminder> dueBy(Instant horizon, int limit) {
        database.check();
        return reminders.values().stream()
                .filter(r ->
                        r.status() == Reminder.Status.ACTIVE && !r.nextDue().isAfter(horizon))
                .sorted(Comparator.comparing(Reminder::nextDue))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean advance(String id, Instant expected, Instant next) {
        database.check();
        Reminder r = reminders.get(id);
        if (r == null || r.status() != Reminder.Status.ACTIVE || !Objects.equals(r.nextDue(), expected)) {
            return false;
        }
        reminders.put(id, r.advancedTo(next));
        return true;
    }

    @Override
    public synchronized boolean addOccurrence(Occurrence occurrence) {
        database.check();
        return occurrences.putIfAbsent(occurrence.id(), occurrence) == null;
    }

    @Override
    public synchronized Optional<Occurrence> claim(Instant now, String worker, Instant leaseUntil) {
        database.check();
        Optional<Occurrence> next = occurrences.values().stream()
                .filter(o -> o.status() == Occurrence.Status.PENDING
                                && !o.notBefore().isAfter(now)
                        || o.status() == Occurrence.Status.SENDING
                                && !o.notBefore().isAfter(now))
                .min(Comparator.comparing(Occurrence::notBefore).thenComparing(Occurrence::id));
        next.ifPresent(
                o -> occurrences.put(o.id(), with(o, Occurrence.Status.SENDING, o.attempts(), leaseUntil, null)));
        return next;
    }

    @Override
    public synchronized void markSent(String occurrenceId, Instant at) {
        database.check();
        Occurrence o = occurrences.get(occurrenceId);
        occurrences.put(occurrenceId, with(o, Occurrence.Status.SENT, o.attempts() + 1, at, null));
    }

    @Override
    public synchronized void markRetry(String occurrenceId, int attempts, Instant retryAt, String error) {
        database.check();
        Occurrence o = occurrences.get(occurrenceId);
        occurrences.put(occurrenceId, with(o, Occurrence.Status.PENDING, attempts, retryAt, error));
    }

    @Override
    public synchronized void markFinal(String occurrenceId, Occurrence.Status status, int attempts, String error) {
        database.check();
        Occurrence o = occurrences.get(occurrenceId);
        occurrences.put(occurrenceId, with(o, status, attempts, o.notBefore(), error));
    }

    @Override
    public synchronized Optional<Instant> nextDue() {
        database.check();
        return Stream.concat(
                        reminders.values().stream()
                                .filter(r -> r.status() == Reminder.Status.ACTIVE)
                                .map(Reminder::nextDue),
                        occurrences.values().stream()
                                .filter(o -> o.status() == Occurrence.Status.PENDING
                                        || o.status() == Occurrence.Status.SENDING)
                                .map(Occurrence::notBefore))
                .min(Comparator.naturalOrder());
    }

    @Override
    public synchronized List<Occurrence> problems(int limit) {
        database.check();
        return occurrences.values().stream()
                .filter(o -> o.status() == Occurrence.Status.FAILED || o.status() == Occurrence.Status.MISSED)
                .sorted(Comparator.comparing(Occurrence::due).reversed())
                .limit(limit)
                .toList();
    }

    /** Test view: every occurrence ever materialised, in insertion order. */
    public synchronized List<Occurrence> occurrences() {
        return List.copyOf(occurrences.values());
    }

    /** Test view: every reminder, cancelled and done ones included. */
    public synchronized List<Reminder> all() {
        return List.copyOf(reminders.values());
    }

    private static Occurrence with(
            Occurrence o, Occurrence.Status status, int attempts, Instant notBefore, String error) {
        return new Occurrence(o.id(), o.reminderId(), o.recipientIndex(), o.due(), status, attempts, notBefore, error);
    }
}
